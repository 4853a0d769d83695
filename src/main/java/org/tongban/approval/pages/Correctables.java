package org.tongban.approval.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.tongban.application.CorrectionItem;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.LocalizedText;

/**
 * What a correction notice can name in a matter version (R4.1, R15.2): every field of its
 * form, section by section, then every material the applicant uploads. Materials the
 * platform makes from the form or fetches from a registry are left out: the applicant
 * cannot give them again, they correct the answers or the registry instead.
 *
 * @param items in the order of the page, the index of each is its line in the form
 * @param groups the form's sections, then the materials (without a title of their own),
 * each with the indexes of its items
 */
record Correctables(List<Item> items, List<Group> groups) {

	static Correctables of(MatterVersion version) {
		List<Item> items = new ArrayList<>();
		List<Group> groups = new ArrayList<>();
		for (FormDefinition.Section section : version.form().sections()) {
			List<Integer> indexes = new ArrayList<>();
			for (FormDefinition.Field field : section.fields()) {
				indexes.add(items.size());
				items.add(new Item(CorrectionItem.Kind.FIELD, field.key(), field.label()));
			}
			groups.add(new Group(section.title(), indexes));
		}
		List<Integer> materials = new ArrayList<>();
		for (MatterVersion.Material material : version.materials()) {
			if (material.isUploaded()) {
				materials.add(items.size());
				items.add(new Item(CorrectionItem.Kind.MATERIAL, material.code(), material.name()));
			}
		}
		if (!materials.isEmpty()) {
			groups.add(new Group(null, materials));
		}
		return new Correctables(List.copyOf(items), List.copyOf(groups));
	}

	/**
	 * The names of the items by {@code KIND:code}, for a notice's items wherever they are
	 * shown.
	 */
	public Map<String, LocalizedText> labels() {
		Map<String, LocalizedText> labels = new LinkedHashMap<>();
		items.forEach(item -> labels.put(item.kind() + ":" + item.code(), item.label()));
		return labels;
	}

	/**
	 * The opinion of an entry of the case history as staff read it (issue 13 item 8): a
	 * correction notice is recorded a line an item, {@code code: problem}, and each line
	 * names its field or material as the version does. Named when shown rather than when
	 * recorded, so that the entries recorded before read so too.
	 * @param separator what stands between a name and the problem in the reader's
	 * language
	 */
	public String opinion(CaseView.HistoryEntry entry, Locale locale, String separator) {
		// A notice lists its items, and a resubmission the items it left unchanged, each
		// as "code: problem".
		if (entry.opinion() == null || !CaseAction.REQUEST_CORRECTION.name().equals(entry.action())
				&& !"CORRECTED".equals(entry.action())) {
			return entry.opinion();
		}
		Map<String, LocalizedText> labels = labels();
		return entry.opinion().lines().map(line -> {
			int colon = line.indexOf(": ");
			String code = colon < 1 ? "" : line.substring(0, colon);
			LocalizedText name = labels.getOrDefault(CorrectionItem.Kind.FIELD + ":" + code,
					labels.get(CorrectionItem.Kind.MATERIAL + ":" + code));
			return name == null ? line : name.in(locale) + separator + line.substring(colon + 2);
		}).collect(Collectors.joining("\n"));
	}

	record Item(CorrectionItem.Kind kind, String code, LocalizedText label) {
	}

	record Group(LocalizedText title, List<Integer> indexes) {
	}

}
