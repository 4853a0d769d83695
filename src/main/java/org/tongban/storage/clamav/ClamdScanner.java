package org.tongban.storage.clamav;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.tongban.storage.scanning.MalwareScanner;

/**
 * ClamAV's daemon, clamd, spoken to over its socket protocol (clamd(8)):
 * {@code zINSTREAM}, the file in chunks each preceded by its length as four bytes in
 * network order, a chunk of length zero, then one reply ending with a NUL:
 * {@code stream: OK}, {@code stream: <name> FOUND} or {@code ... ERROR}. Over TCP or a
 * Unix socket, one connection per file. Whatever is not a clear answer (no connection, a
 * timeout, an error, a reply cut short) is an {@link IOException}, so that no file passes
 * unscanned.
 */
public final class ClamdScanner implements MalwareScanner, AutoCloseable {

	private static final byte[] INSTREAM = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);

	private static final int CHUNK = 64 * 1024;

	private static final int LONGEST_REPLY = 4096;

	private static final String CLEAN = "stream: OK";

	private static final String FOUND = " FOUND";

	private final Supplier<SocketAddress> address;

	private final StandardProtocolFamily family;

	private final String where;

	private final Duration connectTimeout;

	private final Duration timeout;

	/**
	 * Closes a connection that takes too long: a blocking channel has no timeouts of its
	 * own.
	 */
	private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "clamd-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private ClamdScanner(Supplier<SocketAddress> address, StandardProtocolFamily family, String where,
			Duration connectTimeout, Duration timeout) {
		this.address = address;
		this.family = family;
		this.where = where;
		this.connectTimeout = connectTimeout;
		this.timeout = timeout;
	}

	/** clamd's {@code TCPSocket}; the host is looked up again for every file. */
	public static ClamdScanner overTcp(String host, int port, Duration connectTimeout, Duration timeout) {
		return new ClamdScanner(() -> new InetSocketAddress(host, port), StandardProtocolFamily.INET, host + ":" + port,
				connectTimeout, timeout);
	}

	/** clamd's {@code LocalSocket}. */
	public static ClamdScanner overUnixSocket(Path socket, Duration connectTimeout, Duration timeout) {
		return new ClamdScanner(() -> UnixDomainSocketAddress.of(socket), StandardProtocolFamily.UNIX,
				socket.toString(), connectTimeout, timeout);
	}

	@Override
	public Optional<String> scan(byte[] file) throws IOException {
		SocketAddress target = address.get();
		try (SocketChannel channel = SocketChannel.open(family)) {
			within(connectTimeout, channel, () -> channel.connect(target));
			String reply = within(timeout, channel, () -> {
				send(channel, file);
				return receive(channel);
			});
			if (reply.equals(CLEAN)) {
				return Optional.empty();
			}
			if (reply.startsWith("stream: ") && reply.endsWith(FOUND)) {
				return Optional.of(reply.substring("stream: ".length(), reply.length() - FOUND.length()));
			}
			throw new IOException("clamd at " + where + " answered: " + reply);
		}
	}

	@Override
	public String description() {
		return "ClamAV (clamd at " + where + ")";
	}

	@Override
	public void close() {
		watchdog.shutdownNow();
	}

	private <T> T within(Duration limit, SocketChannel channel, Exchange<T> exchange) throws IOException {
		ScheduledFuture<?> guard = watchdog.schedule(() -> closeQuietly(channel), limit.toMillis(),
				TimeUnit.MILLISECONDS);
		try {
			return exchange.run();
		}
		catch (AsynchronousCloseException ex) {
			throw new SocketTimeoutException("clamd at " + where + " did not answer within " + limit);
		}
		finally {
			guard.cancel(false);
		}
	}

	private static void send(SocketChannel channel, byte[] file) throws IOException {
		writeFully(channel, ByteBuffer.wrap(INSTREAM));
		for (int at = 0; at < file.length; at += CHUNK) {
			int length = Math.min(CHUNK, file.length - at);
			writeFully(channel, ByteBuffer.allocate(4).putInt(0, length));
			writeFully(channel, ByteBuffer.wrap(file, at, length));
		}
		writeFully(channel, ByteBuffer.allocate(4).putInt(0, 0));
	}

	private static String receive(SocketChannel channel) throws IOException {
		ByteArrayOutputStream reply = new ByteArrayOutputStream();
		ByteBuffer buffer = ByteBuffer.allocate(256);
		while (reply.size() < LONGEST_REPLY) {
			buffer.clear();
			if (channel.read(buffer) < 0) {
				throw new IOException("clamd closed the connection before its reply ended: " + reply);
			}
			for (int i = 0; i < buffer.position(); i++) {
				if (buffer.get(i) == 0) {
					return reply.toString(StandardCharsets.UTF_8).strip();
				}
				reply.write(buffer.get(i));
			}
		}
		throw new IOException("clamd's reply is too long");
	}

	private static void writeFully(SocketChannel channel, ByteBuffer bytes) throws IOException {
		while (bytes.hasRemaining()) {
			channel.write(bytes);
		}
	}

	private static void closeQuietly(SocketChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			// Closed to end a wait: the waiting side reports the timeout.
		}
	}

	@FunctionalInterface
	private interface Exchange<T> {

		T run() throws IOException;

	}

}
