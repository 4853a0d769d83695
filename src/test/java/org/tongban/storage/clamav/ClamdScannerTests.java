package org.tongban.storage.clamav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tongban.storage.SampleFiles.concat;
import static org.tongban.storage.SampleFiles.eicar;
import static org.tongban.storage.SampleFiles.pdf;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongban.support.Clamd;
import org.tongban.support.ClamdExtension;

/**
 * The ClamAV adapter against a real clamd with the test's signatures, over TCP and the
 * Unix socket: what it finds, what it lets through, and that it never answers "clean"
 * when it could not ask (R3.3, ASVS 5.4.3).
 */
@ExtendWith(ClamdExtension.class)
class ClamdScannerTests {

	private static final Duration SECOND = Duration.ofSeconds(1);

	static Clamd clamd;

	@BeforeAll
	static void start() {
		clamd = Clamd.start();
	}

	@AfterAll
	static void stop() throws IOException {
		clamd.close();
	}

	@Test
	@DisplayName("R3.3, ASVS 5.4.3: EICAR appended to a PDF is found over TCP and over the Unix socket")
	void eicarIsFound() throws IOException {
		byte[] infected = concat(pdf("carrier"), eicar());
		try (var tcp = ClamdScanner.overTcp("127.0.0.1", clamd.port(), SECOND, Duration.ofSeconds(30));
				var local = ClamdScanner.overUnixSocket(clamd.socket(), SECOND, Duration.ofSeconds(30))) {
			assertThat(tcp.scan(infected)).get().asString().startsWith(Clamd.EICAR_NAME);
			assertThat(local.scan(infected)).get().asString().startsWith(Clamd.EICAR_NAME);
			assertThat(local.description()).isEqualTo("ClamAV (clamd at " + clamd.socket() + ")");
		}
	}

	@Test
	@DisplayName("R3.3: a clean file is clean, also one larger than a chunk")
	void aCleanFileIsClean() throws IOException {
		try (var scanner = ClamdScanner.overTcp("127.0.0.1", clamd.port(), SECOND, Duration.ofSeconds(30))) {
			assertThat(scanner.scan(pdf("clean"))).isEmpty();
			byte[] large = new byte[1024 * 1024];
			assertThat(scanner.scan(concat(large, Clamd.TEST_MALWARE.getBytes(), large)))
				.isEqualTo(Optional.of(Clamd.TEST_MALWARE_NAME + ".UNOFFICIAL"));
		}
	}

	@Test
	@DisplayName("ASVS 5.4.3: no clamd, or one that does not answer in time, is an error, never \"clean\"")
	void noAnswerIsAnError() throws IOException {
		int closed;
		try (ServerSocket free = new ServerSocket(0)) {
			closed = free.getLocalPort();
		}
		try (var scanner = ClamdScanner.overTcp("127.0.0.1", closed, SECOND, SECOND)) {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> scanner.scan(pdf("unscanned")));
		}
		try (ServerSocket silent = new ServerSocket(0);
				var scanner = ClamdScanner.overTcp("127.0.0.1", silent.getLocalPort(), SECOND,
						Duration.ofMillis(500))) {
			// Connected by the system's backlog, never read from nor answered.
			assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> scanner.scan(pdf("unscanned")))
				.withMessageContaining("did not answer within");
		}
	}

}
