package org.tongban.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.tongban.application.internal.SharedEvidenceStore;
import org.tongban.catalog.MaterialSource;
import org.tongban.catalog.MatterVersion.Material;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.BaseRegistries;
import org.tongban.exchange.DataElements;
import org.tongban.exchange.Registry;
import org.tongban.exchange.RegisteredLegalPerson;
import org.tongban.exchange.RegisteredPerson;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.audit.Audit;

/**
 * The evidence the government holds for an application's materials (免提交, R15.10), which
 * the applicant sees before it is used (R16.1): an e-licence they hold, or their record
 * in a base registry, with what it says, where it comes from and its status. They confirm
 * it, and a confirmed licence is attached to the application as verified evidence; or
 * they upload their own instead, and the material is then required like any upload. The
 * preview reads the registry as any read is read: logged with its purpose and the draft,
 * for the applicant's data-use page. Nothing of it is the applicant's to edit.
 */
@Service
public class SharedEvidence {

	/** What a preview shows. */
	public enum Kind {

		/** An e-licence the applicant holds (电子证照库). */
		LICENCE,

		/** The applicant's record in the population registry (公安局). */
		POPULATION,

		/** The enterprise's record in the legal-person registry (市场监督管理局). */
		LEGAL_PERSON,

		/** The government holds nothing for it: the applicant uploads their own. */
		NONE

	}

	/**
	 * A material the government holds, as the applicant previews it.
	 *
	 * @param material the material
	 * @param kind where the evidence comes from
	 * @param lines what it says, as label message codes and values; personal numbers
	 * masked
	 * @param status the record's status as its source gives it, e.g. {@code VALID},
	 * {@code NORMAL}, {@code ACTIVE}, or null
	 * @param usable whether it may be used: found and in force
	 * @param licenceId the licence, for {@link Kind#LICENCE}
	 * @param choice {@code CONFIRMED}, {@code OWN}, or null while the applicant has not
	 * chosen
	 */
	public record Preview(Material material, Kind kind, List<Line> lines, String status, boolean usable,
			String licenceId, String choice) {

		public boolean confirmed() {
			return SharedEvidenceStore.CONFIRMED.equals(choice);
		}

		public boolean own() {
			return SharedEvidenceStore.OWN.equals(choice);
		}

	}

	/** One thing a piece of evidence says: a message code of its label, and the value. */
	public record Line(String label, String value) {
	}

	private static final String AUDITED = "application";

	private final OwnApplications own;

	private final ApplicationMaterials materials;

	private final SharedEvidenceStore store;

	private final Accounts accounts;

	private final BaseRegistries registries;

	private final Audit audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final DataElements dictionary;

	SharedEvidence(OwnApplications own, ApplicationMaterials materials, SharedEvidenceStore store, Accounts accounts,
			BaseRegistries registries, Audit audit, Clock clock, PlatformTransactionManager transactions,
			DataElements dictionary) {
		this.dictionary = dictionary;
		this.own = own;
		this.materials = materials;
		this.store = store;
		this.accounts = accounts;
		this.registries = registries;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The previews of a draft's shared materials, reading the registries (each read
	 * logged); not in a transaction, since a registry read logs itself in one of its own.
	 */
	public List<Preview> of(Actor applicant, UUID draftId) {
		Application draft = own.draft(applicant, draftId);
		List<Material> shared = shared(draft);
		if (shared.isEmpty()) {
			return List.of();
		}
		Map<String, String> choices = store.choices(draft.id());
		Reader reader = new Reader(applicant, draft);
		List<Preview> previews = new ArrayList<>();
		for (Material material : shared) {
			previews.add(reader.preview(material, choices.get(material.code())));
		}
		return previews;
	}

	/**
	 * The applicant confirms the shared evidence of a material: a licence is attached as
	 * verified, a registry record is recorded as confirmed.
	 * @throws InvalidParameterException for a material the government does not hold, or
	 * evidence that cannot be used
	 */
	public void confirm(Actor applicant, UUID draftId, String materialCode) {
		Application draft = own.draft(applicant, draftId);
		Material material = sharedMaterial(draft, materialCode);
		Preview preview = new Reader(applicant, draft).preview(material, null);
		if (!preview.usable()) {
			throw new InvalidParameterException("material", "application.shared.notUsable", material.name());
		}
		transaction.executeWithoutResult(status -> {
			if (preview.kind() == Kind.LICENCE
					&& draft.materials().stream().noneMatch(given -> preview.licenceId().equals(given.licenceId()))) {
				materials.confirmLicence(applicant, draft, material, preview.licenceId());
			}
			String reference = preview.kind() == Kind.LICENCE ? preview.licenceId() : preview.kind().name();
			if (preview.kind() == Kind.LICENCE) {
				store.choose(draft.id(), material.code(), SharedEvidenceStore.CONFIRMED, reference, clock.instant());
			}
			else {
				// What the applicant saw is what staff see: stored now, never read again
				// from the registry.
				store.choose(draft.id(), material.code(), SharedEvidenceStore.CONFIRMED, reference, clock.instant(),
						VerifiedRecords.snapshot(preview.lines()),
						dictionary.registry(Registry.valueOf(preview.kind().name())).ownerDepartment());
			}
			audit.succeeded(applicant.audited(), "application.shared-confirm", AUDITED, draft.id(),
					material.code() + " " + reference);
		});
	}

	/**
	 * The applicant uploads their own file for a material the government holds: the
	 * material is then required like any upload.
	 */
	public void uploadOwn(Actor applicant, UUID draftId, String materialCode) {
		Application draft = own.draft(applicant, draftId);
		Material material = sharedMaterial(draft, materialCode);
		transaction.executeWithoutResult(status -> {
			store.choose(draft.id(), material.code(), SharedEvidenceStore.OWN, null, clock.instant());
			audit.succeeded(applicant.audited(), "application.shared-own", AUDITED, draft.id(), material.code());
		});
	}

	private List<Material> shared(Application draft) {
		return own.guideOf(draft)
			.version()
			.materials()
			.stream()
			.filter(material -> material.source() == MaterialSource.SHARED)
			.toList();
	}

	private Material sharedMaterial(Application draft, String materialCode) {
		return shared(draft).stream()
			.filter(material -> material.code().equals(materialCode))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("material", "application.shared.unknown",
					String.valueOf(materialCode)));
	}

	/** Reads each registry once for one draft's previews. */
	private final class Reader {

		private final Actor applicant;

		private final Application draft;

		private final ApplicantParticulars particulars;

		private final AccessPurpose purpose;

		private Optional<RegisteredPerson> person;

		private Optional<RegisteredLegalPerson> enterprise;

		Reader(Actor applicant, Application draft) {
			this.applicant = applicant;
			this.draft = draft;
			this.particulars = accounts.particulars(applicant.id());
			LocalizedText matter = draft.matterName();
			this.purpose = new AccessPurpose("application:evidence-preview",
					LocalizedText.of("申请人预览共享材料：" + matter.zh(),
							"The applicant previews shared evidence: " + matter.in(Locale.ENGLISH)),
					draft.number() != null ? draft.number() : draft.id().toString());
		}

		Preview preview(Material material, String choice) {
			if (material.licenceType() != null) {
				Optional<HeldLicence> held = materials.licencesFor(applicant, material).stream().findFirst();
				if (held.isPresent()) {
					HeldLicence licence = held.get();
					return new Preview(material, Kind.LICENCE,
							List.of(new Line("application.shared.line.licence", licence.name().zh()),
									new Line("application.shared.line.licenceId", licence.id()),
									new Line("application.shared.line.validUntil",
											licence.validUntil() == null ? "—" : licence.validUntil().toString())),
							licence.status(), licence.isValid(), licence.id(), choice);
				}
			}
			if (particulars.kind() == AccountKind.LEGAL_PERSON) {
				if (enterprise == null) {
					enterprise = registries.legalPerson(particulars.creditCode(), purpose);
				}
				return enterprise
					.map(found -> new Preview(material, Kind.LEGAL_PERSON,
							List.of(new Line("application.shared.line.enterpriseName", found.name()),
									new Line("application.shared.line.creditCode", found.code().value()),
									new Line("application.shared.line.representative", found.representativeName()),
									new Line("application.shared.line.representativeId",
											found.representativeId().masked())),
							found.status(), found.active(), null, choice))
					.orElseGet(() -> none(material, choice));
			}
			if (particulars.residentId() == null) {
				return none(material, choice);
			}
			if (person == null) {
				person = registries.person(particulars.residentId(), purpose);
			}
			return person
				.map(found -> new Preview(material, Kind.POPULATION,
						List.of(new Line("application.shared.line.name", found.name()),
								new Line("application.shared.line.residentId", found.id().masked())),
						found.status(), "NORMAL".equals(found.status()), null, choice))
				.orElseGet(() -> none(material, choice));
		}

		private Preview none(Material material, String choice) {
			return new Preview(material, Kind.NONE, List.of(), null, false, null, choice);
		}

	}

}
