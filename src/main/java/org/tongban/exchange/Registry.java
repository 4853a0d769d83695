package org.tongban.exchange;

/** The base registries of the city (R9.2). */
public enum Registry {

	/** 人口基础信息库: the natural persons whose household is registered in the city. */
	POPULATION("population"),

	/**
	 * 法人单位基础信息库: enterprises, individual businesses, public institutions and social
	 * organizations.
	 */
	LEGAL_PERSON("legalPerson"),

	/**
	 * 信用记录: the credit events of persons and legal persons that bar them from the fast
	 * tracks (R15.6, R15.7).
	 */
	CREDIT("credit"),

	/**
	 * 电子证照库: the electronic licences the platform issued, which the licence module keeps
	 * and departments read (R15.10); its reads are logged here like any other.
	 */
	LICENCE("licence");

	private final String key;

	Registry(String key) {
		this.key = key;
	}

	/** The registry's part in message codes of the exchange bundle. */
	String key() {
		return key;
	}

}
