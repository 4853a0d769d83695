package org.tongban.licence.library;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.licence.internal.HeldLicenceDirectory;
import org.tongban.licence.internal.LicenceProperties;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.qr.QrCode;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.Attachments;

/**
 * The applicant's licence library (电子证照库, R6.5): the licences issued to them, a natural
 * person or an enterprise, with their status; the signed PDF for its holder alone; the
 * share link of a licence, its public verification, and a QR code of it. Anybody else's
 * licence is not found; staff have no library. Reads and downloads are audited.
 */
@Service
@Transactional
public class LicenceLibrary {

	/** The audited object: a licence, by its id. */
	static final String LICENCE = "licence";

	/** The audited object of a look at the library: the holder's, by their account id. */
	static final String LIBRARY = "licence-library";

	/**
	 * Pixels per module of a QR code's image: some 200 pixels for a share link, sharp on
	 * a phone's screen.
	 */
	private static final int QR_MODULE_PIXELS = 5;

	private final HeldLicenceDirectory directory;

	private final MatterCatalog catalog;

	private final Attachments attachments;

	private final LicenceProperties properties;

	private final Audit audit;

	LicenceLibrary(HeldLicenceDirectory directory, MatterCatalog catalog, Attachments attachments,
			LicenceProperties properties, Audit audit) {
		this.directory = directory;
		this.catalog = catalog;
		this.attachments = attachments;
		this.properties = properties;
		this.audit = audit;
	}

	/** The applicant's licences, the newest first; the read is audited. */
	public List<LibraryLicence> mine(Actor holder) {
		requireApplicant(holder);
		List<LibraryLicence> mine = directory.ofHolder(holder.id()).stream().map(this::entry).toList();
		audit.succeeded(holder.audited(), "licence.library", LIBRARY, holder.id(), mine.size() + " licences");
		return mine;
	}

	/**
	 * The signed PDF, as issued, for its holder only; the download is audited. The caller
	 * closes the content.
	 */
	public AttachmentContent pdf(Actor holder, String id) {
		LicenceRecord licence = own(holder, id);
		AttachmentContent content = attachments.open(licence.attachmentId());
		audit.succeeded(holder.audited(), "licence.download", LICENCE, licence.id(), licence.type());
		return content;
	}

	/**
	 * The address anyone verifies the licence at: what its share link and QR code say.
	 */
	public String shareUrl(LibraryLicence licence) {
		return properties.verificationUrl(licence.id());
	}

	/** A PNG of the QR code of the licence's share link, for its holder. */
	public byte[] qrCode(Actor holder, String id) {
		return QrCode.of(properties.verificationUrl(own(holder, id).id())).png(QR_MODULE_PIXELS);
	}

	private LicenceRecord own(Actor holder, String id) {
		requireApplicant(holder);
		return directory.find(id)
			.filter(licence -> licence.holderId().equals(holder.id()))
			.orElseThrow(() -> new NotFoundException("licence.library.notFound"));
	}

	private LibraryLicence entry(LicenceRecord licence) {
		return LibraryLicence.of(licence, directory.status(licence),
				catalog.department(licence.departmentCode()).name());
	}

	private static void requireApplicant(Actor actor) {
		if (actor == null || actor.isStaff()) {
			throw new RefusedException(Refusal.FORBIDDEN, "licence.library.applicantsOnly");
		}
	}

}
