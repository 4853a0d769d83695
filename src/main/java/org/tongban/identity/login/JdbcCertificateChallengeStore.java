package org.tongban.identity.login;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.factors.CertificateChallenge;
import org.tongban.identity.factors.CertificateChallengeStore;

/**
 * The challenges of certificate log-in in {@code identity_certificate_challenge}, shared
 * by every node: a challenge issued by one is redeemed by any, and only once, because a
 * single conditional UPDATE marks it used. Challenges are deleted an hour after their
 * expiry, at each issue.
 */
@Repository
class JdbcCertificateChallengeStore implements CertificateChallengeStore {

	/** Long enough after the expiry that a late reuse is still recognized as one. */
	private static final Duration KEPT_AFTER_EXPIRY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcCertificateChallengeStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void save(CertificateChallenge challenge) {
		jdbc.sql("delete from identity_certificate_challenge where expires_at < :before")
			.param("before", column(clock.instant().minus(KEPT_AFTER_EXPIRY)))
			.update();
		jdbc.sql("insert into identity_certificate_challenge (nonce, issued_at, expires_at)"
				+ " values (:nonce, :issued, :expires)")
			.param("nonce", challenge.nonce())
			.param("issued", column(challenge.issuedAt()))
			.param("expires", column(challenge.expiresAt()))
			.update();
	}

	@Override
	@Transactional
	public Optional<Redemption> redeem(String nonce) {
		boolean firstUse = jdbc
			.sql("update identity_certificate_challenge set used_at = :now"
					+ " where nonce = :nonce and used_at is null")
			.param("now", column(clock.instant()))
			.param("nonce", nonce)
			.update() == 1;
		return jdbc.sql("select nonce, issued_at, expires_at from identity_certificate_challenge where nonce = :nonce")
			.param("nonce", nonce)
			.query((rs,
					row) -> new Redemption(new CertificateChallenge(rs.getString("nonce"),
							rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
							rs.getObject("expires_at", OffsetDateTime.class).toInstant()), firstUse))
			.optional();
	}

}
