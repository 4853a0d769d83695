package org.tongban.exchange;

import org.springframework.stereotype.Service;
import org.tongban.exchange.registry.AccessLogRepository;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The log of every read of a base registry (R9.3), as the citizen whose data was read
 * sees it: who read it, when, why and for which case (R16.1). The registry reads of this
 * module write it themselves.
 */
@Service
public class RegistryAccessLog {

	public static final int MAX_SIZE = 100;

	private final AccessLogRepository repository;

	RegistryAccessLog(AccessLogRepository repository) {
		this.repository = repository;
	}

	/**
	 * Logs the read of a registry that another module keeps, such as the electronic
	 * licences (R15.10), as this module's reads are logged (R9.3, R16.1), and audits it
	 * ({@code registry.read}). In a transaction of its own, so not in a transaction that
	 * has written an audit record already.
	 * @param person whose record was read, or {@code null}
	 * @param legalPerson whose record was read, or {@code null}; one of the two is given
	 * @param refusal {@link Refusal#NOT_FOUND} where the read found nothing, or null
	 */
	public void record(Registry registry, AccessPurpose purpose, ResidentIdNumber person,
			UnifiedSocialCreditCode legalPerson, Refusal refusal) {
		if (person == null && legalPerson == null) {
			throw new IllegalArgumentException("A logged read names whose record it read");
		}
		repository.record(registry, purpose, person, legalPerson, refusal);
	}

	/**
	 * The reads of a person's data, newest first: of their population record, and of the
	 * records of the legal persons they represent. Pages are numbered from 1.
	 * @throws InvalidParameterException if {@code page} is below 1 or {@code size}
	 * outside 1 to {@link #MAX_SIZE}
	 */
	public ResultPage<RegistryAccess> accessesTo(ResidentIdNumber person, int page, int size) {
		Paging.of(page, size, MAX_SIZE);
		return repository.findByPerson(person, page, size);
	}

	/**
	 * The reads of an enterprise's (a legal person's) record, newest first, by the
	 * platform's modules and by other departments' systems through the exchange API
	 * (R16.1). Pages are numbered from 1.
	 * @throws InvalidParameterException if {@code page} is below 1 or {@code size}
	 * outside 1 to {@link #MAX_SIZE}
	 */
	public ResultPage<RegistryAccess> accessesTo(UnifiedSocialCreditCode legalPerson, int page, int size) {
		Paging.of(page, size, MAX_SIZE);
		return repository.findByLegalPerson(legalPerson, page, size);
	}

}
