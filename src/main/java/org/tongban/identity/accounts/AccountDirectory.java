package org.tongban.identity.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/** Finds accounts by the names people log in with, and tells who an account is. */
@Component
@Transactional(readOnly = true)
public class AccountDirectory {

	private final NaturalPersonRepository persons;

	private final LegalPersonRepository enterprises;

	private final StaffAccountRepository staff;

	private final Credentials credentials;

	private final PersonalData personalData;

	AccountDirectory(NaturalPersonRepository persons, LegalPersonRepository enterprises, StaffAccountRepository staff,
			Credentials credentials, PersonalData personalData) {
		this.persons = persons;
		this.enterprises = enterprises;
		this.staff = staff;
		this.credentials = credentials;
		this.personalData = personalData;
	}

	/**
	 * The account of a log-in name: an applicant's mobile or resident ID number, an
	 * enterprise's credit code, or a staff account name, tried in that order. The numbers
	 * are recognized by their check digits and written in any of the forms their types
	 * accept ({@code +86 139-2690-1234}, a lower-case x or credit code).
	 */
	public Optional<UUID> findByLogInName(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		if (MobileNumber.isValid(name)) {
			Optional<UUID> found = persons.findByMobile(terms(MobileNumber.parse(name).value())).map(NaturalPerson::id);
			if (found.isPresent()) {
				return found;
			}
		}
		if (ResidentIdNumber.isValid(name)) {
			Optional<UUID> found = persons.findByResidentId(terms(ResidentIdNumber.parse(name).value()))
				.map(NaturalPerson::id);
			if (found.isPresent()) {
				return found;
			}
		}
		if (UnifiedSocialCreditCode.isValid(name)) {
			Optional<UUID> found = enterprises.findByCreditCode(UnifiedSocialCreditCode.parse(name).value())
				.map(LegalPerson::id);
			if (found.isPresent()) {
				return found;
			}
		}
		return staff.findByAccountName(name.strip().toLowerCase(Locale.ROOT)).map(StaffAccount::id);
	}

	public Optional<Actor> actor(UUID id) {
		return credentials.find(id).flatMap(state -> switch (state.kind()) {
			case NATURAL_PERSON ->
				persons.findById(id).map(person -> new Actor(id, state.kind(), person.name(), List.of()));
			case LEGAL_PERSON ->
				enterprises.findById(id).map(enterprise -> new Actor(id, state.kind(), enterprise.name(), List.of()));
			case STAFF -> staff.findById(id)
				.map(member -> new Actor(id, AccountKind.STAFF, member.name(), member.departmentRoles()));
		});
	}

	public Optional<StaffAccount> staff(UUID id) {
		return staff.findById(id);
	}

	private List<String> terms(String canonicalValue) {
		return personalData.searchTerms(canonicalValue);
	}

}
