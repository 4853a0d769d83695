/**
 * The small kernel every module may use: localized text, web error handling, locale
 * resolution, the numbers that identify people and organizations ({@code identifiers})
 * and the protection of personal data ({@code crypto}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tongban.shared;
