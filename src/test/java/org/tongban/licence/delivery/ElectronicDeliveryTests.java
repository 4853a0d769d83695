package org.tongban.licence.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseDocumentDownloaded;
import org.tongban.application.CaseFiles;
import org.tongban.application.DeliveryMethod;
import org.tongban.application.DeliveryProgress;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseEnded;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.licence.support.FilingApplications;
import org.tongban.support.TestClock;

/**
 * R6.4: the electronic delivery of a decision is its first download once the delivery is
 * recorded; a download made before, whose event comes first or late, is not counted.
 */
@IdentityTest
class ElectronicDeliveryTests {

	@Autowired
	Deliveries deliveries;

	@Autowired
	Accounts accounts;

	@Autowired
	Drafts drafts;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Submissions submissions;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	TestClock clock;

	@Test
	@DisplayName("R6.4: a download before the delivery is recorded is no delivery, whether its event comes before or after the record; the first download after it is, with its time")
	void aDownloadBeforeTheDeliveryIsNotItsProof() {
		Application application = new FilingApplications(drafts, materials, submissions, caseFiles)
			.submitted(new TestAccounts(accounts).person().actor(), FilingApplications.MEDICAL_FILING);
		String number = application.receipt().orElseThrow().number();
		Instant decidedAt = clock.instant();
		Instant before = decidedAt.minus(Duration.ofMinutes(5));

		deliveries.downloaded(new CaseDocumentDownloaded(application.id(), number, "GRANT_DECISION", before));
		assertThat(deliveries.of(application.id())).as("no delivery recorded yet").isEmpty();

		deliveries.record(new CaseEnded(application.id(), number, ApplicationStatus.GRANTED, decidedAt));
		deliveries.downloaded(new CaseDocumentDownloaded(application.id(), number, "GRANT_DECISION", before));
		assertThat(deliveries.of(application.id())).hasValueSatisfying(delivery -> {
			assertThat(delivery.method()).isEqualTo(DeliveryMethod.ELECTRONIC);
			assertThat(delivery.status()).as("the early download, handled late")
				.isEqualTo(DeliveryProgress.Status.WAITING);
		});

		Instant downloaded = decidedAt.plus(Duration.ofMinutes(1));
		deliveries.downloaded(new CaseDocumentDownloaded(application.id(), number, "GRANT_DECISION", downloaded));
		deliveries.downloaded(new CaseDocumentDownloaded(application.id(), number, "GRANT_DECISION",
				downloaded.plus(Duration.ofDays(1))));
		assertThat(deliveries.of(application.id())).hasValueSatisfying(delivery -> {
			assertThat(delivery.status()).isEqualTo(DeliveryProgress.Status.DELIVERED);
			assertThat(delivery.deliveredAt()).as("the first download after the record").isEqualTo(downloaded);
		});
	}

}
