package org.tongban.identity;

import java.util.List;
import java.util.UUID;

/**
 * What an account holder may see of their own account (R12.1): personal numbers masked
 * ({@code 441900********241X}, {@code 139****1234}); the credit code is public and shown
 * in full. Fields that do not apply to the account's kind are null or empty.
 *
 * @param id the account's id
 * @param kind natural person, legal person or staff
 * @param name the person's or enterprise's name
 * @param accountName the staff account's log-in name
 * @param department the staff member's own department
 * @param residentId the natural person's resident ID number, masked
 * @param mobile the mobile phone number, masked
 * @param creditCode the enterprise's unified social credit code
 * @param legalRepresentative the enterprise's legal representative
 * @param agents the natural persons who act for the enterprise, by name
 * @param actsFor the enterprises a natural person acts for, by name
 * @param roles the staff member's department roles
 */
public record AccountProfile(UUID id, AccountKind kind, String name, String accountName, String department,
		String residentId, String mobile, String creditCode, String legalRepresentative, List<String> agents,
		List<String> actsFor, List<DepartmentRole> roles) {

	public AccountProfile {
		agents = List.copyOf(agents);
		actsFor = List.copyOf(actsFor);
		roles = List.copyOf(roles);
	}

}
