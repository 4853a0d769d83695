package org.tongban.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.Rule;
import org.tongban.shared.LocalizedText;

/** A form is stored as one JSON document with its rules (R3.1), and a form stored before rules existed still reads. */
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
	void rulesAreStoredWithTheirKind() {
		FormDefinition old = new CatalogJdbcConverters.JsonToForm().convert(OLD_FORM);
		var rule = new Rule.RequiredIf("onlineUrl", "online", List.of("YES"),
				LocalizedText.of("从事网络经营的，请输入网店网址。", "Enter the address of your online shop."));
		var form = new FormDefinition(old.sections(), List.of(rule));
		String json = new CatalogJdbcConverters.FormToJson().convert(form);
		assertThat(json).contains("\"kind\":\"REQUIRED_IF\"").doesNotContain("target").doesNotContain("types");
		assertThat(new CatalogJdbcConverters.JsonToForm().convert(json)).isEqualTo(form);
	}

}
