package org.tongban.licence.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.IssuedLicence;
import org.tongban.application.IssuedLicences;
import org.tongban.catalog.MatterCatalog;
import org.tongban.licence.LicenceCheck;
import org.tongban.licence.LicenceStatus;
import org.tongban.shared.audit.Audit;

/**
 * The licences as the module's pages, API and tests read them (R6.3): by case, and
 * through the public verification, by id or by an uploaded PDF.
 */
@Service
@Transactional
public class Licences implements IssuedLicences {

	/** What an id looks like: the prefix and 26 characters of Crockford's Base32. */
	private static final Pattern ID = Pattern.compile("DZZZ-[0-9A-HJKMNP-TV-Z]{26}");

	private final LicenceStore store;

	private final LicenceSignatures signatures;

	private final MatterCatalog catalog;

	private final Audit audit;

	private final Clock clock;

	Licences(LicenceStore store, LicenceSignatures signatures, MatterCatalog catalog, Audit audit, Clock clock) {
		this.store = store;
		this.signatures = signatures;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/** The licence of a case, if one was issued. */
	public Optional<LicenceRecord> ofCase(UUID caseId) {
		return store.ofCase(caseId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedLicence> of(UUID applicationId) {
		return store.ofCase(applicationId)
			.map(licence -> new IssuedLicence(licence.id(), licence.validFrom(), licence.validUntil(),
					licence.revokedOn()));
	}

	/** The public verification of a licence id (R6.3); anything malformed is unknown. */
	public LicenceCheck check(String id) {
		String normalized = id == null ? "" : id.strip().toUpperCase(java.util.Locale.ROOT);
		Optional<LicenceRecord> licence = ID.matcher(normalized).matches() ? store.find(normalized) : Optional.empty();
		LicenceCheck check = licence.map(this::check)
			.orElseGet(() -> LicenceCheck.only(LicenceStatus.UNKNOWN,
					ID.matcher(normalized).matches() ? normalized : null));
		audit.succeeded(audit.currentActor(), "licence.verify", "licence",
				check.licenceId() == null ? "-" : check.licenceId(), check.status().name());
		return check;
	}

	/**
	 * The verification of an uploaded PDF (R6.3), untrusted: genuine only if every
	 * signature verifies against the platform's CAs and the file is the very PDF issued
	 * for the licence it names; forged otherwise.
	 */
	public LicenceCheck check(byte[] pdf) {
		Optional<String> id = licenceId(pdf);
		Optional<String> problem = signatures.problem(pdf);
		Optional<LicenceRecord> licence = id.flatMap(store::find)
			.filter(found -> found.pdfSha256().equals(sha256(pdf)));
		LicenceCheck check = problem.isEmpty() && licence.isPresent() ? check(licence.get())
				: LicenceCheck.only(LicenceStatus.FORGED, id.filter(found -> ID.matcher(found).matches()).orElse(null));
		audit.succeeded(audit.currentActor(), "licence.verifyUpload", "licence",
				check.licenceId() == null ? "-" : check.licenceId(),
				check.status() + problem.map(reason -> ": " + reason).orElse(""));
		return check;
	}

	private LicenceCheck check(LicenceRecord licence) {
		return new LicenceCheck(licence.status(LocalDate.now(clock)), licence.id(), licence.name(),
				licence.publicHolderName(), licence.holderIsPerson() ? null : licence.holderNumber(),
				catalog.department(licence.departmentCode()).name(), licence.validFrom(), licence.validUntil(),
				licence.holderIsPerson() ? null
						: licence.printed()
							.stream()
							.map(printed -> new LicenceCheck.Item(printed.label(), printed.value()))
							.toList(),
				licence.revokedOn(), licence.revocationReasons(), licence.revocationBasis(), licence.suspendedOn(),
				licence.suspensionReasons(), licence.suspensionBasis(), licence.version(), licence.replaces(),
				licence.replacedBy(), store.history(licence.id()).stream().map(this::step).toList(), null);
	}

	/** A step of the history without who acted: officers' personal data stay inside. */
	private LicenceCheck.Step step(LicenceEvent event) {
		return new LicenceCheck.Step(event.kind().name(), LocalDate.ofInstant(event.at(), clock.getZone()),
				event.reasons(), event.legalBasis(), event.otherLicence());
	}

	private static Optional<String> licenceId(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return Optional.ofNullable(document.getDocumentInformation().getCustomMetadataValue(LicencePdf.ID_KEY));
		}
		catch (IOException | RuntimeException ex) {
			// Untrusted input: a file that is no readable PDF names no licence.
			return Optional.empty();
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
