package org.tongban.exchange.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.RealNameVerification;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.crypto.BlindIndex;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.identifiers.ResidentIdNumber;

/**
 * What a database dump of the registries shows (R12.1): ciphertext and keyed indexes,
 * never a resident ID number or a household address; the registries find a number through
 * its index all the same.
 */
@SpringBootTest
class SealedRegistriesTests {

	private static final Pattern ID_NUMBER_LIKE = Pattern.compile("\\d{17}[\\dXx]");

	private static final ResidentIdNumber ZHANG_WEI = ResidentIdNumber.parse("210202198503120311");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Autowired
	BlindIndex index;

	@Autowired
	RealNameVerification verification;

	@Test
	void noTableHoldsAResidentIdNumberInClear() {
		verification.verifyPerson("张伟", ZHANG_WEI, AccessPurpose.of("test:sealed", LocalizedText.of("测试", "Test")));

		for (String table : List.of("exchange_person", "exchange_legal_person", "exchange_access_log")) {
			String dump = dump(table);
			assertThat(dump).as(table).isNotBlank().doesNotContain(ZHANG_WEI.value());
			Matcher candidates = ID_NUMBER_LIKE.matcher(dump);
			while (candidates.find()) {
				assertThat(ResidentIdNumber.isValid(candidates.group())).as(table).isFalse();
			}
		}
	}

	@Test
	void numbersAndHouseholdAddressesAreSealedAndNumbersIndexed() {
		assertThat(dump("exchange_person")).contains("张伟").doesNotContain("D市", "民生路");
		List<Map<String, Object>> persons = jdbc.sql("select * from exchange_person").query().listOfRows();
		assertThat(persons).hasSizeGreaterThanOrEqualTo(20).allSatisfy(row -> {
			assertThat((String) row.get("resident_id_sealed")).startsWith("v1.demo1.A256GCM.");
			assertThat((String) row.get("household_address_sealed")).startsWith("v1.demo1.A256GCM.");
			assertThat((String) row.get("resident_id_index")).startsWith("v1.demoidx1.HS256.");
		});
		assertThat(jdbc.sql("select representative_id_sealed, representative_id_index from exchange_legal_person")
			.query()
			.listOfRows()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(row -> {
				assertThat((String) row.get("representative_id_sealed")).startsWith("v1.demo1.A256GCM.");
				assertThat((String) row.get("representative_id_index")).startsWith("v1.demoidx1.HS256.");
			});
	}

	@Test
	void theIndexFindsTheRowAndTheSealOpensToTheNumber() {
		String sealed = jdbc.sql("select resident_id_sealed from exchange_person where resident_id_index = :index")
			.param("index", index.of(ZHANG_WEI.value()))
			.query(String.class)
			.single();

		assertThat(cipher.decrypt(sealed)).isEqualTo(ZHANG_WEI.value());
	}

	private String dump(String table) {
		return jdbc.sql("select * from " + table).query().listOfRows().toString();
	}

}
