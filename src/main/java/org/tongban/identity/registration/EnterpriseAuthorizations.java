package org.tongban.identity.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.tongban.exchange.RegisteredLegalPerson;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.notification.SmsMessage;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Authorizations (授权委托, R1.6): the legal representative of an enterprise, logged in with
 * their own verified account, or an admin agent of the enterprise's open account,
 * authorizes a natural person who has an account to open the enterprise's account
 * ({@link AuthorizationScope#REGISTER}) or to act for it
 * ({@link AuthorizationScope#AGENT}), through a last day at most a year ahead; the agent
 * is told by SMS and completes the registration at {@code /register/enterprise}. The
 * grantor revokes it at any time, which also ends the agency it gave.
 */
@Service
@Transactional
public class EnterpriseAuthorizations {

	static final String GRANT = "authorization.grant";

	static final String REVOKE = "authorization.revoke";

	static final String AUTHORIZATION = "authorization";

	/**
	 * The longest authorization: a year, after which the representative confirms the
	 * agent again.
	 */
	static final int MAX_MONTHS = 12;

	private final EnterpriseAuthorizationRepository authorizations;

	private final Representatives representatives;

	private final Accounts accounts;

	private final AccountDirectory directory;

	private final Clock clock;

	private final Audit audit;

	EnterpriseAuthorizations(EnterpriseAuthorizationRepository authorizations, Representatives representatives,
			Accounts accounts, AccountDirectory directory, Clock clock, Audit audit) {
		this.audit = audit;
		this.authorizations = authorizations;
		this.representatives = representatives;
		this.accounts = accounts;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Grants an authorization in the grantor's name.
	 * @return the authorization, or empty with the reasons in {@code errors}
	 */
	public Optional<AuthorizationView> grant(AuthorizationForm form, Actor grantor, Errors errors) {
		if (grantor.kind() != AccountKind.NATURAL_PERSON) {
			errors.reject("identity.authorization.grantorNotPerson");
			return Optional.empty();
		}
		UnifiedSocialCreditCode creditCode = Registration.parsed(form.getCreditCode(), UnifiedSocialCreditCode::parse,
				"creditCode", errors);
		String agentName = Registration.required(form.getAgentName(), "agentName",
				"identity.authorization.agentName.missing", errors);
		ResidentIdNumber agentId = Registration.parsed(form.getAgentResidentId(), ResidentIdNumber::parse,
				"agentResidentId", errors);
		AuthorizationScope scope = scope(form.getScope(), errors);
		LocalDate validUntil = validUntil(form.getValidUntil(), errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Optional<RegisteredLegalPerson> enterprise = representatives.registered(creditCode)
			.filter(found -> representatives.mayAuthorize(grantor.id(), found));
		if (enterprise.isEmpty()) {
			errors.rejectValue("creditCode", "identity.authorization.notRepresentative");
			audit.failed(grantor.audited(), GRANT, Registration.ENTERPRISE, creditCode.value(),
					"identity.authorization.notRepresentative");
			return Optional.empty();
		}
		Optional<UUID> agent = directory.findByLogInName(agentId.value())
			.filter(found -> !found.equals(grantor.id()))
			.filter(found -> accounts.actor(found)
				.filter(actor -> actor.kind() == AccountKind.NATURAL_PERSON && actor.name().equals(agentName))
				.isPresent());
		if (agent.isEmpty()) {
			errors.rejectValue("agentResidentId", "identity.authorization.agentUnknown");
			audit.failed(grantor.audited(), GRANT, Registration.ENTERPRISE, creditCode.value(),
					"identity.authorization.agentUnknown");
			return Optional.empty();
		}
		EnterpriseAuthorization granted = authorizations.save(EnterpriseAuthorization.grant(creditCode.value(),
				enterprise.get().name(), grantor.id(), agent.get(), scope, validUntil, clock.instant()));
		representatives.tell(enterprise.get(), List.of(grantor.id(), agent.get()),
				SmsMessage.of("notification.sms.enterprise.authorized", grantor.name(), agentName,
						enterprise.get().name(), validUntil));
		audit.succeeded(grantor.audited(), GRANT, Registration.ENTERPRISE, creditCode.value(),
				"authorization " + granted.id() + " to " + agent.get() + " " + scope);
		return Optional.of(view(granted));
	}

	/**
	 * Revokes one of the grantor's authorizations and the agency it gave, if the
	 * enterprise's account is open.
	 * @throws NotFoundException if the grantor granted no such authorization
	 */
	public AuthorizationView revoke(UUID id, Actor grantor) {
		EnterpriseAuthorization authorization = authorizations.findById(id)
			.filter(found -> found.grantorId().equals(grantor.id()))
			.orElseThrow(() -> {
				audit.failed(grantor.audited(), REVOKE, AUTHORIZATION, id, "identity.authorization.notFound");
				return new NotFoundException("identity.authorization.notFound");
			});
		if (authorization.revokedAt() != null) {
			return view(authorization);
		}
		UnifiedSocialCreditCode creditCode = UnifiedSocialCreditCode.parse(authorization.creditCode());
		accounts.removeAgent(creditCode, authorization.agentId());
		audit.succeeded(grantor.audited(), REVOKE, AUTHORIZATION, id, creditCode.value());
		return view(authorizations.save(authorization.revoked(clock.instant())));
	}

	@Transactional(readOnly = true)
	public List<AuthorizationView> grantedBy(Actor grantor) {
		return authorizations.findByGrantorIdOrderByGrantedAtDesc(grantor.id()).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public List<AuthorizationView> grantedTo(Actor agent) {
		return authorizations.findByAgentIdOrderByGrantedAtDesc(agent.id()).stream().map(this::view).toList();
	}

	private AuthorizationView view(EnterpriseAuthorization authorization) {
		return new AuthorizationView(authorization.id(), authorization.creditCode(), authorization.enterpriseName(),
				name(authorization.grantorId()), name(authorization.agentId()), authorization.scope(),
				authorization.validUntil(), authorization.grantedAt(), authorization.revokedAt(),
				authorization.isLiveOn(LocalDate.now(clock)));
	}

	private String name(UUID person) {
		return accounts.actor(person).map(Actor::name).orElse("");
	}

	/**
	 * The widest live authorization of the agent for the enterprise, whose grantor still
	 * speaks for it: a new representative in the registry ends the old one's
	 * authorizations.
	 */
	Optional<AuthorizationScope> liveScope(UUID agent, RegisteredLegalPerson enterprise) {
		LocalDate today = LocalDate.now(clock);
		return authorizations.findByAgentIdAndCreditCode(agent, enterprise.code().value())
			.stream()
			.filter(authorization -> authorization.isLiveOn(today))
			.filter(authorization -> representatives.mayAuthorize(authorization.grantorId(), enterprise))
			.map(EnterpriseAuthorization::scope)
			.min(Enum::compareTo);
	}

	private static AuthorizationScope scope(String text, Errors errors) {
		try {
			return AuthorizationScope.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("scope", "identity.authorization.scope.missing");
			return null;
		}
	}

	private LocalDate validUntil(String text, Errors errors) {
		LocalDate today = LocalDate.now(clock);
		try {
			LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
			if (!date.isBefore(today) && !date.isAfter(today.plusMonths(MAX_MONTHS))) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// refused below, as a date out of range
		}
		errors.rejectValue("validUntil", "identity.authorization.validUntil.range", new Object[] { MAX_MONTHS }, null);
		return null;
	}

}
