package org.tongban.licence.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongban.exchange.LicenceRecords;
import org.tongban.licence.internal.HeldLicenceDirectory;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The base registry of e-licences for the exchange API (R9.2, R9.3, R15.10), through the
 * same queries as the staff's registry reads; the exchange checks the grants and logs.
 */
@Component
class ExchangedLicences implements LicenceRecords {

	private final HeldLicenceDirectory directory;

	ExchangedLicences(HeldLicenceDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Optional<Licence> find(String licenceId) {
		return directory.find(licenceId).map(this::licence);
	}

	@Override
	public List<Licence> ofPerson(ResidentIdNumber holder, String type) {
		return directory.ofPerson(holder, type).stream().map(this::licence).toList();
	}

	@Override
	public List<Licence> ofEnterprise(UnifiedSocialCreditCode holder, String type) {
		return directory.ofEnterprise(holder, type).stream().map(this::licence).toList();
	}

	private Licence licence(LicenceRecord licence) {
		return new Licence(licence.id(), licence.type(), licence.validUntil(), directory.status(licence).name(),
				licence.holderIsPerson() ? ResidentIdNumber.parse(licence.holderNumber()) : null,
				licence.holderIsPerson() ? null : UnifiedSocialCreditCode.parse(licence.holderNumber()));
	}

}
