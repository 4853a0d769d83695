package org.tongban.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A clamd of the test's own (Debian's clamav-daemon), in a directory of its own,
 * listening on a Unix socket and on a free TCP port of the loopback, with a signature
 * database that the test writes, since none can be downloaded here: EICAR's test file and
 * a {@link #TEST_MALWARE marker} of ours that any file may carry. Started by
 * {@link #start()}, stopped by {@link #close()}; {@link #stop()} and {@link #restart()}
 * take it away and bring it back.
 */
public final class Clamd implements AutoCloseable {

	static final Path EXECUTABLE = Path.of(System.getProperty("tongban.clamd", "/usr/sbin/clamd"));

	/**
	 * Text that the test database reports as {@value #TEST_MALWARE_NAME}, so that a sound
	 * PDF can carry it.
	 */
	public static final String TEST_MALWARE = "TONGBAN-TEST-MALWARE-5c1e9a";

	public static final String TEST_MALWARE_NAME = "Tongban.Test.Malware";

	public static final String EICAR_NAME = "Eicar-Test-Signature";

	/** EICAR's anti-virus test file, which every scanner reports as a virus. */
	public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	private static final Duration STARTUP = Duration.ofSeconds(60);

	private final Path directory;

	private final int port;

	private Process process;

	private Clamd(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	public static Clamd start() {
		try {
			Path directory = Files.createTempDirectory("clamd");
			Path database = Files.createDirectory(directory.resolve("db"));
			// Extended signatures (.ndb): name, any file type, anywhere in the file, the
			// bytes in hexadecimal.
			Files.writeString(database.resolve("tongban-test.ndb"),
					signature(EICAR_NAME, EICAR) + signature(TEST_MALWARE_NAME, TEST_MALWARE));
			int port;
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			Files.writeString(directory.resolve("clamd.conf"), """
					Foreground yes
					LocalSocket %1$s/clamd.sock
					TCPSocket %2$d
					TCPAddr 127.0.0.1
					DatabaseDirectory %1$s/db
					TemporaryDirectory %1$s
					PidFile %1$s/clamd.pid
					LogFile %1$s/clamd.log
					StreamMaxLength 30M
					""".formatted(directory, port));
			Clamd clamd = new Clamd(directory, port);
			clamd.restart();
			return clamd;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Its Unix socket ({@code LocalSocket}). */
	public Path socket() {
		return directory.resolve("clamd.sock");
	}

	/** Its TCP port on 127.0.0.1 ({@code TCPSocket}). */
	public int port() {
		return port;
	}

	/** Starts it again after {@link #stop()}, and waits until it answers. */
	public void restart() throws IOException {
		Files.deleteIfExists(socket());
		process = new ProcessBuilder(EXECUTABLE.toString(), "--config-file=" + directory.resolve("clamd.conf"))
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("clamd.out").toFile())
			.start();
		Instant deadline = Instant.now().plus(STARTUP);
		while (!answers()) {
			if (!process.isAlive() || Instant.now().isAfter(deadline)) {
				process.destroyForcibly();
				throw new IllegalStateException(
						"clamd did not start: " + Files.readString(directory.resolve("clamd.out")));
			}
			sleep();
		}
	}

	/** Stops it, as an outage would; the configuration stays for {@link #restart()}. */
	public void stop() {
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws IOException {
		stop();
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	private boolean answers() {
		if (!Files.exists(socket())) {
			return false;
		}
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(socket()));
			channel.write(ByteBuffer.wrap("zPING\0".getBytes(StandardCharsets.US_ASCII)));
			ByteBuffer reply = ByteBuffer.allocate(16);
			channel.read(reply);
			return new String(reply.array(), 0, reply.position(), StandardCharsets.US_ASCII).startsWith("PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String signature(String name, String content) {
		return name + ":0:*:" + HexFormat.of().formatHex(content.getBytes(StandardCharsets.US_ASCII)) + "\n";
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
