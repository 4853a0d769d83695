package org.tongban.approval.documents;

import java.time.LocalDate;

/**
 * What every document of a case states: whose application, for which matter, under which
 * number, received when. The department and the matter's name are read from the catalogue
 * version the application was made under.
 *
 * @param applicationNumber the receipt's number, e.g. {@code TB20261127000001}
 * @param applicantName the person's or enterprise's name, the addressee
 * @param matterVersion the version of the matter the application was made under (R16.5)
 * @param receivedOn the city's date the application was received
 */
public record CaseFacts(String applicationNumber, String applicantName, String matterCode, int matterVersion,
		LocalDate receivedOn) {
}
