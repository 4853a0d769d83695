package org.tongban.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.Rule;
import org.tongban.shared.LocalizedText;

/**
 * A form is stored as one JSON document with its rules (R3.1), and a form stored before
 * rules existed still reads.
 */
class FormJsonTests {

	static final String OLD_FORM = """
			{"sections":[{"key":"premises","title":{"zh":"经营场所","en":"Premises"},"fields":[
			{"key":"online","label":{"zh":"是否从事网络经营","en":"Selling online"},"type":"RADIO","required":true,
			 "options":[{"value":"YES","label":{"zh":"是","en":"Yes"}},{"value":"NO","label":{"zh":"否","en":"No"}}]},
			{"key":"onlineUrl","label":{"zh":"网店网址","en":"Online shop address"},"type":"TEXT","required":false}]}]}
			""";

	@Test
	void aFormStoredWithoutRulesReadsAsOneWithNone() {
		FormDefinition form = new CatalogJdbcConverters.JsonToForm().convert(OLD_FORM);
		assertThat(form.rules()).isEmpty();
		assertThat(form.field("online")).isPresent();
	}

	@Test
	void aComparisonIsStoredAsItsKindAlone() {
		var dates = new FormDefinition(
				List.of(new FormDefinition.Section("dates", LocalizedText.of("日期", "Dates"),
						List.of(date("start"), date("end")))),
				List.of(new Rule.NotBefore("end", "start",
						LocalizedText.of("结束日期不能早于开始日期。", "The end cannot be before the start."))));
		String json = new CatalogJdbcConverters.FormToJson().convert(dates);
		assertThat(json).contains("{\"kind\":\"NOT_BEFORE\",\"field\":\"end\",\"other\":\"start\",\"message\":")
			.doesNotContain("order");
		assertThat(new CatalogJdbcConverters.JsonToForm().convert(json)).isEqualTo(dates);
	}

	static FormDefinition.Field date(String key) {
		return new FormDefinition.Field(key, LocalizedText.of(key, key), FormDefinition.FieldType.DATE, true, null,
				null, null, null, null, null, null, null);
	}

	@Test
	void rulesAreStoredWithTheirKind() {
		FormDefinition old = new CatalogJdbcConverters.JsonToForm().convert(OLD_FORM);
		var rule = new Rule.RequiredIf("onlineUrl", "online", List.of("YES"),
				LocalizedText.of("从事网络经营的，请输入网店网址。", "Enter the address of your online shop."));
		var stop = new Rule.StopIf("online", List.of("YES"),
				LocalizedText.of("网上销售请另行申请。", "Apply elsewhere to sell online."));
		var form = new FormDefinition(old.sections(), List.of(rule, stop));
		String json = new CatalogJdbcConverters.FormToJson().convert(form);
		assertThat(json).contains("\"kind\":\"REQUIRED_IF\"", "\"kind\":\"STOP_IF\"").doesNotContain("target");
		assertThat(new CatalogJdbcConverters.JsonToForm().convert(json)).isEqualTo(form);
	}

}
