package org.tongban.application.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tongban.application.Application;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.Section;

/**
 * The tasks of a draft (GOV.UK "complete multiple tasks"): one per section of its form,
 * then its materials. How many are done tells two drafts of the same matter apart.
 *
 * @param sections where each section stands, in the order of the form
 * @param materials whether every material the answers call for was given
 */
record TaskList(Map<Section, TaskStatus> sections, TaskStatus materials) {

	/**
	 * @param form the form of the draft's version
	 * @param check everything that stands between the draft and its submission
	 */
	static TaskList of(Application draft, FormDefinition form, FormCheck check) {
		Map<Section, TaskStatus> sections = new LinkedHashMap<>();
		form.sections()
			.forEach(section -> sections.put(section,
					TaskStatus.of(form.check(section.key(), draft.answers()), draft.answers())));
		boolean materialsMissing = check.problems()
			.stream()
			.anyMatch(problem -> problem.field() != null && problem.field().startsWith(ProblemLink.MATERIAL));
		return new TaskList(sections, materialsMissing ? TaskStatus.INCOMPLETE : TaskStatus.COMPLETED);
	}

	/** The tasks completed; public, as the pages read it. */
	public long done() {
		return sections.values().stream().filter(TaskStatus.COMPLETED::equals).count()
				+ (materials == TaskStatus.COMPLETED ? 1 : 0);
	}

	/** The tasks in all. */
	public int total() {
		return sections.size() + 1;
	}

}
