/**
 * The numbers that identify people and organizations (R1.1), as value types that are
 * valid once constructed, normalized, and masked when shown (R12.1).
 */
package org.tongban.shared.identifiers;
