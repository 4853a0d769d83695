package org.tongban.exchange.web;

import java.util.Locale;

import org.tongban.exchange.DataElement;
import org.tongban.exchange.DataElements;

/** A data element of the dictionary in the API (R9.1, R9.5). */
record DataElementJson(String code, String name, String nameZh, String nameEn, String type, String format,
		String sourceDepartment, boolean personal, String registry, String sharing) {

	static DataElementJson of(DataElement element, Locale locale) {
		return new DataElementJson(element.code(), element.name(locale), element.name().zh(), element.name().en(),
				element.type().name(), element.format(), element.sourceDepartment(), element.personal(),
				element.registry() == null ? null : element.registry().name(), element.sharing().name());
	}

	/** A base registry in the sharing catalogue. */
	record RegistryJson(String registry, String name, String ownerDepartment, String sharing) {

		static RegistryJson of(DataElements.RegistryEntry entry, Locale locale) {
			return new RegistryJson(entry.registry().name(), entry.name().in(locale), entry.ownerDepartment(),
					entry.sharing().name());
		}

	}

}
