package org.tongban.application;

/**
 * Where an application was made (R13.4): online by the applicant, or at the integrated
 * window (综合窗口, R4.5) by a clerk on the applicant's behalf. Either way it is one
 * application, routed and handled alike.
 */
public enum Channel {

	ONLINE, WINDOW

}
