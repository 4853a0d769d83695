package org.tongban.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.tongban.shared.LocalizedText;

/**
 * The electronic licence (电子证照) a grant of a matter version yields (R6.3): its type and
 * name, how long it is valid, and the answers printed on it beside the holder. Stored as
 * one JSON document with the version and versioned with it; a version without one yields
 * no licence.
 *
 * @param type the licence type's code, e.g. {@code FOOD_BUSINESS_LICENCE}, as materials
 * name the licence that can replace them ({@link MatterVersion.Material#licenceType()})
 * @param validity an ISO-8601 period such as {@code P5Y}; null for a licence without
 * expiry
 * @param printed the form's answers printed on the licence, in order
 * @param issuance when a grant issues it: at once (the default), or by the department's
 * staff by hand within {@link #BY_HAND_DAYS} working days (R15.5)
 */
public record LicenceDefinition(String type, LocalizedText name, String validity, List<Printed> printed,
		Issuance issuance) {

	/** The working days within which a licence issued by hand is issued (R15.5). */
	public static final int BY_HAND_DAYS = 10;

	/** A licence issued at once on its grant. */
	public LicenceDefinition(String type, LocalizedText name, String validity, List<Printed> printed) {
		this(type, name, validity, printed, Issuance.AT_ONCE);
	}

	public LicenceDefinition {
		issuance = issuance == null ? Issuance.AT_ONCE : issuance;
		if (type == null || !type.matches("[A-Z][A-Z0-9_]{1,63}")) {
			throw new IllegalArgumentException("A licence type is a code in capitals, not " + type);
		}
		if (name == null || name.zh() == null || name.zh().isBlank()) {
			throw new IllegalArgumentException("Licence " + type + " has no name");
		}
		printed = printed == null ? List.of() : List.copyOf(printed);
		if (validity != null) {
			Period period;
			try {
				period = Period.parse(validity);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(
						"Licence " + type + ": validity " + validity + " is no ISO-8601 period such as P5Y");
			}
			if (period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("Licence " + type + ": validity " + validity + " is not positive");
			}
		}
		var fields = new HashSet<String>();
		printed.forEach(item -> {
			if (!fields.add(item.field())) {
				throw new IllegalArgumentException("Licence " + type + " prints the field " + item.field() + " twice");
			}
		});
	}

	/** Whether the department's staff issue it by hand rather than the grant at once. */
	public boolean byHand() {
		return issuance == Issuance.BY_HAND;
	}

	/** The last day a licence valid from a day is valid, or none without expiry. */
	public Optional<LocalDate> validUntil(LocalDate validFrom) {
		return validity == null ? Optional.empty() : Optional.of(validFrom.plus(Period.parse(validity)).minusDays(1));
	}

	/** Refuses a printed item that names a field the form does not have. */
	void verify(FormDefinition form) {
		printed.stream()
			.filter(item -> form == null || form.field(item.field()).isEmpty())
			.findFirst()
			.ifPresent(item -> {
				throw new IllegalArgumentException(
						"Licence " + type + " prints the form's field " + item.field() + ", which it does not have");
			});
	}

	/**
	 * An answer printed on the licence under a label.
	 *
	 * @param field the key of the form's field
	 * @param label the label on the licence
	 */
	public record Printed(String field, LocalizedText label) {

		public Printed {
			if (field == null || field.isBlank() || label == null || label.zh() == null) {
				throw new IllegalArgumentException("A printed item of a licence names its field and label");
			}
		}

	}

	/** When a grant issues its licence (R6.3, R15.5). */
	public enum Issuance {

		/** On the grant, by the platform. */
		AT_ONCE,

		/**
		 * By the issuing department's deciding staff, the deadline on the clock and in
		 * the warnings.
		 */
		BY_HAND

	}

}
