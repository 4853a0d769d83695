package org.tongban.application;

import java.util.List;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * A material of a bundle's one set of materials (一套材料, R2.5): uploaded once and attached
 * to every member that needs it. Materials of several members are the same when they are
 * of the same licence type, else when they have the same name.
 *
 * @param key {@code <matter code>.<material code>} of the first member needing it
 * @param required whether a member requires it for the answers given so far
 * @param needs the members' materials it is given for
 * @param files the files given for it
 */
public record CombinedMaterial(String key, LocalizedText name, LocalizedText description, LocalizedText requiredWhen,
		boolean required, List<Need> needs, List<AttachedMaterial> files) {

	public CombinedMaterial {
		needs = List.copyOf(needs);
		files = List.copyOf(files);
	}

	/** The key, as the materials pages name a material by its code. */
	public String code() {
		return key;
	}

	/** A member's material the combined one is given for. */
	public record Need(UUID applicationId, String matterCode, LocalizedText matterName, String materialCode) {
	}

}
