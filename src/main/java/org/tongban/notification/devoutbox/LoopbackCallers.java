package org.tongban.notification.devoutbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * The development outbox holds every code the demo sends, so it answers only a caller on
 * the machine the platform runs on: the peer address of the connection must be a loopback
 * address. Nothing a client writes counts: a request that came through a proxy (it
 * carries a forwarding header, or the servlet container took its address from one) is not
 * from this machine even if the proxy is, and the address is read beneath any wrapper
 * that may have taken it from {@code X-Forwarded-For}.
 */
final class LoopbackCallers {

	private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
			"X-Real-IP");

	/**
	 * What Tomcat's RemoteIpValve sets when it replaced the peer address with a forwarded
	 * one.
	 */
	private static final String TOMCAT_FORWARDED = "org.apache.tomcat.request.forwarded";

	private LoopbackCallers() {
	}

	/**
	 * @throws RefusedException 403 for a caller that is not on this machine
	 */
	static void require(HttpServletRequest request) {
		if (!isLoopback(request)) {
			throw new RefusedException(Refusal.FORBIDDEN, "notification.outbox.loopbackOnly");
		}
	}

	private static boolean isLoopback(HttpServletRequest request) {
		ServletRequest original = request;
		while (original instanceof ServletRequestWrapper wrapper) {
			original = wrapper.getRequest();
		}
		if (original.getAttribute(TOMCAT_FORWARDED) != null
				|| FORWARDING_HEADERS.stream().anyMatch(header -> request.getHeader(header) != null)) {
			return false;
		}
		String peer = original.getRemoteAddr();
		if (peer == null || peer.isBlank()) {
			// InetAddress would take "nothing" for the loopback address.
			return false;
		}
		try {
			// The peer address is a literal, so nothing is looked up.
			return InetAddress.getByName(peer).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
