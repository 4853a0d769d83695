package org.tongban.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.internal.ApplicationStore;

/**
 * The applications that renew a licence (R15.5, 行政许可法 art. 50), for the module that
 * issues licences: to continue a renewal rather than start another, and to know which
 * licences a renewal is pending for when they expire. {@link Drafts#startRenewal} starts
 * one.
 */
@Service
@Transactional(readOnly = true)
public class Renewals {

	private final ApplicationStore store;

	Renewals(ApplicationStore store) {
		this.store = store;
	}

	/** The applications that renew the licence, drafts too, the newest first. */
	public List<Application> of(String licenceId) {
		return store.renewalsOf(licenceId);
	}

	/** The id of the licence the application renews, if it renews one. */
	public Optional<String> licenceRenewedBy(UUID applicationId) {
		return store.renewedBy(applicationId);
	}

	/**
	 * The ids of the licences for which a renewal application was submitted and has not
	 * ended.
	 */
	public List<String> licencesBeingRenewed() {
		return store.licencesBeingRenewed();
	}

}
