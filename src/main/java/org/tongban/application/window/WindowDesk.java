package org.tongban.application.window;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleApplications;
import org.tongban.application.Channel;
import org.tongban.application.CombinedForm;
import org.tongban.application.CombinedMaterial;
import org.tongban.application.Drafts;
import org.tongban.application.Receipt;
import org.tongban.application.Submissions;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.BundleStore;
import org.tongban.catalog.FormCheck;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.BaseRegistries;
import org.tongban.exchange.PersonSummary;
import org.tongban.exchange.RealNameVerification;
import org.tongban.exchange.RegisteredLegalPerson;
import org.tongban.exchange.Verification;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The desk of a clerk of the integrated window (R4.5, R13.4): identifies a walk-in
 * applicant against the base registries, starts the application of the matter applied
 * for, fills it in, scans the paper materials and submits it, each on the applicant's
 * behalf and through the online use cases, so that the application is the applicant's
 * own. Only the window clerks of the government service centre
 * ({@link DepartmentRole#INTEGRATED_WINDOW}) work here; a clerk never registers an
 * application for themselves, and reaches only the drafts they registered: any other is
 * not found. Every action and every read is audited in the clerk's name.
 */
@Service
public class WindowDesk {

	/** The audited object of an identification: the applicant, by their id. */
	static final String APPLICANT = "applicant";

	/**
	 * What a refused identification of a person is audited under, as the number given is
	 * personal data and may name nobody.
	 */
	static final String UNIDENTIFIED = "unidentified";

	/** The audited object of the desk's work on a draft: the application, by its id. */
	static final String APPLICATION = "application";

	/**
	 * The audited object of the desk's work on a draft bundle: the bundle, by its id, as
	 * {@link BundleApplications} names it.
	 */
	static final String BUNDLE = "bundle";

	private static final AccessPurpose IDENTIFYING = AccessPurpose.of("window:identify",
			LocalizedText.of("综合窗口代为申请：核验申请人身份", "Integrated window: identifying a walk-in applicant"));

	private final Accounts accounts;

	private final RealNameVerification realNames;

	private final BaseRegistries registries;

	private final Drafts drafts;

	private final ApplicationMaterials materials;

	private final Submissions submissions;

	private final BundleApplications bundles;

	private final ApplicationStore store;

	private final BundleStore bundleStore;

	private final Audit audit;

	WindowDesk(Accounts accounts, RealNameVerification realNames, BaseRegistries registries, Drafts drafts,
			ApplicationMaterials materials, Submissions submissions, BundleApplications bundles, ApplicationStore store,
			BundleStore bundleStore, Audit audit) {
		this.accounts = accounts;
		this.realNames = realNames;
		this.registries = registries;
		this.drafts = drafts;
		this.materials = materials;
		this.submissions = submissions;
		this.bundles = bundles;
		this.store = store;
		this.bundleStore = bundleStore;
		this.audit = audit;
	}

	/**
	 * Identifies a natural person by the name and number of their resident ID card, as
	 * the population registry holds them.
	 * @return the applicant, with the name the registry holds
	 * @throws InvalidParameterException naming the field to correct: a number that is no
	 * resident ID number (its check digit), or one the registry does not hold under this
	 * name, or of a person deceased or cancelled
	 * @throws RefusedException (403) for a clerk who is not of the window, or who names
	 * themselves
	 */
	public Actor identifyPerson(Actor clerk, String name, String residentId) {
		return audited(clerk, "window.identify", APPLICANT, UNIDENTIFIED, () -> {
			requireClerk(clerk);
			if (name == null || name.isBlank()) {
				throw new InvalidParameterException("name", "window.identify.name.missing");
			}
			ResidentIdNumber number = parsed("residentId", () -> ResidentIdNumber.parse(residentId));
			Verification<PersonSummary> verification = realNames.verifyPerson(name.strip(), number, IDENTIFYING);
			if (!verification.isVerified()) {
				throw new InvalidParameterException("residentId",
						"window.identify.person." + verification.refusal().name());
			}
			refuseOwn(clerk, number);
			Actor applicant = accounts.walkInPerson(number, verification.subject().name());
			audit.succeeded(clerk.audited(), "window.identify", APPLICANT, applicant.id(), applicant.kind().name());
			return applicant;
		});
	}

	/**
	 * Identifies an enterprise by its unified social credit code, as the legal-person
	 * registry holds it.
	 * @throws InvalidParameterException for a code that is no credit code (its check
	 * character), one the registry does not hold, or of an enterprise not in existence
	 * @throws RefusedException (403) for a clerk who is not of the window, or whose own
	 * enterprise it is (its legal representative)
	 */
	public Actor identifyEnterprise(Actor clerk, String creditCode) {
		// A credit code is public, printed on the licence.
		String given = creditCode == null ? UNIDENTIFIED : creditCode.strip();
		return audited(clerk, "window.identify", APPLICANT, given, () -> {
			requireClerk(clerk);
			UnifiedSocialCreditCode code = parsed("creditCode", () -> UnifiedSocialCreditCode.parse(creditCode));
			RegisteredLegalPerson enterprise = registries.legalPerson(code, IDENTIFYING)
				.orElseThrow(() -> new InvalidParameterException("creditCode", "window.identify.enterprise.NOT_FOUND"));
			if (!enterprise.active()) {
				throw new InvalidParameterException("creditCode", "window.identify.enterprise.NOT_ACTIVE");
			}
			refuseOwn(clerk, enterprise.representativeId());
			Actor applicant = accounts.walkInEnterprise(code, enterprise.name(), enterprise.representativeName());
			audit.succeeded(clerk.audited(), "window.identify", APPLICANT, applicant.id(), applicant.kind().name());
			return applicant;
		});
	}

	/**
	 * Starts the application of the matter applied for, pre-filled with the applicant's
	 * verified identity and what the registries hold (R3.2), registered at the window.
	 */
	public Application start(Actor clerk, Actor applicant, String matterCode) {
		return audited(clerk, "window.start", APPLICANT, applicant.id(), () -> {
			requireClerk(clerk);
			if (applicant.isStaff() || applicant.id().equals(clerk.id())) {
				throw new RefusedException(Refusal.FORBIDDEN, "window.identify.own");
			}
			Application started = drafts.startAtWindow(clerk, applicant, matterCode);
			audit.succeeded(clerk.audited(), "window.start", APPLICATION, started.id(), matterCode);
			return started;
		});
	}

	/** A draft the clerk registered, read as its pages and the API show it. */
	public Application get(Actor clerk, UUID id) {
		return audited(clerk, "window.view", APPLICATION, id, () -> {
			Application application = registered(clerk, id);
			audit.succeeded(clerk.audited(), "window.view", APPLICATION, id, null);
			return application;
		});
	}

	/** What stands between the draft and its submission. */
	public FormCheck check(Actor clerk, UUID id) {
		Application application = registered(clerk, id);
		return drafts.check(applicantOf(application), id);
	}

	/**
	 * What stands between the draft and its submission with the stops of the version's
	 * eligibility rules, which read the registries (R16.6): for the page before the
	 * submission, where the clerk tells the applicant why it cannot be accepted.
	 */
	public FormCheck checkBeforeSubmission(Actor clerk, UUID id) {
		Application application = registered(clerk, id);
		return drafts.checkBeforeSubmission(applicantOf(application), id);
	}

	/**
	 * Saves answers as the applicant gives them at the window; the verified answers
	 * cannot change (R1.6).
	 */
	public Application save(Actor clerk, UUID id, Map<String, List<String>> answers) {
		return audited(clerk, "window.answer", APPLICATION, id, () -> {
			Application saved = drafts.save(applicantOf(registered(clerk, id)), id, answers);
			audit.succeeded(clerk.audited(), "window.answer", APPLICATION, id, String.join(",", answers.keySet()));
			return saved;
		});
	}

	/** Stores a scan of a paper material, marked as scanned at the window (R13.4). */
	public AttachedMaterial scan(Actor clerk, UUID id, String materialCode, String fileName, InputStream content) {
		return audited(clerk, "window.scan", APPLICATION, id, () -> {
			AttachedMaterial scanned = materials.attachScan(applicantOf(registered(clerk, id)), id, materialCode,
					fileName, content);
			audit.succeeded(clerk.audited(), "window.scan", APPLICATION, id, materialCode);
			return scanned;
		});
	}

	/** Removes a scan given by mistake. */
	public void removeScan(Actor clerk, UUID id, UUID attachmentId) {
		audited(clerk, "window.scanRemove", APPLICATION, id, () -> {
			materials.detach(applicantOf(registered(clerk, id)), id, attachmentId);
			audit.succeeded(clerk.audited(), "window.scanRemove", APPLICATION, id, attachmentId.toString());
			return null;
		});
	}

	/** A file of the draft, for the clerk to look at again: a read audited as such. */
	public AttachedMaterial file(Actor clerk, UUID id, UUID attachmentId) {
		return audited(clerk, "window.file", APPLICATION, id, () -> {
			AttachedMaterial file = materials.file(applicantOf(registered(clerk, id)), id, attachmentId);
			audit.succeeded(clerk.audited(), "window.file", APPLICATION, id, attachmentId.toString());
			return file;
		});
	}

	/**
	 * Submits the draft as the applicant would (R3.4): it gets its number and query code,
	 * and is routed to the matter's department with the channel {@link Channel#WINDOW}.
	 * The submission is audited in the clerk's name.
	 */
	public Receipt submit(Actor clerk, UUID id, String idempotencyKey) {
		Application application;
		try {
			application = registered(clerk, id);
		}
		catch (RuntimeException refused) {
			audit.failed(clerk.audited(), "application.submit", APPLICATION, id, Audit.reason(refused));
			throw refused;
		}
		return submissions.submitAtWindow(clerk, applicantOf(application), id, idempotencyKey);
	}

	/**
	 * The application the clerk registered, by its number, for the receipt to print,
	 * audited as a read.
	 */
	public Application receipt(Actor clerk, String number) {
		return audited(clerk, "window.receipt", "case", number, () -> {
			requireClerk(clerk);
			Application application = store.findByNumber(number)
				.filter(found -> clerk.id().equals(found.registeredBy()))
				.orElseThrow(() -> new NotFoundException("window.application.notFound"));
			audit.succeeded(clerk.audited(), "window.receipt", "case", number, null);
			return application;
		});
	}

	/**
	 * Starts the application of a bundle (一件事, R2.5) applied for at the window: each
	 * member matter's draft is registered by the clerk on the applicant's behalf, as a
	 * single matter's is, pre-filled with what is known (R3.2).
	 */
	public BundleApplication startBundle(Actor clerk, Actor applicant, String bundleCode) {
		return audited(clerk, "window.bundleStart", APPLICANT, applicant.id(), () -> {
			requireClerk(clerk);
			if (applicant.isStaff() || applicant.id().equals(clerk.id())) {
				throw new RefusedException(Refusal.FORBIDDEN, "window.identify.own");
			}
			BundleApplication started = bundles.startAtWindow(clerk, applicant, bundleCode);
			audit.succeeded(clerk.audited(), "window.bundleStart", BUNDLE, started.id(), bundleCode);
			return started;
		});
	}

	/** A bundle the clerk registered, read as its pages and the API show it. */
	public BundleApplication bundle(Actor clerk, UUID id) {
		return audited(clerk, "window.bundleView", BUNDLE, id, () -> {
			BundleApplication bundle = bundles.get(bundleApplicant(clerk, id), id);
			audit.succeeded(clerk.audited(), "window.bundleView", BUNDLE, id, null);
			return bundle;
		});
	}

	/** The combined form of a bundle the clerk registered, with the answers so far. */
	public CombinedForm bundleForm(Actor clerk, UUID id) {
		return bundles.form(bundleApplicant(clerk, id), id);
	}

	/**
	 * The one set of materials of a bundle the clerk registered, with the scans so far.
	 */
	public List<CombinedMaterial> bundleMaterials(Actor clerk, UUID id) {
		return bundles.materials(bundleApplicant(clerk, id), id);
	}

	/** What stands between the bundle and its submission. */
	public FormCheck checkBundle(Actor clerk, UUID id) {
		return bundles.check(bundleApplicant(clerk, id), id);
	}

	/**
	 * Saves answers of the combined form as the applicant gives them at the window; the
	 * verified answers cannot change (R1.6).
	 */
	public CombinedForm saveBundle(Actor clerk, UUID id, Map<String, List<String>> answers) {
		return audited(clerk, "window.bundleAnswer", BUNDLE, id, () -> {
			CombinedForm saved = bundles.save(bundleApplicant(clerk, id), id, answers);
			audit.succeeded(clerk.audited(), "window.bundleAnswer", BUNDLE, id, String.join(",", answers.keySet()));
			return saved;
		});
	}

	/**
	 * Stores the scan of a paper material once for every member needing it (一套材料), marked
	 * as scanned at the window (R13.4).
	 */
	public AttachedMaterial scanForBundle(Actor clerk, UUID id, String materialKey, String fileName,
			InputStream content) {
		return audited(clerk, "window.bundleScan", BUNDLE, id, () -> {
			AttachedMaterial scanned = bundles.attachScan(bundleApplicant(clerk, id), id, materialKey, fileName,
					content);
			audit.succeeded(clerk.audited(), "window.bundleScan", BUNDLE, id, materialKey);
			return scanned;
		});
	}

	/** Removes a scan given by mistake from every member it was given for. */
	public void removeBundleScan(Actor clerk, UUID id, UUID attachmentId) {
		audited(clerk, "window.bundleScanRemove", BUNDLE, id, () -> {
			bundles.detach(bundleApplicant(clerk, id), id, attachmentId);
			audit.succeeded(clerk.audited(), "window.bundleScanRemove", BUNDLE, id, attachmentId.toString());
			return null;
		});
	}

	/**
	 * Submits the bundle as the applicant would (R2.5, R3.4): it gets its number and
	 * query code, each member its own, waiting for its stage and then routed to its
	 * department with the channel {@link Channel#WINDOW}. The submission is audited in
	 * the clerk's name.
	 */
	public Receipt submitBundle(Actor clerk, UUID id, String idempotencyKey) {
		Actor applicant;
		try {
			applicant = bundleApplicant(clerk, id);
		}
		catch (RuntimeException refused) {
			audit.failed(clerk.audited(), "bundle.submit", BUNDLE, id, Audit.reason(refused));
			throw refused;
		}
		return bundles.submitAtWindow(clerk, applicant, id, idempotencyKey);
	}

	/**
	 * The bundle the clerk registered, by its number, for the receipt to print, audited
	 * as a read.
	 */
	public BundleApplication bundleReceipt(Actor clerk, String number) {
		return audited(clerk, "window.bundleReceipt", BUNDLE, number, () -> {
			requireClerk(clerk);
			BundleApplication bundle = bundleStore.findByNumber(number)
				.filter(found -> registeredBy(clerk, found))
				.orElseThrow(() -> new NotFoundException("window.application.notFound"));
			audit.succeeded(clerk.audited(), "window.bundleReceipt", BUNDLE, number, null);
			return bundle;
		});
	}

	/** The receipt of a bundle the clerk registered: its number and query code. */
	public Receipt bundleReceiptOf(Actor clerk, BundleApplication bundle) {
		return bundles.receipt(bundleApplicant(clerk, bundle.id()), bundle.id()).orElseThrow();
	}

	/**
	 * The applicant of a bundle the clerk registered, on whose behalf the bundle's use
	 * cases act; any other bundle is not found.
	 */
	public Actor bundleApplicant(Actor clerk, UUID id) {
		requireClerk(clerk);
		BundleApplication bundle = bundleStore.find(id)
			.filter(found -> registeredBy(clerk, found))
			.orElseThrow(() -> new NotFoundException("window.application.notFound"));
		return applicantOf(store.find(bundle.members().get(0).applicationId()).orElseThrow());
	}

	/** Whether the clerk registered the bundle: they registered each of its members. */
	private boolean registeredBy(Actor clerk, BundleApplication bundle) {
		return !bundle.members().isEmpty() && bundle.members()
			.stream()
			.allMatch(member -> store.find(member.applicationId())
				.filter(application -> application.channel() == Channel.WINDOW)
				.filter(application -> clerk.id().equals(application.registeredBy()))
				.isPresent());
	}

	/** Whether the actor keeps the integrated window. */
	public static boolean isWindowClerk(Actor actor) {
		return actor != null && actor.roles().contains(DepartmentRole.INTEGRATED_WINDOW);
	}

	private Application registered(Actor clerk, UUID id) {
		requireClerk(clerk);
		return store.find(id)
			.filter(application -> application.channel() == Channel.WINDOW)
			.filter(application -> clerk.id().equals(application.registeredBy()))
			.orElseThrow(() -> new NotFoundException("window.application.notFound"));
	}

	/**
	 * The applicant, on whose behalf the online use cases act: they find the applicant's
	 * own application only.
	 */
	private static Actor applicantOf(Application application) {
		return new Actor(application.applicantId(), application.applicantKind(), "", List.of());
	}

	/**
	 * @throws RefusedException (403) unless the actor keeps the integrated window
	 */
	public static void requireClerk(Actor clerk) {
		if (!isWindowClerk(clerk)) {
			throw new RefusedException(Refusal.FORBIDDEN, "window.clerksOnly");
		}
	}

	private void refuseOwn(Actor clerk, ResidentIdNumber residentId) {
		if (accounts.isHeldBy(residentId, clerk.id())) {
			throw new RefusedException(Refusal.FORBIDDEN, "window.identify.own");
		}
	}

	private static <T> T parsed(String field, Supplier<T> parsing) {
		try {
			return parsing.get();
		}
		catch (InvalidIdentifierException ex) {
			throw new InvalidParameterException(field, ex.messageCode(), ex.messageArgs());
		}
	}

	/** Runs an action, recording its refusal in the clerk's name. */
	private <T> T audited(Actor clerk, String action, String objectType, Object objectId, Supplier<T> acting) {
		try {
			return acting.get();
		}
		catch (RuntimeException refused) {
			audit.failed(clerk.audited(), action, objectType, objectId, Audit.reason(refused));
			throw refused;
		}
	}

}
