package org.tongban.application;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.storage.SampleFiles;

/**
 * Applications for the food business licence (食品经营许可, SCJGJ-SPJYXK) by fresh enterprises,
 * filled in as a restaurant would, with real PDF files for the materials to upload. A
 * bean of every test's application context.
 */
@Component
public final class FoodLicenceApplications {

	public static final String MATTER = "SCJGJ-SPJYXK";

	private final Drafts drafts;

	private final ApplicationMaterials materials;

	private final Submissions submissions;

	private final TestAccounts accounts;

	FoodLicenceApplications(Drafts drafts, ApplicationMaterials materials, Submissions submissions, Accounts accounts) {
		this.drafts = drafts;
		this.materials = materials;
		this.submissions = submissions;
		this.accounts = new TestAccounts(accounts);
	}

	/** A new enterprise whose agent is its legal representative. */
	public Restaurant restaurant() {
		TestAccounts.Person agent = accounts.person();
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		Actor enterprise = accounts.enterprise(agent, creditCode);
		return new Restaurant(enterprise, agent, creditCode);
	}

	/** A draft with every answer and material it needs. */
	public Application completeDraft(Restaurant restaurant) {
		Application draft = drafts.start(restaurant.enterprise(), MATTER);
		drafts.save(restaurant.enterprise(), draft.id(), answers(restaurant));
		attachPdf(restaurant.enterprise(), draft.id(), "M04", "floor-plan.pdf");
		attachPdf(restaurant.enterprise(), draft.id(), "M05", "food-safety-rules.pdf");
		return drafts.get(restaurant.enterprise(), draft.id());
	}

	/** A complete application, sent by the restaurant. */
	public Receipt submit(Restaurant restaurant) {
		Application draft = completeDraft(restaurant);
		return submissions.submit(restaurant.enterprise(), draft.id(), UUID.randomUUID().toString());
	}

	/** The accounts the applicants are made with, for other people in the same test. */
	public TestAccounts accounts() {
		return accounts;
	}

	public AttachedMaterial attachPdf(Actor applicant, UUID draft, String material, String name) {
		return materials.attach(applicant, draft, material, name,
				new ByteArrayInputStream(SampleFiles.pdf(material + " of " + draft)));
	}

	/**
	 * What a small restaurant answers; the account and the registries fill in the rest.
	 */
	public static Map<String, List<String>> answers(Restaurant restaurant) {
		return Map.ofEntries(Map.entry("legalRepIdNumber", List.of(restaurant.agent().residentId().value())),
				Map.entry("mobile", List.of(restaurant.agent().mobile().value())), Map.entry("agent", List.of("NO")),
				Map.entry("premisesAddress", List.of("D市中山区人民路88号")), Map.entry("premisesArea", List.of("120")),
				Map.entry("diningArea", List.of("60")), Map.entry("online", List.of("NO")),
				Map.entry("businessForm", List.of("CATERING_RESTAURANT")), Map.entry("items", List.of("HOT", "COLD")),
				Map.entry("vending", List.of("NO")), Map.entry("safetyManager", List.of("王小红")),
				Map.entry("safetyManagerMobile", List.of("13912345678")), Map.entry("staffCount", List.of("8")),
				Map.entry("truthful", List.of("true")));
	}

	/**
	 * @param creditCode what the enterprise logs in with, with
	 * {@link TestAccounts#PASSWORD}
	 */
	public record Restaurant(Actor enterprise, TestAccounts.Person agent, UnifiedSocialCreditCode creditCode) {
	}

}
