package org.tongban.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The service guide (办事指南) of one version of a matter, with everything a page or an API
 * answer shows: the matter, the version, its department and themes, and the version
 * history.
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
		return status() == VersionInfo.Status.IN_FORCE;
	}

	/** Whether this guide's version is superseded, in force or scheduled (R2.3). */
	public VersionInfo.Status status() {
		return history.stream()
			.filter(info -> info.version() == version.version())
			.map(VersionInfo::status)
			.findFirst()
			.orElseThrow();
	}

	/** The version in force today, which may be another than this guide's. */
	public Optional<VersionInfo> current() {
		return history.stream().filter(info -> info.status() == VersionInfo.Status.IN_FORCE).findFirst();
	}

	/** The next version that has been published but does not yet apply, if any. */
	public Optional<VersionInfo> scheduled() {
		return history.stream().filter(info -> info.status() == VersionInfo.Status.SCHEDULED).findFirst();
	}

}
