package org.tongban.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The electronic licences an applicant holds (R6.5, R3.2), answered by the module that
 * issues licences, which depends on this one and not the other way round: a draft's
 * material of a licence type is given as the applicant's e-licence of that type, and
 * staff see its status on the case.
 */
public interface HeldLicences {

	/** The licence of this id, whoever holds it, with its status today. */
	Optional<HeldLicence> of(String licenceId);

	/** The holder's licences of the type that are valid today, the newest first. */
	List<HeldLicence> validOf(UUID holderId, String type);

}
