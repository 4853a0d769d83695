/**
 * The data exchange (数据共享交换): the base registries of D city, real-name verification
 * against them, and the log of every registry read. Other modules verify applicants
 * through {@link org.tongban.exchange.RealNameVerification} and show a citizen the uses
 * of their data through {@link org.tongban.exchange.RegistryAccessLog}. The sharing
 * metrics per department ({@code exchange.metrics}, R9.5) count the licences each
 * department issued through {@link org.tongban.exchange.IssuedLicences}, which the
 * licence module implements. Requirements R1.2, R9.2, R9.3, R9.5, R16.1.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data exchange", allowedDependencies = "shared")
package org.tongban.exchange;
