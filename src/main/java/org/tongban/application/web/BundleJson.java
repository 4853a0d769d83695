package org.tongban.application.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleApplications;
import org.tongban.application.BundleStatus;
import org.tongban.application.CaseMessage;
import org.tongban.application.CombinedForm;
import org.tongban.application.CombinedMaterial;
import org.tongban.catalog.Department;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormMessages;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;

/**
 * What the API answers about bundle applications (R2.5, R5.2), in the reader's language:
 * codes for programs, with the labels and names a person reads beside them.
 */
@Component
class BundleJson {

	private final BundleApplications bundles;

	private final MatterCatalog catalog;

	private final MessageSource messages;

	private final FormMessages formMessages;

	private final CaseClocks clocks;

	BundleJson(BundleApplications bundles, MatterCatalog catalog, MessageSource messages, FormMessages formMessages,
			CaseClocks clocks) {
		this.bundles = bundles;
		this.catalog = catalog;
		this.messages = messages;
		this.formMessages = formMessages;
		this.clocks = clocks;
	}

	/**
	 * A bundle application, draft or submitted.
	 *
	 * @param form the combined form with the answers given so far; null once submitted
	 * @param materials the one set of materials with the files given so far
	 * @param members each member matter's application: its own number once submitted, its
	 * stage and status; its answers and timeline at {@code /api/v1/applications/{number}}
	 * @param clock the bundle's own clock (joint handling, R15.3), null until its first
	 * stage starts
	 * @param messages the lead department's messages on the whole bundle
	 */
	record Detail(UUID id, String bundleCode, String bundleName, String leadDepartmentCode, String leadDepartmentName,
			BundleStatus status, String number, Instant receivedAt, Form form, List<Material> materials,
			List<Member> members, BundleClock clock, List<CaseMessage> messages) {
	}

	/** The combined form (一表申请): shared questions first, then a section per member. */
	record Form(List<Question> shared, List<Section> sections, List<Question> verified) {
	}

	/**
	 * A question of the combined form.
	 *
	 * @param key what the answer is saved under
	 * @param verifiedFrom where a verified answer came from (read-only, R1.6), else null
	 * @param matters the member matters it answers
	 */
	record Question(String key, String label, String type, boolean required, String help, List<Option> options,
			List<String> values, String verifiedFrom, List<String> matters) {
	}

	record Option(String value, String label) {
	}

	record Section(String matterCode, String matterName, List<Question> questions) {
	}

	/**
	 * A material of the one set of materials (一套材料), uploaded once.
	 *
	 * @param key what a file is uploaded under
	 * @param matters the member matters it is given for
	 */
	record Material(String key, String name, boolean required, String requiredWhen, List<String> matters,
			List<ApplicationJson.Material> files) {
	}

	/**
	 * A member matter's application.
	 *
	 * @param currentStep the step under way, e.g. {@code ACCEPTANCE}, or null
	 * @param dueOn the due day of the step under way, if any
	 * @param stoppedBecause for a stopped member, the number of the member of an earlier
	 * stage that was not granted
	 */
	record Member(UUID applicationId, String number, String matterCode, String matterName, String departmentCode,
			String departmentName, int stage, ApplicationStatus status, String statusLabel, String currentStep,
			String currentStepName, LocalDate dueOn, String stoppedBecause) {
	}

	/**
	 * The bundle's own clock (R15.3).
	 *
	 * @param dueOn the last day of the bundle's limit
	 * @param remainingDays working days left, today included; negative when overdue
	 */
	record BundleClock(LocalDate startsOn, int limitDays, LocalDate dueOn, Integer remainingDays, int extendedBy,
			boolean provisional) {

		static BundleClock of(CaseClock clock) {
			return new BundleClock(clock.startsOn(), clock.committedLimitDays(), clock.dueOn(), clock.remainingDays(),
					clock.isExtended() ? clock.extension().days() : 0, clock.provisional());
		}

	}

	/**
	 * What stands between the bundle and its submission.
	 *
	 * @param errors each combined field (or {@code material.<key>}) with its message
	 */
	record Check(boolean complete, Map<String, String> errors, List<String> stops) {
	}

	/** One line of the caller's bundle applications. */
	record Summary(UUID id, String bundleCode, String bundleName, BundleStatus status, String number,
			Instant receivedAt) {
	}

	Detail detail(Actor applicant, UUID id, Locale locale) {
		BundleApplication bundle = bundles.get(applicant, id);
		Map<String, String> departments = departmentNames(locale);
		boolean draft = bundle.status() == BundleStatus.DRAFT;
		List<Member> members = bundles.members(applicant, id).stream().map(member -> {
			var step = member.currentStep();
			return new Member(member.id(), member.number(), member.matterCode(), member.matterName().in(locale),
					member.departmentCode(), departments.get(member.departmentCode()),
					bundle.member(member.id()).orElseThrow().stage(), member.status(),
					message("application.status." + member.status(), locale), step.map(s -> s.step()).orElse(null),
					step.map(s -> messages.getMessage("application.step." + s.step(), null, s.step(), locale))
						.orElse(null),
					step.map(s -> s.dueOn()).orElse(null), member.status() == ApplicationStatus.STOPPED
							? bundles.stoppedBecause(applicant, member.id()).orElse(null) : null);
		}).toList();
		return new Detail(bundle.id(), bundle.bundleCode(), bundle.bundleName().in(locale), bundle.leadDepartmentCode(),
				departments.get(bundle.leadDepartmentCode()), bundle.status(), bundle.number(), bundle.receivedAt(),
				draft ? form(bundles.form(applicant, id), locale) : null,
				bundles.materials(applicant, id).stream().map(material -> material(material, locale)).toList(), members,
				draft ? null : clocks.of(bundle.id()).map(BundleClock::of).orElse(null),
				bundles.messages(applicant, id));
	}

	Summary summary(BundleApplication bundle, Locale locale) {
		return new Summary(bundle.id(), bundle.bundleCode(), bundle.bundleName().in(locale), bundle.status(),
				bundle.number(), bundle.receivedAt());
	}

	Check check(FormCheck check, Locale locale) {
		return new Check(check.passed(), check.problems()
			.stream()
			.filter(problem -> problem.field() != null)
			.collect(Collectors.toMap(problem -> problem.field(), problem -> formMessages.message(problem, locale),
					(first, second) -> first, java.util.LinkedHashMap::new)),
				check.stops().stream().map(stop -> formMessages.message(stop, locale)).toList());
	}

	Material material(CombinedMaterial material, Locale locale) {
		return new Material(material.key(), material.name().in(locale), material.required(),
				material.requiredWhen() == null ? null : material.requiredWhen().in(locale),
				material.needs().stream().map(CombinedMaterial.Need::matterCode).toList(),
				material.files().stream().map(file -> ApplicationJson.Material.of(file, locale)).toList());
	}

	private Form form(CombinedForm form, Locale locale) {
		return new Form(questions(form.shared(), locale),
				form.sections()
					.stream()
					.map(section -> new Section(section.matterCode(), section.matterName().in(locale),
							questions(section.questions(), locale)))
					.toList(),
				questions(form.verified(), locale));
	}

	private List<Question> questions(List<CombinedForm.Question> questions, Locale locale) {
		return questions.stream().map(question -> {
			var field = question.field();
			return new Question(question.key(), field.label().in(locale), field.type().name(), field.required(),
					field.help() == null ? null : field.help().in(locale),
					field.options()
						.stream()
						.map(option -> new Option(option.value(), option.label().in(locale)))
						.toList(),
					question.values(),
					question.source() == null ? null
							: message("application.source." + question.source().kind(), locale,
									question.source().reference()),
					question.askers().stream().map(CombinedForm.Asker::matterCode).toList());
		}).toList();
	}

	private Map<String, String> departmentNames(Locale locale) {
		return catalog.departments()
			.stream()
			.collect(Collectors.toMap(Department::code, department -> department.name().in(locale)));
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
