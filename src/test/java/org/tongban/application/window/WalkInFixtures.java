package org.tongban.application.window;

import java.io.ByteArrayInputStream;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tongban.application.Application;
import org.tongban.application.Receipt;
import org.tongban.exchange.LegalForm;
import org.tongban.exchange.registry.LegalPersonRecord;
import org.tongban.exchange.registry.LegalPersonRegistry;
import org.tongban.exchange.registry.LegalPersonStatus;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.exchange.registry.PersonStatus;
import org.tongban.exchange.registry.PopulationRegistry;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.storage.SampleFiles;

/**
 * People who walk in to the integrated window (R4.5): fresh persons and enterprises of
 * the base registries, without an account unless a test opens one, and fresh window
 * clerks of the government service centre. A bean of every test context of the whole
 * platform.
 */
@Component
public final class WalkInFixtures {

	/** 护士执业注册 of WJW: for natural persons, two materials to upload. */
	public static final String NURSE_REGISTRATION = "WJW-HSZYZC";

	private static int counter;

	private final PopulationRegistry population;

	private final LegalPersonRegistry legalPersons;

	private final TestAccounts accounts;

	private final WindowDesk desk;

	WalkInFixtures(PopulationRegistry population, LegalPersonRegistry legalPersons, Accounts accounts,
			WindowDesk desk) {
		this.population = population;
		this.legalPersons = legalPersons;
		this.accounts = new TestAccounts(accounts);
		this.desk = desk;
	}

	/**
	 * A nurse registration of a walk-in person without an account, registered and
	 * submitted by the clerk: its receipt.
	 */
	public Receipt registered(Actor clerk) {
		PersonRecord walkIn = person();
		Actor applicant = desk.identifyPerson(clerk, walkIn.name(), walkIn.id().value());
		Application draft = desk.start(clerk, applicant, NURSE_REGISTRATION);
		desk.save(clerk, draft.id(), WindowDeskTests.nurseAnswers());
		desk.scan(clerk, draft.id(), "M03", "M03.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("M03 of " + draft.id())));
		desk.scan(clerk, draft.id(), "M05", "M05.jpg", new ByteArrayInputStream(SampleFiles.jpeg(40, 30)));
		return desk.submit(clerk, draft.id(), UUID.randomUUID().toString());
	}

	/** A person of the population registry who has no account. */
	public PersonRecord person() {
		ResidentIdNumber id = TestAccounts.residentId();
		var person = new PersonRecord(id, "窗口" + name(), id.sex(), id.birthDate(),
				"D市中心区人民路" + (counter % 90 + 1) + "号", PersonStatus.NORMAL);
		population.add(person);
		return person;
	}

	/** A person of the population registry in another status, such as deceased. */
	public PersonRecord person(PersonStatus status) {
		ResidentIdNumber id = TestAccounts.residentId();
		var person = new PersonRecord(id, "窗口" + name(), id.sex(), id.birthDate(), "D市港城区海港路1号", status);
		population.add(person);
		return person;
	}

	/** An enterprise of the legal-person registry, with its legal representative. */
	public LegalPersonRecord enterprise(UnifiedSocialCreditCode code, String representativeName,
			ResidentIdNumber representativeId) {
		var enterprise = new LegalPersonRecord(code, "D市窗口测试" + name() + "有限公司", LegalForm.LIMITED_LIABILITY_COMPANY,
				representativeName, representativeId, "D市高新区软件园路1号", LocalDate.of(2020, 5, 18),
				LegalPersonStatus.ACTIVE);
		legalPersons.add(enterprise);
		return enterprise;
	}

	/** A window clerk of the government service centre. */
	public Actor windowClerk() {
		return accounts.staff(TestAccounts.accountName(), DepartmentRole.INTEGRATED_WINDOW);
	}

	public TestAccounts accounts() {
		return accounts;
	}

	private static synchronized String name() {
		counter++;
		return Integer.toString(counter, 36) + Long.toString(System.nanoTime() % 46656, 36);
	}

}
