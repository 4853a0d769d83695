package org.tongban.licence.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.Renewals;
import org.tongban.approval.CaseEnded;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.LicenceDefinition;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.licence.LicenceIssued;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.storage.StoredAttachment;

/**
 * Issues the licence of a grant at once (R6.3, R15.5): when a case of a matter version
 * that yields a licence ends granted, the licence gets its non-guessable id, the holder
 * the platform verified (never the form's answers), the issuing department, its validity
 * from the day of the grant, the printed answers and the case's number; its PDF is signed
 * with the department's key and stored ({@link LicenceDocuments}), and given to the
 * applicant among the case's documents; the grant of a renewal replaces the licence it
 * renews. Once per case, however often the event is delivered.
 */
@Component
class LicenceIssuer {

	private static final Logger log = LoggerFactory.getLogger(LicenceIssuer.class);

	/**
	 * Crockford's Base32: no I, L, O or U, so an id read aloud or typed is not misread.
	 */
	private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** 128 random bits are 26 characters of Base32. */
	private static final int ID_LENGTH = 26;

	/** The readable prefix of an id: 电子证照. */
	static final String ID_PREFIX = "DZZZ-";

	/** The kind of the licence among the documents of its case. */
	static final String DOCUMENT_KIND = "LICENCE";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseFiles caseFiles;

	private final MatterCatalog catalog;

	private final Accounts accounts;

	private final LicenceStore store;

	private final LicenceDocuments documents;

	private final ApplicationEventPublisher events;

	private final Audit audit;

	private final Clock clock;

	private final Renewals renewals;

	LicenceIssuer(CaseFiles caseFiles, MatterCatalog catalog, Accounts accounts, LicenceStore store,
			LicenceDocuments documents, ApplicationEventPublisher events, Audit audit, Clock clock, Renewals renewals) {
		this.renewals = renewals;
		this.caseFiles = caseFiles;
		this.catalog = catalog;
		this.accounts = accounts;
		this.store = store;
		this.documents = documents;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseEnded ended) {
		issue(ended);
	}

	/**
	 * Issues the licence of the case if it was granted and has none yet, unless its
	 * version's licence is issued by hand (then {@link LicenceIssues} keeps it pending).
	 */
	@Transactional
	void issue(CaseEnded ended) {
		issue(ended, false);
	}

	/**
	 * Issues the licence of the case if it was granted, has none yet and its grant was
	 * not revoked meanwhile (a revocation that came first, R15.5).
	 * @param byHand the department's staff issue it: a licence issued by hand is issued
	 * too
	 */
	@Transactional
	void issue(CaseEnded ended, boolean byHand) {
		if (ended.outcome() != ApplicationStatus.GRANTED || store.ofCase(ended.caseId()).isPresent()) {
			return;
		}
		Application application = caseFiles.get(ended.caseId());
		MatterGuide guide = catalog.guide(application.matterCode(), application.matterVersion());
		LicenceDefinition definition = guide.version().licence();
		if (definition == null || definition.byHand() && !byHand) {
			return;
		}
		if (application.status() == ApplicationStatus.REVOKED) {
			log.info("The grant of case {} was revoked before its licence was issued: none is", ended.number());
			return;
		}
		Instant issuedAt = clock.instant();
		LocalDate validFrom = LocalDate.ofInstant(ended.at(), clock.getZone());
		ApplicantParticulars holder = accounts.particulars(application.applicantId());
		boolean person = holder.kind() == AccountKind.NATURAL_PERSON;
		var licence = new LicenceRecord(newId(), application.id(), ended.number(), application.matterCode(),
				application.matterVersion(), definition.type(), definition.name(), holder.id(), person, holder.name(),
				person ? holder.residentId().value() : holder.creditCode().value(), application.departmentCode(),
				validFrom, definition.validUntil(validFrom).orElse(null),
				printed(definition, guide.version().form(), application), null, null, issuedAt, null, null);
		LicenceDocuments.Signed signed = documents.signAndStore(licence);
		StoredAttachment stored = signed.stored();
		LicenceRecord issued = signed.licence();
		if (!store.insertIfAbsent(issued)) {
			log.info("The licence of case {} was issued already", ended.number());
			return;
		}
		caseFiles.addDocument(application.id(),
				new CaseDocument(stored.id(), DOCUMENT_KIND, stored.displayName(), issuedAt));
		events.publishEvent(new LicenceIssued(issued.id(), issued.caseId(), issued.caseNumber(), issued.validFrom(),
				issued.validUntil(), issuedAt));
		String renewed = renewals.licenceRenewedBy(application.id()).orElse(null);
		store
			.record(new LicenceEvent(issued.id(), LicenceEvent.Kind.ISSUED, issuedAt, null, null, null, null, renewed));
		audit.succeeded(AuditActor.PLATFORM, "licence.issue", "licence", issued.id(),
				"case " + ended.number() + ", " + definition.type());
		if (renewed != null) {
			replaceRenewed(renewed, issued);
		}
	}

	/**
	 * The grant of a renewal replaces the licence it renews (R15.5): from now on the new
	 * licence is the one in force, and the old one's verification names it.
	 */
	private void replaceRenewed(String renewed, LicenceRecord issued) {
		if (!store.replace(renewed, issued.id())) {
			log.warn("Licence {} renewed by {} was no longer in force: it is left as it is", renewed, issued.id());
			return;
		}
		store.record(new LicenceEvent(renewed, LicenceEvent.Kind.RENEWED, issued.issuedAt(), null, null, null, null,
				issued.id()));
		audit.succeeded(AuditActor.PLATFORM, "licence.renew", "licence", renewed,
				"replaced by " + issued.id() + " of case " + issued.caseNumber());
	}

	/** The printed answers, a choice by its option's label. */
	private static List<PrintedValue> printed(LicenceDefinition definition, FormDefinition form,
			Application application) {
		return definition.printed().stream().map(item -> {
			FormDefinition.Field field = form.field(item.field()).orElseThrow();
			List<String> values = application.answers().values(item.field());
			if (values.isEmpty()) {
				return new PrintedValue(item.label(), LocalizedText.of("—", "—"));
			}
			String zh = String.join("、", values.stream().map(value -> label(field, value).zh()).toList());
			String en = String.join(", ", values.stream().map(value -> label(field, value).en()).toList());
			return new PrintedValue(item.label(), LocalizedText.of(zh, en.isEmpty() ? zh : en));
		}).toList();
	}

	private static LocalizedText label(FormDefinition.Field field, String value) {
		return field.options()
			.stream()
			.filter(option -> option.value().equals(value))
			.findFirst()
			.map(FormDefinition.Option::label)
			.orElse(LocalizedText.of(value, value));
	}

	/** A random 128-bit id in Crockford's Base32 after a readable prefix. */
	static String newId() {
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		String base32 = new BigInteger(1, random).toString(32);
		var id = new StringBuilder(ID_PREFIX);
		id.append("0".repeat(ID_LENGTH - base32.length()));
		base32.chars().forEach(digit -> id.append(CROCKFORD.charAt(Character.digit(digit, 32))));
		return id.toString();
	}

}
