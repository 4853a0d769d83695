package org.tongban.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The service guide (办事指南) of one version of a matter, with everything a page or an API answer shows:
 * the matter, the version, its department and themes, and the version history.
 */
public record MatterGuide(Matter matter, MatterVersion version, Department department, List<Theme> themes,
		List<VersionInfo> history) {

	public MatterGuide {
		themes = List.copyOf(themes);
		history = List.copyOf(history);
	}

	public String code() {
		return matter.code();
	}

	public boolean isInForce() {
		return history.stream()
			.anyMatch(info -> info.version() == version.version() && info.status() == VersionInfo.Status.IN_FORCE);
	}

	/** The next version that has been published but does not yet apply, if any. */
	public Optional<VersionInfo> scheduled() {
		return history.stream().filter(info -> info.status() == VersionInfo.Status.SCHEDULED).findFirst();
	}

}
