package org.tongban.licence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.HeldLicence;
import org.tongban.application.HeldLicences;
import org.tongban.licence.LicenceStatus;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The licences as their holders and the departments read them (R6.5, R15.10): a holder's
 * library, a licence given as a material of a later application, and the base registry of
 * e-licences. Access control is the caller's. The bean's name is what the pages that show
 * a material given as an e-licence call it by.
 */
@Service("heldLicences")
@Transactional(readOnly = true)
public class HeldLicenceDirectory implements HeldLicences {

	private final LicenceStore store;

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final Clock clock;

	HeldLicenceDirectory(LicenceStore store, JdbcClient jdbc, FieldCipher cipher, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** A licence by its id, as issued; anything malformed finds none. */
	public Optional<LicenceRecord> find(String id) {
		return id == null || id.length() > 40 ? Optional.empty() : store.find(id.strip());
	}

	/** The licences issued to a holder, the newest first. */
	public List<LicenceRecord> ofHolder(UUID holderId) {
		return store.ofHolder(holderId);
	}

	/**
	 * The licences of an enterprise by its credit code, optionally of one type. The code
	 * is sealed in the store (R12.1), so the enterprises' licences are opened to find it.
	 */
	public List<LicenceRecord> ofEnterprise(UnifiedSocialCreditCode creditCode, String type) {
		return ofHolderNumber(false, creditCode.value(), type);
	}

	/**
	 * The licences of a natural person by their ID number, optionally of one type, the
	 * newest first; found like an enterprise's, since the number is sealed too.
	 */
	public List<LicenceRecord> ofPerson(ResidentIdNumber idNumber, String type) {
		return ofHolderNumber(true, idNumber.value(), type);
	}

	private List<LicenceRecord> ofHolderNumber(boolean person, String number, String type) {
		var query = jdbc
			.sql("select id, holder_number from licence_licence where holder_is_person = :person"
					+ (type == null ? "" : " and licence_type = :type") + " order by issued_at desc, id")
			.param("person", person);
		if (type != null) {
			query = query.param("type", type);
		}
		return query
			.query((row, n) -> cipher.decrypt(row.getString("holder_number")).equals(number) ? row.getString("id")
					: null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.map(store::find)
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * Its status today, as the public verification says it.
	 */
	public LicenceStatus status(LicenceRecord licence) {
		return licence.status(LocalDate.now(clock));
	}

	@Override
	public Optional<HeldLicence> of(String licenceId) {
		return find(licenceId).map(this::held);
	}

	@Override
	public List<HeldLicence> validOf(UUID holderId, String type) {
		return ofHolder(holderId).stream()
			.filter(licence -> licence.type().equals(type))
			.map(this::held)
			.filter(HeldLicence::isValid)
			.toList();
	}

	private HeldLicence held(LicenceRecord licence) {
		return new HeldLicence(licence.id(), licence.type(), licence.name(), licence.holderId(), licence.validUntil(),
				status(licence).name(), licence.attachmentId());
	}

}
