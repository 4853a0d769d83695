package org.tongban.application;

import java.io.InputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.GapStore;
import org.tongban.catalog.MatterVersion;
import org.tongban.catalog.MatterVersion.Material;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.storage.AttachmentType;
import org.tongban.storage.Attachments;
import org.tongban.storage.StoredAttachment;

/**
 * The files the applicant gives for the materials of a draft, or of an application whose
 * correction notice lists them (R3.3, R4.2): uploaded, reused from an earlier application
 * ("my materials", R3.2) or removed. Only the applicant's own applications and files are
 * found (R12.5).
 */
@Service
@Transactional
public class ApplicationMaterials {

	/** The audited action of an applicant supplying a gap. */
	static final String GAP_SUPPLY = "application.gap-supply";

	private static final int MAX_FILES_PER_MATERIAL = 10;

	/** The parameter that names the e-licence a material is given as. */
	private static final String LICENCE_ID = "licenceId";

	/** What a scanner gives: a PDF or an image. */
	private static final Set<AttachmentType> SCANS = EnumSet.of(AttachmentType.PDF, AttachmentType.JPEG,
			AttachmentType.PNG);

	private final OwnApplications own;

	private final ApplicationStore store;

	private final Attachments attachments;

	private final Clock clock;

	private final GapStore gaps;

	private final ApplicationEventPublisher events;

	private final Audit audit;

	// Lazily: the module that answers depends on this one.
	private final ObjectProvider<HeldLicences> licences;

	ApplicationMaterials(OwnApplications own, ApplicationStore store, Attachments attachments, Clock clock,
			GapStore gaps, ApplicationEventPublisher events, Audit audit, ObjectProvider<HeldLicences> licences) {
		this.licences = licences;
		this.gaps = gaps;
		this.events = events;
		this.audit = audit;
		this.own = own;
		this.store = store;
		this.attachments = attachments;
		this.clock = clock;
	}

	/** The materials the applicant must upload for the answers given so far. */
	@Transactional(readOnly = true)
	public List<Material> toUpload(Application application) {
		MatterVersion version = own.guideOf(application).version();
		Set<String> conditional = Set.copyOf(version.form().requiredMaterials(application.answers()));
		return version.materials()
			.stream()
			.filter(own.uploadedIn(application))
			.filter(material -> material.required() || conditional.contains(material.code())
					|| !application.materials(material.code()).isEmpty() || material.requiredWhen() != null)
			.toList();
	}

	/**
	 * Stores a file for one material of a draft, or of an application whose correction
	 * notice lists the material (R3.3, R4.2): typed by its content, encrypted, and
	 * counted against the size limit of the whole application.
	 */
	public AttachedMaterial attach(Actor applicant, UUID id, String materialCode, String fileName,
			InputStream content) {
		return attach(applicant, id, materialCode, fileName, content, false);
	}

	/**
	 * Stores a paper material that a clerk of the integrated window scanned for the
	 * applicant (R4.5), as {@link #attach} does, marked as scanned at the window: a scan
	 * is a PDF or an image, and the applicant is not asked for the paper again (R13.4).
	 */
	public AttachedMaterial attachScan(Actor applicant, UUID id, String materialCode, String fileName,
			InputStream content) {
		if (SCANS.stream().noneMatch(type -> fileName != null && type.isExtensionOf(fileName))) {
			throw new InvalidParameterException("file", "application.material.scanType");
		}
		return attach(applicant, id, materialCode, fileName, content, true);
	}

	private AttachedMaterial attach(Actor applicant, UUID id, String materialCode, String fileName, InputStream content,
			boolean scanned) {
		Application draft = changeable(applicant, id, materialCode);
		Material material = uploadable(draft, materialCode);
		StoredAttachment stored = attachments.store(fileName, content);
		return add(applicant, draft,
				new AttachedMaterial(stored.id(), material.code(), material.name(), material.licenceType(),
						stored.displayName(), stored.type().name(), stored.size(), null, clock.instant(), scanned),
				"file");
	}

	/**
	 * Gives a file the applicant already gave with an earlier application ("my
	 * materials", R3.2) for a material of a draft, instead of uploading it again.
	 */
	public AttachedMaterial reuse(Actor applicant, UUID id, String materialCode, UUID attachmentId) {
		Application draft = changeable(applicant, id, materialCode);
		Material material = uploadable(draft, materialCode);
		AttachedMaterial earlier = store.materialOf(applicant.id(), attachmentId)
			.orElseThrow(() -> new NotFoundException("application.material.notFound"));
		if (draft.materials().stream().anyMatch(given -> given.attachmentId().equals(attachmentId))) {
			throw new InvalidParameterException("attachment", "application.material.alreadyGiven");
		}
		return add(applicant, draft,
				new AttachedMaterial(attachmentId, material.code(), material.name(), material.licenceType(),
						earlier.displayName(), earlier.type(), earlier.size(), earlier.reusedFrom(), clock.instant(),
						earlier.scannedAtWindow()),
				"attachment");
	}

	/**
	 * Gives the applicant's electronic licence for a material of a licence type (R6.5,
	 * R3.2): its signed PDF, marked as the licence. Nothing of it is taken from the
	 * request but the id: the platform checks that the applicant holds the licence, that
	 * it is valid today and that it is of the material's type.
	 * @throws InvalidParameterException ({@code licenceId}) for a material of no licence
	 * type, a licence the applicant does not hold (someone else's is not told apart from
	 * an unknown one), revoked or expired, of another type, or given already
	 */
	public AttachedMaterial useLicence(Actor applicant, UUID id, String materialCode, String licenceId) {
		Application draft = changeable(applicant, id, materialCode);
		return useLicence(applicant, draft, uploadable(draft, materialCode), licenceId);
	}

	/**
	 * Gives the e-licence the applicant saw and confirmed for a material the government
	 * holds (R15.10, R16.1), as {@link #useLicence(Actor, UUID, String, String)} gives
	 * one for a material to upload: attached as verified.
	 */
	AttachedMaterial confirmLicence(Actor applicant, Application draft, Material material, String licenceId) {
		return useLicence(applicant, draft, material, licenceId);
	}

	private AttachedMaterial useLicence(Actor applicant, Application draft, Material material, String licenceId) {
		if (material.licenceType() == null) {
			throw new InvalidParameterException(LICENCE_ID, "application.material.licence.noType", material.name());
		}
		if (licenceId == null || licenceId.isBlank()) {
			throw new InvalidParameterException(LICENCE_ID, "application.material.licence.missing");
		}
		HeldLicences held = licences.getIfAvailable();
		HeldLicence licence = (held == null ? java.util.Optional.<HeldLicence>empty() : held.of(licenceId.strip()))
			.filter(found -> found.holderId().equals(applicant.id()))
			.orElseThrow(() -> new InvalidParameterException(LICENCE_ID, "application.material.licence.notHeld"));
		if (!licence.isValid()) {
			throw new InvalidParameterException(LICENCE_ID, "application.material.licence.notValid", licence.id());
		}
		if (!licence.type().equals(material.licenceType())) {
			throw new InvalidParameterException(LICENCE_ID, "application.material.licence.wrongType", licence.id(),
					material.name());
		}
		if (draft.materials()
			.stream()
			.anyMatch(given -> licence.id().equals(given.licenceId())
					|| given.attachmentId().equals(licence.attachmentId()))) {
			throw new InvalidParameterException(LICENCE_ID, "application.material.alreadyGiven");
		}
		StoredAttachment pdf = attachments.describe(licence.attachmentId());
		AttachedMaterial attached = add(applicant, draft,
				new AttachedMaterial(pdf.id(), material.code(), material.name(), material.licenceType(),
						pdf.displayName(), pdf.type().name(), pdf.size(), null, clock.instant(), false, licence.id()),
				LICENCE_ID);
		audit.succeeded(applicant.audited(), "application.material-licence", "application", draft.id(),
				material.code() + " " + licence.id());
		return attached;
	}

	/**
	 * The applicant's licences that a material of a licence type may be given as (R6.5):
	 * valid today and of its type.
	 */
	@Transactional(readOnly = true)
	public List<HeldLicence> licencesFor(Actor applicant, Material material) {
		HeldLicences held = licences.getIfAvailable();
		if (material.licenceType() == null || held == null || applicant.isStaff()) {
			return List.of();
		}
		return held.validOf(applicant.id(), material.licenceType());
	}

	/**
	 * Removes a file from a draft, or from a material that the correction notice lists;
	 * the file itself stays, as it may be reused.
	 */
	public void detach(Actor applicant, UUID id, UUID attachmentId) {
		Application application = own.get(applicant, id);
		String materialCode = application.materials()
			.stream()
			.filter(material -> material.attachmentId().equals(attachmentId))
			.map(AttachedMaterial::materialCode)
			.findFirst()
			.orElse(null);
		Application draft = changeable(applicant, id, materialCode);
		if (materialCode == null || !store.removeMaterial(draft.id(), attachmentId)) {
			throw new NotFoundException("application.material.notFound");
		}
		store.update(draft.touched(clock.instant()));
	}

	/** The files the applicant gave with their applications, to reuse (R3.2). */
	@Transactional(readOnly = true)
	public List<AttachedMaterial> mine(Actor applicant) {
		OwnApplications.requireApplicant(applicant);
		return store.materialsOf(applicant.id());
	}

	/** Whether the applicant may read a file: it belongs to one of their applications. */
	@Transactional(readOnly = true)
	public AttachedMaterial file(Actor applicant, UUID id, UUID attachmentId) {
		return own.get(applicant, id)
			.materials()
			.stream()
			.filter(material -> material.attachmentId().equals(attachmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("application.material.notFound"));
	}

	/**
	 * Adds a file to the application, within the size limit of the whole application.
	 * @param parameter the request parameter that gave the file, which a file too large
	 * is blamed on
	 */
	private AttachedMaterial add(Actor applicant, Application draft, AttachedMaterial attached, String parameter) {
		if (draft.materialsSize() + attached.size() > attachments.maxApplicationSize().toBytes()) {
			throw new InvalidParameterException(parameter, "application.material.applicationTooLarge",
					attachments.maxApplicationSize().toMegabytes());
		}
		store.addMaterial(draft.id(), attached);
		store.update(draft.touched(clock.instant()));
		if (!draft.isDraft() && gaps.supplied(draft.id(), attached.materialCode(), clock.instant())) {
			events.publishEvent(new GapSupplied(draft.id(), draft.number(), draft.applicantId(),
					attached.materialCode(), clock.instant()));
			audit.succeeded(applicant.audited(), GAP_SUPPLY, Submissions.CASE, draft.number(), attached.materialCode());
		}
		return attached;
	}

	private Material uploadable(Application draft, String materialCode) {
		Material material = own.guideOf(draft)
			.version()
			.materials()
			.stream()
			.filter(candidate -> candidate.code().equals(materialCode))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("material", "application.material.unknown",
					String.valueOf(materialCode)));
		if (!own.uploadedIn(draft).test(material)) {
			throw new InvalidParameterException("material", "application.material.notUploaded." + material.source(),
					material.name());
		}
		if (draft.materials(materialCode).size() >= MAX_FILES_PER_MATERIAL) {
			throw new InvalidParameterException("file", "application.material.tooManyFiles", MAX_FILES_PER_MATERIAL);
		}
		return material;
	}

	/**
	 * An application whose files of a material may change: a draft, an application whose
	 * correction notice lists the material, or one accepted without it, while it is still
	 * to be supplied (容缺, R4.3, R15.6).
	 */
	private Application changeable(Actor applicant, UUID id, String materialCode) {
		Application application = own.get(applicant, id);
		if (application.isDraft()) {
			return own.draft(applicant, id);
		}
		List<Gap> accepted = gaps.of(application);
		if (!application.status().isFinal()
				&& accepted.stream().anyMatch(gap -> gap.isOpen() && gap.materialCode().equals(materialCode))) {
			return application;
		}
		if (application.correction().isEmpty()) {
			throw new RefusedException(Refusal.CONFLICT,
					accepted.isEmpty() ? OwnApplications.NOT_DRAFT : "application.gap.notOpen", application.number());
		}
		if (!application.isToCorrect(CorrectionItem.Kind.MATERIAL, materialCode)) {
			throw new RefusedException(Refusal.CONFLICT, "application.correction.materialNotListed",
					application.number());
		}
		return application;
	}

}
