package org.tongban.shared.persistence;

import java.util.List;

/**
 * A module's converters between its value types and database columns. Each module
 * declares a bean of this type; {@link PersistenceConfiguration} hands all of them to
 * Spring Data JDBC, which allows only one set.
 */
public interface JdbcValueConverters {

	List<?> converters();

}
