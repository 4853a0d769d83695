package org.tongban.participation.consultation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.catalog.FrequentQuestions.FrequentQuestion;
import org.tongban.identity.CurrentActor;

/**
 * Consultation for the mobile app (R10.3, R14.3): a matter's FAQ, and asking a question
 * on it, logged in or with a contact to be told at.
 */
@RestController
@RequestMapping(path = "/api/v1/matters/{code}", produces = "application/json")
@Tag(name = "Consultation", description = "Questions on a matter and its FAQ (R10.3)")
class ConsultationApi {

	private final Consultations consultations;

	private final CurrentActor currentActor;

	ConsultationApi(Consultations consultations, CurrentActor currentActor) {
		this.consultations = consultations;
		this.currentActor = currentActor;
	}

	@GetMapping("/faq")
	@Operation(operationId = "matterFaq",
			summary = "The FAQ of a matter, in its department's order; it names nobody and holds for every version")
	@ApiResponse(responseCode = "200", description = "The entries")
	@ApiResponse(responseCode = "404", description = "No such matter")
	List<FrequentQuestion> faq(@PathVariable String code) {
		return consultations.faq(code);
	}

	/**
	 * A question: a logged-in caller is told through their account; anybody else gives a
	 * mobile number or an e-mail address.
	 */
	record NewQuestion(String question, String mobile, String email) {
	}

	/** What the asker keeps to follow their question at {@code /questions}. */
	record AskedJson(String number, String queryCode, LocalDate dueOn) {
	}

	@PostMapping(path = "/questions", consumes = "application/json")
	@Operation(operationId = "askQuestion",
			summary = "Ask the matter's department a question; it answers within its working days (R10.3)")
	@ApiResponse(responseCode = "201", description = "The question's number, query code and last day for the answer")
	@ApiResponse(responseCode = "400", description = "No question, or no valid contact for an anonymous caller")
	@ApiResponse(responseCode = "404", description = "No such matter")
	@ApiResponse(responseCode = "429", description = "Too many questions from the client address")
	ResponseEntity<AskedJson> ask(@PathVariable String code, @RequestBody NewQuestion question, Locale locale) {
		Consultations.Asked asked = consultations.ask(currentActor.get(), code, question.question(), question.mobile(),
				question.email(), locale);
		return ResponseEntity.created(URI.create("/questions"))
			.body(new AskedJson(asked.number(), asked.queryCode(), asked.dueOn()));
	}

}
