package org.tongban.exchange.registry;

/** A person's household registration (户籍) status in the population registry. */
public enum PersonStatus {

	NORMAL, DECEASED, CANCELLED

}
