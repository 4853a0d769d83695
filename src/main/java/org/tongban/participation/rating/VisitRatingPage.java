package org.tongban.participation.rating;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongban.participation.Satisfaction;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.shared.web.RateLimit;

/**
 * The public page where whoever holds a window receipt rates the visit (好差评, R15.8),
 * reached from the receipt's link or QR code with its number filled in; the query code is
 * posted, never in the address. Its posts are limited per client address (R12.4), as
 * guessing codes is what a flood of them would do.
 */
@Controller
class VisitRatingPage {

	static final String PATH = "/rate-visit";

	private static final String PAGE = "rating/visit";

	private final VisitRatings visits;

	private final MessageSource messages;

	VisitRatingPage(VisitRatings visits, MessageSource messages) {
		this.visits = visits;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String form(@ModelAttribute("visit") VisitRatingForm form, Model model) {
		return page(model, form);
	}

	@PostMapping(PATH)
	String rate(@ModelAttribute("visit") VisitRatingForm form, BindingResult errors, Model model, Locale locale) {
		try {
			visits.rate(form.getNumber(), form.getQueryCode(), RatingPages.level(form.getSatisfaction()),
					RatingPages.reasons(form.getReasons()), form.getComment());
		}
		catch (NotFoundException ex) {
			errors.rejectValue("queryCode", ex.messageCode(), ex.messageArgs(), null);
			return page(model, form);
		}
		catch (InvalidParameterException ex) {
			errors.rejectValue(ex.parameter(), ex.messageCode(), ex.messageArgs(), null);
			return page(model, form);
		}
		catch (RefusedException ex) {
			model.addAttribute("refused", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
			return page(model, form);
		}
		model.addAttribute("rated", form.getNumber().strip());
		return PAGE;
	}

	private static String page(Model model, VisitRatingForm form) {
		model.addAttribute("levels", List.of(Satisfaction.values()));
		model.addAttribute("goodReasons", RatingReason.of(Satisfaction.VERY_SATISFIED));
		model.addAttribute("badReasons", RatingReason.of(Satisfaction.VERY_DISSATISFIED));
		model.addAttribute("ticked", form.getReasons());
		return PAGE;
	}

	/**
	 * Under {@code tongban.participation.rating.*}, on each node.
	 *
	 * @param visitsPerMinute visit ratings one client address may post in a minute
	 */
	@ConfigurationProperties("tongban.participation.rating")
	record Limits(@DefaultValue("10") int visitsPerMinute) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(Limits.class)
	static class RequestLimit implements WebMvcConfigurer {

		private final Limits limits;

		private final Clock clock;

		RequestLimit(Limits limits, Clock clock) {
			this.limits = limits;
			this.clock = clock;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new RateLimit(limits.visitsPerMinute(), clock)
				.perClientAddress("rating.visit.tooMany", request -> "POST".equals(request.getMethod())))
				.addPathPatterns(PATH);
		}

	}

}
