package org.tongban.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.tongban.catalog.FormDefinition;
import org.tongban.shared.LocalizedText;

/**
 * The one form of a bundle (一表申请, R2.5), made of its members' forms: a question that
 * several members ask (the same field key, type and data element, R9.1) is asked once;
 * the others are asked in a section per member matter. The answers the platform verified
 * are shown, never asked (R1.6). Answers are kept in each member's draft, so that every
 * member is checked as a single application is.
 *
 * @param shared the questions several members ask, first
 * @param sections the questions of one member each, member by member
 * @param verified the verified answers, read-only
 */
public record CombinedForm(List<Question> shared, List<Section> sections, List<Question> verified) {

	public CombinedForm {
		shared = List.copyOf(shared);
		sections = List.copyOf(sections);
		verified = List.copyOf(verified);
	}

	/** Every question the applicant answers, shared ones first. */
	public Stream<Question> questions() {
		return Stream.concat(shared.stream(), sections.stream().flatMap(section -> section.questions().stream()));
	}

	public Optional<Question> question(String key) {
		return questions().filter(question -> question.key().equals(key)).findFirst();
	}

	/** The question a member's field is asked by, verified ones included. */
	public Optional<Question> askedBy(UUID applicationId, String fieldKey) {
		return Stream.concat(questions(), verified.stream())
			.filter(question -> question.askers()
				.stream()
				.anyMatch(asker -> asker.applicationId().equals(applicationId) && asker.fieldKey().equals(fieldKey)))
			.findFirst();
	}

	/**
	 * A question of the combined form.
	 *
	 * @param key the field key for a shared question, else
	 * {@code <matter code>.<field key>}
	 * @param field the field as the first member asking it defines it; required when any
	 * asking member requires it
	 * @param values the answer as the members hold it
	 * @param source where a verified answer came from, else null
	 * @param askers the members whose field it answers
	 */
	public record Question(String key, FormDefinition.Field field, List<String> values, AnswerSource source,
			List<Asker> askers) {

		public Question {
			values = List.copyOf(values);
			askers = List.copyOf(askers);
		}

		public String value() {
			return values.isEmpty() ? null : values.get(0);
		}

		/** The field as the combined form asks it: under the question's key. */
		public FormDefinition.Field asked() {
			return new FormDefinition.Field(key, field.label(), field.type(), field.required(), field.help(),
					field.maxLength(), field.pattern(), field.min(), field.max(), field.options(), field.dataElement(),
					field.identity());
		}

	}

	/** A member's field that a question answers. */
	public record Asker(UUID applicationId, String matterCode, LocalizedText matterName, String fieldKey) {
	}

	/** The questions only one member matter asks. */
	public record Section(String matterCode, LocalizedText matterName, List<Question> questions) {

		public Section {
			questions = List.copyOf(questions);
		}

	}

}
