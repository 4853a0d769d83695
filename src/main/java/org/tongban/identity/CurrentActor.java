package org.tongban.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the request being handled, for services and templates
 * ({@code @currentActor} in the layout). Controllers may take
 * {@code @AuthenticationPrincipal Actor} instead.
 */
@Component("currentActor")
public class CurrentActor {

	/**
	 * The actor who has logged in completely; empty for anonymous visitors and half-way
	 * through a log-in.
	 */
	public Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Actor actor ? Optional.of(actor) : Optional.empty();
	}

}
