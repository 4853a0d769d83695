package org.tongban.identity.accounts;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An applicant who is a natural person (自然人, R1.1), with their resident ID number and
 * mobile sealed.
 */
@Table("identity_person")
public record NaturalPerson(@Id UUID id, String name, @Embedded.Empty(prefix = "resident_id_") Sealed residentId,
		@Embedded.Empty(prefix = "mobile_") Sealed mobile, @Version Long version) {

	public static NaturalPerson create(UUID id, String name, Sealed residentId, Sealed mobile) {
		return new NaturalPerson(id, name, residentId, mobile, null);
	}

}
