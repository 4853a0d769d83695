package org.tongban.application.internal;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.application.DeliveryChoice;
import org.tongban.application.DeliveryMethod;

/**
 * The delivery an application chose (R6.4), its postal address sealed as the answers are
 * (R12.1).
 */
@Repository
public class DeliveryChoiceStore {

	private final JdbcClient jdbc;

	private final SealedAnswers sealed;

	DeliveryChoiceStore(JdbcClient jdbc, SealedAnswers sealed) {
		this.jdbc = jdbc;
		this.sealed = sealed;
	}

	/** The choice of an application; electronic when it chose nothing. */
	public DeliveryChoice of(UUID applicationId) {
		return jdbc.sql("select method, address_sealed, postcode from application_delivery where application_id = :id")
			.param("id", applicationId)
			.query((row, i) -> new DeliveryChoice(DeliveryMethod.valueOf(row.getString("method")),
					Optional.ofNullable(row.getString("address_sealed")).map(sealed::openSecret).orElse(null),
					row.getString("postcode")))
			.optional()
			.orElse(DeliveryChoice.ELECTRONIC);
	}

	/** Records the choice in place of an earlier one. */
	public void choose(UUID applicationId, DeliveryChoice choice, Instant at) {
		jdbc.sql("delete from application_delivery where application_id = :id").param("id", applicationId).update();
		jdbc.sql("""
				insert into application_delivery (application_id, method, address_sealed, postcode, chosen_at)
				values (:id, :method, :address, :postcode, :at)""")
			.param("id", applicationId)
			.param("method", choice.method().name())
			.param("address", choice.address() == null ? null : sealed.seal(choice.address()))
			.param("postcode", choice.postcode())
			.param("at", column(at))
			.update();
	}

}
