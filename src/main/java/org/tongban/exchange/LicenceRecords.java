package org.tongban.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The base registry of electronic licences (电子证照库, R9.2, R15.10) as the exchange API
 * reads it for department systems (R9.3): the licence module keeps the licences and
 * implements this, so that the exchange depends on no other module. Access control and
 * the log are the caller's.
 */
public interface LicenceRecords {

	/** A licence by its id, as issued; an id of none finds none. */
	Optional<Licence> find(String licenceId);

	/**
	 * The licences of a natural person, the newest first, optionally of one type
	 * ({@code null} for all).
	 */
	List<Licence> ofPerson(ResidentIdNumber holder, String type);

	/**
	 * The licences of an enterprise, the newest first, optionally of one type
	 * ({@code null} for all).
	 */
	List<Licence> ofEnterprise(UnifiedSocialCreditCode holder, String type);

	/**
	 * A licence as the registry's data elements DE0701 to DE0704 give it, with its holder
	 * for the log.
	 *
	 * @param validUntil its last valid day, {@code null} without expiry
	 * @param status its status today: VALID, REVOKED, SUSPENDED, EXPIRED or REPLACED
	 * @param person the holder if a natural person, else {@code null}
	 * @param enterprise the holder if an enterprise, else {@code null}
	 */
	record Licence(String id, String type, LocalDate validUntil, String status, ResidentIdNumber person,
			UnifiedSocialCreditCode enterprise) {
	}

}
