package org.tongban.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.internal.DeliveryChoiceStore;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.audit.Audit;

/**
 * How the applicant wants the result of an application to reach them (R6.4), chosen on
 * the draft: electronically (the default), at the department's hall, or by post. The
 * platform verifies no postal address, so the applicant gives one for the post; it is
 * theirs to give and replaces no verified data. Once the case is decided, the licences
 * module delivers the result as chosen and answers where it stands
 * ({@link DeliveryProgresses}).
 */
@Service
public class DeliveryChoices {

	static final String CHOOSE = "application.delivery";

	/** Long enough for any address in China, province to room. */
	static final int ADDRESS_LIMIT = 200;

	private final OwnApplications own;

	private final DeliveryChoiceStore store;

	// Lazily: the module that answers depends on this one.
	private final ObjectProvider<DeliveryProgresses> progresses;

	private final Clock clock;

	private final Audit audit;

	DeliveryChoices(OwnApplications own, DeliveryChoiceStore store, ObjectProvider<DeliveryProgresses> progresses,
			Clock clock, Audit audit) {
		this.own = own;
		this.store = store;
		this.progresses = progresses;
		this.clock = clock;
		this.audit = audit;
	}

	/** The choice of the applicant's draft or application. */
	@Transactional(readOnly = true)
	public DeliveryChoice of(Actor applicant, UUID id) {
		return store.of(own.get(applicant, id).id());
	}

	/**
	 * The choice of an application the caller was given by {@link MyApplications} or
	 * {@link Drafts}.
	 */
	@Transactional(readOnly = true)
	public DeliveryChoice of(Application application) {
		return store.of(application.id());
	}

	/**
	 * The choice of any application, for the module that delivers its result: the postal
	 * address is personal data, which that module shows only to the clerk who posts it,
	 * and audits.
	 */
	@Transactional(readOnly = true)
	public DeliveryChoice ofCase(UUID applicationId) {
		return store.of(applicationId);
	}

	/** Where the delivery of a decided application stands, with its proof. */
	@Transactional(readOnly = true)
	public Optional<DeliveryProgress> progress(Application application) {
		return progresses.orderedStream().flatMap(progress -> progress.of(application.id()).stream()).findFirst();
	}

	/**
	 * Chooses how the result of the draft reaches the applicant.
	 * @param address the postal address, for {@link DeliveryMethod#POST} only
	 * @param postcode its six-digit postcode, for {@link DeliveryMethod#POST} only
	 * @throws InvalidParameterException when no method is given, or the post lacks a
	 * valid address or postcode
	 * @throws org.tongban.shared.RefusedException (409) once submitted
	 */
	@Transactional
	public DeliveryChoice choose(Actor applicant, UUID draftId, DeliveryMethod method, String address,
			String postcode) {
		Application draft;
		DeliveryChoice choice;
		try {
			draft = own.draft(applicant, draftId);
			choice = valid(method, address, postcode);
		}
		catch (RuntimeException refused) {
			audit.failed(applicant.audited(), CHOOSE, Submissions.CASE, draftId, Audit.reason(refused));
			throw refused;
		}
		store.choose(draft.id(), choice, clock.instant());
		audit.succeeded(applicant.audited(), CHOOSE, Submissions.CASE, draftId, method.name());
		return choice;
	}

	private static DeliveryChoice valid(DeliveryMethod method, String address, String postcode) {
		if (method == null) {
			throw new InvalidParameterException("method", "application.delivery.method.required");
		}
		if (method != DeliveryMethod.POST) {
			return new DeliveryChoice(method, null, null);
		}
		String givenAddress = address == null ? "" : address.strip();
		if (givenAddress.isEmpty()) {
			throw new InvalidParameterException("address", "application.delivery.address.required");
		}
		if (givenAddress.length() > ADDRESS_LIMIT || givenAddress.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidParameterException("address", "application.delivery.address.invalid", ADDRESS_LIMIT);
		}
		String givenPostcode = postcode == null ? "" : postcode.strip();
		if (!givenPostcode.matches("[0-9]{6}")) {
			throw new InvalidParameterException("postcode", "application.delivery.postcode.format");
		}
		return new DeliveryChoice(method, givenAddress, givenPostcode);
	}

}
