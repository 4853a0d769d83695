package org.tongban.licence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.licence.LicenceIssued;
import org.tongban.licence.LicenceRevoked;
import org.tongban.licence.LicenceStatus;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;

/**
 * The department's actions on the licences it issued (R15.5): it revokes one, or suspends
 * it and lifts the suspension, each with its reasons and, but for the lifting, its legal
 * basis; or changes its printed answers by issuing a new version, signed like the first,
 * that replaces it. Only the approvers of the issuing department act, the role that
 * decides its cases, never on a licence they hold themselves (R12.7); each action is kept
 * in the licence's history, audited, and told to the holder.
 */
@Service
public class LicenceLifeCycle {

	/** The department's actions, as the history names them. */
	public static final Set<LicenceEvent.Kind> ACTIONS = Set.of(LicenceEvent.Kind.REVOKED, LicenceEvent.Kind.SUSPENDED,
			LicenceEvent.Kind.RESUMED, LicenceEvent.Kind.CHANGED);

	static final int TEXT_LIMIT = 500;

	static final int PRINTED_LIMIT = 200;

	static final int SEARCH_LIMIT = 50;

	static final String READ = "licence.staff.read";

	private final LicenceStore store;

	private final LicenceDocuments documents;

	private final CaseFiles caseFiles;

	private final Accounts accounts;

	private final LicenceNotices notices;

	private final ApplicationEventPublisher events;

	private final Audit audit;

	private final Clock clock;

	LicenceLifeCycle(LicenceStore store, LicenceDocuments documents, CaseFiles caseFiles, Accounts accounts,
			LicenceNotices notices, ApplicationEventPublisher events, Audit audit, Clock clock) {
		this.store = store;
		this.documents = documents;
		this.caseFiles = caseFiles;
		this.accounts = accounts;
		this.notices = notices;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A licence as its department's staff see it: the holder in full, its status today
	 * and its history with the officers who acted (empty in a search's results).
	 */
	public record Licence(LicenceRecord record, LicenceStatus status, List<LicenceEvent> history) {

		/** Whether the action may be taken on the licence now. */
		public boolean allows(LicenceEvent.Kind action) {
			return refusal(status, action) == null;
		}

	}

	/**
	 * An action as given and checked, for the page that shows it before it is taken.
	 *
	 * @param legalBasis null if none was given where it may be left out
	 * @param printed the printed answers of the new version of a change; empty otherwise
	 */
	public record Action(LicenceEvent.Kind kind, String reasons, String legalBasis, List<PrintedValue> printed) {

		public Action {
			printed = List.copyOf(printed);
		}

	}

	/**
	 * The licences of the approver's departments whose id or case number is the one
	 * given, or without one the latest; the newest first.
	 */
	@Transactional(readOnly = true)
	public List<Licence> search(Actor staff, String idOrNumber) {
		String query = idOrNumber == null || idOrNumber.isBlank() ? null : idOrNumber.strip().toUpperCase(Locale.ROOT);
		if (query != null && (query.length() > 40 || !query.matches("[A-Z0-9-]+"))) {
			throw new InvalidParameterException("q", "licence.lifeCycle.query.invalid");
		}
		LocalDate today = LocalDate.now(clock);
		return store.search(departments(staff), query, SEARCH_LIMIT)
			.stream()
			.map(licence -> new Licence(licence, licence.status(today), List.of()))
			.toList();
	}

	/**
	 * One licence of the approver's departments, with the holder's number: a read of
	 * personal data, audited.
	 * @throws NotFoundException for any other
	 */
	@Transactional
	public Licence get(Actor staff, String id) {
		LicenceRecord licence = ofDepartment(staff, id);
		audit.succeeded(staff.audited(), READ, "licence", licence.id(), null);
		return view(licence);
	}

	/**
	 * Checks an action without taking it: the page shows it to confirm.
	 * @param printed for a change, the new value of each printed answer in order
	 * @throws NotFoundException for a licence outside the approver's departments
	 * @throws RefusedException (409) for the approver's own licence, or one the action
	 * does not fit now
	 * @throws InvalidParameterException for reasons, a legal basis or printed answers
	 * missing or not valid
	 */
	@Transactional(readOnly = true)
	public Action check(Actor staff, String id, LicenceEvent.Kind kind, String reasons, String legalBasis,
			List<String> printed) {
		return checked(staff, ofDepartment(staff, id), kind, reasons, legalBasis, printed);
	}

	/**
	 * Takes an action (R15.5), as {@link #check} checks it.
	 * @return the licence acted on, or for a change the new version
	 */
	@Transactional
	public Licence act(Actor staff, String id, LicenceEvent.Kind kind, String reasons, String legalBasis,
			List<String> printed) {
		String action = "licence." + (kind == null ? "act" : kind.name().toLowerCase(Locale.ROOT));
		try {
			LicenceRecord licence = ofDepartment(staff, id);
			Action checked = checked(staff, licence, kind, reasons, legalBasis, printed);
			LicenceRecord result = switch (checked.kind()) {
				case REVOKED -> revoke(staff, licence, checked);
				case SUSPENDED -> suspend(staff, licence, checked);
				case RESUMED -> lift(staff, licence, checked);
				case CHANGED -> change(staff, licence, checked);
				default -> throw new IllegalStateException(checked.kind().name());
			};
			audit.succeeded(staff.audited(), action, "licence", licence.id(),
					result.id().equals(licence.id()) ? null : "replaced by " + result.id());
			return view(store.find(result.id()).orElseThrow());
		}
		catch (RuntimeException refused) {
			audit.failed(staff.audited(), action, "licence", id == null ? "-" : id, Audit.reason(refused));
			throw refused;
		}
	}

	private LicenceRecord revoke(Actor staff, LicenceRecord licence, Action action) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		if (!store.revoke(licence.id(), today, action.reasons(), action.legalBasis())) {
			throw changedMeanwhile();
		}
		record(staff, licence.id(), action, now, null);
		events.publishEvent(new LicenceRevoked(licence.id(), licence.caseId(), licence.caseNumber(), today,
				action.reasons(), action.legalBasis()));
		tell(licence, LicenceEvent.Kind.REVOKED, licence.id(), action.reasons());
		return licence;
	}

	private LicenceRecord suspend(Actor staff, LicenceRecord licence, Action action) {
		Instant now = clock.instant();
		if (!store.suspend(licence.id(), LocalDate.ofInstant(now, clock.getZone()), action.reasons(),
				action.legalBasis())) {
			throw changedMeanwhile();
		}
		record(staff, licence.id(), action, now, null);
		tell(licence, LicenceEvent.Kind.SUSPENDED, licence.id(), action.reasons());
		return licence;
	}

	private LicenceRecord lift(Actor staff, LicenceRecord licence, Action action) {
		if (!store.lift(licence.id())) {
			throw changedMeanwhile();
		}
		record(staff, licence.id(), action, clock.instant(), null);
		tell(licence, LicenceEvent.Kind.RESUMED, licence.id(), action.reasons());
		return licence;
	}

	/**
	 * Issues the next version with the printed answers given, its PDF signed and stored
	 * as the first was and given to the applicant among the case's documents; the old one
	 * is replaced by it.
	 */
	private LicenceRecord change(Actor staff, LicenceRecord licence, Action action) {
		Instant now = clock.instant();
		LicenceDocuments.Signed signed = documents
			.signAndStore(licence.changed(LicenceIssuer.newId(), action.printed(), now));
		LicenceRecord next = signed.licence();
		try {
			store.insertVersion(next);
		}
		catch (DuplicateKeyException ex) {
			throw changedMeanwhile();
		}
		if (!store.replace(licence.id(), next.id())) {
			throw changedMeanwhile();
		}
		record(staff, licence.id(), action, now, next.id());
		record(staff, next.id(), new Action(LicenceEvent.Kind.ISSUED, action.reasons(), action.legalBasis(), List.of()),
				now, licence.id());
		caseFiles.addDocument(licence.caseId(), new CaseDocument(signed.stored().id(), LicenceIssuer.DOCUMENT_KIND,
				signed.stored().displayName(), now));
		events.publishEvent(new LicenceIssued(next.id(), next.caseId(), next.caseNumber(), next.validFrom(),
				next.validUntil(), now));
		tell(licence, LicenceEvent.Kind.CHANGED, next.id(), action.reasons());
		return next;
	}

	private void record(Actor staff, String licenceId, Action action, Instant at, String other) {
		store.record(new LicenceEvent(licenceId, action.kind(), at, staff.id(), staff.name(), action.reasons(),
				action.legalBasis(), other));
	}

	private void tell(LicenceRecord licence, LicenceEvent.Kind kind, String licenceId, String reasons) {
		Application application = caseFiles.get(licence.caseId());
		notices.tell(application, CaseNotice.licence(CaseNotice.Kind.valueOf("LICENCE_" + kind.name()),
				licence.caseNumber(), application.matterName(), licenceId, reasons));
	}

	private Action checked(Actor staff, LicenceRecord licence, LicenceEvent.Kind kind, String reasons,
			String legalBasis, List<String> printed) {
		if (kind == null || !ACTIONS.contains(kind)) {
			throw new InvalidParameterException("kind", "licence.lifeCycle.kind.invalid");
		}
		if (accounts.actsFor(staff.id(), licence.holderId())) {
			throw new RefusedException(Refusal.CONFLICT, "licence.lifeCycle.ownLicence");
		}
		String refusal = refusal(licence.status(LocalDate.now(clock)), kind);
		if (refusal != null) {
			throw new RefusedException(Refusal.CONFLICT, refusal);
		}
		String why = text(reasons, "reasons", TEXT_LIMIT, true);
		boolean basisRequired = kind == LicenceEvent.Kind.REVOKED || kind == LicenceEvent.Kind.SUSPENDED;
		String basis = text(legalBasis, "legalBasis", TEXT_LIMIT, basisRequired);
		return new Action(kind, why, basis, kind == LicenceEvent.Kind.CHANGED ? printed(licence, printed) : List.of());
	}

	/**
	 * The message code of why the action does not fit the licence now; null if it does.
	 */
	static String refusal(LicenceStatus status, LicenceEvent.Kind action) {
		return switch (action) {
			case REVOKED -> status == LicenceStatus.REVOKED || status == LicenceStatus.REPLACED
					? "licence.lifeCycle.notInForce" : null;
			case SUSPENDED, CHANGED -> status == LicenceStatus.VALID ? null : status == LicenceStatus.SUSPENDED
					? "licence.lifeCycle.suspendedAlready" : "licence.lifeCycle.notValid";
			case RESUMED -> status == LicenceStatus.SUSPENDED ? null : "licence.lifeCycle.notSuspended";
			default -> "licence.lifeCycle.kind.invalid";
		};
	}

	/**
	 * The printed answers of the new version: each the value given, in both languages
	 * where it changed; one at least must change.
	 */
	private static List<PrintedValue> printed(LicenceRecord licence, List<String> given) {
		List<PrintedValue> now = licence.printed();
		if (given == null || given.size() != now.size()) {
			throw new InvalidParameterException("printed", "licence.lifeCycle.printed.invalid", PRINTED_LIMIT);
		}
		var next = new ArrayList<PrintedValue>();
		boolean changed = false;
		for (int i = 0; i < now.size(); i++) {
			String value = text(given.get(i), "printed", PRINTED_LIMIT, true);
			PrintedValue old = now.get(i);
			if (value.equals(old.value().zh())) {
				next.add(old);
			}
			else {
				changed = true;
				next.add(new PrintedValue(old.label(), LocalizedText.of(value, value)));
			}
		}
		if (!changed) {
			throw new InvalidParameterException("printed", "licence.lifeCycle.printed.unchanged");
		}
		return next;
	}

	/**
	 * A text given, stripped; missing (when required), too long or with control
	 * characters refused.
	 */
	private static String text(String given, String parameter, int limit, boolean required) {
		String text = given == null ? "" : given.strip();
		if (text.isEmpty()) {
			if (required) {
				throw new InvalidParameterException(parameter, "licence.lifeCycle." + parameter + ".required");
			}
			return null;
		}
		if (text.length() > limit
				|| text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw new InvalidParameterException(parameter, "licence.lifeCycle." + parameter + ".invalid", limit);
		}
		return text;
	}

	private static RefusedException changedMeanwhile() {
		return new RefusedException(Refusal.CONFLICT, "licence.lifeCycle.changedMeanwhile");
	}

	/** A licence of the approver's departments; any other is not found. */
	private LicenceRecord ofDepartment(Actor staff, String id) {
		String normalized = id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
		return store.find(normalized)
			.filter(licence -> departments(staff).contains(licence.departmentCode()))
			.orElseThrow(() -> new NotFoundException("licence.lifeCycle.notFound"));
	}

	private Licence view(LicenceRecord licence) {
		return new Licence(licence, licence.status(LocalDate.now(clock)), store.history(licence.id()));
	}

	/**
	 * The departments whose cases the actor decides: theirs to act on the licences of.
	 */
	private static Set<String> departments(Actor staff) {
		return staff.roles()
			.stream()
			.filter(role -> role.role() == Role.APPROVER)
			.map(DepartmentRole::department)
			.collect(Collectors.toSet());
	}

}
