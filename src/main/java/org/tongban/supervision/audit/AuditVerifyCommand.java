package org.tongban.supervision.audit;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The verifier on the command line (R8.4), for an operator or a cron job:
 * {@code java -jar tongban.jar --tongban.audit.verify=true --spring.main.web-application-type=none}
 * walks every chain as the auditor's page does, prints what it found and ends the process
 * with 0 when the trail is intact, 1 when it is not (README, "Verifying the audit
 * trail").
 */
@Component
@ConditionalOnBooleanProperty("tongban.audit.verify")
class AuditVerifyCommand implements ApplicationRunner {

	static final int INTACT = 0;

	static final int BROKEN = 1;

	private final AuditVerifier verifier;

	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditVerifier verifier, ConfigurableApplicationContext context) {
		this.verifier = verifier;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = verify(System.out);
		System.exit(SpringApplication.exit(context, () -> status));
	}

	/** Verifies the trail, prints the findings and returns the exit status. */
	static int verify(AuditVerifier verifier, PrintStream out) {
		AuditVerification verification = verifier.verify();
		out.println("Audit trail: " + verification.records() + " records read, anchor " + verification.anchor());
		for (AuditVerification.ChainBreak broken : verification.breaks()) {
			out.println("BROKEN chain " + broken.chain() + " at sequence " + broken.sequence()
					+ (broken.archive() == null ? "" : " in archive " + broken.archive()) + ": " + broken.reason());
		}
		if (verification.anchor() == AnchorStatus.INVALID) {
			out.println("BROKEN the latest anchor's signature is wrong: the anchor file was altered or forged");
		}
		out.println(verification.intact() ? "INTACT" : "BROKEN");
		return verification.intact() ? INTACT : BROKEN;
	}

	int verify(PrintStream out) {
		return verify(verifier, out);
	}

}
