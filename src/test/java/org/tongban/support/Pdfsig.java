package org.tongban.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Poppler's {@code pdfsig}, the independent check that a PDF signature verifies as
 * ordinary PDF tools see it (R6.3). Where it is not installed the test is skipped, unless
 * the suite is switched on ({@code -Dtongban.it.pdfsig=true}) or {@code CI=true}: then a
 * missing pdfsig fails (.ci/run installs poppler-utils).
 */
public final class Pdfsig {

	static final Path EXECUTABLE = Path.of("/usr/bin/pdfsig");

	private Pdfsig() {
	}

	/**
	 * What {@code pdfsig -nocert} says of the PDF: the signatures and whether each
	 * verifies, without checking the certificate against the system's trust store, which
	 * does not hold the platform's CAs.
	 */
	public static String verify(byte[] pdf) throws IOException, InterruptedException {
		if (!Files.isExecutable(EXECUTABLE)) {
			if (RequiredSuites.pdfsig()) {
				throw new IllegalStateException(
						EXECUTABLE + " is missing: install Debian's poppler-utils (.ci/run does)");
			}
			Assumptions.abort("pdfsig is not installed; the poppler check is skipped");
		}
		Path file = Files.createTempFile("licence", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder(EXECUTABLE.toString(), "-nocert", file.toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("pdfsig did not answer within 30 s");
			}
			return output;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
