package org.tongban.catalog.internal;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;
import org.tongban.catalog.DecisionRules;
import org.tongban.catalog.DeliveryMethods;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.LicenceDefinition;
import org.tongban.shared.persistence.JdbcValueConverters;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a form definition, a version's decision rules and its licence as JSON documents
 * and the delivery methods as one list column.
 */
@Component
class CatalogJdbcConverters implements JdbcValueConverters {

	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	@Override
	public List<?> converters() {
		return List.of(new FormToJson(), new JsonToForm(), new DeliveryToColumn(), new ColumnToDelivery(),
				new RulesToJson(), new JsonToRules(), new LicenceToJson(), new JsonToLicence());
	}

	@WritingConverter
	static class FormToJson implements Converter<FormDefinition, String> {

		@Override
		public String convert(FormDefinition form) {
			return JSON.writeValueAsString(form);
		}

	}

	@ReadingConverter
	static class JsonToForm implements Converter<String, FormDefinition> {

		@Override
		public FormDefinition convert(String json) {
			return JSON.readValue(json, FormDefinition.class);
		}

	}

	@WritingConverter
	static class DeliveryToColumn implements Converter<DeliveryMethods, String> {

		@Override
		public String convert(DeliveryMethods methods) {
			return methods.column();
		}

	}

	@ReadingConverter
	static class ColumnToDelivery implements Converter<String, DeliveryMethods> {

		@Override
		public DeliveryMethods convert(String column) {
			return DeliveryMethods.parse(column);
		}

	}

	@WritingConverter
	static class RulesToJson implements Converter<DecisionRules, String> {

		@Override
		public String convert(DecisionRules rules) {
			return JSON.writeValueAsString(rules);
		}

	}

	@ReadingConverter
	static class JsonToRules implements Converter<String, DecisionRules> {

		@Override
		public DecisionRules convert(String json) {
			return JSON.readValue(json, DecisionRules.class);
		}

	}

	@WritingConverter
	static class LicenceToJson implements Converter<LicenceDefinition, String> {

		@Override
		public String convert(LicenceDefinition licence) {
			return JSON.writeValueAsString(licence);
		}

	}

	@ReadingConverter
	static class JsonToLicence implements Converter<String, LicenceDefinition> {

		@Override
		public LicenceDefinition convert(String json) {
			return JSON.readValue(json, LicenceDefinition.class);
		}

	}

}
