package org.tongban.identity.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.login.LogOutEverywhere;

/**
 * The home of a staff log-in, {@code /staff} (who they are and their roles; the work queue comes later), and "log out
 * everywhere" for everybody; the applicants' home {@code /my} is the application module's.
 */
@Controller
class AccountPages {

	private final Accounts accounts;

	private final LogOutEverywhere logOutEverywhere;

	private final MatterCatalog catalog;

	AccountPages(Accounts accounts, LogOutEverywhere logOutEverywhere, MatterCatalog catalog) {
		this.accounts = accounts;
		this.logOutEverywhere = logOutEverywhere;
		this.catalog = catalog;
	}

	@GetMapping("/staff")
	String staffHome(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("profile", accounts.profile(actor.id()));
		Map<String, Department> departments = catalog.departments()
			.stream()
			.collect(Collectors.toMap(Department::code, Function.identity()));
		model.addAttribute("departments", departments);
		return "identity/staff";
	}

	/** Ends every session and token of the account, this one included (R1.4). */
	@PostMapping("/logout/everywhere")
	String logOutEverywhere(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		logOutEverywhere.logOut(UUID.fromString(authentication.getName()));
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?logout=everywhere";
	}

}
