package org.tongban.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.tongban.identity.login.LogOutEverywhere;
import org.tongban.shared.audit.Audit;

/**
 * "Log out everywhere" for everybody; the homes are the modules' own: the applicants'
 * {@code /my} is the application module's, the staff's work queue {@code /staff} the
 * approval module's.
 */
@Controller
class AccountPages {

	private final LogOutEverywhere logOutEverywhere;

	private final Audit audit;

	AccountPages(LogOutEverywhere logOutEverywhere, Audit audit) {
		this.logOutEverywhere = logOutEverywhere;
		this.audit = audit;
	}

	/** Ends every session and token of the account, this one included (R1.4). */
	@PostMapping("/logout/everywhere")
	String logOutEverywhere(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		logOutEverywhere.logOut(UUID.fromString(authentication.getName()));
		SecurityConfiguration.loggedOut(audit, authentication, "everywhere");
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?logout=everywhere";
	}

}
