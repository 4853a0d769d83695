package org.tongban.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R6.1: a natural person's name is published masked. */
class PersonNameTests {

	@Test
	@DisplayName("R6.1: the surname's first character stays, every other character is a star")
	void masksAllButTheFirstCharacter() {
		assertThat(new PersonName("张三丰").masked()).isEqualTo("张**");
		assertThat(new PersonName("李四").masked()).isEqualTo("李*");
		assertThat(new PersonName("欧阳娜娜").masked()).isEqualTo("欧***");
		assertThat(new PersonName("王").masked()).isEqualTo("*");
		assertThat(new PersonName("𠀋一").masked()).as("a character outside the BMP is one character").isEqualTo("𠀋*");
		assertThat(new PersonName("张三丰")).hasToString("张**");
	}

}
