/**
 * Electronic supervision (电子监察): the official working-day calendar by which legal time limits are counted,
 * and later the case clocks, warnings and the audit trail. Other modules count working days through
 * {@link org.tongban.supervision.WorkingDayCalendar}. Requirements R8, R15.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.tongban.supervision;
