package org.tongban.identity;

import java.time.Clock;

import org.tongban.identity.factors.Authenticator;
import org.tongban.identity.login.StaffSecondFactor;

/**
 * A new staff member of a test with an authenticator app enrolled, so that the test can
 * log them in with both factors (R1.3). A fresh account per test: a TOTP code is accepted
 * once per time step and account, so tests that shared a demo account would refuse each
 * other's codes.
 */
public record EnrolledStaff(Actor actor, String accountName, Authenticator authenticator) {

	public static EnrolledStaff create(Accounts accounts, StaffSecondFactor secondFactor, Clock clock,
			DepartmentRole... roles) {
		String accountName = TestAccounts.accountName();
		Actor actor = new TestAccounts(accounts).staff(accountName, roles);
		Authenticator authenticator = Authenticator.random(clock);
		secondFactor.enrolUnlessEnrolled(actor.id(), authenticator.secret());
		return new EnrolledStaff(actor, accountName, authenticator);
	}

}
