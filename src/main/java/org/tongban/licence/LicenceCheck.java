package org.tongban.licence;

import java.time.LocalDate;
import java.util.List;

import org.tongban.shared.LocalizedText;

/**
 * A licence as its public verification shows it (R6.3): its status, and what the licence
 * shows publicly. A natural person is named masked and never by an ID number; the answers
 * printed on their licence are theirs alone and are not shown.
 *
 * @param licenceId the id looked up, or the one an uploaded PDF names; null for an upload
 * that names none
 * @param name the licence's name; null when unknown or forged
 * @param holder the holder's public name: an enterprise's, or a natural person's masked
 * @param creditCode an enterprise holder's unified social credit code; null for a person
 * @param validUntil null without expiry
 * @param revokedOn with {@code revocationReasons}, set when revoked
 * @param revocationBasis the legal basis of the revocation; null for a revocation with
 * the grant kept before the basis was
 * @param suspendedOn with its reasons and basis, set while suspended (R15.5)
 * @param version 1 as issued, one more for each change
 * @param replaces the id of the licence this version replaces; null for the first
 * @param replacedBy the id of the licence that replaces this one; null unless replaced
 * @param history the steps of its life, the oldest first, without the officers who acted
 * @param deemedRenewedOn the day its validity was extended to {@code validUntil} by a
 * deemed renewal (行政许可法 art. 50, R15.5); null otherwise
 */
public record LicenceCheck(LicenceStatus status, String licenceId, LocalizedText name, String holder, String creditCode,
		LocalizedText department, LocalDate validFrom, LocalDate validUntil, List<Item> printed, LocalDate revokedOn,
		String revocationReasons, String revocationBasis, LocalDate suspendedOn, String suspensionReasons,
		String suspensionBasis, int version, String replaces, String replacedBy, List<Step> history,
		LocalDate deemedRenewedOn) {

	public LicenceCheck {
		printed = printed == null ? List.of() : List.copyOf(printed);
		history = history == null ? List.of() : List.copyOf(history);
	}

	/**
	 * A step in the licence's life as the public sees it (R15.5).
	 *
	 * @param kind ISSUED, REVOKED, SUSPENDED, RESUMED or CHANGED
	 * @param otherLicence the licence this one replaces (ISSUED) or that replaces it
	 * (CHANGED)
	 */
	public record Step(String kind, LocalDate on, String reasons, String legalBasis, String otherLicence) {
	}

	/** The same, its validity extended by a deemed renewal on the day. */
	public LicenceCheck withDeemedRenewal(LocalDate on) {
		return new LicenceCheck(status, licenceId, name, holder, creditCode, department, validFrom, validUntil, printed,
				revokedOn, revocationReasons, revocationBasis, suspendedOn, suspensionReasons, suspensionBasis, version,
				replaces, replacedBy, history, on);
	}

	/** An answer printed on the licence. */
	public record Item(LocalizedText label, LocalizedText value) {
	}

	/** Nothing to show but the status, and the id asked for. */
	public static LicenceCheck only(LicenceStatus status, String licenceId) {
		return new LicenceCheck(status, licenceId, null, null, null, null, null, null, List.of(), null, null, null,
				null, null, null, 0, null, null, List.of(), null);
	}

}
