package org.tongban.identity.admin;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.AccountRefusedException;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.accounts.Credentials;
import org.tongban.identity.accounts.LoginState;
import org.tongban.identity.accounts.PasswordPolicy;
import org.tongban.identity.accounts.PersonalData;
import org.tongban.identity.accounts.StaffAccount;
import org.tongban.identity.accounts.StaffAccountRepository;
import org.tongban.identity.login.LogOutEverywhere;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * What the admin console does to staff accounts (R1.5, R12.5), each change within the
 * administrator's {@link AdminScope} and recorded in the audit trail (R8.4), refusals
 * too. Staff outside the scope are not found rather than forbidden, so that a department
 * administrator does not learn who works elsewhere.
 */
@Service
@Transactional
public class StaffAdministration {

	/** The audited object of the console's changes: the account. */
	static final String ACCOUNT = "account";

	/** The object id of a new account refused before it had an id. */
	static final String NEW = "new";

	private final StaffAccountRepository staff;

	private final Credentials credentials;

	private final Accounts accounts;

	private final PersonalData personalData;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final LogOutEverywhere logOutEverywhere;

	private final Audit audit;

	private final Clock clock;

	StaffAdministration(StaffAccountRepository staff, Credentials credentials, Accounts accounts,
			PersonalData personalData, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			LogOutEverywhere logOutEverywhere, Audit audit, Clock clock) {
		this.staff = staff;
		this.credentials = credentials;
		this.accounts = accounts;
		this.personalData = personalData;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.logOutEverywhere = logOutEverywhere;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The staff in scope, of one department or of all when {@code department} is null, by
	 * account name.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> list(Actor admin, String department) {
		AdminScope scope = AdminScope.of(admin);
		List<StaffAccount> found = department == null ? staff.findAll() : staff.findByDepartmentCode(department);
		return found.stream()
			.filter(member -> scope.covers(member.departmentCode()))
			.sorted(Comparator.comparing(StaffAccount::accountName))
			.map(this::member)
			.toList();
	}

	/** How many staff in scope each department has. */
	@Transactional(readOnly = true)
	public Map<String, Long> counts(Actor admin) {
		return list(admin, null).stream()
			.collect(Collectors.groupingBy(StaffMember::department, Collectors.counting()));
	}

	@Transactional(readOnly = true)
	public StaffMember member(Actor admin, UUID id) {
		return member(inScope(admin, id));
	}

	public StaffMember create(Actor admin, NewStaff form) {
		String role = form.role().authority();
		UUID id = audited(admin, AdminAction.CREATE_STAFF, NEW, role, () -> {
			requireMayGrant(admin, form.role(), "department");
			return accounts
				.createStaff(form.accountName(), form.name(), form.department(), form.mobile(), form.password(),
						List.of(form.role()))
				.id();
		});
		audit.succeeded(admin.audited(), AdminAction.CREATE_STAFF.audited(), ACCOUNT, id, role);
		return member(staff.findById(id).orElseThrow());
	}

	public void grant(Actor admin, UUID id, DepartmentRole role) {
		audited(admin, AdminAction.GRANT_ROLE, id, role.authority(), () -> {
			StaffAccount member = inScope(admin, id);
			requireNotSelf(admin, id);
			requireMayGrant(admin, role, "role");
			accounts.grant(member.id(), role);
			return id;
		});
		record(admin, AdminAction.GRANT_ROLE, id, role.authority());
	}

	/**
	 * Takes a role away; the holder's sessions end, so that no page keeps the role they
	 * had at log-in.
	 */
	public void revoke(Actor admin, UUID id, DepartmentRole role) {
		audited(admin, AdminAction.REVOKE_ROLE, id, role.authority(), () -> {
			StaffAccount member = inScope(admin, id);
			requireNotSelf(admin, id);
			requireMayGrant(admin, role, "role");
			staff.save(member.without(role));
			logOutEverywhere.logOut(id);
			return id;
		});
		record(admin, AdminAction.REVOKE_ROLE, id, role.authority());
	}

	/**
	 * Stops the account from logging in and ends its sessions and tokens on every node
	 * (R1.4).
	 */
	public void disable(Actor admin, UUID id) {
		audited(admin, AdminAction.DISABLE, id, null, () -> {
			inScope(admin, id);
			if (admin.id().equals(id)) {
				throw new AccountRefusedException("account", "admin.staff.disable.self");
			}
			credentials.changeDisabled(id, clock.instant());
			logOutEverywhere.logOut(id);
			return id;
		});
		record(admin, AdminAction.DISABLE, id, null);
	}

	public void enable(Actor admin, UUID id) {
		audited(admin, AdminAction.ENABLE, id, null, () -> {
			inScope(admin, id);
			credentials.changeDisabled(id, null);
			return id;
		});
		record(admin, AdminAction.ENABLE, id, null);
	}

	/**
	 * Sets a new password that the administrator passes on to the member of staff, and
	 * ends their sessions, since the old password may be known to others; the waits
	 * earned by failed log-ins end too.
	 */
	public void resetPassword(Actor admin, UUID id, String password) {
		audited(admin, AdminAction.RESET_PASSWORD, id, null, () -> {
			StaffAccount member = inScope(admin, id);
			passwordPolicy.check(password,
					List.of(member.accountName(), member.name(), personalData.open(member.mobile())));
			credentials.changePasswordHash(id, passwordEncoder.encode(password));
			credentials.forgetFailures(id);
			logOutEverywhere.logOut(id);
			return id;
		});
		record(admin, AdminAction.RESET_PASSWORD, id, null);
	}

	/**
	 * Does a change, recording its refusal (out of scope, on oneself, a role not the
	 * administrator's to give, a password too weak) as a failure with the refusal's
	 * message code.
	 */
	private <T> T audited(Actor admin, AdminAction action, Object subject, String detail, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (RefusedException | NotFoundException | InvalidParameterException refused) {
			audit.failed(admin.audited(), action.audited(), ACCOUNT, subject,
					(detail == null ? "" : detail + " ") + Audit.reason(refused));
			throw refused;
		}
	}

	private void record(Actor admin, AdminAction action, UUID subject, String detail) {
		audit.succeeded(admin.audited(), action.audited(), ACCOUNT, subject, detail);
	}

	private StaffAccount inScope(Actor admin, UUID id) {
		return staff.findById(id)
			.filter(member -> AdminScope.of(admin).covers(member.departmentCode()))
			.orElseThrow(() -> new NotFoundException("identity.account.notFound"));
	}

	/**
	 * Nobody grants or takes roles on their own account (R12.7): another administrator
	 * does, and the log shows who.
	 */
	private static void requireNotSelf(Actor admin, UUID id) {
		if (admin.id().equals(id)) {
			throw new RefusedException(Refusal.CONFLICT, "admin.staff.role.self");
		}
	}

	private static void requireMayGrant(Actor admin, DepartmentRole role, String field) {
		if (!AdminScope.of(admin).mayGrant(role)) {
			throw new AccountRefusedException(field, "admin.staff.role.notYours");
		}
	}

	private StaffMember member(StaffAccount account) {
		boolean disabled = credentials.find(account.id()).map(LoginState::disabled).orElse(false);
		return new StaffMember(account.id(), account.accountName(), account.name(), account.departmentCode(),
				MobileNumber.parse(personalData.open(account.mobile())).masked(),
				account.departmentRoles()
					.stream()
					.sorted(Comparator.comparing(DepartmentRole::role).thenComparing(DepartmentRole::department))
					.toList(),
				disabled);
	}

	/** A member of staff as the console shows them: the mobile masked. */
	public record StaffMember(UUID id, String accountName, String name, String department, String maskedMobile,
			List<DepartmentRole> roles, boolean disabled) {
	}

	/** The answers of the form that creates a member of staff with their first role. */
	public record NewStaff(String accountName, String name, String department, MobileNumber mobile, String password,
			DepartmentRole role) {
	}

}
