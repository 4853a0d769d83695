package org.tongban.licence.delivery;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;

/**
 * The deliveries of a department's hall (R6.4), {@code /staff/deliveries}: the pick-ups
 * waiting and the posts to send or to confirm, the oldest first; one delivery, where its
 * clerk hands the result over on the pick-up code, or records the posting and then the
 * receipt. The hand-over keeps the image of the recipient's signature, uploaded with the
 * form, which the page then shows as the proof. Another department's delivery is not
 * found. Without JavaScript.
 */
@Controller
@RequestMapping("/staff/deliveries")
class HallDeliveryPages {

	private static final String PAGE = "staff/delivery";

	private final Deliveries deliveries;

	private final MessageSource messages;

	HallDeliveryPages(Deliveries deliveries, MessageSource messages) {
		this.deliveries = deliveries;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor clerk, Model model) {
		model.addAttribute("deliveries", deliveries.awaitingAction(clerk));
		return "staff/deliveries";
	}

	@GetMapping("/{number}")
	String open(@PathVariable String number, @ModelAttribute("deliveryForm") DeliveryForm form,
			@AuthenticationPrincipal Actor clerk, Model model) {
		return page(deliveries.get(clerk, number), model);
	}

	@PostMapping("/{number}/hand-over")
	String handOver(@PathVariable String number, @ModelAttribute("deliveryForm") DeliveryForm form,
			BindingResult errors, @AuthenticationPrincipal Actor clerk, Model model, HttpServletResponse response,
			Locale locale, RedirectAttributes redirect) {
		return act(number, errors, clerk, model, response, locale, redirect,
				() -> deliveries.handOver(clerk, number, form.getCode(), form.getRecipient(),
						Boolean.TRUE.equals(form.getIdentityChecked()), SignatureImages.read(form.getSignature())));
	}

	/** The recipient's signature kept at the hand-over, shown on the delivery's page. */
	@GetMapping("/{number}/signature")
	ResponseEntity<InputStreamResource> signature(@PathVariable String number, @AuthenticationPrincipal Actor clerk) {
		return SignatureImages.answer(deliveries.signature(clerk, number));
	}

	@PostMapping("/{number}/post")
	String post(@PathVariable String number, @ModelAttribute("deliveryForm") DeliveryForm form, BindingResult errors,
			@AuthenticationPrincipal Actor clerk, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		return act(number, errors, clerk, model, response, locale, redirect,
				() -> deliveries.post(clerk, number, form.getCarrier(), form.getTrackingNumber()));
	}

	@PostMapping("/{number}/receipt")
	String receipt(@PathVariable String number, @ModelAttribute("deliveryForm") DeliveryForm form, BindingResult errors,
			@AuthenticationPrincipal Actor clerk, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		return act(number, errors, clerk, model, response, locale, redirect,
				() -> deliveries.received(clerk, number, form.getReceivedOn()));
	}

	/**
	 * Does the action: a wrong value shows the page again with the reason at its field
	 * (400); a refusal (409) says why above it; done, the delivery with its proof.
	 */
	private String act(String number, BindingResult errors, Actor clerk, Model model, HttpServletResponse response,
			Locale locale, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (InvalidParameterException invalid) {
			errors.rejectValue(invalid.parameter(), invalid.messageCode(),
					LocalizedText.in(locale, invalid.messageArgs()), invalid.messageCode());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(deliveries.get(clerk, number), model);
		}
		catch (RefusedException refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refused", messages.getMessage(refused.messageCode(),
					LocalizedText.in(locale, refused.messageArgs()), refused.messageCode(), locale));
			return page(deliveries.get(clerk, number), model);
		}
		redirect.addFlashAttribute("recorded", true);
		return "redirect:/staff/deliveries/" + number;
	}

	private String page(Deliveries.Delivery delivery, Model model) {
		model.addAttribute("delivery", delivery);
		return PAGE;
	}

	/** What the page's forms post, each its own fields. */
	public static class DeliveryForm {

		private String code;

		private String recipient;

		private Boolean identityChecked;

		private String carrier;

		private String trackingNumber;

		private String receivedOn;

		private MultipartFile signature;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getRecipient() {
			return recipient;
		}

		public void setRecipient(String recipient) {
			this.recipient = recipient;
		}

		public Boolean getIdentityChecked() {
			return identityChecked;
		}

		public void setIdentityChecked(Boolean identityChecked) {
			this.identityChecked = identityChecked;
		}

		public String getCarrier() {
			return carrier;
		}

		public void setCarrier(String carrier) {
			this.carrier = carrier;
		}

		public String getTrackingNumber() {
			return trackingNumber;
		}

		public void setTrackingNumber(String trackingNumber) {
			this.trackingNumber = trackingNumber;
		}

		public String getReceivedOn() {
			return receivedOn;
		}

		public void setReceivedOn(String receivedOn) {
			this.receivedOn = receivedOn;
		}

		public MultipartFile getSignature() {
			return signature;
		}

		public void setSignature(MultipartFile signature) {
			this.signature = signature;
		}

	}

}
