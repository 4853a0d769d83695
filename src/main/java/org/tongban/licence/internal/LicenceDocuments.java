package org.tongban.licence.internal;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.catalog.MatterCatalog;
import org.tongban.storage.Attachments;
import org.tongban.storage.StoredAttachment;

/**
 * The PDF of a licence (R6.3, R15.5), for its issue and for each changed version alike:
 * rendered with its QR code to the verification, signed with the issuing department's key
 * (PAdES) and stored as an attachment.
 */
@Component
class LicenceDocuments {

	private final MatterCatalog catalog;

	private final LicencePdf pdf;

	private final LicenceSignatures signatures;

	private final LicenceKeys keys;

	private final LicenceProperties properties;

	private final Attachments attachments;

	private final MessageSource messages;

	LicenceDocuments(MatterCatalog catalog, LicencePdf pdf, LicenceSignatures signatures, LicenceKeys keys,
			LicenceProperties properties, Attachments attachments, MessageSource messages) {
		this.catalog = catalog;
		this.pdf = pdf;
		this.signatures = signatures;
		this.keys = keys;
		this.properties = properties;
		this.attachments = attachments;
		this.messages = messages;
	}

	/** The licence's PDF, signed and stored; and the licence that names it. */
	record Signed(LicenceRecord licence, StoredAttachment stored) {
	}

	Signed signAndStore(LicenceRecord licence) {
		String department = catalog.department(licence.departmentCode()).name().zh();
		byte[] unsigned = pdf.render(licence, department, properties.verificationUrl(licence.id()));
		byte[] signed = signatures.sign(unsigned, keys.of(licence.departmentCode(), department), department,
				message("licence.pdf.reason", licence.name().zh()));
		String fileName = message("licence.pdf.fileName", licence.name().zh(), licence.id());
		StoredAttachment stored = attachments.store(fileName, new ByteArrayInputStream(signed));
		return new Signed(licence.withDocument(stored.id(), stored.sha256()), stored);
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}

}
