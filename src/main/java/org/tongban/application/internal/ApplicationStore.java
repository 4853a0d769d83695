package org.tongban.application.internal;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.application.AnswerSource;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationSummary;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseMessage;
import org.tongban.application.Channel;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.application.Receipt;
import org.tongban.application.SignedCommitment;
import org.tongban.application.TimelineStep;
import org.tongban.identity.AccountKind;
import org.tongban.identity.CertificateSignature;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;

/**
 * The tables of the application module. An application row is written whole and guarded
 * by its revision; its materials, timeline, messages, correction notices and documents
 * are rows of their own that are only ever added (materials of a draft or of a correction
 * may be removed).
 */
@Repository
public class ApplicationStore {

	private static final String COLUMNS = """
			id, applicant_id, applicant_kind, matter_code, matter_version, started_version, matter_name_zh, matter_name_en,
			department_code, status, answers_sealed, answer_sources, number, query_code_sealed, received_at,
			clock_starts_on, acceptance_due_on, withdrawn_at, created_at, updated_at, revision, channel, registered_by""";

	private static final String OUTSIDE_BUNDLE_DRAFTS = " and (bundle_id is null or status <> 'DRAFT')";

	private final JdbcClient jdbc;

	private final SealedAnswers sealed;

	ApplicationStore(JdbcClient jdbc, SealedAnswers sealed) {
		this.jdbc = jdbc;
		this.sealed = sealed;
	}

	public void insert(Application application) {
		jdbc.sql("insert into application_application (" + COLUMNS
				+ """
						) values (:id, :applicantId, :applicantKind, :matterCode, :matterVersion, :startedVersion, :matterNameZh, :matterNameEn,
							:departmentCode, :status, :answers, :sources, :number, :queryCode, :receivedAt, :clockStartsOn,
							:acceptanceDueOn, :withdrawnAt, :createdAt, :updatedAt, :revision, :channel, :registeredBy)""")
			.paramSource(parameters(application))
			.update();
	}

	/**
	 * Writes an application that was read at {@code revision - 1}.
	 * @throws OptimisticLockingFailureException if somebody else changed it since
	 */
	public void update(Application application) {
		int updated = jdbc.sql("""
				update application_application set matter_version = :matterVersion, matter_name_zh = :matterNameZh,
					matter_name_en = :matterNameEn, status = :status, answers_sealed = :answers,
					answer_sources = :sources, number = :number, query_code_sealed = :queryCode,
					received_at = :receivedAt, clock_starts_on = :clockStartsOn, acceptance_due_on = :acceptanceDueOn,
					withdrawn_at = :withdrawnAt, updated_at = :updatedAt, revision = :revision
				where id = :id and revision = :revision - 1""").paramSource(parameters(application)).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Application " + application.id() + " changed meanwhile");
		}
	}

	/**
	 * Moves an application that was read at its current revision to another status.
	 * @throws OptimisticLockingFailureException when it changed meanwhile, so that two
	 * changes cannot both win
	 */
	public void changeStatus(Application application, ApplicationStatus status, Instant at) {
		int updated = jdbc.sql("""
				update application_application set status = :status, updated_at = :at, revision = revision + 1
				where id = :id and revision = :revision""")
			.param("status", status.name())
			.param("at", column(at))
			.param("id", application.id())
			.param("revision", application.revision())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Application " + application.id() + " changed meanwhile");
		}
	}

	public Optional<Application> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from application_application where id = :id")
			.param("id", id)
			.query(this::application)
			.optional();
	}

	public Optional<Application> findByNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from application_application where number = :number")
			.param("number", number)
			.query(this::application)
			.optional();
	}

	/** The applicant's drafts of a matter, the most recently changed first. */
	public List<Application> draftsOf(UUID applicantId, String matterCode) {
		return jdbc.sql("select " + COLUMNS + """
				 from application_application
				where applicant_id = :applicant and matter_code = :matter and status = 'DRAFT' and bundle_id is null
				order by updated_at desc, id""")
			.param("applicant", applicantId)
			.param("matter", matterCode)
			.query(this::application)
			.list();
	}

	/**
	 * A page of the applicant's drafts and applications, the most recently changed first;
	 * the drafts of a bundle's members are the bundle's, not drafts of their own.
	 */
	public ResultPage<ApplicationSummary> summaries(UUID applicantId, Paging paging) {
		long total = jdbc
			.sql("select count(*) from application_application where applicant_id = :applicant" + OUTSIDE_BUNDLE_DRAFTS)
			.param("applicant", applicantId)
			.query(Long.class)
			.single();
		// Read backwards along application_by_applicant (applicant_id, updated_at),
		// stopping after the page.
		List<ApplicationSummary> items = jdbc.sql("""
				select id, number, matter_code, matter_name_zh, matter_name_en, status, updated_at, received_at
				from application_application where applicant_id = :applicant""" + OUTSIDE_BUNDLE_DRAFTS + """
				order by updated_at desc, id
				offset :offset rows fetch next :size rows only""")
			.param("applicant", applicantId)
			.param("offset", paging.offset())
			.param("size", paging.size())
			.query((row, rowNum) -> new ApplicationSummary(row.getObject("id", UUID.class), row.getString("number"),
					row.getString("matter_code"),
					LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en")),
					ApplicationStatus.valueOf(row.getString("status")), instant(row, "updated_at"),
					instant(row, "received_at")))
			.list();
		return paging.of(items, total);
	}

	/**
	 * The numbers of all the applicant's submitted applications, which are their cases'
	 * numbers too.
	 */
	public List<String> numbers(UUID applicantId) {
		return jdbc
			.sql("select number from application_application where applicant_id = :applicant and number is not null")
			.param("applicant", applicantId)
			.query(String.class)
			.list();
	}

	/**
	 * The applicant's latest submitted application, of one matter or of any when
	 * {@code matterCode} is null.
	 */
	public Optional<Application> latestSubmitted(UUID applicantId, String matterCode) {
		return jdbc.sql("select " + COLUMNS + """
				 from application_application
				where applicant_id = :applicant and number is not null
					and (cast(:matter as varchar(40)) is null or matter_code = :matter)
				order by received_at desc fetch first 1 rows only""")
			.param("applicant", applicantId)
			.param("matter", matterCode)
			.query(this::application)
			.optional();
	}

	/** Records the licence an application renews (R15.5). */
	public void markRenewal(UUID applicationId, String licenceId) {
		jdbc.sql("update application_application set renews_licence_id = :licence where id = :id")
			.param("licence", licenceId)
			.param("id", applicationId)
			.update();
	}

	/** The licence an application renews (R15.5), if it renews one. */
	public Optional<String> renewedBy(UUID applicationId) {
		return jdbc.sql("select renews_licence_id from application_application where id = :id")
			.param("id", applicationId)
			.query(String.class)
			.optional();
	}

	/** The applications that renew a licence (R15.5), drafts too, the newest first. */
	public List<Application> renewalsOf(String licenceId) {
		return jdbc.sql("select " + COLUMNS + """
				 from application_application where renews_licence_id = :licence
				order by created_at desc, id""").param("licence", licenceId).query(this::application).list();
	}

	/** The licences with a renewal application submitted and not yet ended (R15.5). */
	public List<String> licencesBeingRenewed() {
		return jdbc.sql("""
				select distinct renews_licence_id from application_application
				where renews_licence_id is not null and number is not null and status in (:open)""")
			.param("open",
					java.util.Arrays.stream(ApplicationStatus.values())
						.filter(status -> status != ApplicationStatus.DRAFT && !status.isFinal())
						.map(ApplicationStatus::name)
						.toList())
			.query(String.class)
			.list();
	}

	public void delete(UUID id) {
		jdbc.sql("delete from application_application where id = :id").param("id", id).update();
	}

	public void addMaterial(UUID applicationId, AttachedMaterial material) {
		jdbc.sql("""
				insert into application_material (application_id, attachment_id, material_code, material_name_zh,
					material_name_en, licence_type, display_name, attachment_type, size_bytes, reused_from, added_at,
					scanned_at_window, licence_id)
				values (:application, :attachment, :code, :nameZh, :nameEn, :licenceType, :displayName, :type, :size,
					:reusedFrom, :addedAt, :scanned, :licenceId)""")
			.param("application", applicationId)
			.param("attachment", material.attachmentId())
			.param("code", material.materialCode())
			.param("nameZh", material.materialName().zh())
			.param("nameEn", material.materialName().en())
			.param("licenceType", material.licenceType())
			.param("displayName", material.displayName())
			.param("type", material.type())
			.param("size", material.size())
			.param("reusedFrom", material.reusedFrom())
			.param("addedAt", column(material.addedAt()))
			.param("scanned", material.scannedAtWindow())
			.param("licenceId", material.licenceId())
			.update();
	}

	public boolean removeMaterial(UUID applicationId, UUID attachmentId) {
		return jdbc
			.sql("delete from application_material where application_id = :application and attachment_id = :attachment")
			.param("application", applicationId)
			.param("attachment", attachmentId)
			.update() == 1;
	}

	private static final String MATERIALS_OF_APPLICANT = """
			select m.attachment_id, m.material_code, m.material_name_zh, m.material_name_en, m.licence_type,
				m.display_name, m.attachment_type, m.size_bytes, coalesce(m.reused_from, a.number) as origin, m.added_at,
				m.scanned_at_window, m.licence_id
			from application_material m join application_application a on a.id = m.application_id
			where a.applicant_id = :applicant""";

	/**
	 * The files the applicant gave with any of their applications ("my materials", R3.2),
	 * each once, with the number of the first submitted application it came with (null if
	 * only in drafts).
	 */
	public List<AttachedMaterial> materialsOf(UUID applicantId) {
		List<AttachedMaterial> all = jdbc.sql(MATERIALS_OF_APPLICANT + " order by m.added_at desc")
			.param("applicant", applicantId)
			.query((row, rowNum) -> material(row, "origin"))
			.list();
		var seen = new java.util.HashSet<UUID>();
		return all.stream().filter(material -> seen.add(material.attachmentId())).toList();
	}

	/**
	 * One of the applicant's files as last given, if it is theirs: what
	 * {@link #materialsOf} lists for it.
	 */
	public Optional<AttachedMaterial> materialOf(UUID applicantId, UUID attachmentId) {
		return jdbc.sql(MATERIALS_OF_APPLICANT + """
				 and m.attachment_id = :attachment
				order by m.added_at desc fetch first 1 rows only""")
			.param("applicant", applicantId)
			.param("attachment", attachmentId)
			.query((row, rowNum) -> material(row, "origin"))
			.optional();
	}

	public void addStep(UUID applicationId, TimelineStep step) {
		jdbc.sql("""
				insert into application_timeline (application_id, seq, step, department_code, started_at, due_on,
					finished_at)
				values (:application, (select coalesce(max(seq), 0) + 1 from application_timeline
					where application_id = :application), :step, :department, :startedAt, :dueOn, :finishedAt)""")
			.param("application", applicationId)
			.param("step", step.step())
			.param("department", step.departmentCode())
			.param("startedAt", column(step.startedAt()))
			.param("dueOn", step.dueOn())
			.param("finishedAt", column(step.finishedAt()))
			.update();
	}

	/**
	 * Gives the step under way another due day, when the department enters the step it is
	 * already in.
	 */
	public void setOpenStepDue(UUID applicationId, String step, LocalDate dueOn) {
		jdbc.sql("""
				update application_timeline set due_on = :dueOn
				where application_id = :application and step = :step and finished_at is null""")
			.param("application", applicationId)
			.param("step", step)
			.param("dueOn", dueOn)
			.update();
	}

	/** Ends every step under way, e.g. when the applicant withdraws. */
	public void finishOpenSteps(UUID applicationId, Instant at) {
		jdbc.sql("""
				update application_timeline set finished_at = :at
				where application_id = :application and finished_at is null""")
			.param("application", applicationId)
			.param("at", column(at))
			.update();
	}

	public void addMessage(UUID applicationId, CaseMessage message) {
		jdbc.sql("""
				insert into application_message (application_id, seq, sender, department_code, body, sent_at)
				values (:application, (select coalesce(max(seq), 0) + 1 from application_message
					where application_id = :application), :sender, :department, :body, :sentAt)""")
			.param("application", applicationId)
			.param("sender", message.sender())
			.param("department", message.departmentCode())
			.param("body", message.body())
			.param("sentAt", column(message.sentAt()))
			.update();
	}

	/**
	 * Keeps the informed commitment signed on a draft (R5.5), in place of one signed
	 * before; the subject of a certificate that signed it sealed, as it names the holder
	 * (R12.1).
	 */
	public void saveCommitment(SignedCommitment commitment) {
		deleteCommitment(commitment.applicationId());
		Optional<CertificateSignature> certificate = Optional.ofNullable(commitment.certificate());
		jdbc.sql("""
				insert into application_commitment
				(application_id, matter_version, body, digest, method, signer_id, signed_at, certificate_serial,
				certificate_issuer, certificate_subject_sealed, signature_algorithm, signature)
				values (:application, :version, :body, :digest, :method, :signer, :at, :serial, :issuer, :subject,
				:algorithm, :signature)""")
			.param("application", commitment.applicationId())
			.param("version", commitment.matterVersion())
			.param("body", commitment.text())
			.param("digest", commitment.digest())
			.param("method", commitment.method().name())
			.param("signer", commitment.signerId())
			.param("at", column(commitment.signedAt()))
			.param("serial", certificate.map(CertificateSignature::serialNumber).orElse(null))
			.param("issuer", certificate.map(CertificateSignature::issuer).orElse(null))
			.param("subject", certificate.map(signed -> sealed.seal(signed.subject())).orElse(null))
			.param("algorithm", certificate.map(CertificateSignature::algorithm).orElse(null))
			.param("signature", certificate.map(CertificateSignature::signature).orElse(null))
			.update();
	}

	/** The informed commitment signed on the application, if any. */
	public Optional<SignedCommitment> commitment(UUID applicationId) {
		return jdbc.sql("select * from application_commitment where application_id = :application")
			.param("application", applicationId)
			.query((row, i) -> new SignedCommitment(applicationId, row.getInt("matter_version"), row.getString("body"),
					row.getString("digest"), SignedCommitment.Method.valueOf(row.getString("method")),
					row.getObject("signer_id", UUID.class), instant(row, "signed_at"),
					row.getString("certificate_serial") == null ? null
							: new CertificateSignature(row.getString("certificate_serial"),
									row.getString("certificate_issuer"),
									sealed.openSecret(row.getString("certificate_subject_sealed")),
									row.getString("signature_algorithm"), row.getString("signature"))))
			.optional();
	}

	public void deleteCommitment(UUID applicationId) {
		jdbc.sql("delete from application_commitment where application_id = :application")
			.param("application", applicationId)
			.update();
	}

	public void addDocument(UUID applicationId, CaseDocument document) {
		jdbc.sql("""
				insert into application_document (application_id, attachment_id, document_kind, file_name, issued_at)
				values (:application, :attachment, :kind, :fileName, :issuedAt)""")
			.param("application", applicationId)
			.param("attachment", document.attachmentId())
			.param("kind", document.kind())
			.param("fileName", document.fileName())
			.param("issuedAt", column(document.issuedAt()))
			.update();
	}

	/**
	 * Records a correction notice, open until {@link #closeCorrection closed}.
	 * @param returnStatus where the application goes back to when the applicant resubmits
	 * @param givenIndexes for each item in order, the keyed hash of what the applicant
	 * had given for it
	 */
	public void addCorrection(UUID applicationId, CorrectionRequest request, ApplicationStatus returnStatus,
			List<String> givenIndexes) {
		jdbc.sql("""
				insert into application_correction (id, application_id, step, department_code, note, requested_at,
					return_status)
				values (:id, :application, :step, :department, :note, :requestedAt, :returnStatus)""")
			.param("id", request.id())
			.param("application", applicationId)
			.param("step", request.step())
			.param("department", request.departmentCode())
			.param("note", request.note() == null ? "" : request.note())
			.param("requestedAt", column(request.requestedAt()))
			.param("returnStatus", returnStatus.name())
			.update();
		for (int seq = 0; seq < request.items().size(); seq++) {
			CorrectionItem item = request.items().get(seq);
			jdbc.sql("""
					insert into application_correction_item (correction_id, seq, item_kind, item_code, problem,
						given_index)
					values (:correction, :seq, :kind, :code, :problem, :given)""")
				.param("correction", request.id())
				.param("seq", seq + 1)
				.param("kind", item.kind().name())
				.param("code", item.code())
				.param("problem", item.problem())
				.param("given", givenIndexes.get(seq))
				.update();
		}
	}

	/**
	 * For each item of a correction notice in order, the keyed hash of what the applicant
	 * had given for it when the notice was issued; null for notices issued before this
	 * was kept.
	 */
	public List<String> givenIndexes(UUID correctionId) {
		return jdbc.sql("""
				select given_index from application_correction_item where correction_id = :correction order by seq""")
			.param("correction", correctionId)
			.query((row, rowNum) -> row.getString("given_index"))
			.list();
	}

	/**
	 * Records, as the applicant resubmits, which items of the notice they left as they
	 * were.
	 */
	public void markUnchanged(UUID correctionId, List<CorrectionItem> unchanged) {
		List<CorrectionItem> items = correctionItems(correctionId);
		for (int seq = 0; seq < items.size(); seq++) {
			jdbc.sql("update application_correction_item set unchanged = :unchanged "
					+ "where correction_id = :correction and seq = :seq")
				.param("unchanged", unchanged.contains(items.get(seq)))
				.param("correction", correctionId)
				.param("seq", seq + 1)
				.update();
		}
	}

	/**
	 * The items the applicant left unchanged when they last answered a correction notice,
	 * if any.
	 */
	public List<CorrectionItem> unchangedInLastAnsweredCorrection(UUID applicationId) {
		return jdbc.sql("""
				select i.item_kind, i.item_code, i.problem from application_correction_item i
				where i.unchanged and i.correction_id = (
					select c.id from application_correction c
					where c.application_id = :application and c.closed_at is not null
					order by c.requested_at desc fetch first 1 rows only)
				order by i.seq""")
			.param("application", applicationId)
			.query((row, rowNum) -> correctionItem(row))
			.list();
	}

	/**
	 * The status the application returns to from its open correction notice, if it has
	 * one.
	 */
	public Optional<ApplicationStatus> returnStatusOfCorrection(UUID applicationId) {
		return jdbc.sql("""
				select return_status from application_correction
				where application_id = :application and closed_at is null""")
			.param("application", applicationId)
			.query(String.class)
			.optional()
			.map(ApplicationStatus::valueOf);
	}

	/** Closes the open correction notice: answered, or the case ended meanwhile. */
	public void closeCorrection(UUID applicationId, Instant at) {
		jdbc.sql("""
				update application_correction set closed_at = :at
				where application_id = :application and closed_at is null""")
			.param("application", applicationId)
			.param("at", column(at))
			.update();
	}

	/**
	 * Records the contact phone the applicant proved they can be reached at, in place of
	 * an earlier one.
	 */
	public void verifiedContactPhone(UUID applicationId, String phone, Instant at) {
		jdbc.sql("delete from application_contact_phone where application_id = :application")
			.param("application", applicationId)
			.update();
		jdbc.sql("""
				insert into application_contact_phone (application_id, phone_sealed, verified_at)
				values (:application, :phone, :at)""")
			.param("application", applicationId)
			.param("phone", sealed.seal(phone))
			.param("at", column(at))
			.update();
	}

	/** The contact phone the applicant proved they can be reached at, if any. */
	public Optional<String> verifiedContactPhone(UUID applicationId) {
		return jdbc.sql("select phone_sealed from application_contact_phone where application_id = :application")
			.param("application", applicationId)
			.query(String.class)
			.optional()
			.map(sealed::openSecret);
	}

	/** The application a submission key was used for, if it was. */
	public Optional<UUID> submittedWith(UUID applicantId, String idempotencyKey) {
		return jdbc.sql("""
				select application_id from application_submission_key
				where applicant_id = :applicant and idempotency_key = :key""")
			.param("applicant", applicantId)
			.param("key", idempotencyKey)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Records a submission key; a second submission with the same key fails here, on the
	 * primary key, even when both arrive at the same moment.
	 */
	public void recordSubmissionKey(UUID applicantId, String idempotencyKey, UUID applicationId, Instant at) {
		jdbc.sql("""
				insert into application_submission_key (applicant_id, idempotency_key, application_id, created_at)
				values (:applicant, :key, :application, :at)""")
			.param("applicant", applicantId)
			.param("key", idempotencyKey)
			.param("application", applicationId)
			.param("at", column(at))
			.update();
	}

	private org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters(Application application) {
		Optional<Receipt> receipt = application.receipt();
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("id", application.id())
			.addValue("applicantId", application.applicantId())
			.addValue("applicantKind", application.applicantKind().name())
			.addValue("matterCode", application.matterCode())
			.addValue("matterVersion", application.matterVersion())
			.addValue("startedVersion", application.startedVersion())
			.addValue("matterNameZh", application.matterName().zh())
			.addValue("matterNameEn", application.matterName().en())
			.addValue("departmentCode", application.departmentCode())
			.addValue("status", application.status().name())
			.addValue("answers", sealed.seal(application.answers()))
			.addValue("sources", SealedAnswers.sources(application.sources()))
			.addValue("number", receipt.map(Receipt::number).orElse(null))
			.addValue("queryCode", receipt.map(r -> sealed.seal(r.queryCode())).orElse(null))
			.addValue("receivedAt", column(receipt.map(Receipt::receivedAt).orElse(null)))
			.addValue("clockStartsOn", receipt.map(Receipt::clockStartsOn).orElse(null))
			.addValue("acceptanceDueOn", receipt.map(Receipt::acceptanceDueOn).orElse(null))
			.addValue("withdrawnAt", column(application.withdrawnAt()))
			.addValue("createdAt", column(application.createdAt()))
			.addValue("updatedAt", column(application.updatedAt()))
			.addValue("revision", application.revision())
			.addValue("channel", application.channel().name())
			.addValue("registeredBy", application.registeredBy());
	}

	private Application application(ResultSet row, int rowNum) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		String number = row.getString("number");
		Optional<Receipt> receipt = number == null ? Optional.empty()
				: Optional.of(new Receipt(number, sealed.openSecret(row.getString("query_code_sealed")),
						instant(row, "received_at"), row.getObject("clock_starts_on", LocalDate.class),
						row.getObject("acceptance_due_on", LocalDate.class)));
		return new Application(id, row.getObject("applicant_id", UUID.class),
				AccountKind.valueOf(row.getString("applicant_kind")), row.getString("matter_code"),
				row.getInt("matter_version"), row.getInt("started_version"),
				LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en")),
				row.getString("department_code"), ApplicationStatus.valueOf(row.getString("status")),
				sealed.open(row.getString("answers_sealed")), SealedAnswers.sources(row.getString("answer_sources")),
				receipt, instant(row, "withdrawn_at"), instant(row, "created_at"), instant(row, "updated_at"),
				row.getInt("revision"), materials(id), timeline(id), messages(id), documents(id), openCorrection(id),
				Channel.valueOf(row.getString("channel")), row.getObject("registered_by", UUID.class));
	}

	private List<AttachedMaterial> materials(UUID applicationId) {
		return jdbc.sql("""
				select attachment_id, material_code, material_name_zh, material_name_en, licence_type, display_name,
					attachment_type, size_bytes, reused_from, added_at, scanned_at_window, licence_id
				from application_material where application_id = :application order by added_at, attachment_id""")
			.param("application", applicationId)
			.query((row, rowNum) -> material(row, "reused_from"))
			.list();
	}

	private List<TimelineStep> timeline(UUID applicationId) {
		return jdbc.sql("""
				select step, department_code, started_at, due_on, finished_at
				from application_timeline where application_id = :application order by seq""")
			.param("application", applicationId)
			.query((row, rowNum) -> new TimelineStep(row.getString("step"), row.getString("department_code"),
					instant(row, "started_at"), row.getObject("due_on", LocalDate.class), instant(row, "finished_at")))
			.list();
	}

	private List<CaseMessage> messages(UUID applicationId) {
		return jdbc.sql("""
				select sender, department_code, body, sent_at
				from application_message where application_id = :application order by seq""")
			.param("application", applicationId)
			.query((row, rowNum) -> new CaseMessage(row.getString("sender"), row.getString("department_code"),
					row.getString("body"), instant(row, "sent_at")))
			.list();
	}

	private List<CaseDocument> documents(UUID applicationId) {
		return jdbc.sql("""
				select attachment_id, document_kind, file_name, issued_at
				from application_document where application_id = :application order by issued_at, attachment_id""")
			.param("application", applicationId)
			.query((row, rowNum) -> new CaseDocument(row.getObject("attachment_id", UUID.class),
					row.getString("document_kind"), row.getString("file_name"), instant(row, "issued_at")))
			.list();
	}

	private Optional<CorrectionRequest> openCorrection(UUID applicationId) {
		return jdbc.sql("""
				select id, step, department_code, note, requested_at from application_correction
				where application_id = :application and closed_at is null""")
			.param("application", applicationId)
			.query((row, rowNum) -> {
				UUID id = row.getObject("id", UUID.class);
				return new CorrectionRequest(id, row.getString("step"), row.getString("department_code"),
						correctionItems(id), row.getString("note"), instant(row, "requested_at"));
			})
			.optional();
	}

	private List<CorrectionItem> correctionItems(UUID correctionId) {
		return jdbc.sql("""
				select item_kind, item_code, problem from application_correction_item
				where correction_id = :correction order by seq""")
			.param("correction", correctionId)
			.query((row, rowNum) -> correctionItem(row))
			.list();
	}

	private static CorrectionItem correctionItem(ResultSet row) throws SQLException {
		return new CorrectionItem(CorrectionItem.Kind.valueOf(row.getString("item_kind")), row.getString("item_code"),
				row.getString("problem"));
	}

	private static AttachedMaterial material(ResultSet row, String originColumn) throws SQLException {
		return new AttachedMaterial(row.getObject("attachment_id", UUID.class), row.getString("material_code"),
				LocalizedText.of(row.getString("material_name_zh"), row.getString("material_name_en")),
				row.getString("licence_type"), row.getString("display_name"), row.getString("attachment_type"),
				row.getLong("size_bytes"), row.getString(originColumn), instant(row, "added_at"),
				row.getBoolean("scanned_at_window"), row.getString("licence_id"));
	}

}
