package org.tongban.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on a local port of its own to a service (RabbitMQ at 127.0.0.1:5672),
 * to stand for a network between the platform and the service that breaks and comes back
 * ({@link #close()}, {@link #open()}) without stopping the service, which other tests on
 * the machine may be using. Closed, it refuses connections and cuts the open ones.
 */
public final class TcpForwarder implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	private TcpForwarder(String targetHost, int targetPort, int port) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.port = port;
	}

	/** A forwarder, open, on a free port. */
	public static TcpForwarder to(String host, int port) {
		TcpForwarder forwarder = new TcpForwarder(host, port, freePort());
		forwarder.open();
		return forwarder;
	}

	public int port() {
		return port;
	}

	/** Accepts connections again, on the same port. */
	public synchronized void open() {
		if (server != null) {
			return;
		}
		try {
			ServerSocket listening = new ServerSocket();
			listening.setReuseAddress(true);
			listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			server = listening;
			Thread acceptor = new Thread(() -> accept(listening), "forwarder-" + port);
			acceptor.setDaemon(true);
			acceptor.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Refuses new connections and cuts the open ones, as a broken network would. */
	@Override
	public synchronized void close() {
		if (server == null) {
			return;
		}
		quietly(server);
		server = null;
		sockets.forEach(TcpForwarder::quietly);
		sockets.clear();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = new Socket(targetHost, targetPort);
				sockets.add(client);
				sockets.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// closed, or the service refused: the client sees its connection cut
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// cut
			}
			finally {
				quietly(from);
				quietly(to);
				sockets.remove(from);
				sockets.remove(to);
			}
		}, "forwarder-pump-" + port);
		thread.setDaemon(true);
		thread.start();
	}

	private static void quietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// closing anyway
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
