package org.tongban.application;

import java.util.List;

import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormProblem;

/**
 * An application that cannot be submitted as it stands (R3.1, R16.6): the problems to
 * fix, each tied to its field (or to {@code material.<code>} for a missing material), and
 * the reasons it cannot be accepted at all.
 */
public class ApplicationIncompleteException extends RuntimeException {

	private final transient FormCheck check;

	public ApplicationIncompleteException(FormCheck check) {
		super("The application has " + check.problems().size() + " problems and " + check.stops().size() + " stops");
		this.check = check;
	}

	public FormCheck check() {
		return check;
	}

	public List<FormProblem> problems() {
		return check.problems();
	}

}
