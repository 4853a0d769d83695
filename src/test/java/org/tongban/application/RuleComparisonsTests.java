package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.DecisionRule.Comparison;
import org.tongban.catalog.DecisionRule.Source;
import org.tongban.shared.LocalizedText;

/**
 * How a rule of the fast tracks compares the value its source answered with the rule's
 * values (R5.6, R16.2, R16.6): texts, numbers (50000 is 50000.00) and ISO dates, a
 * many-valued element such as the kinds of an applicant's credit records, and a value
 * that is missing. Each row: the comparison, the rule's values and the value read
 * ({@code |} between several, nothing for none), and whether the rule holds.
 */
class RuleComparisonsTests {

	@ParameterizedTest(name = "{0} {1}: {2} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			EQUALS;      ACTIVE;                ACTIVE;                         true
			EQUALS;      ACTIVE;                REVOKED;                        false
			EQUALS;      ACTIVE;                -;                              false
			EQUALS;      50000;                 50000.00;                       true
			NOT_EQUALS;  ACTIVE;                REVOKED;                        true
			NOT_EQUALS;  ACTIVE;                ACTIVE;                         false
			NOT_EQUALS;  ACTIVE;                -;                              true
			ONE_OF;      LIMITED_LIABILITY_COMPANY|JOINT_STOCK_COMPANY; JOINT_STOCK_COMPANY; true
			ONE_OF;      LIMITED_LIABILITY_COMPANY|JOINT_STOCK_COMPANY; INDIVIDUAL_BUSINESS; false
			ONE_OF;      LIMITED_LIABILITY_COMPANY|JOINT_STOCK_COMPANY; -;                   false
			NONE_OF;     FALSE_COMMITMENT;      -;                              true
			NONE_OF;     FALSE_COMMITMENT;      GAP_NOT_SUPPLIED|LICENCE_REVOKED; true
			NONE_OF;     FALSE_COMMITMENT;      GAP_NOT_SUPPLIED|FALSE_COMMITMENT; false
			NONE_OF;     FALSE_COMMITMENT|LICENCE_REVOKED; LICENCE_REVOKED;     false
			NONE_OF;     -;                     -;                              true
			NONE_OF;     -;                     GAP_NOT_SUPPLIED;               false
			AT_LEAST;    50;                    50;                             true
			AT_LEAST;    50;                    49;                             false
			AT_LEAST;    50;                    76;                             true
			AT_LEAST;    50;                    -;                              false
			AT_LEAST;    50;                    fifty;                          false
			AT_LEAST;    2020-01-01;            2019-12-31;                     false
			AT_LEAST;    2020-01-01;            2020-01-01;                     true
			AT_MOST;     50000;                 49999.99;                       true
			AT_MOST;     50000;                 50000.01;                       false
			AT_MOST;     2026-11-27;            2026-11-28;                     false
			AT_MOST;     2026-11-27;            2026-01-01;                     true
			BETWEEN;     18|60;                 18;                             true
			BETWEEN;     18|60;                 60;                             true
			BETWEEN;     18|60;                 17;                             false
			BETWEEN;     18|60;                 61;                             false
			BETWEEN;     2026-01-01|2026-12-31; 2026-06-30;                     true
			BETWEEN;     2026-01-01|2026-12-31; 2027-01-01;                     false
			BETWEEN;     18|60;                 -;                              false
			PRESENT;     -;                     ACTIVE;                         true
			PRESENT;     -;                     -;                              false
			ABSENT;      -;                     -;                              true
			ABSENT;      -;                     FALSE_COMMITMENT;               false
			""")
	void aRuleComparesTheValueReadWithItsValues(Comparison comparison, String values, String read, boolean holds) {
		DecisionRule rule = rule(comparison, list(values));

		assertThat(RuleChecks.holds(rule, list(read))).isEqualTo(holds);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			EQUALS;   -
			EQUALS;   A|B
			BETWEEN;  18
			ONE_OF;   -
			PRESENT;  A
			AT_LEAST; fifty
			BETWEEN;  18|sixty
			""")
	void aRuleWithValuesItsComparisonCannotUseIsRefused(Comparison comparison, String values) {
		assertThatIllegalArgumentException().isThrownBy(() -> rule(comparison, list(values)));
	}

	private static DecisionRule rule(Comparison comparison, List<String> values) {
		return new DecisionRule("R1", LocalizedText.of("测试", "Test"), Source.FORM, "amount", comparison, values, null);
	}

	private static List<String> list(String values) {
		return values == null ? List.of() : Arrays.asList(values.strip().split("\\|"));
	}

}
