package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.AnswerSource.Kind;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * R3.2, R15.10, R16.6: a new draft is filled in with what the government already holds,
 * each value with its source; materials given before are reused instead of uploaded
 * again; a matter that is not for the applicant is refused before anything is filled in.
 */
@ApplicationTest
class AutoFillTests {

	@Autowired
	Drafts drafts;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Submissions submissions;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FoodLicenceApplications food;

	@Test
	void anEnterpriseFindsItsRegisteredParticularsFilledIn() {
		Actor enterprise = demoEnterprise();
		Application draft = drafts.start(enterprise, FoodLicenceApplications.MATTER);
		try {
			assertThat(draft.answers().value("operatorName")).isEqualTo("D市味之源餐饮管理有限公司");
			assertThat(draft.answers().value("uscc")).isEqualTo("91210202MA0Q5K7D3U");
			assertThat(draft.answers().value("legalRepName")).isEqualTo("张伟");
			assertThat(draft.answers().value("legalRepIdNumber")).isEqualTo("210202198503120311");
			assertThat(draft.answers().value("premisesAddress")).isNotBlank();
			assertThat(draft.sources()).containsEntry("operatorName", AnswerSource.of(Kind.ACCOUNT))
				.containsEntry("uscc", AnswerSource.of(Kind.ACCOUNT))
				.containsEntry("legalRepName", AnswerSource.of(Kind.LEGAL_PERSON_REGISTRY))
				.containsEntry("legalRepIdNumber", AnswerSource.of(Kind.LEGAL_PERSON_REGISTRY))
				.containsEntry("premisesAddress", AnswerSource.of(Kind.LEGAL_PERSON_REGISTRY));
			// Somebody else than the applicant: never filled in from the account or a
			// registry, only from an earlier
			// application, which the demo enterprise may have made (the browser test
			// applies as it).
			assertThat(Optional.ofNullable(draft.sources().get("safetyManager")).map(AnswerSource::kind))
				.as("the food-safety manager is somebody else")
				.isIn(Optional.empty(), Optional.of(Kind.EARLIER_APPLICATION));
		}
		finally {
			drafts.discard(enterprise, draft.id());
		}
	}

	@Test
	void aPersonFindsTheirNameNumberAndRegisteredParticularsFilledIn() {
		Actor person = demoPerson();
		Application draft = drafts.start(person, "JYJ-JSZGRD");
		try {
			assertThat(draft.answers().value(keyOf(draft, Kind.ACCOUNT, "张伟"))).isEqualTo("张伟");
			assertThat(draft.answers().values()).containsValue(List.of("210202198503120311"));
			assertThat(draft.answers().values()).containsValue(List.of("1985-03-12"));
			assertThat(draft.answers().values()).containsValue(List.of("M"));
			assertThat(draft.sources().values()).contains(AnswerSource.of(Kind.POPULATION_REGISTRY));
		}
		finally {
			drafts.discard(person, draft.id());
		}
	}

	@Test
	void aValueTheApplicantChangesIsTheirOwn() {
		Restaurant restaurant = food.restaurant();
		submissions.submit(restaurant.enterprise(), food.completeDraft(restaurant).id(), UUID.randomUUID().toString());
		Application draft = drafts.start(restaurant.enterprise(), FoodLicenceApplications.MATTER);
		assertThat(draft.sources()).containsKey("safetyManager");

		Application saved = drafts.save(restaurant.enterprise(), draft.id(), Map.of("safetyManager", List.of("李明")));

		assertThat(saved.sources()).doesNotContainKey("safetyManager").containsKey("uscc");
	}

	@Test
	void aSecondApplicationTakesTheAnswersOfTheFirst() {
		Restaurant restaurant = food.restaurant();
		Application first = food.completeDraft(restaurant);
		Receipt receipt = submissions.submit(restaurant.enterprise(), first.id(), UUID.randomUUID().toString());

		Application second = drafts.start(restaurant.enterprise(), FoodLicenceApplications.MATTER);

		assertThat(second.answers().value("safetyManager")).isEqualTo("王小红");
		assertThat(second.sources()).containsEntry("safetyManager",
				new AnswerSource(Kind.EARLIER_APPLICATION, receipt.number()));
		assertThat(second.sources().get("uscc")).as("the account is the better source")
			.isEqualTo(AnswerSource.of(Kind.ACCOUNT));
	}

	@Test
	@DisplayName("R3.2: the declaration of truth is ticked anew on each application, never taken from the last one")
	void aDeclarationIsNeverTakenFromTheLastApplication() {
		Restaurant restaurant = food.restaurant();
		Application first = food.completeDraft(restaurant);
		assertThat(first.answers().values("truthful")).as("ticked on the first").isNotEmpty();
		submissions.submit(restaurant.enterprise(), first.id(), UUID.randomUUID().toString());

		Application second = drafts.start(restaurant.enterprise(), FoodLicenceApplications.MATTER);

		assertThat(second.answers().values("truthful")).isEmpty();
		assertThat(second.sources()).doesNotContainKey("truthful");
	}

	@Test
	void anEarlierApplicationThatCannotBeOpenedDoesNotStopTheNext() {
		Restaurant restaurant = food.restaurant();
		Application first = food.completeDraft(restaurant);
		submissions.submit(restaurant.enterprise(), first.id(), UUID.randomUUID().toString());
		// Sealed under a key the platform no longer holds, say.
		jdbc.sql("update application_application set answers_sealed = 'v9:retired:AAAA' where id = :id")
			.param("id", first.id())
			.update();

		Application second = drafts.start(restaurant.enterprise(), FoodLicenceApplications.MATTER);

		assertThat(second.sources().get("uscc")).isEqualTo(AnswerSource.of(Kind.ACCOUNT));
		assertThat(second.sources().values()).noneMatch(source -> source.kind() == Kind.EARLIER_APPLICATION);
	}

	@Test
	void aFileGivenBeforeIsReusedWithOneClickInsteadOfUploadedAgain() {
		Restaurant restaurant = food.restaurant();
		Application first = food.completeDraft(restaurant);
		Receipt receipt = submissions.submit(restaurant.enterprise(), first.id(), UUID.randomUUID().toString());
		AttachedMaterial floorPlan = first.materials("M04").get(0);
		Application second = drafts.start(restaurant.enterprise(), FoodLicenceApplications.MATTER);

		assertThat(materials.mine(restaurant.enterprise())).extracting(AttachedMaterial::attachmentId)
			.contains(floorPlan.attachmentId());
		AttachedMaterial reused = materials.reuse(restaurant.enterprise(), second.id(), "M04",
				floorPlan.attachmentId());

		assertThat(reused.reusedFrom()).isEqualTo(receipt.number());
		assertThat(reused.displayName()).isEqualTo(floorPlan.displayName());
		assertThat(drafts.get(restaurant.enterprise(), second.id()).materials("M04"))
			.extracting(AttachedMaterial::attachmentId)
			.containsExactly(floorPlan.attachmentId());
	}

	@Test
	void anotherApplicantsFileCannotBeReused() {
		Restaurant owner = food.restaurant();
		AttachedMaterial floorPlan = food.completeDraft(owner).materials("M04").get(0);
		Restaurant other = food.restaurant();
		Application draft = drafts.start(other.enterprise(), FoodLicenceApplications.MATTER);

		assertThatThrownBy(() -> materials.reuse(other.enterprise(), draft.id(), "M04", floorPlan.attachmentId()))
			.isInstanceOf(NotFoundException.class);
		assertThat(drafts.get(other.enterprise(), draft.id()).materials("M04")).isEmpty();
	}

	@Test
	void materialsThePlatformMakesOrFetchesAreNotUploaded() {
		Restaurant restaurant = food.restaurant();
		Application draft = drafts.start(restaurant.enterprise(), FoodLicenceApplications.MATTER);

		assertThat(materials.toUpload(draft)).extracting(material -> material.code())
			.contains("M04", "M05")
			.doesNotContain("M01", "M02", "M03");
		assertThatThrownBy(() -> food.attachPdf(restaurant.enterprise(), draft.id(), "M01", "form.pdf"))
			.isInstanceOfSatisfying(org.tongban.shared.InvalidParameterException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("application.material.notUploaded.ONLINE_FORM"));
		assertThatThrownBy(() -> food.attachPdf(restaurant.enterprise(), draft.id(), "M99", "x.pdf"))
			.isInstanceOfSatisfying(org.tongban.shared.InvalidParameterException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("application.material.unknown"));
	}

	@Test
	void aPersonCannotStartAMatterForEnterprises() {
		assertThatThrownBy(() -> drafts.start(demoPerson(), FoodLicenceApplications.MATTER))
			.isInstanceOfSatisfying(RefusedException.class, ex -> {
				assertThat(ex.refusal()).isEqualTo(Refusal.CONFLICT);
				assertThat(ex.messageCode()).isEqualTo("application.start.audience.PERSONAL");
			});
	}

	private Actor demoEnterprise() {
		return directory.findByLogInName("91210202MA0Q5K7D3U").flatMap(accounts::actor).orElseThrow();
	}

	private Actor demoPerson() {
		return directory.findByLogInName("13904110001").flatMap(accounts::actor).orElseThrow();
	}

	private static String keyOf(Application draft, Kind kind, String value) {
		return draft.answers()
			.values()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(List.of(value)) && draft.sources().get(entry.getKey()) != null
					&& draft.sources().get(entry.getKey()).kind() == kind)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

}
