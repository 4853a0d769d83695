package org.tongban.catalog;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tongban.shared.LocalizedText;

/**
 * One dated version of a matter's standard (R2.1, R2.3): the service guide, the
 * materials, the form, the process and the time limits in force from
 * {@code effectiveFrom} until the next version takes effect. Versions are never changed
 * or deleted once published, so that an application keeps the version it was made under
 * (R16.5).
 * <p>
 * {@code separateReviewers} (R12.7): whether the successive review steps of a case (初审
 * and 复审, INITIAL_REVIEW and RE_REVIEW) are done by different people; on unless the
 * version turns it off, so that one reviewer does not check their own review.
 * <p>
 * {@code caseYellowDays}, {@code stepYellowDays} (R8.3): how many working days before its
 * due day the clock of a case of this version, and of each of its steps, is warned
 * yellow; null for the platform's defaults ({@code tongban.supervision.warnings.*}).
 * <p>
 * The fast tracks (R4.3, R5.5, R5.6, R15.6, R15.7, R16.6): {@code category} says what the
 * matter touches, and informed commitment is refused for a category the law excludes;
 * {@code postVerificationDays} is the working days within which a grant on commitment is
 * verified (事后核查); {@code automaticRules} are the rules under which the platform grants
 * without a person (秒批) when {@code automaticApproval} is on; {@code eligibilityRules}
 * stop an applicant who cannot succeed at the form; a material that
 * {@link Material#mayFollow()} may be supplied after an acceptance with gaps (容缺受理).
 * <p>
 * {@code licence} (R6.3): the electronic licence a grant yields, null for none.
 */
@Table("catalog_matter_version")
public record MatterVersion(@Id Long id, String matterCode, int version, LocalDate effectiveFrom,
		@Embedded.Nullable(prefix = "name_") LocalizedText name,
		@Embedded.Nullable(prefix = "summary_") LocalizedText summary,
		@Embedded.Nullable(prefix = "conditions_") LocalizedText conditions,
		@Embedded.Nullable(prefix = "standards_") LocalizedText standards, int statutoryLimitDays,
		int committedLimitDays, boolean informedCommitment, boolean automaticApproval, DeliveryMethods deliveryMethods,
		@Embedded.Nullable(prefix = "location_") LocalizedText serviceLocation, String servicePhone,
		@Embedded.Nullable(prefix = "hours_") LocalizedText serviceHours, int maxVisits, String processKey,
		Boolean separateReviewers, Integer caseYellowDays, Integer stepYellowDays, MatterCategory category,
		Integer postVerificationDays, DecisionRules automaticRules, DecisionRules eligibilityRules,
		LicenceDefinition licence, FormDefinition form,
		@MappedCollection(idColumn = "version_id", keyColumn = "idx") List<LegalBasis> legalBases,
		@MappedCollection(idColumn = "version_id", keyColumn = "idx") List<Material> materials,
		@MappedCollection(idColumn = "version_id", keyColumn = "idx") List<ProcessStep> steps,
		@MappedCollection(idColumn = "version_id", keyColumn = "idx") List<Fee> fees,
		@MappedCollection(idColumn = "version_id", keyColumn = "idx") List<Faq> faqs) {

	@PersistenceCreator
	public MatterVersion {
		legalBases = List.copyOf(legalBases);
		materials = List.copyOf(materials);
		steps = List.copyOf(steps);
		fees = List.copyOf(fees);
		faqs = List.copyOf(faqs);
		separateReviewers = separateReviewers == null || separateReviewers;
		if (statutoryLimitDays < 1 || committedLimitDays < 1) {
			throw new IllegalArgumentException(
					matterCode + " v" + version + ": time limits are at least one working day");
		}
		// R15.3: the committed limit may be shorter than the statutory one, never longer.
		if (committedLimitDays > statutoryLimitDays) {
			throw new IllegalArgumentException(matterCode + " v" + version + ": committed limit " + committedLimitDays
					+ " exceeds statutory limit " + statutoryLimitDays);
		}
		if ((caseYellowDays != null && caseYellowDays < 1) || (stepYellowDays != null && stepYellowDays < 1)) {
			throw new IllegalArgumentException(
					matterCode + " v" + version + ": a yellow warning comes at least one working day before");
		}
		automaticRules = automaticRules == null ? DecisionRules.NONE : automaticRules;
		eligibilityRules = eligibilityRules == null ? DecisionRules.NONE : eligibilityRules;
		automaticRules.verify(form);
		eligibilityRules.verify(form);
		if (licence != null) {
			licence.verify(form);
		}
		// R5.6, R16.2: the platform grants by the rules it can explain, and only where
		// the
		// version says it does.
		if (automaticApproval == automaticRules.isEmpty()) {
			throw new IllegalArgumentException(matterCode + " v" + version
					+ (automaticApproval ? ": automatic approval needs the rules it grants by"
							: ": automatic rules without automatic approval"));
		}
		if (informedCommitment) {
			// R15.7: the catalogue refuses to publish a commitment the law does not
			// allow.
			if (category == null || category.excludesInformedCommitment()) {
				throw new IllegalArgumentException(matterCode + " v" + version
						+ ": informed commitment is not offered for a matter of category " + category);
			}
			if (postVerificationDays == null || postVerificationDays < 1) {
				throw new IllegalArgumentException(matterCode + " v" + version
						+ ": a matter offering informed commitment names its post-verification days");
			}
		}
	}

	/** A version that warns by the platform's default days. */
	public MatterVersion(Long id, String matterCode, int version, LocalDate effectiveFrom, LocalizedText name,
			LocalizedText summary, LocalizedText conditions, LocalizedText standards, int statutoryLimitDays,
			int committedLimitDays, boolean informedCommitment, boolean automaticApproval,
			DeliveryMethods deliveryMethods, LocalizedText serviceLocation, String servicePhone,
			LocalizedText serviceHours, int maxVisits, String processKey, Boolean separateReviewers,
			FormDefinition form, List<LegalBasis> legalBases, List<Material> materials, List<ProcessStep> steps,
			List<Fee> fees, List<Faq> faqs) {
		this(id, matterCode, version, effectiveFrom, name, summary, conditions, standards, statutoryLimitDays,
				committedLimitDays, informedCommitment, automaticApproval, deliveryMethods, serviceLocation,
				servicePhone, serviceHours, maxVisits, processKey, separateReviewers, null, null,
				MatterCategory.GENERAL, informedCommitment ? 30 : null, null, null, null, form, legalBases, materials,
				steps, fees, faqs);
	}

	/** Whether an acceptance with gaps (容缺) is possible: some material may follow. */
	public boolean acceptsGaps() {
		return materials.stream().anyMatch(Material::mayFollow);
	}

	public boolean isFree() {
		return fees.stream().allMatch(Fee::isFree);
	}

	/** An item of law or regulation the matter rests on (设定依据 / 实施依据). */
	@Table("catalog_legal_basis")
	public record LegalBasis(String title, String article, String excerpt) {
	}

	/**
	 * A material the applicant gives (申请材料). {@code licenceType} names the electronic
	 * licence that can replace it (R3.2, R6.5); {@code requiredWhen} says when a
	 * conditional material is needed; {@code source} says whether the applicant uploads
	 * it at all; {@code mayFollow} says that it is not a core material and may be
	 * supplied after an acceptance with gaps (容缺, R4.3, R15.6).
	 */
	@Table("catalog_material")
	public record Material(String code, @Embedded.Nullable(prefix = "name_") LocalizedText name,
			@Embedded.Nullable(prefix = "description_") LocalizedText description, boolean required,
			@Embedded.Nullable(prefix = "required_when_") LocalizedText requiredWhen, MaterialForm form, int copies,
			String licenceType, @Embedded.Nullable(prefix = "sample_") LocalizedText sample, MaterialSource source,
			Boolean mayFollow) {

		public Material {
			source = source == null ? MaterialSource.UPLOAD : source;
			mayFollow = Boolean.TRUE.equals(mayFollow);
		}

		/**
		 * Whether the applicant has to upload it, rather than the platform making or
		 * fetching it.
		 */
		public boolean isUploaded() {
			return source == MaterialSource.UPLOAD;
		}

	}

	/**
	 * A step of the process as the guide publishes it (办理流程), with its share of the
	 * committed limit.
	 */
	@Table("catalog_process_step")
	public record ProcessStep(@Embedded.Nullable(prefix = "name_") LocalizedText name,
			@Embedded.Nullable(prefix = "description_") LocalizedText description, Integer limitDays) {
	}

	/** A fee (收费项目); no fee rows means the matter is free of charge. */
	@Table("catalog_fee")
	public record Fee(@Embedded.Nullable(prefix = "item_") LocalizedText item, java.math.BigDecimal amountYuan,
			@Embedded.Nullable(prefix = "standard_") LocalizedText standard, String basis) {

		public boolean isFree() {
			return amountYuan != null && amountYuan.signum() == 0;
		}

	}

	/** A frequently asked question of the matter (常见问题). */
	@Table("catalog_faq")
	public record Faq(@Embedded.Nullable(prefix = "question_") LocalizedText question,
			@Embedded.Nullable(prefix = "answer_") LocalizedText answer) {
	}

}
