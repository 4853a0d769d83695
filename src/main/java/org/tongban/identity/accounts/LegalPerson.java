package org.tongban.identity.accounts;

import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An applicant that is a legal person (法人, R1.1): an enterprise or other organization, which acts through the
 * natural persons who are its agents.
 *
 * @param creditCode the unified social credit code, public and therefore not sealed
 */
@Table("identity_enterprise")
public record LegalPerson(@Id UUID id, String name, String creditCode, String legalRepresentative,
		@MappedCollection(idColumn = "enterprise_id") Set<Agent> agents, @Version Long version) {

	public LegalPerson {
		agents = Set.copyOf(agents);
	}

	public static LegalPerson create(UUID id, String name, String creditCode, String legalRepresentative, UUID agent) {
		return new LegalPerson(id, name, creditCode, legalRepresentative, Set.of(new Agent(agent)), null);
	}

	/** A natural person who acts for the enterprise (经办人). */
	@Table("identity_enterprise_agent")
	public record Agent(UUID personId) {
	}

}
