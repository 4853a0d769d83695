package org.tongban.application;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.RuleCheckStore;
import org.tongban.application.internal.GapStore;
import org.tongban.catalog.MatterGuide;
import org.tongban.identity.Actor;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Paging;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.ResultPage;
import org.tongban.shared.audit.Audit;

/**
 * The applicant's applications as they follow them (R7.1): the list of their drafts and
 * applications, one by its number with its timeline, the documents they were given, and
 * the messages they write to the department (R4.4). Every method answers "not found" for
 * anybody else's application, so that nobody learns that it exists (R12.5).
 */
@Service
@Transactional(readOnly = true)
public class MyApplications {

	static final String MESSAGE = "application.message";

	static final String REVIEW_REQUEST = "application.automaticReview";

	private final OwnApplications own;

	private final ApplicationStore store;

	private final Clock clock;

	private final Audit audit;

	private final RuleCheckStore ruleChecks;

	private final MessageSource messages;

	private final GapStore gaps;

	private final ApplicationEventPublisher events;

	// Lazily: the module that answers depends on this one.
	private final ObjectProvider<IssuedLicences> licences;

	MyApplications(OwnApplications own, ApplicationStore store, Clock clock, Audit audit, RuleCheckStore ruleChecks,
			MessageSource messages, GapStore gaps, ApplicationEventPublisher events,
			ObjectProvider<IssuedLicences> licences) {
		this.events = events;
		this.licences = licences;
		this.ruleChecks = ruleChecks;
		this.messages = messages;
		this.gaps = gaps;
		this.audit = audit;
		this.own = own;
		this.store = store;
		this.clock = clock;
	}

	public Application byNumber(Actor applicant, String number) {
		return own.byNumber(applicant, number);
	}

	/**
	 * The materials the application was accepted without, with the day to supply them by
	 * (容缺, R4.3, R15.6); none when it was accepted complete.
	 * @param application one of the applicant's own, as {@link #byNumber} found it
	 */
	@Transactional(readOnly = true)
	public List<Gap> gaps(Application application) {
		return application.isDraft() ? List.of() : gaps.of(application);
	}

	/**
	 * A page of the applicant's drafts and applications, the most recently changed first.
	 */
	public ResultPage<ApplicationSummary> of(Actor applicant, Paging paging) {
		OwnApplications.requireApplicant(applicant);
		return store.summaries(applicant.id(), paging);
	}

	/** The matter version an application is made under (R16.5). */
	public MatterGuide guideOf(Application application) {
		return own.guideOf(application);
	}

	/**
	 * A document of the applicant's application, for them only. Its download is told
	 * ({@link CaseDocumentDownloaded}): the first one of the decision proves its
	 * electronic delivery (R6.4).
	 */
	@Transactional
	public CaseDocument document(Actor applicant, String number, UUID attachmentId) {
		Application application = own.byNumber(applicant, number);
		CaseDocument found = application.documents()
			.stream()
			.filter(document -> document.attachmentId().equals(attachmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("application.document.notFound"));
		events.publishEvent(new CaseDocumentDownloaded(application.id(), number, found.kind(), clock.instant()));
		return found;
	}

	/**
	 * The applicant writes to the department about a submitted application (R4.4); not
	 * once it is withdrawn.
	 */
	@Transactional
	public CaseMessage write(Actor applicant, String number, String body) {
		Application application;
		try {
			application = own.byNumber(applicant, number);
			if (application.status() == ApplicationStatus.WITHDRAWN) {
				throw new RefusedException(Refusal.CONFLICT, "application.messages.closed", number);
			}
		}
		catch (RuntimeException refused) {
			audit.failed(applicant.audited(), MESSAGE, Submissions.CASE, number, Audit.reason(refused));
			throw refused;
		}
		var message = new CaseMessage("APPLICANT", null, CaseMessage.body(body), clock.instant());
		store.addMessage(application.id(), message);
		audit.succeeded(applicant.audited(), MESSAGE, Submissions.CASE, number, null);
		return message;
	}

	/**
	 * The explanation of the application's automatic approval check (R16.2): each rule,
	 * the source that answered it and when, its outcome and the value read, a personal
	 * one masked.
	 */
	public Optional<RuleExplanation> automaticCheck(Application application) {
		return ruleChecks.find(application.id());
	}

	/**
	 * The electronic licence the application yielded (R6.3), if one was issued, for an
	 * application the caller was given by this service.
	 */
	public Optional<IssuedLicence> licence(Application application) {
		return licences.orderedStream().flatMap(issued -> issued.of(application.id()).stream()).findFirst();
	}

	/**
	 * The applicant asks a person to review the conditions of an automatic grant (R16.2):
	 * a message to the department on the case, which its staff read on the case even
	 * though it has ended. Only for an application the platform granted by its rules.
	 */
	@Transactional
	public CaseMessage askForReview(Actor applicant, String number, String reason) {
		Application application;
		String body;
		try {
			application = own.byNumber(applicant, number);
			boolean grantedAutomatically = application.status() == ApplicationStatus.GRANTED
					&& automaticCheck(application).map(RuleExplanation::allHold).orElse(false);
			if (!grantedAutomatically) {
				throw new RefusedException(Refusal.CONFLICT, "application.automaticReview.notAutomatic", number);
			}
			// The department reads it in Chinese, like the rest of the case.
			body = CaseMessage.body(messages.getMessage("application.automaticReview.message",
					new Object[] { CaseMessage.body(reason) }, Locale.CHINA));
		}
		catch (RuntimeException refused) {
			audit.failed(applicant.audited(), REVIEW_REQUEST, Submissions.CASE, number, Audit.reason(refused));
			throw refused;
		}
		var message = new CaseMessage("APPLICANT", null, body, clock.instant());
		store.addMessage(application.id(), message);
		audit.succeeded(applicant.audited(), REVIEW_REQUEST, Submissions.CASE, number, null);
		return message;
	}

}
