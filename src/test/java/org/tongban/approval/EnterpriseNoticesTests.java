package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.ApplicationTest;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.Receipt;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;

/**
 * R6.2: an enterprise account has no mobile number of its own; the notices of its cases
 * reach the people who act for it (its agents) by SMS at the mobile each verified,
 * besides the enterprise's own messages.
 */
@ApplicationTest
class EnterpriseNoticesTests {

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R6.2: the agent of the enterprise is told by SMS that the enterprise's application was accepted")
	void theAgentOfAnEnterpriseIsToldBySms() {
		Restaurant restaurant = cases.food().restaurant();
		Receipt receipt = cases.food().submit(restaurant);
		cases.awaitStep(receipt.number(), "ACCEPTANCE");

		work.accept(cases.clerk(), receipt.number(), "材料齐全");

		assertThat(outbox.messages(restaurant.enterprise().id())).extracting(InAppMessage::kind).contains("ACCEPTED");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select body from notification_dev_outbox where recipient = :mobile and channel = 'SMS'")
						.param("mobile", restaurant.agent().mobile().value())
						.query(String.class)
						.list())
				.anySatisfy(sms -> assertThat(sms).contains(receipt.number(), "受理")));
	}

}
