package org.tongban.supervision.warning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The escalation ladder of overdue cases (R8.3): <pre>
 * tongban.supervision.escalation.after-working-days=2   working days red before each rung
 * </pre> A case red for so many whole working days after its due day goes to the
 * department's head, after twice as many to the supervision office. It is scanned as
 * often as the warnings ({@code tongban.supervision.warnings.scan-every}).
 */
@ConfigurationProperties(prefix = "tongban.supervision.escalation")
record EscalationProperties(@DefaultValue("2") int afterWorkingDays) {

	EscalationProperties {
		if (afterWorkingDays < 1 || afterWorkingDays > 100) {
			throw new IllegalStateException("tongban.supervision.escalation.after-working-days must be 1 to 100");
		}
	}

}
