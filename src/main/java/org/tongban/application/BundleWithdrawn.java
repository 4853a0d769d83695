package org.tongban.application;

import java.time.Instant;
import java.util.UUID;

/**
 * The applicant withdrew a bundle before every member ended (R3.5): its members that were
 * open are withdrawn each ({@link ApplicationWithdrawn}), those waiting never start, and
 * the bundle's stages and clock end.
 */
public record BundleWithdrawn(UUID bundleId, String number, Instant withdrawnAt) {
}
