package org.tongban.approval.processes;

import java.time.Instant;

/**
 * A version of a process definition deployed on the engine.
 *
 * @param key the process id: a matter's code for a matter-specific model, else a shared
 * model's key such as {@code approval-standard}
 * @param fileName the name of the uploaded or shipped file it came from
 * @param runningInstances the cases under way on this version, which keep it until they
 * end
 */
public record DeployedProcess(String key, String name, int version, Instant deployedAt, String fileName,
		long runningInstances) {
}
