package org.tongban.exchange.clients;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;

/**
 * The department systems registered as clients of the data-exchange API (R9.3): a system
 * administrator registers one for any department, a department administrator for their
 * own; the secret is shown once and kept only as a hash; a client can be disabled, after
 * which it gets no token and its tokens open nothing. Every registration and disabling is
 * audited (R8.4).
 */
@Service
public class ExchangeClients {

	/** The scope of every exchange token, which the exchange API requires. */
	public static final String SCOPE = "exchange";

	/** Short-lived, since a token is checked by its signature alone. */
	static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

	private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");

	private static final int MAX_NAME = 200;

	private static final int MAX_SUBJECT = 500;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final RegisteredClientRepository registeredClients;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final Audit audit;

	ExchangeClients(JdbcClient jdbc, RegisteredClientRepository registeredClients, PasswordEncoder passwords,
			Clock clock, Audit audit) {
		this.jdbc = jdbc;
		this.registeredClients = registeredClients;
		this.passwords = passwords;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Who administers clients: a system administrator for every department, a department
	 * administrator for their departments.
	 */
	public record Administrator(UUID id, AuditActor audited, boolean everyDepartment, Set<String> departments) {

		boolean administers(String department) {
			return everyDepartment || departments.contains(department);
		}

	}

	/** A client just registered, with the secret that is shown this once only. */
	public record Registration(ExchangeClient client, String secret) {
	}

	/**
	 * Registers a department system.
	 * @param certificateSubject the subject of its TLS client certificate, for
	 * {@link ClientAuthentication#TLS_CLIENT_AUTH}
	 * @throws InvalidParameterException for a missing or malformed part, or a department
	 * the administrator does not administer
	 */
	@Transactional
	public Registration register(Administrator admin, String department, String name,
			ClientAuthentication authentication, String certificateSubject) {
		String code = department == null ? "" : department.strip();
		if (!DEPARTMENT.matcher(code).matches() || !admin.administers(code)) {
			throw new InvalidParameterException("department", "exchange.clients.error.department");
		}
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > MAX_NAME || label.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidParameterException("name", "exchange.clients.error.name", MAX_NAME);
		}
		if (authentication == null) {
			throw new InvalidParameterException("authentication", "exchange.clients.error.authentication");
		}
		String subject = null;
		if (authentication == ClientAuthentication.TLS_CLIENT_AUTH) {
			subject = certificateSubject == null ? "" : certificateSubject.strip();
			try {
				// The form the authorization server compares with the certificate's.
				subject = new X500Principal(subject).getName();
			}
			catch (IllegalArgumentException ex) {
				subject = "";
			}
			if (subject.isEmpty() || subject.length() > MAX_SUBJECT) {
				throw new InvalidParameterException("certificateSubject", "exchange.clients.error.certificateSubject");
			}
		}
		String clientId = code.toLowerCase(java.util.Locale.ROOT) + "-" + HexFormat.of().formatHex(random(6));
		String secret = authentication == ClientAuthentication.CLIENT_SECRET_BASIC
				? Base64.getUrlEncoder().withoutPadding().encodeToString(random(32)) : null;
		var now = clock.instant();
		var client = RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientIdIssuedAt(now)
			.clientName(label)
			.clientAuthenticationMethods(methods -> methods.addAll(List.of(authentication.methods())))
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(SCOPE)
			.tokenSettings(TokenSettings.builder()
				.accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
				.accessTokenTimeToLive(TOKEN_LIFETIME)
				.build());
		if (secret != null) {
			client.clientSecret(passwords.encode(secret));
		}
		if (subject != null) {
			client.clientSettings(ClientSettings.builder().x509CertificateSubjectDN(subject).build());
		}
		registeredClients.save(client.build());
		jdbc.sql("""
				insert into exchange_client (client_id, department_code, name, authentication, certificate_subject,
					enabled, registered_by, registered_at)
				values (:clientId, :department, :name, :authentication, :subject, true, :by, :at)""")
			.param("clientId", clientId)
			.param("department", code)
			.param("name", label)
			.param("authentication", authentication.name())
			.param("subject", subject)
			.param("by", admin.id())
			.param("at", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		audit.succeeded(admin.audited(), "exchange.client.register", "exchange-client", clientId,
				code + " " + authentication);
		return new Registration(find(clientId).orElseThrow(), secret);
	}

	/**
	 * Disables a client: it gets no more tokens, and the tokens it holds open nothing.
	 * @throws NotFoundException for a client the administrator does not administer
	 */
	@Transactional
	public void disable(Administrator admin, String clientId) {
		ExchangeClient client = find(clientId).filter(found -> admin.administers(found.departmentCode()))
			.orElseThrow(() -> new NotFoundException("exchange.clients.notFound"));
		jdbc.sql("""
				update exchange_client set enabled = false, disabled_by = :by, disabled_at = :at
				where client_id = :clientId and enabled = true""")
			.param("by", admin.id())
			.param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("clientId", client.clientId())
			.update();
		audit.succeeded(admin.audited(), "exchange.client.disable", "exchange-client", client.clientId(),
				client.departmentCode());
	}

	@Transactional(readOnly = true)
	public List<ExchangeClient> of(Administrator admin) {
		return jdbc.sql(SELECT + " order by c.department_code, c.registered_at, c.client_id")
			.query(ExchangeClients::client)
			.list()
			.stream()
			.filter(client -> admin.administers(client.departmentCode()))
			.toList();
	}

	public Optional<ExchangeClient> find(String clientId) {
		if (clientId == null || clientId.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " where c.client_id = :clientId")
			.param("clientId", clientId)
			.query(ExchangeClients::client)
			.optional();
	}

	/** The department of an enabled client, which alone may get and use tokens. */
	public Optional<String> enabledDepartment(String clientId) {
		return find(clientId).filter(ExchangeClient::enabled).map(ExchangeClient::departmentCode);
	}

	private static final String SELECT = """
			select c.client_id, c.department_code, c.name, c.authentication, c.enabled, c.registered_by,
				c.registered_at, c.disabled_at, c.certificate_subject
			from exchange_client c""";

	private static ExchangeClient client(ResultSet row, int rowNum) throws SQLException {
		var disabledAt = row.getObject("disabled_at", LocalDateTime.class);
		var authentication = ClientAuthentication.valueOf(row.getString("authentication"));
		return new ExchangeClient(row.getString("client_id"), row.getString("department_code"), row.getString("name"),
				authentication, row.getString("certificate_subject"), row.getBoolean("enabled"),
				row.getObject("registered_by", UUID.class),
				row.getObject("registered_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
				disabledAt == null ? null : disabledAt.toInstant(ZoneOffset.UTC));
	}

	private static byte[] random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return value;
	}

}
