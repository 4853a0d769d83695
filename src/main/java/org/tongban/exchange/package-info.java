/**
 * The data exchange (数据共享交换): the base registries of D city, real-name verification
 * against them, and the log of every registry read. Other modules verify applicants
 * through {@link org.tongban.exchange.RealNameVerification} and show a citizen the uses
 * of their data through {@link org.tongban.exchange.RegistryAccessLog}. Requirements
 * R1.2, R9.2, R9.3, R16.1.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data exchange", allowedDependencies = "shared")
package org.tongban.exchange;
