package org.tongban.exchange.clients;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.exchange.clients.ExchangeClients.Administrator;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.audit.Audited;

/**
 * The administration of the department systems that call the data-exchange API (R9.3): a
 * system administrator registers and disables them for every department, a department
 * administrator for their own. The secret of a new client is shown once, on the answer to
 * the registration, and never again.
 */
@Controller
class ExchangeClientsPage {

	private static final String DEPARTMENT_ADMIN = ":department_admin";

	private final ExchangeClients clients;

	private final MessageSource messages;

	ExchangeClientsPage(ExchangeClients clients, MessageSource messages) {
		this.clients = clients;
		this.messages = messages;
	}

	@GetMapping("/admin/exchange-clients")
	String list(Authentication authentication, Model model) {
		return page(administrator(authentication), model, Map.of(), Map.of());
	}

	@PostMapping("/admin/exchange-clients")
	String register(@RequestParam(required = false) String department, @RequestParam(required = false) String name,
			@RequestParam(required = false) String authentication,
			@RequestParam(required = false) String certificateSubject, Authentication user, Model model, Locale locale,
			HttpServletResponse response) {
		Administrator admin = administrator(user);
		ClientAuthentication method = Arrays.stream(ClientAuthentication.values())
			.filter(candidate -> candidate.name().equals(authentication))
			.findFirst()
			.orElse(null);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("department", department);
		values.put("name", name);
		values.put("authentication", authentication);
		values.put("certificateSubject", certificateSubject);
		try {
			var registration = clients.register(admin, department, name, method, certificateSubject);
			// The secret is on this answer alone: no cache may keep it.
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			model.addAttribute("registration", registration);
			return "exchange/client-registered";
		}
		catch (InvalidParameterException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(admin, model, values,
					Map.of(ex.parameter(), messages.getMessage(ex.messageCode(), ex.messageArgs(), locale)));
		}
	}

	@PostMapping("/admin/exchange-clients/{clientId}/disable")
	String disable(@PathVariable String clientId, Authentication authentication) {
		clients.disable(administrator(authentication), clientId);
		return "redirect:/admin/exchange-clients";
	}

	private String page(Administrator admin, Model model, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("clients", clients.of(admin));
		model.addAttribute("everyDepartment", admin.everyDepartment());
		model.addAttribute("departments", List.copyOf(admin.departments()));
		model.addAttribute("methods", ClientAuthentication.values());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "exchange/clients";
	}

	/**
	 * The administrator signed in: a system administrator administers every department, a
	 * department administrator those where they hold the role (authority
	 * {@code dept:<DEPARTMENT>:department_admin}).
	 */
	private static Administrator administrator(Authentication authentication) {
		Set<String> departments = new TreeSet<>();
		boolean every = false;
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			String authority = granted.getAuthority();
			if ("ROLE_SYSTEM_ADMIN".equals(authority)) {
				every = true;
			}
			else if (authority != null && authority.startsWith("dept:") && authority.endsWith(DEPARTMENT_ADMIN)) {
				departments.add(authority.substring("dept:".length(), authority.length() - DEPARTMENT_ADMIN.length()));
			}
		}
		AuditActor actor = authentication.getPrincipal() instanceof Audited audited ? audited.audited()
				: AuditActor.ANONYMOUS;
		return new Administrator(actor.id(), actor, every, departments);
	}

}
