package org.tongban.identity.accounts;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An applicant that is a legal person (法人, R1.1): an enterprise or other organization,
 * which acts through the natural persons who are its agents.
 *
 * @param creditCode the unified social credit code, public and therefore not sealed
 */
@Table("identity_enterprise")
public record LegalPerson(@Id UUID id, String name, String creditCode, String legalRepresentative,
		@MappedCollection(idColumn = "enterprise_id") Set<Agent> agents, @Version Long version) {

	public LegalPerson {
		agents = Set.copyOf(agents);
	}

	/**
	 * @param agent the natural person who opened the account with proof (R1.6), its admin
	 * agent
	 */
	public static LegalPerson create(UUID id, String name, String creditCode, String legalRepresentative, UUID agent) {
		return new LegalPerson(id, name, creditCode, legalRepresentative, Set.of(new Agent(agent, true)), null);
	}

	public boolean hasAgent(UUID person) {
		return agents.stream().anyMatch(agent -> agent.personId().equals(person));
	}

	/** Whether the person may add agents beside the legal representative (R1.6). */
	public boolean hasAdminAgent(UUID person) {
		return agents.stream().anyMatch(agent -> agent.admin() && agent.personId().equals(person));
	}

	/**
	 * With one more agent, who is an admin agent if {@code admin}; an agent already
	 * present keeps their place.
	 */
	public LegalPerson withAgent(UUID person, boolean admin) {
		if (hasAgent(person)) {
			return this;
		}
		var more = new HashSet<>(agents);
		more.add(new Agent(person, admin));
		return new LegalPerson(id, name, creditCode, legalRepresentative, more, version);
	}

	public LegalPerson withoutAgent(UUID person) {
		var fewer = new HashSet<>(agents);
		fewer.removeIf(agent -> agent.personId().equals(person));
		return new LegalPerson(id, name, creditCode, legalRepresentative, fewer, version);
	}

	/**
	 * A natural person who acts for the enterprise (经办人).
	 *
	 * @param admin whether they may add agents, as the legal representative may
	 */
	@Table("identity_enterprise_agent")
	public record Agent(UUID personId, boolean admin) {
	}

}
