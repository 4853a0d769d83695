package org.tongban.application;

import java.util.Optional;
import java.util.UUID;

/**
 * The licence an application yielded (R6.3), answered by the module that issues licences,
 * which depends on this one and not the other way round; the application's page and API
 * name it.
 */
public interface IssuedLicences {

	/** The licence of a granted application, or empty where none was issued. */
	Optional<IssuedLicence> of(UUID applicationId);

}
