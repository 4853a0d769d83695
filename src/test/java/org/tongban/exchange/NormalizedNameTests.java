package org.tongban.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names are compared exactly once the variations of input methods and fonts are folded:
 * spaces, full-width forms and the middle dot of minority names (R1.2). Anything else is
 * a different name.
 */
class NormalizedNameTests {

	@ParameterizedTest(name = "''{0}'' is ''{1}''")
	@CsvSource(delimiter = '|', value = {
			// Spaces at the ends, half-width, full-width (U+3000) or non-breaking, and
			// between Chinese characters.
			"' 张伟 '|张伟", "'\u3000张伟\u3000'|张伟", "张\u00A0伟|张伟", "张 伟|张伟",
			// The middle dot of minority names as typed by different input methods and
			// fonts.
			"阿依古丽•买买提|阿依古丽·买买提", "阿依古丽・买买提|阿依古丽·买买提", "阿依古丽‧买买提|阿依古丽·买买提", "阿依古丽･买买提|阿依古丽·买买提", "阿依古丽 · 买买提|阿依古丽·买买提",
			// Full-width parentheses, letters and digits in enterprise names.
			"D市星海贸易(集团)有限公司|D市星海贸易（集团）有限公司", "Ｄ市星海贸易（集团）有限公司|D市星海贸易(集团)有限公司", "D市第３人民医院|D市第3人民医院",
			// A space between Latin words stays one space.
			"D市ABC\u3000 Trading有限公司|D市 ABC Trading 有限公司" })
	void equalOnceNormalized(String typed, String registered) {
		assertThat(NormalizedName.of(typed).sameAs(registered)).isTrue();
		assertThat(NormalizedName.of(registered).sameAs(typed)).isTrue();
	}

	@ParameterizedTest(name = "''{0}'' is not ''{1}''")
	@CsvSource(delimiter = '|', value = { "张玮|张伟", "张伟伟|张伟",
			// The dot is part of the name: leaving it out or writing a space instead is
			// another name.
			"阿依古丽买买提|阿依古丽·买买提", "阿依古丽 买买提|阿依古丽·买买提", "D市星海贸易有限公司|D市星海贸易（集团）有限公司", "D市星海贸易[集团]有限公司|D市星海贸易（集团）有限公司",
			"D市ABCTrading有限公司|D市ABC Trading有限公司", "D市abc Trading有限公司|D市ABC Trading有限公司" })
	void differentNames(String typed, String registered) {
		assertThat(NormalizedName.of(typed).sameAs(registered)).isFalse();
	}

}
