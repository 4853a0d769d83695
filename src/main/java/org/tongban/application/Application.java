package org.tongban.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.shared.LocalizedText;

/**
 * An application as its applicant sees it: the matter version it was made under (R16.5),
 * the answers and where the pre-filled ones came from, the materials, and once submitted
 * its receipt, timeline and messages. Each change gives a new record at the next
 * revision, to be written in place of the one it was made from.
 *
 * @param matterVersion the version it is made under: the one in force when it is worked
 * on or submitted (R16.5)
 * @param startedVersion the version it was started under, which the applicant is told
 * differs when a new one took effect meanwhile
 * @param revision counts the changes, so that two writes at the same moment cannot both
 * win
 * @param receipt present once submitted
 * @param documents the notices and the decision the applicant was given
 * @param correction the correction notice the applicant has yet to answer (R4.2), if any
 */
public record Application(UUID id, UUID applicantId, AccountKind applicantKind, String matterCode, int matterVersion,
		int startedVersion, LocalizedText matterName, String departmentCode, ApplicationStatus status,
		FormAnswers answers, Map<String, AnswerSource> sources, Optional<Receipt> receipt, Instant withdrawnAt,
		Instant createdAt, Instant updatedAt, int revision, List<AttachedMaterial> materials,
		List<TimelineStep> timeline, List<CaseMessage> messages, List<CaseDocument> documents,
		Optional<CorrectionRequest> correction) {

	public Application {
		sources = Map.copyOf(sources);
		materials = List.copyOf(materials);
		timeline = List.copyOf(timeline);
		messages = List.copyOf(messages);
		documents = List.copyOf(documents);
	}

	/**
	 * A new draft under the version of the guide, with what is known before the applicant
	 * answers (R3.2).
	 */
	public static Application started(Actor applicant, MatterGuide guide, FormAnswers answers,
			Map<String, AnswerSource> sources, Instant at) {
		MatterVersion version = guide.version();
		return new Application(UUID.randomUUID(), applicant.id(), applicant.kind(), guide.code(), version.version(),
				version.version(), version.name(), guide.matter().departmentCode(), ApplicationStatus.DRAFT, answers,
				sources, Optional.empty(), null, at, at, 1, List.of(), List.of(), List.of(), List.of(),
				Optional.empty());
	}

	/**
	 * The draft under a version that replaced its own (R16.5), keeping the answers its
	 * form still asks for.
	 */
	public Application movedTo(MatterVersion inForce, Instant at) {
		Map<String, List<String>> kept = new HashMap<>();
		answers.values().forEach((key, values) -> inForce.form().field(key).ifPresent(field -> kept.put(key, values)));
		Map<String, AnswerSource> keptSources = new HashMap<>(sources);
		keptSources.keySet().retainAll(kept.keySet());
		return new Application(id, applicantId, applicantKind, matterCode, inForce.version(), startedVersion,
				inForce.name(), departmentCode, status, new FormAnswers(kept), keptSources, receipt, withdrawnAt,
				createdAt, at, revision + 1, materials, timeline, messages, documents, correction);
	}

	/**
	 * With other answers, and where the pre-filled and verified ones among them came
	 * from.
	 */
	public Application withAnswers(FormAnswers answers, Map<String, AnswerSource> sources, Instant at) {
		return next(status, answers, sources, receipt, withdrawnAt, at);
	}

	/**
	 * Changed in what is kept apart from the record, such as its files, so that it counts
	 * as a change.
	 */
	public Application touched(Instant at) {
		return next(status, answers, sources, receipt, withdrawnAt, at);
	}

	/** Submitted with these answers, received as the receipt says (R3.4). */
	public Application submitted(FormAnswers answers, Map<String, AnswerSource> sources, Receipt receipt) {
		return next(ApplicationStatus.SUBMITTED, answers, sources, Optional.of(receipt), null, receipt.receivedAt());
	}

	/**
	 * Received with its bundle, with these answers, and waiting for its stage to start
	 * (R5.2).
	 */
	public Application waiting(FormAnswers answers, Map<String, AnswerSource> sources, Receipt receipt) {
		return next(ApplicationStatus.WAITING, answers, sources, Optional.of(receipt), null, receipt.receivedAt());
	}

	/** Withdrawn by the applicant (R3.5). */
	public Application withdrawn(Instant at) {
		return next(ApplicationStatus.WITHDRAWN, answers, sources, receipt, at, at);
	}

	/**
	 * Resubmitted after a correction (R4.2), back in the status it was in when the
	 * correction was asked.
	 */
	public Application resubmitted(ApplicationStatus back, Instant at) {
		return next(back, answers, sources, receipt, withdrawnAt, at);
	}

	private Application next(ApplicationStatus status, FormAnswers answers, Map<String, AnswerSource> sources,
			Optional<Receipt> receipt, Instant withdrawnAt, Instant at) {
		return new Application(id, applicantId, applicantKind, matterCode, matterVersion, startedVersion, matterName,
				departmentCode, status, answers, sources, receipt, withdrawnAt, createdAt, at, revision + 1, materials,
				timeline, messages, documents, correction);
	}

	public boolean isDraft() {
		return status == ApplicationStatus.DRAFT;
	}

	public String number() {
		return receipt.map(Receipt::number).orElse(null);
	}

	public List<AttachedMaterial> materials(String materialCode) {
		return materials.stream().filter(material -> material.materialCode().equals(materialCode)).toList();
	}

	public long materialsSize() {
		return materials.stream().mapToLong(AttachedMaterial::size).sum();
	}

	/** Whether the open correction notice lists this field or material. */
	public boolean isToCorrect(CorrectionItem.Kind kind, String code) {
		return correction.stream()
			.flatMap(request -> request.items().stream())
			.anyMatch(item -> item.kind() == kind && item.code().equals(code));
	}

	/**
	 * What the applicant has given for an item of a correction notice, in a form that is
	 * equal exactly when nothing was changed: the field's answers in order, or the set of
	 * files of the material (R4.2).
	 */
	public String givenFor(CorrectionItem item) {
		return switch (item.kind()) {
			case FIELD -> String.join("\u001f", answers.values(item.code()));
			case MATERIAL -> materials(item.code()).stream()
				.map(material -> material.attachmentId().toString())
				.sorted()
				.collect(Collectors.joining(","));
		};
	}

	/**
	 * The phone number the applicant gave the case to be reached at: the answer to the
	 * form's first phone field, as given (it is checked as a mobile number where it is
	 * used).
	 */
	public Optional<String> contactPhone(FormDefinition form) {
		return form.fields()
			.filter(field -> field.type() == FormDefinition.FieldType.PHONE)
			.map(field -> answers.value(field.key()))
			.filter(value -> value != null && !value.isBlank())
			.findFirst();
	}

	/**
	 * Whether the answer to the field is the applicant's identity as the platform
	 * verified it, taken from its source and never from the form (R1.6): the form takes
	 * the field from a source, and the source gave the answer.
	 */
	public boolean isVerified(FormDefinition.Field field) {
		AnswerSource source = sources.get(field.key());
		return field.identity() != null && source != null && source.kind() != AnswerSource.Kind.EARLIER_APPLICATION;
	}

	/** The step under way, if any. */
	public Optional<TimelineStep> currentStep() {
		return timeline.stream().filter(TimelineStep::isOpen).reduce((first, second) -> second);
	}

}
