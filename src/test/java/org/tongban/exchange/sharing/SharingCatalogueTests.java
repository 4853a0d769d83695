package org.tongban.exchange.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.exchange.DataElements;
import org.tongban.exchange.SharingGrants;
import org.tongban.exchange.SharingLevel;
import org.tongban.exchange.sharing.SharingRequest.Status;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;

/**
 * R9.5, the sharing catalogue: a department admin of the client department requests a
 * data element of another department for a purpose, an admin of the owning department
 * grants it until an end date or refuses it, the client withdraws it; the grant then
 * holds for the exchange API until its last day and no longer. Nobody decides their own
 * department's request, and an admin of a third department sees nothing of it. Every step
 * is audited (R8.4).
 */
@SpringBootTest
class SharingCatalogueTests {

	/** The tax service asks for the market regulator's credit codes. */
	static final DepartmentAdmin TAX = new DepartmentAdmin(UUID.randomUUID(), Set.of("SWJ"));

	static final DepartmentAdmin MARKET = new DepartmentAdmin(UUID.randomUUID(), Set.of("SCJGJ"));

	static final DepartmentAdmin HOUSING = new DepartmentAdmin(UUID.randomUUID(), Set.of("ZJJ"));

	static final DepartmentAdmin POLICE = new DepartmentAdmin(UUID.randomUUID(), Set.of("GAJ"));

	@Autowired
	SharingCatalogue catalogue;

	@Autowired
	SharingGrants grants;

	@Autowired
	DataElements dictionary;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aGrantHoldsForTheExchangeUntilItsLastDayAndNotTheDayAfter() {
		String purpose = purpose("tax-registration");
		LocalDate lastDay = clock.today().plusDays(30);

		SharingRequest requested = catalogue.request(TAX, "SWJ", "DE0102", purpose, "企业开办时办理税务登记");
		assertThat(requested.status()).isEqualTo(Status.REQUESTED);
		assertThat(requested.ownerDepartment()).isEqualTo("SCJGJ");
		assertThat(grants.inForce("SWJ", "DE0102", purpose, clock.today())).isEmpty();

		SharingRequest granted = catalogue.grant(MARKET, requested.id(), lastDay);

		assertThat(granted.status()).isEqualTo(Status.GRANTED);
		assertThat(grants.inForce("SWJ", "DE0102", purpose, clock.today())).get()
			.satisfies(grant -> assertThat(grant.validUntil()).isEqualTo(lastDay))
			.satisfies(grant -> assertThat(grant.ownerDepartment()).isEqualTo("SCJGJ"));
		assertThat(grants.inForce("SWJ", "DE0102", purpose, lastDay)).isPresent();
		assertThat(grants.inForce("SWJ", "DE0102", purpose, lastDay.plusDays(1))).isEmpty();
		// Only for the element and purpose granted, only to the client.
		assertThat(grants.inForce("SWJ", "DE0101", purpose, clock.today())).isEmpty();
		assertThat(grants.inForce("SWJ", "DE0102", purpose + "-other", clock.today())).isEmpty();
		assertThat(grants.inForce("ZJJ", "DE0102", purpose, clock.today())).isEmpty();
		assertThat(new AuditProbe(jdbc).of("exchange_grant", requested.id())).extracting(AuditProbe.Row::action)
			.containsExactly("sharing.request", "sharing.grant");
	}

	@Test
	void theEndDateOfAGrantMustLieInTheFuture() {
		SharingRequest requested = catalogue.request(TAX, "SWJ", "DE0101", purpose("invoice"), "开具发票");

		assertThatThrownBy(() -> catalogue.grant(MARKET, requested.id(), clock.today())).isInstanceOfSatisfying(
				InvalidParameterException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("exchange.sharing.validUntil.past"));
		assertThatThrownBy(() -> catalogue.grant(MARKET, requested.id(), null))
			.isInstanceOf(InvalidParameterException.class);
		assertThat(catalogue.find(TAX, requested.id()).status()).isEqualTo(Status.REQUESTED);
	}

	@Test
	void aRefusalGivesItsReasonAndNoGrant() {
		String purpose = purpose("statistics");
		SharingRequest requested = catalogue.request(TAX, "SWJ", "DE0110", purpose, "统计分析");

		assertThatThrownBy(() -> catalogue.refuse(MARKET, requested.id(), " "))
			.isInstanceOf(InvalidParameterException.class);
		SharingRequest refused = catalogue.refuse(MARKET, requested.id(), "用途不明确");

		assertThat(refused.status()).isEqualTo(Status.REFUSED);
		assertThat(refused.decisionReason()).isEqualTo("用途不明确");
		assertThat(grants.inForce("SWJ", "DE0110", purpose, clock.today())).isEmpty();
		// Decided once and for all.
		assertThatThrownBy(() -> catalogue.grant(MARKET, requested.id(), clock.today().plusDays(5)))
			.isInstanceOfSatisfying(RefusedException.class,
					closed -> assertThat(closed.messageCode()).isEqualTo("exchange.sharing.closed"));
		assertThat(new AuditProbe(jdbc).of("exchange_grant", requested.id()))
			.extracting(row -> row.action() + " " + row.outcome())
			.containsExactly("sharing.request SUCCESS", "sharing.refuse FAILURE", "sharing.refuse SUCCESS",
					"sharing.grant FAILURE");
	}

	@Test
	void theClientWithdrawsARequestOrGivesUpAGrantAndTheOwnerCannotWithdrawIt() {
		String purpose = purpose("withdrawn");
		SharingRequest requested = catalogue.request(TAX, "SWJ", "DE0111", purpose, "核对组织形式");
		catalogue.grant(MARKET, requested.id(), clock.today().plusDays(10));

		assertThatThrownBy(() -> catalogue.withdraw(MARKET, requested.id())).isInstanceOf(RefusedException.class);
		assertThat(catalogue.withdraw(TAX, requested.id()).status()).isEqualTo(Status.WITHDRAWN);

		assertThat(grants.inForce("SWJ", "DE0111", purpose, clock.today())).isEmpty();
	}

	@Test
	void nobodyDecidesTheirOwnDepartmentsRequestAndAThirdDepartmentSeesNothingOfIt() {
		SharingRequest requested = catalogue.request(TAX, "SWJ", "DE0112", purpose("own"), "核对成立日期");

		assertThatThrownBy(() -> catalogue.grant(TAX, requested.id(), clock.today().plusDays(10)))
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("exchange.sharing.notOwner"));
		assertThatThrownBy(() -> catalogue.find(HOUSING, requested.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> catalogue.grant(HOUSING, requested.id(), clock.today().plusDays(10)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> catalogue.refuse(HOUSING, requested.id(), "无关")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> catalogue.withdraw(HOUSING, requested.id())).isInstanceOf(NotFoundException.class);
		assertThat(catalogue.visibleTo(HOUSING)).extracting(SharingRequest::id).doesNotContain(requested.id());
		assertThat(catalogue.visibleTo(TAX)).extracting(SharingRequest::id).contains(requested.id());
		assertThat(catalogue.visibleTo(MARKET)).extracting(SharingRequest::id).contains(requested.id());
		// A department's own element needs no request, so client and owner never
		// coincide.
		assertThatThrownBy(() -> catalogue.request(MARKET, "SCJGJ", "DE0102", purpose("own"), "本部门"))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("exchange.sharing.ownElement"));
		// Nor does anyone request in the name of a department they do not administer.
		assertThatThrownBy(() -> catalogue.request(HOUSING, "SWJ", "DE0102", purpose("other"), "冒名"))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					refused -> assertThat(refused.parameter()).isEqualTo("clientDepartment"));
	}

	@Test
	void anElementThatIsNotSharedOrNotInTheDictionaryCannotBeRequested() {
		assertThat(dictionary.find("DE0003")).get()
			.satisfies(mobile -> assertThat(mobile.sharing()).isEqualTo(SharingLevel.NOT_SHARED));

		assertThatThrownBy(() -> catalogue.request(POLICE, "GAJ", "DE0003", purpose("contact"), "联系申请人"))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("exchange.sharing.notShared"));
		assertThatThrownBy(() -> catalogue.request(POLICE, "GAJ", "DE9999", purpose("unknown"), "未知"))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("exchange.sharing.unknownElement"));
	}

	@Test
	void aRequestNamesAPurposeCodeAndItsWordsAndIsNotMadeTwice() {
		assertThatThrownBy(() -> catalogue.request(TAX, "SWJ", "DE0107", "Tax Registration", "税务登记"))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					refused -> assertThat(refused.parameter()).isEqualTo("purpose"));
		assertThatThrownBy(() -> catalogue.request(TAX, "SWJ", "DE0107", purpose("tax"), "")).isInstanceOfSatisfying(
				InvalidParameterException.class, refused -> assertThat(refused.parameter()).isEqualTo("purposeText"));
		String purpose = purpose("address");
		catalogue.request(TAX, "SWJ", "DE0107", purpose, "核对住所");
		assertThatThrownBy(() -> catalogue.request(TAX, "SWJ", "DE0107", purpose, "核对住所")).isInstanceOfSatisfying(
				RefusedException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("exchange.sharing.alreadyRequested"));
	}

	/** A purpose of this run, so that runs against one database do not meet. */
	private static String purpose(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
