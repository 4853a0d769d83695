package org.tongban.exchange.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.exchange.DataElement;
import org.tongban.exchange.DataElements;
import org.tongban.exchange.sharing.SharingRequest.Status;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;

/**
 * The requests and grants of the sharing catalogue (R9.5), table {@code exchange_grant}:
 * a department admin of a client department requests a data element of another department
 * for a purpose; a department admin of the owning department grants it until an end date
 * or refuses it with a reason; the client withdraws it. A request is seen only by the
 * admins of its two departments: anyone else finds nothing (404). Every request and
 * decision is audited (R8.4); {@link GrantStore#inForce} then answers the exchange API.
 */
@Service
public class SharingCatalogue {

	/** A purpose's short code, as the exchange API's requests name it. */
	static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	static final int PURPOSE_MAX = 40;

	static final int PURPOSE_TEXT_MAX = 200;

	static final int REASON_MAX = 500;

	private static final String OBJECT = "exchange_grant";

	private final JdbcClient jdbc;

	private final DataElements dictionary;

	private final Audit audit;

	private final Clock clock;

	SharingCatalogue(JdbcClient jdbc, DataElements dictionary, Audit audit, Clock clock) {
		this.jdbc = jdbc;
		this.dictionary = dictionary;
		this.audit = audit;
		this.clock = clock;
	}

	/** The requests of the admin's departments and those to them, newest first. */
	@Transactional(readOnly = true)
	public List<SharingRequest> visibleTo(DepartmentAdmin admin) {
		if (admin.departments().isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select * from exchange_grant where client_department in (:departments) "
					+ "or owner_department in (:departments) order by requested_at desc, id")
			.param("departments", List.copyOf(admin.departments()))
			.query(SharingCatalogue::row)
			.list();
	}

	/** A request of or to one of the admin's departments; not found for anyone else. */
	@Transactional(readOnly = true)
	public SharingRequest find(DepartmentAdmin admin, UUID id) {
		return jdbc.sql("select * from exchange_grant where id = :id")
			.param("id", id)
			.query(SharingCatalogue::row)
			.optional()
			.filter(found -> admin.administers(found.clientDepartment()) || admin.administers(found.ownerDepartment()))
			.orElseThrow(() -> new NotFoundException("exchange.sharing.notFound", id));
	}

	/**
	 * Requests an element for the client department; refused for an element that is not
	 * shared, one of the client's own, or one already requested for the purpose.
	 */
	@Transactional
	public SharingRequest request(DepartmentAdmin admin, String clientDepartment, String elementCode, String purpose,
			String purposeText) {
		try {
			if (clientDepartment == null || !admin.administers(clientDepartment)) {
				throw new InvalidParameterException("clientDepartment", "exchange.sharing.clientDepartment");
			}
			if (elementCode == null || elementCode.isBlank()) {
				throw new InvalidParameterException("element", "exchange.sharing.element.missing");
			}
			DataElement element = dictionary.find(elementCode.trim())
				.orElseThrow(() -> new InvalidParameterException("element", "exchange.sharing.unknownElement",
						String.valueOf(elementCode)));
			if (!element.sharing().requestable()) {
				throw new InvalidParameterException("element", "exchange.sharing.notShared", element.code());
			}
			if (element.sourceDepartment().equals(clientDepartment)) {
				throw new InvalidParameterException("element", "exchange.sharing.ownElement", element.code());
			}
			String code = purpose == null ? "" : purpose.trim();
			if (code.isEmpty() || code.length() > PURPOSE_MAX || !PURPOSE.matcher(code).matches()) {
				throw new InvalidParameterException("purpose", "exchange.sharing.purpose", PURPOSE_MAX);
			}
			String text = purposeText == null ? "" : purposeText.strip();
			if (text.isEmpty() || text.length() > PURPOSE_TEXT_MAX) {
				throw new InvalidParameterException("purposeText", "exchange.sharing.purposeText", PURPOSE_TEXT_MAX);
			}
			boolean open = jdbc.sql("""
					select count(*) from exchange_grant where client_department = :client and element_code = :element
					and purpose = :purpose and status = 'REQUESTED'""")
				.param("client", clientDepartment)
				.param("element", element.code())
				.param("purpose", code)
				.query(Long.class)
				.single() > 0;
			if (open) {
				throw new RefusedException(Refusal.CONFLICT, "exchange.sharing.alreadyRequested", element.code(), code);
			}
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into exchange_grant (id, client_department, owner_department, element_code, purpose,
						purpose_text, status, requested_by, requested_at)
					values (:id, :client, :owner, :element, :purpose, :text, 'REQUESTED', :by, :at)""")
				.param("id", id)
				.param("client", clientDepartment)
				.param("owner", element.sourceDepartment())
				.param("element", element.code())
				.param("purpose", code)
				.param("text", text)
				.param("by", admin.id())
				.param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.update();
			audit.succeeded(audit.currentActor(), "sharing.request", OBJECT, id,
					clientDepartment + " " + element.code() + " " + code);
			return find(admin, id);
		}
		catch (RuntimeException refused) {
			audit.failed(audit.currentActor(), "sharing.request", OBJECT, elementCode, Audit.reason(refused));
			throw refused;
		}
	}

	/**
	 * Grants a request to the owning department until {@code validUntil}, a day after
	 * today; only an admin of the owning department decides.
	 */
	@Transactional
	public SharingRequest grant(DepartmentAdmin admin, UUID id, LocalDate validUntil) {
		try {
			SharingRequest request = decidable(admin, id);
			if (validUntil == null) {
				throw new InvalidParameterException("validUntil", "exchange.sharing.validUntil.missing");
			}
			if (!validUntil.isAfter(today())) {
				throw new InvalidParameterException("validUntil", "exchange.sharing.validUntil.past", today());
			}
			decide(admin, request, Status.GRANTED, validUntil, null);
			audit.succeeded(audit.currentActor(), "sharing.grant", OBJECT, id,
					request.clientDepartment() + " " + request.elementCode() + " until " + validUntil);
			return find(admin, id);
		}
		catch (RuntimeException refused) {
			audit.failed(audit.currentActor(), "sharing.grant", OBJECT, id, Audit.reason(refused));
			throw refused;
		}
	}

	/** Refuses a request to the owning department, with the reason the client reads. */
	@Transactional
	public SharingRequest refuse(DepartmentAdmin admin, UUID id, String reason) {
		try {
			SharingRequest request = decidable(admin, id);
			String text = reason == null ? "" : reason.strip();
			if (text.isEmpty() || text.length() > REASON_MAX) {
				throw new InvalidParameterException("reason", "exchange.sharing.reason", REASON_MAX);
			}
			decide(admin, request, Status.REFUSED, null, text);
			audit.succeeded(audit.currentActor(), "sharing.refuse", OBJECT, id,
					request.clientDepartment() + " " + request.elementCode());
			return find(admin, id);
		}
		catch (RuntimeException refused) {
			audit.failed(audit.currentActor(), "sharing.refuse", OBJECT, id, Audit.reason(refused));
			throw refused;
		}
	}

	/**
	 * Withdraws a request, or gives up a grant, of the client department: from the next
	 * request on, the exchange API answers no more.
	 */
	@Transactional
	public SharingRequest withdraw(DepartmentAdmin admin, UUID id) {
		try {
			SharingRequest request = find(admin, id);
			if (!admin.administers(request.clientDepartment())) {
				throw new RefusedException(Refusal.FORBIDDEN, "exchange.sharing.notClient");
			}
			if (request.status() != Status.REQUESTED && request.status() != Status.GRANTED) {
				throw new RefusedException(Refusal.CONFLICT, "exchange.sharing.closed");
			}
			int changed = jdbc.sql("""
					update exchange_grant set status = 'WITHDRAWN' where id = :id and status = :status""")
				.param("id", id)
				.param("status", request.status().name())
				.update();
			if (changed != 1) {
				throw new RefusedException(Refusal.CONFLICT, "exchange.sharing.closed");
			}
			audit.succeeded(audit.currentActor(), "sharing.withdraw", OBJECT, id,
					request.clientDepartment() + " " + request.elementCode());
			return find(admin, id);
		}
		catch (RuntimeException refused) {
			audit.failed(audit.currentActor(), "sharing.withdraw", OBJECT, id, Audit.reason(refused));
			throw refused;
		}
	}

	/**
	 * A request the admin may decide: one to their department, still open. The client's
	 * admin is refused: nobody grants their own department's request.
	 */
	private SharingRequest decidable(DepartmentAdmin admin, UUID id) {
		SharingRequest request = find(admin, id);
		if (!admin.administers(request.ownerDepartment())) {
			throw new RefusedException(Refusal.FORBIDDEN, "exchange.sharing.notOwner");
		}
		if (request.status() != Status.REQUESTED) {
			throw new RefusedException(Refusal.CONFLICT, "exchange.sharing.closed");
		}
		return request;
	}

	private void decide(DepartmentAdmin admin, SharingRequest request, Status status, LocalDate validUntil,
			String reason) {
		int changed = jdbc.sql("""
				update exchange_grant set status = :status, valid_until = :until, decided_by = :by, decided_at = :at,
					decision_reason = :reason
				where id = :id and status = 'REQUESTED'""")
			.param("status", status.name())
			.param("until", validUntil)
			.param("by", admin.id())
			.param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("reason", reason)
			.param("id", request.id())
			.update();
		if (changed != 1) {
			throw new RefusedException(Refusal.CONFLICT, "exchange.sharing.closed");
		}
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private static SharingRequest row(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		LocalDateTime decidedAt = row.getObject("decided_at", LocalDateTime.class);
		return new SharingRequest(row.getObject("id", UUID.class), row.getString("client_department"),
				row.getString("owner_department"), row.getString("element_code"), row.getString("purpose"),
				row.getString("purpose_text"), Status.valueOf(row.getString("status")),
				row.getObject("valid_until", LocalDate.class), row.getObject("requested_by", UUID.class),
				row.getObject("requested_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
				row.getObject("decided_by", UUID.class), decidedAt == null ? null : decidedAt.toInstant(ZoneOffset.UTC),
				row.getString("decision_reason"));
	}

}
