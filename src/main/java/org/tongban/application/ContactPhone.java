package org.tongban.application;

/**
 * The contact phone an application gives and whether its notices go there (R6.2).
 *
 * @param masked the number with its middle digits hidden, or null when the application
 * gives none
 */
public record ContactPhone(String masked, Reach reach) {

	static final ContactPhone NONE = new ContactPhone(null, Reach.NONE);

	public enum Reach {

		/** The application gives no mobile number to be reached at. */
		NONE,

		/**
		 * The number of the applicant's account, or of an agent of the enterprise:
		 * notices go there already.
		 */
		ACCOUNT,

		/**
		 * The applicant proved with a code that they are reached there: notices go there
		 * too.
		 */
		VERIFIED,

		/** Not proved: no notice goes there until it is. */
		UNVERIFIED

	}

	/** Whether the notices of the case go to the number. */
	public boolean isReached() {
		return reach == Reach.ACCOUNT || reach == Reach.VERIFIED;
	}

}
