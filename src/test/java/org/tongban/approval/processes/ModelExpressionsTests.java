package org.tongban.approval.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R12.8 (ASVS 1.3.2): the grammar of a process model's expressions allows the variables
 * the platform sets, literals, comparisons, and, or, not, empty and parentheses, and
 * refuses everything else, each refusal naming the element, the expression and where it
 * goes wrong.
 */
class ModelExpressionsTests {

	final ModelExpressions expressions = new ModelExpressions(Set.of("deemedAcceptance"));

	@ParameterizedTest
	@ValueSource(strings = { "${route == 'ACCEPT'}", "#{route == \"GRANT\"}", "dept:${departmentCode}:reviewer",
			"${acceptanceDeadline}", "${ route eq 'A' or (route ne 'B' and not empty number) }",
			"${caseId != null && matterCode >= 'A' || !(route lt 'Z')}", "${number > 3.5 && true}",
			"${route == 'a\\'}b'}", "受理 ${number} 号", "no expression at all", "a } and a { alone" })
	@DisplayName("R12.8: what the platform's models need is allowed")
	void whatTheModelsNeedIsAllowed(String text) {
		assertThat(expressions.problem("flow", text)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			${jdbcClient.sql('drop table x').update()}     | approval.process.expression.name   | jdbcClient
			${fieldCipher}                                 | approval.process.expression.name   | fieldCipher
			${applicationContext}                          | approval.process.expression.name   | applicationContext
			${environment.getProperty('x')}                | approval.process.expression.name   | environment
			${deemedAcceptance}                            | approval.process.expression.name   | deemedAcceptance
			${execution.setVariable('route', 'GRANT')}     | approval.process.expression.name   | execution
			${T(java.lang.Runtime).getRuntime()}           | approval.process.expression.name   | T
			${variables:get('route')}                      | approval.process.expression.name   | variables
			${route.getClass()}                            | approval.process.expression.access | .
			${route.toString() == 'x'}                     | approval.process.expression.access | .
			${route.class}                                 | approval.process.expression.access | .
			${route['class']}                              | approval.process.expression.access | [
			${(route)('x')}                                | approval.process.expression.access | (
			${'x'.concat(route)}                           | approval.process.expression.access | .
			${route == '${jdbcClient}'}                    | approval.process.expression.nested | '${jdbcClient}'
			${route == "#{fieldCipher}"}                   | approval.process.expression.nested | "#{fieldCipher}"
			${route + 'x'}                                 | approval.process.expression.syntax | +
			${route = 'x'}                                 | approval.process.expression.syntax | =
			${route ? 'a' : 'b'}                           | approval.process.expression.syntax | ?
			${route == 'open                               | approval.process.expression.syntax | '
			${route                                        | approval.process.expression.unclosed | }
			${route == ('A'}                               | approval.process.expression.syntax | }
			ok ${route} then ${route.bytes}                | approval.process.expression.access | .
			""")
	@DisplayName("R12.8: any other name, a property, method, index, function, operator or nested expression is refused")
	void anythingElseIsRefused(String text, String code, String detail) {
		ProcessModelProblem problem = expressions.problem("flow", text);

		assertThat(problem).isNotNull();
		assertThat(problem.code()).isEqualTo(code);
		assertThat(problem.args()).startsWith("flow");
		assertThat(problem.args()[2]).isEqualTo(detail);
		assertThat(problem.args()[1]).isEqualTo(text.strip());
	}

	@Test
	@DisplayName("R12.8: an expression nested deeper than anyone writes is refused, not read to the end of the stack")
	void aDeeplyNestedExpressionIsRefused() {
		String parentheses = "${" + "(".repeat(100_000) + "route" + ")".repeat(100_000) + "}";
		String negations = "${" + "not ".repeat(100_000) + "route}";

		assertThat(expressions.problem("flow", parentheses).code()).isEqualTo("approval.process.expression.syntax");
		assertThat(expressions.problem("flow", negations).code()).isEqualTo("approval.process.expression.syntax");
		assertThat(expressions.problem("flow", "${" + "(".repeat(10) + "route" + ")".repeat(10) + "}")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "${deemedAcceptance}", " #{ deemedAcceptance } " })
	@DisplayName("R12.8: a delegate expression names one of the platform's delegates")
	void aDelegateExpressionNamesADelegate(String value) {
		assertThat(expressions.delegateProblem("task", value)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "${jdbcClient}", "${fieldCipher}", "${deemedAcceptance.execute(execution)}", "${route}",
			"deemedAcceptance", "${deemedAcceptance}${jdbcClient}" })
	@DisplayName("R12.8: a delegate expression naming anything else is refused")
	void aDelegateExpressionNamingAnythingElseIsRefused(String value) {
		assertThat(expressions.delegateProblem("task", value)).isEqualTo(
				new ProcessModelProblem("approval.process.expression.delegate", "task", value, "deemedAcceptance"));
	}

}
