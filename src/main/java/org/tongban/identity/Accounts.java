package org.tongban.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.Credentials;
import org.tongban.identity.accounts.LegalPerson;
import org.tongban.identity.accounts.LegalPersonRepository;
import org.tongban.identity.accounts.NaturalPerson;
import org.tongban.identity.accounts.NaturalPersonRepository;
import org.tongban.identity.accounts.PasswordPolicy;
import org.tongban.identity.accounts.PersonalData;
import org.tongban.identity.accounts.StaffAccount;
import org.tongban.identity.accounts.StaffAccountRepository;
import org.tongban.identity.accounts.WalkInApplicants;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Opens and changes accounts (R1.1, R1.5): applicants who are natural or legal persons,
 * and staff with roles in the catalogue's departments. Every password passes the
 * {@link PasswordPolicy} (but those of the demo, see {@link #seeding()}) and is stored as
 * a hash; every personal number is sealed (R12.1). Registration checks (SMS code,
 * real-name verification) come before these calls.
 */
@Service
@Transactional
public class Accounts {

	/**
	 * What a staff account name is, in lower case: a letter, then letters, digits, dots,
	 * hyphens or underscores.
	 */
	public static final Pattern STAFF_ACCOUNT_NAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

	private static final int MAX_NAME_LENGTH = 100;

	private final NaturalPersonRepository persons;

	private final LegalPersonRepository enterprises;

	private final StaffAccountRepository staff;

	private final Credentials credentials;

	private final AccountDirectory directory;

	private final PersonalData personalData;

	/**
	 * The {@link PasswordPolicy}, or nothing for the passwords that the platform itself
	 * seeds.
	 */
	private final BiConsumer<String, Collection<String>> passwordCheck;

	private final PasswordEncoder passwordEncoder;

	private final MatterCatalog catalog;

	private final Clock clock;

	private final WalkInApplicants walkIns;

	@Autowired
	Accounts(NaturalPersonRepository persons, LegalPersonRepository enterprises, StaffAccountRepository staff,
			Credentials credentials, AccountDirectory directory, PersonalData personalData,
			PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, MatterCatalog catalog, Clock clock,
			WalkInApplicants walkIns) {
		this.walkIns = walkIns;
		this.persons = persons;
		this.enterprises = enterprises;
		this.staff = staff;
		this.credentials = credentials;
		this.directory = directory;
		this.personalData = personalData;
		this.passwordCheck = passwordPolicy::check;
		this.passwordEncoder = passwordEncoder;
		this.catalog = catalog;
		this.clock = clock;
	}

	private Accounts(Accounts accounts) {
		this.persons = accounts.persons;
		this.enterprises = accounts.enterprises;
		this.staff = accounts.staff;
		this.credentials = accounts.credentials;
		this.directory = accounts.directory;
		this.personalData = accounts.personalData;
		this.passwordCheck = (password, personal) -> {
		};
		this.passwordEncoder = accounts.passwordEncoder;
		this.catalog = accounts.catalog;
		this.clock = accounts.clock;
		this.walkIns = accounts.walkIns;
	}

	/**
	 * The same accounts for seeding the demo with the password its README publishes,
	 * which the policy refuses to everybody else because it is published; outside a
	 * transaction, which a seeding that fails half-way does not need (an account left
	 * without its profile cannot log in, and the next start opens it anew).
	 */
	public Accounts seeding() {
		return new Accounts(this);
	}

	public Actor registerNaturalPerson(String name, ResidentIdNumber residentId, MobileNumber mobile, String password) {
		String checkedName = checkedName("name", name);
		passwordCheck.accept(password, List.of(checkedName, residentId.value(), mobile.value()));
		if (directory.findByLogInName(residentId.value()).isPresent()) {
			throw new AccountRefusedException("residentId", "identity.account.residentIdTaken");
		}
		if (directory.findByLogInName(mobile.value()).isPresent()) {
			throw new AccountRefusedException("mobile", "identity.account.mobileTaken");
		}
		// Applications registered for them at the window are theirs already (R13.4).
		UUID id = open(AccountKind.NATURAL_PERSON, password,
				walkIns.findPerson(residentId).map(ApplicantParticulars::id));
		persons.save(NaturalPerson.create(id, checkedName, personalData.seal(residentId.value()),
				personalData.seal(mobile.value())));
		walkIns.delete(id);
		return actor(id).orElseThrow();
	}

	/**
	 * @param agent the natural person who registers the enterprise and acts for it
	 */
	public Actor registerLegalPerson(String name, UnifiedSocialCreditCode creditCode, String legalRepresentative,
			UUID agent, String password) {
		String checkedName = checkedName("name", name);
		String representative = checkedName("legalRepresentative", legalRepresentative);
		if (agent == null || !persons.existsById(agent)) {
			throw new AccountRefusedException("agent", "identity.enterprise.agentUnknown");
		}
		passwordCheck.accept(password, List.of(checkedName, creditCode.value(), representative));
		if (enterprises.findByCreditCode(creditCode.value()).isPresent()) {
			throw new AccountRefusedException("creditCode", "identity.account.creditCodeTaken");
		}
		UUID id = open(AccountKind.LEGAL_PERSON, password,
				walkIns.findEnterprise(creditCode).map(ApplicantParticulars::id));
		enterprises.save(LegalPerson.create(id, checkedName, creditCode.value(), representative, agent));
		walkIns.delete(id);
		return actor(id).orElseThrow();
	}

	/**
	 * Makes a natural person an agent of a registered enterprise; the caller has checked
	 * the proof (R1.6).
	 * @return whether they were not an agent before
	 */
	public boolean addAgent(UnifiedSocialCreditCode creditCode, UUID person, boolean admin) {
		LegalPerson enterprise = enterprises.findByCreditCode(creditCode.value())
			.orElseThrow(() -> new NotFoundException("identity.account.notFound"));
		if (enterprise.hasAgent(person)) {
			return false;
		}
		enterprises.save(enterprise.withAgent(person, admin));
		return true;
	}

	/**
	 * Ends a person's agency of an enterprise, as a revoked authorization does (R1.6).
	 */
	public void removeAgent(UnifiedSocialCreditCode creditCode, UUID person) {
		enterprises.findByCreditCode(creditCode.value())
			.filter(enterprise -> enterprise.hasAgent(person))
			.ifPresent(enterprise -> enterprises.save(enterprise.withoutAgent(person)));
	}

	/**
	 * Whether the person is an admin agent of the registered enterprise, who may
	 * authorize agents (R1.6).
	 */
	@Transactional(readOnly = true)
	public boolean isAdminAgent(UnifiedSocialCreditCode creditCode, UUID person) {
		return enterprises.findByCreditCode(creditCode.value())
			.filter(enterprise -> enterprise.hasAdminAgent(person))
			.isPresent();
	}

	/**
	 * Whether an enterprise account exists under the credit code: for the proven and the
	 * platform only (R1.6).
	 */
	@Transactional(readOnly = true)
	public boolean isRegistered(UnifiedSocialCreditCode creditCode) {
		return enterprises.findByCreditCode(creditCode.value()).isPresent();
	}

	/**
	 * @param accountName the log-in name: a letter, then letters, digits, dots, hyphens
	 * or underscores (case is ignored)
	 * @param department the staff member's own department in the catalogue
	 * @throws AccountRefusedException also when the roles break separation of duties
	 */
	public Actor createStaff(String accountName, String name, String department, MobileNumber mobile, String password,
			Collection<DepartmentRole> roles) {
		String login = accountName == null ? "" : accountName.strip().toLowerCase(Locale.ROOT);
		if (!STAFF_ACCOUNT_NAME.matcher(login).matches()) {
			throw new AccountRefusedException("accountName", "identity.staff.accountNameFormat");
		}
		String checkedName = checkedName("name", name);
		checkDepartment("department", department);
		roles.forEach(role -> checkDepartment("roles", role.department()));
		if (staff.findByAccountName(login).isPresent()) {
			throw new AccountRefusedException("accountName", "identity.account.accountNameTaken");
		}
		passwordCheck.accept(password, List.of(login, checkedName, mobile.value()));
		UUID id = open(AccountKind.STAFF, password, Optional.empty());
		staff.save(StaffAccount.create(id, login, checkedName, department, personalData.seal(mobile.value()),
				Set.copyOf(roles)));
		return actor(id).orElseThrow();
	}

	/** Gives a member of staff one more role, unless separation of duties forbids it. */
	public Actor grant(UUID staffId, DepartmentRole role) {
		StaffAccount account = staff.findById(staffId)
			.orElseThrow(() -> new NotFoundException("identity.account.notFound"));
		checkDepartment("roles", role.department());
		staff.save(account.with(role));
		return actor(staffId).orElseThrow();
	}

	/**
	 * The staff account of a log-in name (case is ignored), for the auditor's search by
	 * account name (R8.4).
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> staffAccountId(String accountName) {
		String login = accountName == null ? "" : accountName.strip().toLowerCase(Locale.ROOT);
		if (!STAFF_ACCOUNT_NAME.matcher(login).matches()) {
			return Optional.empty();
		}
		return staff.findByAccountName(login).map(StaffAccount::id);
	}

	/**
	 * The log-in names of those of the accounts that are staff, by id: the audit trail
	 * names accounts by id, its console shows their names beside.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> staffAccountNames(Collection<UUID> ids) {
		var names = new LinkedHashMap<UUID, String>();
		staff.findAllById(Set.copyOf(ids)).forEach(member -> names.put(member.id(), member.accountName()));
		return names;
	}

	@Transactional(readOnly = true)
	public Optional<Actor> actor(UUID id) {
		return directory.actor(id);
	}

	/**
	 * The name of an applicant: their account's, or that of the walk-in applicant the
	 * integrated window registered an application for (R4.5).
	 */
	@Transactional(readOnly = true)
	public Optional<String> applicantName(UUID id) {
		return directory.actor(id).map(Actor::name).or(() -> walkIns.find(id).map(ApplicantParticulars::name));
	}

	/** The account as its holder sees it, numbers masked. */
	@Transactional(readOnly = true)
	public AccountProfile profile(UUID id) {
		AccountKind kind = credentials.find(id)
			.orElseThrow(() -> new NotFoundException("identity.account.notFound"))
			.kind();
		return switch (kind) {
			case NATURAL_PERSON -> {
				NaturalPerson person = persons.findById(id).orElseThrow();
				yield new AccountProfile(id, kind, person.name(), null, null,
						ResidentIdNumber.parse(personalData.open(person.residentId())).masked(),
						MobileNumber.parse(personalData.open(person.mobile())).masked(), null, null, List.of(),
						enterprises.findActedForBy(id).stream().map(LegalPerson::name).toList(), List.of());
			}
			case LEGAL_PERSON -> {
				LegalPerson enterprise = enterprises.findById(id).orElseThrow();
				yield new AccountProfile(id, kind, enterprise.name(), null, null, null, null, enterprise.creditCode(),
						enterprise.legalRepresentative(),
						persons.findAgentsOf(id).stream().map(NaturalPerson::name).toList(), List.of(), List.of());
			}
			case STAFF -> {
				StaffAccount member = staff.findById(id).orElseThrow();
				yield new AccountProfile(id, kind, member.name(), member.accountName(), member.departmentCode(), null,
						MobileNumber.parse(personalData.open(member.mobile())).masked(), null, null, List.of(),
						List.of(), member.departmentRoles());
			}
		};
	}

	/**
	 * The natural persons who act for an enterprise (its agents, 经办人), with the mobile
	 * number each verified: an enterprise account has no mobile of its own, so its
	 * notices go to them (R6.2).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, MobileNumber> agentMobiles(UUID enterpriseId) {
		var mobiles = new LinkedHashMap<UUID, MobileNumber>();
		for (NaturalPerson agent : persons.findAgentsOf(enterpriseId)) {
			mobiles.put(agent.id(), MobileNumber.parse(personalData.open(agent.mobile())));
		}
		return mobiles;
	}

	/**
	 * The members of staff, not disabled, who hold any of the roles (a task's candidate
	 * groups, a department's approvers), each once, in no particular order: whom a notice
	 * to those roles reaches (R8.3).
	 */
	@Transactional(readOnly = true)
	public List<StaffContact> staffHolding(Collection<DepartmentRole> roles) {
		var ids = new LinkedHashSet<UUID>();
		roles.forEach(role -> ids.addAll(staff.findEnabledHolding(role.role().name(), role.department())));
		return contacts(ids);
	}

	/**
	 * The members of staff, not disabled, who hold the role in any department (the
	 * supervision office are those holding {@link Role#SUPERVISOR}), each once.
	 */
	@Transactional(readOnly = true)
	public List<StaffContact> staffHoldingAnywhere(Role role) {
		return contacts(staff.findEnabledHoldingAnywhere(role.name()));
	}

	/**
	 * A member of staff to reach, unless the account is disabled or not a staff account.
	 */
	@Transactional(readOnly = true)
	public Optional<StaffContact> staffContact(UUID id) {
		return credentials.find(id)
			.filter(state -> state.kind() == AccountKind.STAFF && !state.disabled())
			.flatMap(state -> contacts(List.of(id)).stream().findFirst());
	}

	private List<StaffContact> contacts(Collection<UUID> ids) {
		return staff.findAllById(ids)
			.stream()
			.map(member -> new StaffContact(member.id(), member.name(),
					MobileNumber.parse(personalData.open(member.mobile()))))
			.toList();
	}

	/**
	 * The applicant a clerk of the integrated window registers an application for (R4.5,
	 * R13.4), a natural person whose identity the population registry verified: their
	 * account, or, where they have none, a walk-in applicant known by the resident ID
	 * number, whose account opens under the same id when they register with that number,
	 * so that the application shows in their /my at their first log-in.
	 * @param verifiedName the name as the registry holds it
	 */
	public Actor walkInPerson(ResidentIdNumber residentId, String verifiedName) {
		return directory.findByLogInName(residentId.value())
			.flatMap(this::actor)
			.filter(found -> found.kind() == AccountKind.NATURAL_PERSON)
			.orElseGet(() -> new Actor(walkIns.person(residentId, verifiedName, clock.instant()),
					AccountKind.NATURAL_PERSON, verifiedName, List.of()));
	}

	/**
	 * The same for an enterprise the legal-person registry verified: its account, whose
	 * agents see the application as they see the enterprise's others, or a walk-in
	 * enterprise whose account opens under the same id.
	 */
	public Actor walkInEnterprise(UnifiedSocialCreditCode creditCode, String verifiedName, String legalRepresentative) {
		return enterprises.findByCreditCode(creditCode.value())
			.map(enterprise -> new Actor(enterprise.id(), AccountKind.LEGAL_PERSON, enterprise.name(), List.of()))
			.orElseGet(
					() -> new Actor(walkIns.enterprise(creditCode, verifiedName, legalRepresentative, clock.instant()),
							AccountKind.LEGAL_PERSON, verifiedName, List.of()));
	}

	/**
	 * Whether the member of staff is the holder of the resident ID number, as far as the
	 * platform knows: the natural person's account of that number was verified with the
	 * same mobile as the staff account. Staff accounts hold no ID number; this is what
	 * keeps a clerk from acting on their own application (R12.7).
	 */
	@Transactional(readOnly = true)
	public boolean isHeldBy(ResidentIdNumber residentId, UUID staffId) {
		Optional<StaffAccount> member = staff.findById(staffId);
		return member.isPresent() && directory.findByLogInName(residentId.value())
			.flatMap(persons::findById)
			.filter(person -> personalData.open(person.mobile()).equals(personalData.open(member.get().mobile())))
			.isPresent();
	}

	/**
	 * Whether the member of staff is the applicant, or an agent of the applicant
	 * enterprise, as far as the platform knows ({@link #isHeldBy}): nobody acts on their
	 * own case (R12.7).
	 */
	@Transactional(readOnly = true)
	public boolean actsFor(UUID staffId, UUID applicantId) {
		ApplicantParticulars applicant = particulars(applicantId);
		Collection<UUID> persons = applicant.residentId() != null ? List.of(applicantId)
				: agentMobiles(applicantId).keySet();
		return persons.stream()
			.map(this::particulars)
			.filter(person -> person.residentId() != null)
			.anyMatch(person -> isHeldBy(person.residentId(), staffId));
	}

	/**
	 * An applicant's particulars in full, for their own forms only (R3.2).
	 * @throws NotFoundException if no applicant has this id
	 */
	@Transactional(readOnly = true)
	public ApplicantParticulars particulars(UUID applicantId) {
		Optional<NaturalPerson> person = persons.findById(applicantId);
		if (person.isPresent()) {
			return new ApplicantParticulars(applicantId, AccountKind.NATURAL_PERSON, person.get().name(),
					ResidentIdNumber.parse(personalData.open(person.get().residentId())),
					MobileNumber.parse(personalData.open(person.get().mobile())), null, null);
		}
		Optional<LegalPerson> found = enterprises.findById(applicantId);
		if (found.isEmpty()) {
			return walkIns.find(applicantId).orElseThrow(() -> new NotFoundException("identity.account.notFound"));
		}
		LegalPerson enterprise = found.get();
		return new ApplicantParticulars(applicantId, AccountKind.LEGAL_PERSON, enterprise.name(), null, null,
				UnifiedSocialCreditCode.parse(enterprise.creditCode()), enterprise.legalRepresentative());
	}

	/**
	 * Opens an account, under the id its holder was known by as a walk-in applicant, if
	 * any.
	 */
	private UUID open(AccountKind kind, String password, Optional<UUID> walkIn) {
		UUID id = walkIn.orElseGet(UUID::randomUUID);
		credentials.create(id, kind, passwordEncoder.encode(password), clock.instant());
		return id;
	}

	private void checkDepartment(String field, String code) {
		try {
			catalog.department(code);
		}
		catch (NotFoundException ex) {
			throw new AccountRefusedException(field, "identity.staff.unknownDepartment", code);
		}
	}

	private static String checkedName(String field, String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
			throw new AccountRefusedException(field, "identity.account.name", MAX_NAME_LENGTH);
		}
		return stripped;
	}

}
