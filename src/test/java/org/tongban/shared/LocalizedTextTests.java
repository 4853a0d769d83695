package org.tongban.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Chinese is the authoritative text; English readers get the translation where one exists
 * (R13.3).
 */
class LocalizedTextTests {

	@Test
	void chineseReadersGetTheChineseOriginal() {
		assertThat(LocalizedText.of("食品经营许可", "Food Business Licence").in(Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("食品经营许可");
	}

	@Test
	void englishReadersGetTheTranslation() {
		assertThat(LocalizedText.of("食品经营许可", "Food Business Licence").in(Locale.ENGLISH))
			.isEqualTo("Food Business Licence");
		assertThat(LocalizedText.of("食品经营许可", "Food Business Licence").in(Locale.UK))
			.isEqualTo("Food Business Licence");
	}

	@Test
	void englishReadersGetTheChineseTextWhereNoTranslationExists() {
		assertThat(LocalizedText.of("依法不收费", null).in(Locale.ENGLISH)).isEqualTo("依法不收费");
		assertThat(LocalizedText.of("依法不收费", " ").in(Locale.ENGLISH)).isEqualTo("依法不收费");
	}

	@Test
	void aTextWithoutItsChineseOriginalIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of(" ", "Only English"));
	}

}
