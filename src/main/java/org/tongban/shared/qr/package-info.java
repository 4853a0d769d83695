/**
 * QR codes of addresses, printed on licences, receipts and enrolment pages.
 */
package org.tongban.shared.qr;
