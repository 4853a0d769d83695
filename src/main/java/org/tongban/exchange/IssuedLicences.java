package org.tongban.exchange;

import java.util.Map;

/**
 * The electronic licences each department has issued into the base registry of licences
 * (R9.5, R15.10), which the licence module keeps: the exchange counts them among the
 * records a department contributes, without depending on that module.
 */
public interface IssuedLicences {

	/** The licences issued, revoked ones included, by the issuing department's code. */
	Map<String, Long> countByDepartment();

}
