package org.tongban.approval.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongban.application.Application;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;

/**
 * The materials an application may be accepted without (容缺, R4.3, R15.6): those its
 * matter version lets follow that it lacks. None, and acceptance with gaps is not
 * offered.
 */
@Component
class GapCandidates {

	private final MatterCatalog catalog;

	GapCandidates(MatterCatalog catalog) {
		this.catalog = catalog;
	}

	List<MatterVersion.Material> of(Application application) {
		return version(application).materials()
			.stream()
			.filter(MatterVersion.Material::mayFollow)
			.filter(MatterVersion.Material::isUploaded)
			.filter(material -> application.materials(material.code()).isEmpty())
			.toList();
	}

	MatterVersion version(Application application) {
		return catalog.guide(application.matterCode(), application.matterVersion()).version();
	}

}
