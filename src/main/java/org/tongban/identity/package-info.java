/**
 * Who acts and what they may do (R1, R12.5): applicants (natural and legal persons) and
 * staff accounts, the roles of REQUIREMENTS.md scoped to the catalogue's departments,
 * log-in by password with lock-out and throttling, web sessions and API tokens, and the
 * rules that say who may use each page and API. Other modules see
 * {@link org.tongban.identity.Accounts}, the {@link org.tongban.identity.Actor} of a
 * request ({@link org.tongban.identity.CurrentActor}) and its
 * {@link org.tongban.identity.Role}s, and
 * {@link org.tongban.identity.CertificateSignatures} to have a text signed with the
 * certificate of a certificate log-in (R5.5); a staff role in a department is the
 * authority {@code dept:<DEPARTMENT>:<role>}, which is also the process engine's
 * candidate group.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.tongban.identity;
