package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.Application;
import org.tongban.application.ApplicationTest;
import org.tongban.application.CaseFiles;
import org.tongban.application.ContactPhone;
import org.tongban.application.ContactPhones;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionItem.Kind;
import org.tongban.application.Corrections;
import org.tongban.application.Drafts;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.MyApplications;
import org.tongban.application.Submissions;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * R6.2: the notices of a case go to the phone the application gives only once the
 * applicant proved with an SMS code that they are reached there, and only while the
 * application still gives that number.
 */
@ApplicationTest
class ContactPhoneNoticesTests {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	Drafts drafts;

	@Autowired
	Submissions submissions;

	@Autowired
	Corrections corrections;

	@Autowired
	MyApplications myApplications;

	@Autowired
	ContactPhones contactPhones;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R6.2: a contact phone proved by a code gets the SMS notices of the case; one merely typed does not")
	void aContactPhoneGetsTheNoticesOnceProvedByACode() {
		Restaurant restaurant = cases.food().restaurant();
		Actor enterprise = restaurant.enterprise();
		MobileNumber contact = MobileNumber.parse(
				"137" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L)));
		String number = submittedWithContactPhone(restaurant, contact);

		assertThat(contactPhones.of(enterprise, number))
			.isEqualTo(new ContactPhone(contact.masked(), ContactPhone.Reach.UNVERIFIED));
		work.accept(cases.clerk(), number, "材料齐全");
		assertThat(smsTo(contact)).as("no notice to a number merely typed").isEmpty();

		contactPhones.sendCode(enterprise, number, "203.0.113.61", java.util.Locale.CHINA);
		String code = smsTo(contact).stream()
			.map(CODE::matcher)
			.filter(Matcher::find)
			.map(Matcher::group)
			.reduce((first, second) -> second)
			.orElseThrow();
		String wrong = code.equals("000000") ? "000001" : "000000";
		assertThatThrownBy(() -> contactPhones.confirm(enterprise, number, wrong)).isInstanceOfSatisfying(
				InvalidParameterException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo("application.contactPhone.code.wrong"));
		assertThatThrownBy(() -> contactPhones.confirm(enterprise, number, "12ab")).isInstanceOfSatisfying(
				InvalidParameterException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo("application.contactPhone.code.format"));

		assertThat(contactPhones.confirm(enterprise, number, code).reach()).isEqualTo(ContactPhone.Reach.VERIFIED);
		assertThatThrownBy(() -> contactPhones.sendCode(enterprise, number, "203.0.113.61", java.util.Locale.CHINA))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("application.contactPhone.reached"));
		work.requestCorrection(cases.reviewer(), number, List.of(new CorrectionItem(Kind.FIELD, "mobile", "联系电话有误")),
				null);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(smsTo(contact)).anySatisfy(sms -> assertThat(sms).contains(number, "补正")));

		// A new number given in the correction is not the one proved: the notices stop
		// going to either.
		corrections.correct(enterprise, number, Map.of("mobile", List.of("13700000000")));
		Application corrected = myApplications.byNumber(enterprise, number);
		assertThat(caseFiles.verifiedContactPhone(corrected.id())).isEmpty();
		assertThat(contactPhones.of(enterprise, number).reach()).isEqualTo(ContactPhone.Reach.UNVERIFIED);
	}

	@Test
	@DisplayName("R6.2: the mobile of an agent of the enterprise needs no proof; it gets the notices already")
	void anAgentsMobileNeedsNoProof() {
		Restaurant restaurant = cases.food().restaurant();
		String number = submittedWithContactPhone(restaurant, restaurant.agent().mobile());

		assertThat(contactPhones.of(restaurant.enterprise(), number).reach()).isEqualTo(ContactPhone.Reach.ACCOUNT);
		assertThatThrownBy(
				() -> contactPhones.sendCode(restaurant.enterprise(), number, "203.0.113.62", java.util.Locale.CHINA))
			.isInstanceOfSatisfying(RefusedException.class, ex -> assertThat(ex.refusal()).isEqualTo(Refusal.CONFLICT));
	}

	private String submittedWithContactPhone(Restaurant restaurant, MobileNumber contact) {
		Application draft = cases.food().completeDraft(restaurant);
		drafts.save(restaurant.enterprise(), draft.id(), Map.of("mobile", List.of(contact.value())));
		String number = submissions.submit(restaurant.enterprise(), draft.id(), UUID.randomUUID().toString()).number();
		cases.awaitStep(number, "ACCEPTANCE");
		return number;
	}

	private List<String> smsTo(MobileNumber phone) {
		return jdbc.sql("select body from notification_dev_outbox where recipient = :mobile and channel = 'SMS'")
			.param("mobile", phone.value())
			.query(String.class)
			.list();
	}

}
