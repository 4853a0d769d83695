/**
 * Statistics and analysis (R11) and open data (R9.6): read models kept up to date by the
 * events of the cases ({@code statistics.readmodel}), in the transaction of each event,
 * so that no figure is counted by scanning the case tables when it is viewed; the console
 * at {@code /statistics} with its charts, tables and exports
 * ({@code statistics.console}); the anonymized public statistics
 * ({@code statistics.opendata}). Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.tongban.statistics;
