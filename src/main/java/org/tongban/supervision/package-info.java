/**
 * Electronic supervision (电子监察): the official working-day calendar by which legal time
 * limits are counted, the legal clocks of cases and their steps, and later warnings and
 * the audit trail. Other modules count working days through
 * {@link org.tongban.supervision.WorkingDayCalendar} and keep case clocks through
 * {@link org.tongban.supervision.CaseClocks}. Requirements R8, R15.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.tongban.supervision;
