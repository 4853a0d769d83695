package org.tongban.shared.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * Spring Data JDBC with the value converters of every module, and with unquoted names:
 * the migrations create unquoted (case-insensitive) names, which the same queries then
 * find on H2 and on PostgreSQL alike.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration extends AbstractJdbcConfiguration {

	private final ObjectProvider<JdbcValueConverters> moduleConverters;

	PersistenceConfiguration(ObjectProvider<JdbcValueConverters> moduleConverters) {
		this.moduleConverters = moduleConverters;
	}

	@Override
	@Bean
	public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
			JdbcCustomConversions customConversions, RelationalManagedTypes jdbcManagedTypes) {
		JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
		context.setForceQuote(false);
		return context;
	}

	@Override
	protected List<?> userConverters() {
		return moduleConverters.orderedStream().flatMap(module -> module.converters().stream()).toList();
	}

}
