package org.tongban.identity;

import java.time.Clock;

import org.tongban.identity.factors.Authenticator;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.Browser;

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

	/** Logs in on the browser's log-in page with the password and the current code. */
	public EnrolledStaff logIn(Browser browser) {
		browser.open("/login");
		browser.find("#username").sendKeys(this.accountName);
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
		browser.find("#code").sendKeys(this.authenticator.code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");
		return this;
	}

}
