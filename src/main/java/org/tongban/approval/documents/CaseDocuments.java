package org.tongban.approval.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.application.CaseDocument;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.approval.Decision;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.pdf.PdfFonts;
import org.tongban.storage.Attachments;
import org.tongban.storage.StoredAttachment;

/**
 * The written notices and decisions of a case (R4, R5, 行政许可法 art. 32, 38, 42, 45), issued
 * today as PDFs in the Chinese official style: the department's header, a document number
 * made of the department's code, the kind's word, the year and the application's number,
 * the addressee, the facts, the body, the remedies where the applicant may disagree, and
 * the department's signature with the date. Each is stored as an attachment, which the
 * case lists as a {@link CaseDocument} for the applicant to download. Documents are in
 * Chinese only, the language of the record.
 */
@Component
public class CaseDocuments {

	/** The language of the documents. */
	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** The kinds of documents; the name is the {@link CaseDocument#kind()}. */
	public enum Kind {

		ACCEPTANCE_NOTICE, REFUSAL_NOTICE, CORRECTION_NOTICE, SPECIAL_PERIOD_NOTICE, EXTENSION_NOTICE, GRANT_DECISION,
		DENIAL_DECISION, REVOCATION_DECISION

	}

	/**
	 * @param deemed accepted by law because the applicant was not told in time what to
	 * correct (art. 32): the notice says so instead of the review's finding
	 */
	public record Acceptance(LocalDate acceptedOn, LocalDate decisionDueOn, boolean deemed, String gaps,
			LocalDate supplyBy) {

		public Acceptance {
			Objects.requireNonNull(acceptedOn, "acceptedOn");
			Objects.requireNonNull(decisionDueOn, "decisionDueOn");
		}

		public Acceptance(LocalDate acceptedOn, LocalDate decisionDueOn, boolean deemed) {
			this(acceptedOn, decisionDueOn, deemed, null, null);
		}

	}

	/**
	 * @param legalBasis the provisions the refusal rests on; the matter's legal bases
	 * when blank
	 */
	public record Refusal(String reason, String legalBasis) {

		public Refusal {
			requireText(reason, "reason");
		}

	}

	/**
	 * A special period that does not count toward the limit (art. 45), when it starts or,
	 * with {@code endedOn}, when it ends.
	 *
	 * @param endedOn null for the notice that the period starts
	 */
	public record SpecialPeriod(SpecialPeriodKind kind, String reason, LocalDate startedOn, LocalDate expectedEndOn,
			LocalDate endedOn) {

		public SpecialPeriod {
			Objects.requireNonNull(kind, "kind");
			requireText(reason, "reason");
			Objects.requireNonNull(startedOn, "startedOn");
			Objects.requireNonNull(expectedEndOn, "expectedEndOn");
		}

	}

	/** An extension of the limit approved by the department's head (art. 42). */
	public record Extension(int days, LocalDate newDueOn, String reason, String approverName) {

		public Extension {
			if (days < 1) {
				throw new IllegalArgumentException("An extension is of at least one working day");
			}
			Objects.requireNonNull(newDueOn, "newDueOn");
			requireText(reason, "reason");
			requireText(approverName, "approverName");
		}

	}

	/**
	 * The decision on the application (art. 38).
	 *
	 * @param reasons the review's opinion; required for a denial, which must give its
	 * reasons
	 * @param legalBasis the provisions the decision rests on; the matter's legal bases
	 * when blank
	 */
	public record Ruling(Decision decision, LocalDate acceptedOn, String reasons, String legalBasis) {

		public Ruling {
			Objects.requireNonNull(decision, "decision");
			Objects.requireNonNull(acceptedOn, "acceptedOn");
			if (decision == Decision.DENY) {
				requireText(reasons, "reasons");
			}
		}

	}

	/**
	 * A revocation: the grant of {@code grantedOn} is revoked for the reasons, on the
	 * legal basis.
	 */
	public record Revocation(LocalDate grantedOn, String reasons, String legalBasis) {

		public Revocation {
			Objects.requireNonNull(grantedOn, "grantedOn");
			requireText(reasons, "reasons");
			requireText(legalBasis, "legalBasis");
		}

	}

	private final PdfFonts fonts;

	private final MessageSource messages;

	private final MatterCatalog catalog;

	private final Attachments attachments;

	private final Clock clock;

	CaseDocuments(PdfFonts fonts, MessageSource messages, MatterCatalog catalog, Attachments attachments, Clock clock) {
		this.fonts = fonts;
		this.messages = messages;
		this.catalog = catalog;
		this.attachments = attachments;
		this.clock = clock;
	}

	/** 受理通知书: accepted on a day, the decision due by another. */
	public CaseDocument acceptanceNotice(CaseFacts facts, Acceptance acceptance) {
		return issue(Kind.ACCEPTANCE_NOTICE, facts, (pages, doc) -> {
			pages.paragraph(doc.message(
					acceptance.deemed() ? "approval.document.ACCEPTANCE_NOTICE.deemed"
							: "approval.document.ACCEPTANCE_NOTICE.body",
					doc.date(facts.receivedOn()), doc.matterName(), doc.date(acceptance.acceptedOn())));
			pages.paragraph(
					doc.message("approval.document.ACCEPTANCE_NOTICE.due", doc.date(acceptance.decisionDueOn())));
			if (acceptance.gaps() != null) {
				pages.paragraph(doc.message("approval.document.ACCEPTANCE_NOTICE.gaps", acceptance.gaps(),
						doc.date(acceptance.supplyBy())));
			}
		});
	}

	/** 不予受理通知书: the reason, its legal basis and the remedies. */
	public CaseDocument refusalNotice(CaseFacts facts, Refusal refusal) {
		return issue(Kind.REFUSAL_NOTICE, facts, (pages, doc) -> {
			pages.paragraph(doc.message("approval.document.REFUSAL_NOTICE.body", doc.date(facts.receivedOn()),
					doc.matterName()));
			pages.paragraph(refusal.reason());
			pages.paragraph(doc.legalBasis(refusal.legalBasis()));
			pages.paragraph(doc.remedies(Kind.REFUSAL_NOTICE));
		});
	}

	/**
	 * 补正材料通知书（一次性告知）: every item to correct, by the name of its form field or material,
	 * at once.
	 */
	public CaseDocument correctionNotice(CaseFacts facts, CorrectionRequest request) {
		return issue(Kind.CORRECTION_NOTICE, facts, (pages, doc) -> {
			pages.paragraph(doc.message("approval.document.CORRECTION_NOTICE.body", doc.date(facts.receivedOn()),
					doc.matterName()));
			int number = 0;
			for (CorrectionItem item : request.items()) {
				pages.item(doc.message("approval.document.CORRECTION_NOTICE.item", ++number, doc.subject(item),
						item.problem()));
			}
			if (request.note() != null && !request.note().isBlank()) {
				pages.paragraph(doc.message("approval.document.CORRECTION_NOTICE.note", request.note().strip()));
			}
			pages.paragraph(doc.message("approval.document.CORRECTION_NOTICE.closing"));
		});
	}

	/**
	 * 特殊环节告知书: the kind of special period, why, from when and until when, or that it
	 * ended.
	 */
	public CaseDocument specialPeriodNotice(CaseFacts facts, SpecialPeriod period) {
		return issue(Kind.SPECIAL_PERIOD_NOTICE, facts, (pages, doc) -> {
			String kind = doc.message("approval.document.specialPeriod." + period.kind());
			pages.paragraph(doc.message("approval.document.SPECIAL_PERIOD_NOTICE.body", doc.matterName(),
					period.reason().strip(), kind));
			pages.paragraph(period.endedOn() == null
					? doc.message("approval.document.SPECIAL_PERIOD_NOTICE.period", kind, doc.date(period.startedOn()),
							doc.date(period.expectedEndOn()))
					: doc.message("approval.document.SPECIAL_PERIOD_NOTICE.ended", kind, doc.date(period.startedOn()),
							doc.date(period.endedOn())));
		});
	}

	/** 延长审批期限告知书: by how many working days, the new due day, why and who approved it. */
	public CaseDocument extensionNotice(CaseFacts facts, Extension extension) {
		return issue(Kind.EXTENSION_NOTICE, facts,
				(pages, doc) -> pages.paragraph(doc.message("approval.document.EXTENSION_NOTICE.body", doc.matterName(),
						extension.reason().strip(), extension.approverName().strip(), extension.days(),
						doc.date(extension.newDueOn()))));
	}

	/**
	 * 准予 / 不予行政许可决定书: the decision, its reasons and legal basis, and for a denial the
	 * remedies.
	 */
	public CaseDocument decision(CaseFacts facts, Ruling ruling) {
		Kind kind = ruling.decision() == Decision.GRANT ? Kind.GRANT_DECISION : Kind.DENIAL_DECISION;
		return issue(kind, facts, (pages, doc) -> {
			pages.paragraph(doc.message("approval.document." + kind + ".body", doc.date(facts.receivedOn()),
					doc.matterName(), doc.date(ruling.acceptedOn())));
			if (kind == Kind.DENIAL_DECISION) {
				pages.paragraph(ruling.reasons());
			}
			else if (ruling.reasons() != null && !ruling.reasons().isBlank()) {
				pages.paragraph(doc.message("approval.document.GRANT_DECISION.reasons", ruling.reasons().strip()));
			}
			pages.paragraph(doc.legalBasis(ruling.legalBasis()));
			if (kind == Kind.DENIAL_DECISION) {
				pages.paragraph(doc.remedies(kind));
			}
		});
	}

	/**
	 * 撤销行政许可决定书: the grant on informed commitment of a day is revoked because the
	 * post-verification found the commitment false (R5.5, R15.7), with the reasons, the
	 * legal basis and the remedies.
	 */
	public CaseDocument revocation(CaseFacts facts, Revocation revocation) {
		return issue(Kind.REVOCATION_DECISION, facts, (pages, doc) -> {
			pages.paragraph(doc.message("approval.document.REVOCATION_DECISION.body", doc.date(facts.receivedOn()),
					doc.matterName(), doc.date(revocation.grantedOn())));
			pages.paragraph(revocation.reasons().strip());
			pages.paragraph(doc.legalBasis(revocation.legalBasis()));
			pages.paragraph(doc.message("approval.document.REVOCATION_DECISION.credit"));
			pages.paragraph(doc.remedies(Kind.REVOCATION_DECISION));
		});
	}

	private CaseDocument issue(Kind kind, CaseFacts facts, Body body) {
		var doc = new Texts(catalog.guide(facts.matterCode(), facts.matterVersion()));
		Instant issuedAt = clock.instant();
		LocalDate today = LocalDate.ofInstant(issuedAt, clock.getZone());
		// The title, and so the file's name, is the document's name on the applicant's
		// and the staff's pages.
		String title = doc.message("application.document." + kind);
		String department = doc.of(doc.department().name());
		byte[] pdf = fonts.render((document, text) -> {
			var info = document.getDocumentInformation();
			info.setTitle(title + " " + facts.applicationNumber());
			info.setAuthor(department);
			info.setCreator(doc.message("site.name"));
			document.getDocumentCatalog().setLanguage("zh-CN");
			try (var pages = new NoticePages(document, text)) {
				pages.header(department, number(kind, doc.department().code(), today, facts.applicationNumber()));
				pages.title(title);
				pages.line(doc.message("approval.document.addressee", facts.applicantName()));
				pages.note(doc.message("approval.document.facts", facts.applicantName(), doc.matterName(),
						facts.applicationNumber()));
				pages.space(6);
				body.write(pages, doc);
				pages.signature(department, doc.message("approval.document.seal"), doc.date(today));
				pages.note(doc.message("approval.document.contact", doc.of(doc.department().address()),
						Objects.toString(doc.department().phone(), "")));
				pages.footers((page, of) -> doc.message("approval.document.footer", page, of));
			}
		});
		StoredAttachment stored = attachments.store(
				doc.message("approval.document.fileName", title, facts.applicationNumber()),
				new ByteArrayInputStream(pdf));
		return new CaseDocument(stored.id(), kind.name(), stored.displayName(), issuedAt);
	}

	/**
	 * The document number (文号) a document of the kind issued on the day bears, e.g.
	 * {@code SCJGJ准字〔2026〕TB20261127000001号}: what the publicity of decisions names it by
	 * (R6.1).
	 */
	public String number(Kind kind, String departmentCode, LocalDate issuedOn, String applicationNumber) {
		return messages.getMessage("approval.document.number",
				new Object[] { departmentCode,
						messages.getMessage("approval.document." + kind + ".word", null, CHINESE),
						String.valueOf(issuedOn.getYear()), applicationNumber },
				CHINESE);
	}

	private static void requireText(String text, String name) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

	/** What a kind of document says between its title and its signature. */
	@FunctionalInterface
	private interface Body {

		void write(NoticePages pages, Texts doc) throws IOException;

	}

	/** The texts of one document, from the catalogue version of its case. */
	private final class Texts {

		private final MatterGuide guide;

		Texts(MatterGuide guide) {
			this.guide = guide;
		}

		Department department() {
			return guide.department();
		}

		String matterName() {
			return of(guide.version().name());
		}

		String of(LocalizedText text) {
			return text == null ? "" : text.in(CHINESE);
		}

		String message(String code, Object... args) {
			return messages.getMessage(code, args, CHINESE);
		}

		String date(LocalDate date) {
			return date.format(DateTimeFormatter.ofPattern(message("date.pattern"), CHINESE));
		}

		/** The given provisions, else the matter's legal bases with their articles. */
		String legalBasis(String given) {
			String basis = given != null && !given.isBlank() ? given.strip()
					: guide.version()
						.legalBases()
						.stream()
						.map(legal -> legal.article() == null ? legal.title() : legal.title() + legal.article())
						.collect(Collectors.joining("、"));
			return message("approval.document.legalBasis", basis);
		}

		String remedies(Kind kind) {
			return message("approval.document.remedies", message("approval.document." + kind + ".remedy"));
		}

		/**
		 * The form field's label or the material's name, as the applicant sees them; the
		 * code if unknown.
		 */
		String subject(CorrectionItem item) {
			MatterVersion version = guide.version();
			String name = switch (item.kind()) {
				case FIELD -> version.form().field(item.code()).map(field -> of(field.label())).orElse(item.code());
				case MATERIAL -> version.materials()
					.stream()
					.filter(material -> material.code().equals(item.code()))
					.findFirst()
					.map(material -> of(material.name()))
					.orElse(item.code());
			};
			return message("approval.document.CORRECTION_NOTICE." + item.kind(), name);
		}

	}

}
