package org.tongban.licence.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.DeliveryMethod;
import org.tongban.application.DeliveryProgress.Status;
import org.tongban.identity.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The deliveries of a department's hall for its window clerks (R6.4), as
 * {@code /staff/deliveries} shows them: the pick-ups and posts to do, and recording the
 * hand-over on the pick-up code with the recipient's signature, the posting and the
 * receipt.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/deliveries", produces = "application/json")
@Tag(name = "Delivery of results",
		description = "Hand over, post and confirm the receipt of decisions, as their applicants chose (R6.4)")
class HallDeliveryApi {

	private static final String NUMBER = "/{number:TB\\d{14,}}";

	private final Deliveries deliveries;

	HallDeliveryApi(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping
	@Operation(operationId = "listDeliveriesAwaitingAction",
			summary = "The pick-ups waiting and the posts to send or confirm of the clerk's departments, "
					+ "the oldest first")
	@ApiResponse(responseCode = "200", description = "The deliveries to do")
	List<DeliveryJson> awaitingAction(@AuthenticationPrincipal Actor clerk, Locale locale) {
		return deliveries.awaitingAction(clerk).stream().map(delivery -> DeliveryJson.of(delivery, locale)).toList();
	}

	@GetMapping(NUMBER)
	@Operation(operationId = "getDelivery",
			summary = "One delivery, with the postal address of a post (a read of personal data, audited)")
	@ApiResponse(responseCode = "200", description = "The delivery")
	@ApiResponse(responseCode = "404", description = "No such delivery in the clerk's departments")
	DeliveryJson delivery(@PathVariable String number, @AuthenticationPrincipal Actor clerk, Locale locale) {
		return DeliveryJson.of(deliveries.get(clerk, number), locale);
	}

	@PostMapping(path = NUMBER + "/hand-over", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "handOverDelivery",
			summary = "Hand the result over at the hall to the person who shows the pick-up code, whose identity "
					+ "document the clerk checked, with the image of their handwritten signature as the proof",
			description = "A multipart form, as the signature is an image of up to 1 MB.")
	@ApiResponse(responseCode = "200", description = "Handed over: the delivery with its proof")
	@ApiResponse(responseCode = "400",
			description = "The recipient's name, the identity check or the signature is missing, the signature is "
					+ "no PNG or JPEG image or larger than 1 MB or 4000 × 4000 pixels, or the code is not eight "
					+ "digits or wrong; `errors` names the field")
	@ApiResponse(responseCode = "404", description = "No such delivery in the clerk's departments")
	@ApiResponse(responseCode = "409", description = "No pick-up waiting, the clerk's own case, or the code was "
			+ "replaced after five wrong ones")
	DeliveryJson handOver(@PathVariable String number,
			@Parameter(description = "The eight digits the recipient shows") @RequestParam(
					required = false) String code,
			@Parameter(description = "The name on the identity document checked") @RequestParam(
					required = false) String recipient,
			@Parameter(description = "The clerk checked the recipient's identity document") @RequestParam(
					required = false) Boolean identityChecked,
			@Parameter(description = "The recipient's handwritten signature, a PNG or JPEG image") @RequestParam(
					required = false) MultipartFile signature,
			@AuthenticationPrincipal Actor clerk, Locale locale) {
		return DeliveryJson.of(deliveries.handOver(clerk, number, code, recipient, Boolean.TRUE.equals(identityChecked),
				SignatureImages.read(signature)), locale);
	}

	@GetMapping(path = NUMBER + "/signature",
			produces = { MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE, MediaType.APPLICATION_JSON_VALUE })
	@Operation(operationId = "getDeliverySignature",
			summary = "The recipient's signature kept at the hand-over, PNG or JPEG (a read of personal data, "
					+ "audited)")
	@ApiResponse(responseCode = "200", description = "The image")
	@ApiResponse(responseCode = "404",
			description = "No such delivery in the clerk's departments, or none handed over with a signature")
	ResponseEntity<InputStreamResource> signature(@PathVariable String number, @AuthenticationPrincipal Actor clerk) {
		return SignatureImages.answer(deliveries.signature(clerk, number));
	}

	@PostMapping(path = NUMBER + "/post", consumes = "application/json")
	@Operation(operationId = "postDelivery", summary = "Record that the result was posted, with its tracking number")
	@ApiResponse(responseCode = "200", description = "Posted")
	@ApiResponse(responseCode = "400",
			description = "The carrier or the tracking number (8 to 30 letters or digits) "
					+ "is missing or not valid; `errors` names the field")
	@ApiResponse(responseCode = "404", description = "No such delivery in the clerk's departments")
	@ApiResponse(responseCode = "409", description = "No post waiting to be sent, or the clerk's own case")
	DeliveryJson post(@PathVariable String number, @RequestBody(required = false) PostJson body,
			@AuthenticationPrincipal Actor clerk, Locale locale) {
		PostJson given = body == null ? new PostJson(null, null) : body;
		return DeliveryJson.of(deliveries.post(clerk, number, given.carrier(), given.trackingNumber()), locale);
	}

	@PostMapping(path = NUMBER + "/receipt", consumes = "application/json")
	@Operation(operationId = "recordDeliveryReceipt", summary = "Record the receipt of the post: delivered")
	@ApiResponse(responseCode = "200", description = "Delivered, with the day received as its proof")
	@ApiResponse(responseCode = "400",
			description = "The day is missing, not a day (`yyyy-MM-dd`), before the " + "posting or in the future")
	@ApiResponse(responseCode = "404", description = "No such delivery in the clerk's departments")
	@ApiResponse(responseCode = "409", description = "No post on its way, or the clerk's own case")
	DeliveryJson receipt(@PathVariable String number, @RequestBody(required = false) ReceiptJson body,
			@AuthenticationPrincipal Actor clerk, Locale locale) {
		return DeliveryJson.of(deliveries.received(clerk, number, body == null ? null : body.receivedOn()), locale);
	}

	record PostJson(String carrier, String trackingNumber) {
	}

	/**
	 * @param receivedOn {@code yyyy-MM-dd}
	 */
	record ReceiptJson(String receivedOn) {
	}

	/**
	 * A delivery.
	 *
	 * @param address the postal address, on a post's own answer only
	 * @param wrongCodes wrong pick-up codes since the code was given
	 * @param signed the recipient's signature was kept, at {@code getDeliverySignature}
	 */
	record DeliveryJson(String number, String matterName, String departmentCode, DeliveryMethod method, Status status,
			String address, String postcode, int wrongCodes, String carrier, String trackingNumber, Instant postedAt,
			LocalDate receivedOn, Instant deliveredAt, String recipient, Instant decidedAt, boolean signed) {

		static DeliveryJson of(Deliveries.Delivery d, Locale locale) {
			return new DeliveryJson(d.number(), d.matterName().in(locale), d.department(), d.method(), d.status(),
					d.address(), d.postcode(), d.wrongCodes(), d.carrier(), d.trackingNumber(), d.postedAt(),
					d.receivedOn(), d.deliveredAt(), d.recipient(), d.decidedAt(), d.signed());
		}

	}

}
