/**
 * Electronic licences (电子证照, R6.3–R6.5, R15.5): a grant of a matter that yields a licence
 * issues one, a PDF signed with the department's key (PAdES) that anyone can check at
 * {@code /verify}; its life cycle (revocation, suspension, change, expiry, renewal); the
 * applicant's licence library; and the delivery of results (R6.4). Other modules learn of
 * a licence through {@link org.tongban.licence.LicenceIssued}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Licences")
package org.tongban.licence;
