package org.tongban.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.Field;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterVersion.Material;

/**
 * Makes a bundle's one form and one set of materials of its members' drafts (一表申请、一套材料,
 * R2.5), splits what the applicant gives on them into each member's share, and tells the
 * members' problems next to the combined field or material they came from.
 */
@Component
class CombinedForms {

	private static final String MATERIAL = "material.";

	private final OwnApplications own;

	private final ApplicationMaterials materials;

	CombinedForms(OwnApplications own, ApplicationMaterials materials) {
		this.own = own;
		this.materials = materials;
	}

	/**
	 * The combined form of the members' drafts: the same question is the same field key,
	 * type and data element; a field without a data element is one member's own, and so
	 * is the same data element under another key (another person). Verified answers are
	 * grouped apart, as they are shown and never asked (R1.6).
	 */
	CombinedForm form(List<Application> members) {
		Map<List<Object>, List<Asked>> groups = new LinkedHashMap<>();
		for (Application member : members) {
			own.guideOf(member).version().form().fields().forEach(field -> {
				boolean verified = member.isVerified(field);
				List<Object> same = field.dataElement() == null ? List.of(member.id(), field.key())
						: List.of(verified, field.key(), field.type(), field.dataElement());
				groups.computeIfAbsent(same, key -> new ArrayList<>()).add(new Asked(member, field, verified));
			});
		}
		List<CombinedForm.Question> shared = new ArrayList<>();
		List<CombinedForm.Question> verified = new ArrayList<>();
		Map<UUID, List<CombinedForm.Question>> single = new HashMap<>();
		members.forEach(member -> single.put(member.id(), new ArrayList<>()));
		for (List<Asked> group : groups.values()) {
			Asked first = group.get(0);
			boolean several = group.size() > 1;
			CombinedForm.Question question = new CombinedForm.Question(
					several ? first.field().key() : first.member().matterCode() + "." + first.field().key(),
					several ? requiredByAny(group) : first.field(),
					first.member().answers().values(first.field().key()),
					first.verified() ? first.member().sources().get(first.field().key()) : null,
					group.stream().map(Asked::asker).toList());
			if (first.verified()) {
				verified.add(question);
			}
			else if (several) {
				shared.add(question);
			}
			else {
				single.get(first.member().id()).add(question);
			}
		}
		List<CombinedForm.Section> sections = members.stream()
			.filter(member -> !single.get(member.id()).isEmpty())
			.map(member -> new CombinedForm.Section(member.matterCode(), member.matterName(), single.get(member.id())))
			.toList();
		return new CombinedForm(shared, sections, verified);
	}

	/**
	 * The one set of materials of the members' drafts: the materials each member has the
	 * applicant upload, those of the same licence type, else of the same name, given
	 * once.
	 */
	List<CombinedMaterial> materials(List<Application> members) {
		Map<String, List<Needed>> groups = new LinkedHashMap<>();
		for (Application member : members) {
			List<String> required = requiredMaterials(member);
			materials.toUpload(member)
				.forEach(material -> groups
					.computeIfAbsent(material.licenceType() != null ? "licence:" + material.licenceType()
							: "name:" + material.name().zh(), key -> new ArrayList<>())
					.add(new Needed(member, material, required.contains(material.code()))));
		}
		return groups.values().stream().map(group -> {
			Needed first = group.get(0);
			Map<UUID, AttachedMaterial> files = new LinkedHashMap<>();
			group.forEach(needed -> needed.member()
				.materials(needed.material().code())
				.forEach(file -> files.putIfAbsent(file.attachmentId(), file)));
			return new CombinedMaterial(first.member().matterCode() + "." + first.material().code(),
					first.material().name(), first.material().description(), first.material().requiredWhen(),
					group.stream().anyMatch(Needed::required), group.stream().map(Needed::need).toList(),
					List.copyOf(files.values()));
		}).toList();
	}

	/**
	 * What the applicant gives on the combined form, as each member's changes. A verified
	 * answer is passed on to its members, which refuse it unless it is the same (R1.6).
	 * @throws ApplicationIncompleteException naming the keys the form does not ask
	 */
	Map<UUID, Map<String, List<String>>> split(CombinedForm form, Map<String, List<String>> changes) {
		Map<UUID, Map<String, List<String>>> split = new LinkedHashMap<>();
		List<FormProblem> unknown = new ArrayList<>();
		changes.forEach((key, values) -> form.question(key)
			.or(() -> form.verified().stream().filter(question -> question.key().equals(key)).findFirst())
			.ifPresentOrElse(
					question -> question.askers()
						.forEach(asker -> split.computeIfAbsent(asker.applicationId(), member -> new HashMap<>())
							.put(asker.fieldKey(), values)),
					() -> unknown.add(new FormProblem(key, "catalog.form.unknownField", key))));
		if (!unknown.isEmpty()) {
			throw new ApplicationIncompleteException(new FormCheck(unknown, List.of()));
		}
		return split;
	}

	/**
	 * The members' problems as the combined form shows them: each next to the combined
	 * field or material it came from, once however many members have it.
	 */
	FormCheck combined(CombinedForm form, List<CombinedMaterial> materials, Map<UUID, FormCheck> checks) {
		Map<List<Object>, FormProblem> problems = new LinkedHashMap<>();
		Map<List<Object>, FormProblem> stops = new LinkedHashMap<>();
		checks.forEach((memberId, check) -> {
			Function<FormProblem, FormProblem> combinedField = problem -> new FormProblem(
					combinedKey(form, materials, memberId, problem.field()), problem.code(), problem.arguments());
			check.problems()
				.stream()
				.map(combinedField)
				.forEach(problem -> problems.putIfAbsent(List.of(String.valueOf(problem.field()), problem.code()),
						problem));
			check.stops()
				.stream()
				.map(combinedField)
				.forEach(stop -> stops.putIfAbsent(List.of(String.valueOf(stop.field()), stop.code()), stop));
		});
		return new FormCheck(List.copyOf(problems.values()), List.copyOf(stops.values()));
	}

	private static String combinedKey(CombinedForm form, List<CombinedMaterial> materials, UUID memberId,
			String field) {
		if (field == null) {
			return null;
		}
		if (field.startsWith(MATERIAL)) {
			String code = field.substring(MATERIAL.length());
			return materials.stream()
				.filter(material -> material.needs()
					.stream()
					.anyMatch(need -> need.applicationId().equals(memberId) && need.materialCode().equals(code)))
				.findFirst()
				.map(material -> MATERIAL + material.key())
				.orElse(field);
		}
		return form.askedBy(memberId, field).map(CombinedForm.Question::key).orElse(field);
	}

	/** The codes of the member's materials that are required for the answers so far. */
	private List<String> requiredMaterials(Application member) {
		var version = own.guideOf(member).version();
		List<String> required = new ArrayList<>(version.form().requiredMaterials(member.answers()));
		version.materials().stream().filter(Material::required).map(Material::code).forEach(required::add);
		return required;
	}

	/** The first member's field, required when any member asking it requires it. */
	private static Field requiredByAny(List<Asked> group) {
		Field field = group.get(0).field();
		boolean required = group.stream().anyMatch(asked -> asked.field().required());
		return new Field(field.key(), field.label(), field.type(), required, field.help(), field.maxLength(),
				field.pattern(), field.min(), field.max(), field.options(), field.dataElement(), field.identity());
	}

	private record Asked(Application member, Field field, boolean verified) {

		CombinedForm.Asker asker() {
			return new CombinedForm.Asker(member.id(), member.matterCode(), member.matterName(), field.key());
		}

	}

	private record Needed(Application member, Material material, boolean required) {

		CombinedMaterial.Need need() {
			return new CombinedMaterial.Need(member.id(), member.matterCode(), member.matterName(), material.code());
		}

	}

}
