/**
 * The attachments of applications (R3.3, R12.2): the materials applicants upload, typed
 * by their content and never by their name, checked, encrypted at rest and read back for
 * download. Other modules store and open them through
 * {@link org.tongban.storage.Attachments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments", allowedDependencies = "shared")
package org.tongban.storage;
