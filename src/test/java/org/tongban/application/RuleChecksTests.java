package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.RuleOutcome.Verdict;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.DecisionRule.Comparison;
import org.tongban.catalog.DecisionRule.Source;
import org.tongban.catalog.DecisionRules;
import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.MatterCatalog;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRegister;
import org.tongban.exchange.CreditSubject;
import org.tongban.exchange.Registry;
import org.tongban.exchange.RegistryAccessLog;
import org.tongban.identity.Accounts;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.shared.LocalizedText;
import org.tongban.support.TestClock;

/**
 * The rule checks of the fast tracks read each source and explain each rule (R5.6, R16.2,
 * R16.6): the credit register's records in force on the day, the registries, the verified
 * account and the form; a personal value is masked wherever it is shown, a public one
 * shown as it is; a source that holds nothing for the applicant's kind leaves the rule
 * unanswered, which stops nobody.
 */
@ApplicationTest
class RuleChecksTests {

	static final AccessPurpose PURPOSE = AccessPurpose.of("test:rule-checks", LocalizedText.of("测试", "Test"));

	static final DecisionRule NO_FALSE_COMMITMENT = rule("C1", Source.CREDIT_REGISTER, "DE0601", Comparison.NONE_OF,
			"FALSE_COMMITMENT");

	@Autowired
	RuleChecks checks;

	@Autowired
	CreditRegister credit;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	MatterCatalog catalog;

	@Autowired
	RegistryAccessLog accessLog;

	@Autowired
	TestClock clock;

	TestAccounts testAccounts;

	@BeforeEach
	void fixtures() {
		testAccounts = new TestAccounts(accounts);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aFalseCommitmentOnRecordFailsTheRuleUntilItExpiresAndEachReadIsLogged() {
		TestAccounts.Person person = testAccounts.person();
		credit.record(CreditSubject.of(person.residentId()), CreditEventKind.FALSE_COMMITMENT, "TB" + System.nanoTime(),
				"事后核查发现承诺不实", "system");

		RuleOutcome recorded = only(check(person.actor().id(), NO_FALSE_COMMITMENT));

		assertThat(recorded.verdict()).isEqualTo(Verdict.FAILS);
		assertThat(recorded.shownValue()).isEqualTo("FALSE_COMMITMENT");
		assertThat(recorded.answeredAt()).isEqualTo(clock.instant());
		clock.set(TestClock.DEMO_DAY.plusYears(3).atTime(9, 0));
		RuleOutcome expired = only(check(person.actor().id(), NO_FALSE_COMMITMENT));
		assertThat(expired.verdict()).isEqualTo(Verdict.HOLDS);
		assertThat(expired.shownValue()).isNull();
		assertThat(accessLog.accessesTo(person.residentId(), 1, RegistryAccessLog.MAX_SIZE).items())
			.filteredOn(access -> access.caller().equals(PURPOSE.caller()))
			.hasSize(2)
			.allSatisfy(access -> {
				assertThat(access.registry()).isEqualTo(Registry.CREDIT);
				assertThat(access.personMasked()).isEqualTo(person.residentId().masked());
				assertThat(access.purpose()).isEqualTo(PURPOSE.purpose());
			});
	}

	@Test
	void aRecordOfAnotherKindDoesNotFailARuleAboutFalseCommitments() {
		TestAccounts.Person person = testAccounts.person();
		credit.record(CreditSubject.of(person.residentId()), CreditEventKind.GAP_NOT_SUPPLIED, "TB" + System.nanoTime(),
				"容缺材料逾期未补", "system");

		RuleOutcome outcome = only(check(person.actor().id(), NO_FALSE_COMMITMENT));

		assertThat(outcome.verdict()).isEqualTo(Verdict.HOLDS);
		assertThat(outcome.shownValue()).isEqualTo("GAP_NOT_SUPPLIED");
	}

	@Test
	void thePersonsOwnParticularsAreMaskedWhereverARuleShowsThem() {
		// 王秀英, born 1952-07-08, living in the population registry.
		UUID pensioner = testAccounts.registryPerson("王秀英", "210202195207080243", directory).actor().id();
		FormDefinition form = catalog.guide(EligibilityTests.PENSION).version().form();
		var answers = new FormAnswers(
				Map.of("idNumber", List.of("210202195207080243"), "pensionType", List.of("ENTERPRISE")));

		RuleExplanation explanation = checks.check(pensioner, form, answers,
				new DecisionRules(List.of(rule("P1", Source.APPLICANT_PROFILE, "DE0008", Comparison.AT_LEAST, "50"),
						rule("P2", Source.POPULATION_REGISTRY, "DE0007", Comparison.AT_MOST, "1966-11-27"),
						rule("P3", Source.POPULATION_REGISTRY, "DE0009", Comparison.EQUALS, "NORMAL"),
						rule("F1", Source.FORM, "idNumber", Comparison.PRESENT),
						rule("F2", Source.FORM, "pensionType", Comparison.ONE_OF, "ENTERPRISE", "PUBLIC"),
						rule("P4", Source.APPLICANT_PROFILE, "DE0010", Comparison.EQUALS, "NATURAL_PERSON"))),
				PURPOSE);

		assertThat(explanation.allHold()).isTrue();
		assertThat(explanation.outcomes()).extracting(RuleOutcome::code, RuleOutcome::shownValue)
			.containsExactly(tuple("P1", "***"), tuple("P2", "***"), tuple("P3", "***"), tuple("F1", "***"),
					tuple("F2", "ENTERPRISE"), tuple("P4", "NATURAL_PERSON"));
	}

	@Test
	void aRegistryOfLegalPersonsHoldsNothingForAPersonSoTheRuleIsLeftToAPerson() {
		TestAccounts.Person person = testAccounts.person();

		RuleExplanation explanation = check(person.actor().id(),
				rule("L1", Source.LEGAL_PERSON_REGISTRY, "DE0110", Comparison.EQUALS, "ACTIVE"));

		assertThat(explanation.unanswered()).singleElement().satisfies(outcome -> {
			assertThat(outcome.shownValue()).isNull();
			assertThat(outcome.answeredAt()).isNull();
		});
		assertThat(explanation.failed()).isEmpty();
		assertThat(explanation.allHold()).isFalse();
	}

	private RuleExplanation check(UUID applicant, DecisionRule... rules) {
		return checks.check(applicant, null, new FormAnswers(Map.of()), new DecisionRules(List.of(rules)), PURPOSE);
	}

	private static RuleOutcome only(RuleExplanation explanation) {
		assertThat(explanation.outcomes()).hasSize(1);
		return explanation.outcomes().get(0);
	}

	private static DecisionRule rule(String code, Source source, String element, Comparison comparison,
			String... values) {
		return new DecisionRule(code, LocalizedText.of("测试规则", "Test rule"), source, element, comparison,
				List.of(values), null);
	}

}
