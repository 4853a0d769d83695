package org.tongban.exchange;

/**
 * Why a registry did not confirm what a caller asked. The checks run in the order of the
 * constants, so that a caller learns the status of a record only once it has named it
 * correctly.
 */
public enum Refusal {

	/** The registry holds no record under the number. */
	NOT_FOUND("notFound"),

	/** The name is not the registered name of the number. */
	NAME_MISMATCH("nameMismatch"),

	/** The legal representative's name or ID number is not the registered one. */
	REPRESENTATIVE_MISMATCH("representativeMismatch"),

	/** The person's death is registered. */
	DECEASED("deceased"),

	/**
	 * The person's household registration was cancelled (户口注销), e.g. on settling abroad.
	 */
	CANCELLED("cancelled"),

	/**
	 * The legal person is no longer in existence (存续): it was deregistered (注销) or its
	 * licence revoked (吊销).
	 */
	NOT_ACTIVE("notActive"),

	/**
	 * An exchange request named no purpose or case, or sent a malformed record (R9.3).
	 */
	MALFORMED("malformed"),

	/**
	 * No grant of the sharing catalogue in force lets the client's department read the
	 * record for the purpose named (R9.3, R9.5).
	 */
	NOT_GRANTED("notGranted"),

	/**
	 * The client's department does not own the registry it tried to publish into (R9.2).
	 */
	NOT_OWNER("notOwner");

	private final String key;

	Refusal(String key) {
		this.key = key;
	}

	/** The refusal's part in message codes of the exchange bundle. */
	String key() {
		return key;
	}

}
