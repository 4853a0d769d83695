package org.tongban.approval.bundles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The bundles of the caller's lead departments for department systems (R5.2, R15.3,
 * R14.3), as {@code /staff/bundles} shows them: every member's state and deadline and the
 * bundle's clock; its extension and messages to the applicant. Another department's
 * bundle is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/bundles", produces = "application/json")
@Tag(name = "Staff bundles", description = "The lead department's bundles: members, clock, extension, messages")
class LeadBundleApi {

	private static final String BUNDLE = "/{number:TB\\d{14,}}";

	private final BundleDesk desk;

	LeadBundleApi(BundleDesk desk) {
		this.desk = desk;
	}

	/**
	 * @param reason extend: what the applicant is told
	 * @param body message: the message to the applicant
	 */
	record BundleActionBody(String reason, String body) {
	}

	@GetMapping
	@Operation(summary = "The bundles the caller's departments lead, newest first (R5.2)")
	@ApiResponse(responseCode = "200", description = "The bundles")
	List<StaffBundleJson> ledBundles(@AuthenticationPrincipal Actor actor, Locale locale) {
		return desk.led(actor).stream().map(view -> StaffBundleJson.of(view, locale)).toList();
	}

	@GetMapping(BUNDLE)
	@Operation(summary = "A bundle the caller's department leads: its members and clocks (R5.2, R15.3)")
	@ApiResponse(responseCode = "200", description = "The bundle")
	@ApiResponse(responseCode = "404", description = "No such bundle, or another department leads it")
	StaffBundleJson ledBundle(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale) {
		return StaffBundleJson.of(desk.open(actor, number), locale);
	}

	@PostMapping(BUNDLE + "/extend")
	@Operation(summary = "Extend the bundle's clock once by 15 working days, with the reason the applicant is told "
			+ "(art. 42, R15.3)")
	@ApiResponse(responseCode = "200", description = "The bundle as it is afterwards")
	@ApiResponse(responseCode = "400", description = "The reason is missing or too long")
	@ApiResponse(responseCode = "404", description = "No such bundle, or another department leads it")
	@ApiResponse(responseCode = "409",
			description = "Not an approver of the lead department, extended already, or the bundle has ended")
	StaffBundleJson extendBundle(@PathVariable String number, @RequestBody(required = false) BundleActionBody body,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return StaffBundleJson.of(desk.extend(actor, number, body == null ? null : body.reason()), locale);
	}

	@PostMapping(BUNDLE + "/message")
	@Operation(summary = "A message of the lead department to the applicant on the whole bundle (R4.4)")
	@ApiResponse(responseCode = "200", description = "The bundle")
	@ApiResponse(responseCode = "400", description = "The message is missing or too long")
	@ApiResponse(responseCode = "404", description = "No such bundle, or another department leads it")
	@ApiResponse(responseCode = "409", description = "The bundle has ended")
	StaffBundleJson writeOnBundle(@PathVariable String number, @RequestBody(required = false) BundleActionBody body,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return StaffBundleJson.of(desk.write(actor, number, body == null ? null : body.body()), locale);
	}

	/**
	 * A bundle in the caller's language.
	 *
	 * @param dueOn the last day of the bundle's committed limit, extension included; null
	 * while its calendar is not published
	 * @param statutoryDueOn likewise of the joint statutory limit (45 working days, 60
	 * extended)
	 */
	record StaffBundleJson(String number, String bundleCode, String bundleName, String leadDepartmentCode,
			Instant receivedAt, String status, LocalDate dueOn, LocalDate statutoryDueOn, boolean extended,
			boolean stopped, List<StaffBundleMemberJson> members) {

		static StaffBundleJson of(BundleView view, Locale locale) {
			var clock = view.clock();
			return new StaffBundleJson(view.number(), view.bundleCode(), view.bundleName().in(locale),
					view.leadDepartmentCode(), view.receivedAt(), view.status().name(),
					clock == null ? null : clock.dueOn(), clock == null ? null : clock.statutoryDueOn(),
					clock != null && clock.isExtended(), clock != null && clock.isStopped(),
					view.members()
						.stream()
						.map(member -> new StaffBundleMemberJson(member.number(), member.matterCode(),
								member.matterName().in(locale), member.departmentCode(), member.stage(),
								member.status().name(), member.dueOn()))
						.toList());
		}

	}

	/** A member of a bundle: its own case, with its own clock's due day. */
	record StaffBundleMemberJson(String number, String matterCode, String matterName, String departmentCode, int stage,
			String status, LocalDate dueOn) {
	}

}
