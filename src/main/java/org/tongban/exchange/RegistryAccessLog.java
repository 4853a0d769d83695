package org.tongban.exchange;

import org.springframework.stereotype.Service;
import org.tongban.exchange.registry.AccessLogRepository;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;
import org.tongban.shared.identifiers.ResidentIdNumber;

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
	 * The reads of a person's data, newest first: of their population record, and of the
	 * records of the legal persons they represent. Pages are numbered from 1.
	 * @throws InvalidParameterException if {@code page} is below 1 or {@code size}
	 * outside 1 to {@link #MAX_SIZE}
	 */
	public ResultPage<RegistryAccess> accessesTo(ResidentIdNumber person, int page, int size) {
		Paging.of(page, size, MAX_SIZE);
		return repository.findByPerson(person, page, size);
	}

}
