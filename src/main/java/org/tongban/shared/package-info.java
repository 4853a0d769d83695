/**
 * The small kernel every module may use: localized text, web error handling, locale resolution.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tongban.shared;
