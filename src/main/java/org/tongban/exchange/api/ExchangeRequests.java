package org.tongban.exchange.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.tongban.exchange.LegalForm;
import org.tongban.exchange.LicenceRecords;
import org.tongban.exchange.DataElements;
import org.tongban.exchange.Refusal;
import org.tongban.exchange.Registry;
import org.tongban.exchange.SharingGrants;
import org.tongban.exchange.clients.ExchangeCaller;
import org.tongban.exchange.registry.AccessLogRepository;
import org.tongban.exchange.registry.ExchangeLogEntry;
import org.tongban.exchange.registry.LegalPersonRecord;
import org.tongban.exchange.registry.LegalPersonRegistry;
import org.tongban.exchange.registry.LegalPersonStatus;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.exchange.registry.PersonStatus;
import org.tongban.exchange.registry.PopulationRegistry;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.crypto.BlindIndex;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.Sex;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests of department systems to the base registries (R9.2, R9.3). A request names
 * its purpose (a code of the sharing catalogue) and the case it serves; it is answered
 * only with the data elements that a grant in force lets the client's department read for
 * that purpose (the others are left out), and refused when no grant covers any. A
 * department publishes only into the registry it owns. Every request that names a record
 * is logged with the digests of request and answer, answered or refused, and audited
 * there; one that names no valid record is audited only.
 */
@Service
public class ExchangeRequests {

	static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

	/**
	 * The prefix and 26 characters of Crockford's Base32, as the licence module issues.
	 */
	static final Pattern LICENCE_ID = Pattern.compile("DZZZ-[0-9A-HJKMNP-TV-Z]{26}");

	static final Pattern LICENCE_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_NAME = 200;

	private static final int MAX_PERSON_NAME = 100;

	private static final int MAX_ADDRESS = 300;

	private final PopulationRegistry population;

	private final LegalPersonRegistry legalPersons;

	private final SharingGrants grants;

	private final AccessLogRepository log;

	private final BlindIndex index;

	private final Clock clock;

	private final Audit audit;

	private final DataElements dictionary;

	private final LicenceRecords licences;

	ExchangeRequests(PopulationRegistry population, LegalPersonRegistry legalPersons, SharingGrants grants,
			AccessLogRepository log, BlindIndex index, Clock clock, Audit audit, DataElements dictionary,
			LicenceRecords licences) {
		this.dictionary = dictionary;
		this.licences = licences;
		this.population = population;
		this.legalPersons = legalPersons;
		this.grants = grants;
		this.log = log;
		this.index = index;
		this.clock = clock;
		this.audit = audit;
	}

	/** Why a request asks: the purpose code and the case number it names. */
	public record Why(String purpose, String caseNumber) {
	}

	/** A record as a department system publishes it (R9.2): as sent, checked here. */
	public record PublishedLegalPerson(String name, String legalForm, String representativeName,
			String representativeIdNumber, String registeredAddress, String establishedOn, String status) {
	}

	/**
	 * Whose licences a department system looks for: a credit code or an ID number (in the
	 * body, so that it stays out of addresses and logs), and a licence type or none.
	 */
	public record LicenceSearch(String creditCode, String residentIdNumber, String type) {
	}

	/**
	 * A person's record as the population registry's owner publishes it (R9.2): the ID
	 * number in the body, so that it stays out of addresses and logs; checked here.
	 */
	public record PublishedPerson(String residentIdNumber, String name, String sex, String birthDate,
			String householdAddress, String status) {
	}

	/** The answer's body, exactly as digested and logged. */
	public record Answer(byte[] body, boolean created) {
	}

	/**
	 * A person's record from the population registry, within the grants.
	 * @throws InvalidParameterException (400) for a malformed ID number, a missing or
	 * malformed purpose or case number
	 * @throws RefusedException (403) without a grant in force
	 * @throws NotFoundException if the registry holds no such person
	 */
	public Answer person(ExchangeCaller caller, String residentIdNumber, Why why) {
		long started = System.nanoTime();
		ResidentIdNumber id = parse(caller, "residentIdNumber", "exchange.api.residentIdNumber",
				() -> ResidentIdNumber.parse(residentIdNumber == null ? "" : residentIdNumber.strip()));
		String requestDigest = digest("POST population " + index.of(id.value()), why, "");
		var logged = new Logged(Registry.POPULATION, caller, id, null, why, requestDigest, started);
		return read(logged, ExchangeElements.POPULATION, () -> population.find(id));
	}

	/**
	 * A legal person's record from the legal-person registry, within the grants.
	 * @throws InvalidParameterException (400) for a malformed credit code, a missing or
	 * malformed purpose or case number
	 * @throws RefusedException (403) without a grant in force
	 * @throws NotFoundException if the registry holds no such legal person
	 */
	public Answer legalPerson(ExchangeCaller caller, String creditCode, Why why) {
		long started = System.nanoTime();
		UnifiedSocialCreditCode code = creditCode(caller, creditCode);
		String requestDigest = digest("GET legal-persons " + code.value(), why, "");
		Optional<LegalPersonRecord> found = legalPersons.find(code);
		var logged = new Logged(Registry.LEGAL_PERSON, caller,
				found.map(LegalPersonRecord::representativeId).orElse(null), code, why, requestDigest, started);
		return read(logged, ExchangeElements.LEGAL_PERSON, () -> found);
	}

	/**
	 * A licence from the base registry of e-licences (R9.2, R15.10), within the grants;
	 * logged with its holder. An id that names no licence names nobody: audited only.
	 * @throws InvalidParameterException (400) for a malformed licence id, a missing or
	 * malformed purpose or case number
	 * @throws RefusedException (403) without a grant in force
	 * @throws NotFoundException if no licence has the id
	 */
	public Answer licence(ExchangeCaller caller, String licenceId, Why why) {
		long started = System.nanoTime();
		String id = parse(caller, "licenceId", "exchange.api.licenceId", () -> licenceId(licenceId));
		Optional<LicenceRecords.Licence> found = licences.find(id);
		if (found.isEmpty()) {
			audit.failed(caller.audited(), "exchange.request", "exchange-client", caller.clientId(),
					"LICENCE " + id + " NOT_FOUND");
			throw new NotFoundException("exchange.api.notFound");
		}
		LicenceRecords.Licence licence = found.get();
		var logged = new Logged(Registry.LICENCE, caller, licence.person(), licence.enterprise(), why,
				digest("GET licences " + id, why, ""), started);
		return read(logged, ExchangeElements.LICENCE, () -> found);
	}

	/**
	 * One record read within the grants: the reason checked first, then the grants, and
	 * only then whether the record exists, so that a client learns nothing of a record it
	 * may not read.
	 */
	private <R> Answer read(Logged logged, Map<String, Function<R, Object>> columns,
			java.util.function.Supplier<Optional<R>> finder) {
		checkWhy(logged);
		List<String> granted = granted(logged, columns.keySet());
		Optional<R> found = finder.get();
		if (found.isEmpty()) {
			logged.refused(Refusal.NOT_FOUND);
			throw new NotFoundException("exchange.api.notFound");
		}
		return logged.answered(
				answer(logged.registry, logged.why, Map.of("elements", elements(granted, columns, found.get()))),
				granted, false);
	}

	/**
	 * The licences of a holder, named by credit code or ID number, optionally of one
	 * type, the newest first, within the grants; logged with the holder, also when they
	 * hold none.
	 * @throws InvalidParameterException (400) for neither or both holder numbers, a
	 * malformed one or type, a missing or malformed purpose or case number
	 * @throws RefusedException (403) without a grant in force
	 */
	public Answer licences(ExchangeCaller caller, LicenceSearch search, Why why) {
		long started = System.nanoTime();
		LicenceSearch sent = search == null ? new LicenceSearch(null, null, null) : search;
		boolean byCode = sent.creditCode() != null && !sent.creditCode().isBlank();
		boolean byPerson = sent.residentIdNumber() != null && !sent.residentIdNumber().isBlank();
		if (byCode == byPerson) {
			audit.failed(caller.audited(), "exchange.request", "exchange-client", caller.clientId(),
					"holder malformed");
			throw new InvalidParameterException("holder", "exchange.api.holder");
		}
		UnifiedSocialCreditCode code = byCode ? creditCode(caller, sent.creditCode()) : null;
		ResidentIdNumber person = byPerson ? parse(caller, "residentIdNumber", "exchange.api.residentIdNumber",
				() -> ResidentIdNumber.parse(sent.residentIdNumber().strip())) : null;
		String type = sent.type() == null || sent.type().isBlank() ? null : sent.type().strip();
		if (type != null && !LICENCE_TYPE.matcher(type).matches()) {
			audit.failed(caller.audited(), "exchange.request", "exchange-client", caller.clientId(), "type malformed");
			throw new InvalidParameterException("type", "exchange.api.licenceType");
		}
		String holder = byCode ? code.value() : index.of(person.value());
		var logged = new Logged(Registry.LICENCE, caller, person, code, why,
				digest("POST licences/searches " + holder + " " + (type == null ? "" : type), why, ""), started);
		checkWhy(logged);
		List<String> granted = granted(logged, ExchangeElements.LICENCE.keySet());
		List<LicenceRecords.Licence> found = byCode ? licences.ofEnterprise(code, type)
				: licences.ofPerson(person, type);
		List<Map<String, Object>> answered = found.stream()
			.map(licence -> elements(granted, ExchangeElements.LICENCE, licence))
			.toList();
		return logged.answered(answer(Registry.LICENCE, why, Map.of("licences", answered)), granted, false);
	}

	/** A licence id as the platform issues it, upper case; anything else is malformed. */
	private static String licenceId(String licenceId) {
		String id = licenceId == null ? "" : licenceId.strip().toUpperCase(java.util.Locale.ROOT);
		if (!LICENCE_ID.matcher(id).matches()) {
			throw new InvalidIdentifierException("exchange.api.licenceId", id);
		}
		return id;
	}

	/**
	 * Publishes a legal person's record into the legal-person registry (R9.2), for the
	 * department that owns it only.
	 * @throws InvalidParameterException (400) for a malformed credit code or record, a
	 * missing or malformed purpose or case number
	 * @throws RefusedException (403) for a department that does not own the registry
	 */
	public Answer publishLegalPerson(ExchangeCaller caller, String creditCode, Why why, String body) {
		long started = System.nanoTime();
		UnifiedSocialCreditCode code = creditCode(caller, creditCode);
		String requestDigest = digest("PUT legal-persons " + code.value(), why, body == null ? "" : body);
		var logged = new Logged(Registry.LEGAL_PERSON, caller, null, code, why, requestDigest, started);
		LegalPersonRecord record = checkedForOwner(logged, () -> record(code, body));
		boolean created = legalPersons.put(record);
		var logWithPerson = new Logged(Registry.LEGAL_PERSON, caller, record.representativeId(), code, why,
				requestDigest, started);
		Map<String, Object> published = new LinkedHashMap<>();
		published.put("creditCode", code.value());
		published.put("created", created);
		return logWithPerson.answered(answer(Registry.LEGAL_PERSON, why, published),
				List.copyOf(ExchangeElements.LEGAL_PERSON.keySet()), created);
	}

	/**
	 * A record to publish, checked after the reason and the caller's ownership of the
	 * registry; a malformed one is logged as refused.
	 */
	private <R> R checkedForOwner(Logged logged, java.util.function.Supplier<R> record) {
		checkWhy(logged);
		if (!logged.caller.departmentCode().equals(dictionary.registry(logged.registry).ownerDepartment())) {
			logged.refused(Refusal.NOT_OWNER);
			throw new RefusedException(org.tongban.shared.Refusal.FORBIDDEN, "exchange.api.notOwner");
		}
		try {
			return record.get();
		}
		catch (InvalidParameterException ex) {
			logged.refused(Refusal.MALFORMED);
			throw ex;
		}
	}

	/**
	 * Publishes a person's record into the population registry (R9.2), for the department
	 * that owns it only: added, or replacing the one under the number. Sex and birth date
	 * must be those the number states.
	 * @throws InvalidParameterException (400) for a malformed body, ID number or record,
	 * a missing or malformed purpose or case number
	 * @throws RefusedException (403) for a department that does not own the registry
	 */
	public Answer publishPerson(ExchangeCaller caller, Why why, String body) {
		long started = System.nanoTime();
		PublishedPerson sent;
		try {
			sent = JSON.readValue(body == null || body.isBlank() ? "{}" : body, PublishedPerson.class);
		}
		catch (JacksonException ex) {
			audit.failed(caller.audited(), "exchange.request", "exchange-client", caller.clientId(), "body malformed");
			throw new InvalidParameterException("body", "exchange.api.body");
		}
		ResidentIdNumber id = parse(caller, "residentIdNumber", "exchange.api.residentIdNumber",
				() -> ResidentIdNumber.parse(sent.residentIdNumber() == null ? "" : sent.residentIdNumber().strip()));
		String requestDigest = digest("POST population/records " + index.of(id.value()), why, body == null ? "" : body);
		var logged = new Logged(Registry.POPULATION, caller, id, null, why, requestDigest, started);
		boolean created = population.put(checkedForOwner(logged, () -> person(id, sent)));
		return logged.answered(answer(Registry.POPULATION, why, Map.of("created", created)),
				List.copyOf(ExchangeElements.POPULATION.keySet()), created);
	}

	private static PersonRecord person(ResidentIdNumber id, PublishedPerson sent) {
		String name = text(sent.name(), "name", MAX_PERSON_NAME);
		Sex sex = constant(Sex.class, sent.sex(), "sex");
		if (sex != id.sex()) {
			throw new InvalidParameterException("sex", "exchange.api.sexMismatch");
		}
		LocalDate birthDate;
		try {
			birthDate = LocalDate.parse(sent.birthDate() == null ? "" : sent.birthDate().strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException("birthDate", "exchange.api.date");
		}
		if (!birthDate.equals(id.birthDate())) {
			throw new InvalidParameterException("birthDate", "exchange.api.birthDateMismatch");
		}
		String address = text(sent.householdAddress(), "householdAddress", MAX_ADDRESS);
		PersonStatus status = constant(PersonStatus.class, sent.status(), "status");
		return new PersonRecord(id, name, sex, birthDate, address, status);
	}

	private LegalPersonRecord record(UnifiedSocialCreditCode code, String body) {
		PublishedLegalPerson sent;
		try {
			sent = JSON.readValue(body == null || body.isBlank() ? "{}" : body, PublishedLegalPerson.class);
		}
		catch (JacksonException ex) {
			throw new InvalidParameterException("body", "exchange.api.body");
		}
		String name = text(sent.name(), "name", MAX_NAME);
		LegalForm legalForm = constant(LegalForm.class, sent.legalForm(), "legalForm");
		String representativeName = text(sent.representativeName(), "representativeName", MAX_PERSON_NAME);
		ResidentIdNumber representativeId;
		try {
			representativeId = ResidentIdNumber
				.parse(sent.representativeIdNumber() == null ? "" : sent.representativeIdNumber().strip());
		}
		catch (InvalidIdentifierException ex) {
			throw new InvalidParameterException("representativeIdNumber", "exchange.api.residentIdNumber");
		}
		String address = text(sent.registeredAddress(), "registeredAddress", MAX_ADDRESS);
		LocalDate establishedOn;
		try {
			establishedOn = LocalDate.parse(sent.establishedOn() == null ? "" : sent.establishedOn().strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException("establishedOn", "exchange.api.date");
		}
		if (establishedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidParameterException("establishedOn", "exchange.api.date");
		}
		LegalPersonStatus status = constant(LegalPersonStatus.class, sent.status(), "status");
		return new LegalPersonRecord(code, name, legalForm, representativeName, representativeId, address,
				establishedOn, status);
	}

	private static String text(String value, String field, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidParameterException(field, "exchange.api.text", max);
		}
		return text;
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(field, "exchange.api.constant");
		}
	}

	private UnifiedSocialCreditCode creditCode(ExchangeCaller caller, String creditCode) {
		return parse(caller, "creditCode", "exchange.api.creditCode",
				() -> UnifiedSocialCreditCode.parse(creditCode == null ? "" : creditCode.strip()));
	}

	/** A key that names no record: audited, not logged, since it names nobody. */
	private <T> T parse(ExchangeCaller caller, String parameter, String messageCode,
			java.util.function.Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (InvalidIdentifierException ex) {
			audit.failed(caller.audited(), "exchange.request", "exchange-client", caller.clientId(),
					parameter + " malformed");
			throw new InvalidParameterException(parameter, messageCode);
		}
	}

	private static void checkWhy(Logged logged) {
		Why why = logged.why;
		if (why.purpose() == null || !PURPOSE.matcher(why.purpose()).matches()) {
			logged.refused(Refusal.MALFORMED);
			throw new InvalidParameterException("purpose", "exchange.api.purpose");
		}
		if (why.caseNumber() == null || !CASE_NUMBER.matcher(why.caseNumber()).matches()) {
			logged.refused(Refusal.MALFORMED);
			throw new InvalidParameterException("caseNumber", "exchange.api.caseNumber");
		}
	}

	/**
	 * The elements that grants in force today let the client's department read; the
	 * department that owns the registry reads all of it, since nobody grants a department
	 * its own data.
	 */
	private List<String> granted(Logged logged, Iterable<String> elements) {
		LocalDate today = LocalDate.now(clock);
		List<String> granted = new ArrayList<>();
		if (logged.caller.departmentCode().equals(dictionary.registry(logged.registry).ownerDepartment())) {
			elements.forEach(granted::add);
			return granted;
		}
		for (String element : elements) {
			var grant = grants.inForce(logged.caller.departmentCode(), element, logged.why.purpose(), today);
			if (grant.isPresent()) {
				granted.add(element);
				if (logged.purposeText == null) {
					logged.purposeText = grant.get().purposeText();
				}
			}
		}
		if (granted.isEmpty()) {
			logged.refused(Refusal.NOT_GRANTED);
			throw new RefusedException(org.tongban.shared.Refusal.FORBIDDEN, "exchange.api.notGranted");
		}
		return granted;
	}

	/** An answer: the registry, what it holds for this request, and the reason asked. */
	private static byte[] answer(Registry registry, Why why, Map<String, Object> content) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("registry", switch (registry) {
			case POPULATION -> "population";
			case LEGAL_PERSON -> "legalPerson";
			case CREDIT -> "credit";
			case LICENCE -> "licence";
		});
		answer.putAll(content);
		answer.put("purpose", why.purpose());
		answer.put("caseNumber", why.caseNumber());
		return JSON.writeValueAsBytes(answer);
	}

	private static <T> Map<String, Object> elements(List<String> granted, Map<String, Function<T, Object>> columns,
			T record) {
		Map<String, Object> elements = new LinkedHashMap<>();
		granted.forEach(element -> elements.put(element, columns.get(element).apply(record)));
		return elements;
	}

	/**
	 * The digest of a request: what it asked for (a person by the blind index of their
	 * number, so that the digest cannot be reversed by trying numbers), why, and its
	 * body.
	 */
	private static String digest(String what, Why why, String body) {
		return sha256((what + "\n" + why.purpose() + "\n" + why.caseNumber() + "\n" + body).getBytes(UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A request on its way to the log. */
	private final class Logged {

		private final Registry registry;

		private final ExchangeCaller caller;

		private final ResidentIdNumber person;

		private final UnifiedSocialCreditCode legalPerson;

		private final Why why;

		private final String requestDigest;

		private final long started;

		/** The purpose in words of the grant that answers, if one does. */
		private String purposeText;

		Logged(Registry registry, ExchangeCaller caller, ResidentIdNumber person, UnifiedSocialCreditCode legalPerson,
				Why why, String requestDigest, long started) {
			this.registry = registry;
			this.caller = caller;
			this.person = person;
			this.legalPerson = legalPerson;
			this.why = why;
			this.requestDigest = requestDigest;
			this.started = started;
		}

		void refused(Refusal refusal) {
			write(List.of(), null, refusal);
		}

		Answer answered(byte[] body, List<String> elements, boolean created) {
			write(elements, sha256(body), null);
			return new Answer(body, created);
		}

		private void write(List<String> elements, String answerDigest, Refusal refusal) {
			String purpose = why.purpose() == null || why.purpose().length() > 40 ? null : why.purpose();
			String caseNumber = why.caseNumber() == null || why.caseNumber().isBlank() || why.caseNumber().length() > 64
					? null : why.caseNumber();
			log.record(new ExchangeLogEntry(registry, caller.clientId(), caller.departmentCode(), person, legalPerson,
					purpose, caseNumber, elements, requestDigest, answerDigest,
					(System.nanoTime() - started) / 1_000_000, refusal, purposeText));
		}

	}

}
