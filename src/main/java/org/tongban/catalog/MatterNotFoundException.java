package org.tongban.catalog;

import org.tongban.shared.NotFoundException;

/** No matter (or no such version of it) is published under the code asked for. */
public class MatterNotFoundException extends NotFoundException {

	public MatterNotFoundException(String code) {
		super("catalog.matter.notFound", code);
	}

	public MatterNotFoundException(String code, int version) {
		super("catalog.matter.versionNotFound", code, version);
	}

}
