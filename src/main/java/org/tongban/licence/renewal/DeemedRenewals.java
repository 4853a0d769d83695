package org.tongban.licence.renewal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.licence.LicenceCheck;
import org.tongban.licence.LicenceStatus;

/**
 * What the public verification says of a deemed renewal (行政许可法 art. 50, R15.5): a licence
 * whose present validity comes from one is shown with the day it was deemed renewed.
 */
@Service
@Transactional(readOnly = true)
public class DeemedRenewals {

	private final RenewalStore store;

	private final Clock clock;

	DeemedRenewals(RenewalStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The check, noting the deemed renewal its validity comes from, if any. */
	public LicenceCheck noted(LicenceCheck check) {
		if (check.licenceId() == null || check.validUntil() == null || check.status() == LicenceStatus.FORGED
				|| check.status() == LicenceStatus.UNKNOWN) {
			return check;
		}
		return store.deemedRenewals(check.licenceId())
			.stream()
			.filter(deemed -> deemed.newValidUntil().equals(check.validUntil()))
			.findFirst()
			.map(deemed -> check.withDeemedRenewal(LocalDate.ofInstant(deemed.at(), clock.getZone())))
			.orElse(check);
	}

}
