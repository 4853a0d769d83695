package org.tongban.application;

/**
 * How the applicant chose to receive the result of an application (R6.4).
 *
 * @param address the postal address, for {@link DeliveryMethod#POST} only, else null
 * @param postcode its six-digit postcode, for {@link DeliveryMethod#POST} only, else null
 */
public record DeliveryChoice(DeliveryMethod method, String address, String postcode) {

	/** What an application that chose nothing gets: the decision to download. */
	public static final DeliveryChoice ELECTRONIC = new DeliveryChoice(DeliveryMethod.ELECTRONIC, null, null);

}
