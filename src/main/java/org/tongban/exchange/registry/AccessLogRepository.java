package org.tongban.exchange.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.Refusal;
import org.tongban.exchange.Registry;
import org.tongban.exchange.RegistryAccess;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.ResultPage;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.crypto.BlindIndex;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The access log, table {@code exchange_access_log}. A person is named by the blind index
 * of their ID number, so that the log discloses no number either, and is found through
 * it; times are stored in UTC.
 */
@Repository
public class AccessLogRepository {

	private final JdbcClient jdbc;

	private final BlindIndex index;

	private final Clock clock;

	private final Audit audit;

	AccessLogRepository(JdbcClient jdbc, BlindIndex index, Clock clock, Audit audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * Logs a read in a transaction of its own: the data was read even if the caller's
	 * transaction rolls back, e.g. because the registration that asked for the
	 * verification failed afterwards. The read is recorded in the audit trail as well
	 * ({@code registry.read}, R8.4), in the same transaction, on this log's row, which
	 * the data owner sees and which names the person by a blind index only; a read that
	 * found nothing is a read all the same. A caller must not read a registry in a
	 * transaction that has recorded an audit record already: this transaction of its own
	 * could wait for that record's chain until the lock timeout.
	 * @param person whose personal data was read, or {@code null}
	 * @param legalPerson whose record was read, or {@code null}
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(Registry registry, AccessPurpose purpose, ResidentIdNumber person,
			UnifiedSocialCreditCode legalPerson, Refusal refusal) {
		var row = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into exchange_access_log (accessed_at, caller, registry, person_index, person_masked,
					credit_code, purpose_zh, purpose_en, case_reference, refusal)
				values (:at, :caller, :registry, :personIndex, :personMasked, :creditCode, :purposeZh, :purposeEn,
					:caseReference, :refusal)""")
			.param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("caller", purpose.caller())
			.param("registry", registry.name())
			.param("personIndex", person == null ? null : index.of(person.value()))
			.param("personMasked", person == null ? null : person.masked())
			.param("creditCode", legalPerson == null ? null : legalPerson.value())
			.param("purposeZh", purpose.purpose().zh())
			.param("purposeEn", purpose.purpose().en())
			.param("caseReference", purpose.caseReference())
			.param("refusal", refusal == null ? null : refusal.name())
			.update(row, "id");
		audit.succeeded(audit.currentActor(), "registry.read", "registry-access", row.getKey().longValue(),
				registry + " " + purpose.caller()
						+ (purpose.caseReference() == null ? "" : " " + purpose.caseReference())
						+ (refusal == null ? "" : " " + refusal));
	}

	/**
	 * Logs a request of the data-exchange API, answered or refused, in a transaction of
	 * its own like every read, and audits it on the log's row ({@code exchange.request},
	 * R8.4, R9.3): who asked (the client and its department), for whose record, which
	 * elements, for which purpose and case, and the digests of request and answer. The
	 * purpose shown to the data subject is the granted purpose in words when a grant
	 * answered, the code otherwise; a request that names no purpose is logged under the
	 * purpose {@code -}.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long record(ExchangeLogEntry entry) {
		var row = new GeneratedKeyHolder();
		String purpose = entry.purpose() == null ? "-" : entry.purpose();
		jdbc.sql("""
				insert into exchange_access_log (accessed_at, caller, registry, person_index, person_masked,
					credit_code, purpose_zh, purpose_en, case_reference, refusal, client_id, department_code, elements,
					request_digest, answer_digest, latency_ms, outcome, purpose_code)
				values (:at, :caller, :registry, :personIndex, :personMasked, :creditCode, :shown, :shown,
					:caseReference, :refusal, :clientId, :department, :elements, :requestDigest, :answerDigest,
					:latency, :outcome, :purpose)""")
			.param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("caller", "exchange:" + entry.clientId())
			.param("registry", entry.registry().name())
			.param("personIndex", entry.person() == null ? null : index.of(entry.person().value()))
			.param("personMasked", entry.person() == null ? null : entry.person().masked())
			.param("creditCode", entry.legalPerson() == null ? null : entry.legalPerson().value())
			.param("purpose", purpose)
			.param("shown", entry.purposeText() == null ? purpose : entry.purposeText())
			.param("caseReference", entry.caseNumber())
			.param("refusal", entry.refusal() == null ? null : entry.refusal().name())
			.param("clientId", entry.clientId())
			.param("department", entry.departmentCode())
			.param("elements", entry.elements().isEmpty() ? null : String.join(",", entry.elements()))
			.param("requestDigest", entry.requestDigest())
			.param("answerDigest", entry.answerDigest())
			.param("latency", (int) Math.min(Integer.MAX_VALUE, entry.latencyMs()))
			.param("outcome", entry.outcome())
			.update(row, "id");
		long id = row.getKey().longValue();
		String detail = entry.registry() + " " + entry.clientId() + " " + purpose
				+ (entry.caseNumber() == null ? "" : " " + entry.caseNumber()) + " " + entry.outcome()
				+ (entry.refusal() == null ? "" : " " + entry.refusal());
		audit.succeeded(audit.currentActor(), "exchange.request", "registry-access", id, detail);
		return id;
	}

	@Transactional(readOnly = true)
	public ResultPage<RegistryAccess> findByPerson(ResidentIdNumber person, int page, int size) {
		return find("person_index in (:terms)", "terms", index.searchTerms(person.value()), page, size);
	}

	/**
	 * The reads of a legal person's record, of the registries and of the exchange API,
	 * newest first.
	 */
	@Transactional(readOnly = true)
	public ResultPage<RegistryAccess> findByLegalPerson(UnifiedSocialCreditCode legalPerson, int page, int size) {
		return find("credit_code = :code", "code", legalPerson.value(), page, size);
	}

	private ResultPage<RegistryAccess> find(String where, String name, Object value, int page, int size) {
		long total = jdbc.sql("select count(*) from exchange_access_log where " + where)
			.param(name, value)
			.query(Long.class)
			.single();
		List<RegistryAccess> accesses = jdbc.sql("""
				select accessed_at, caller, registry, person_masked, credit_code, purpose_zh, purpose_en,
					case_reference, refusal, department_code, outcome
				from exchange_access_log where %s
				order by accessed_at desc, id desc limit :limit offset :offset""".formatted(where))
			.param(name, value)
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(AccessLogRepository::access)
			.list();
		return new ResultPage<>(accesses, page, size, total);
	}

	private static RegistryAccess access(ResultSet row, int rowNum) throws SQLException {
		String creditCode = row.getString("credit_code");
		String refusal = row.getString("refusal");
		return new RegistryAccess(row.getObject("accessed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
				row.getString("caller"), Registry.valueOf(row.getString("registry")), row.getString("person_masked"),
				creditCode == null ? null : UnifiedSocialCreditCode.parse(creditCode),
				LocalizedText.of(row.getString("purpose_zh"), row.getString("purpose_en")),
				row.getString("case_reference"), refusal == null ? null : Refusal.valueOf(refusal),
				row.getString("department_code"), row.getString("outcome"));
	}

}
