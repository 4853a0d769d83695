package org.tongban.shared.web;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.mapper.MappingData;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.MessageBytes;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A request Tomcat cannot read at all gets the site's error page, styled and in the
 * reader's language, not Tomcat's plain one (R12.3, R13, issue 13 item 8). Tomcat answers
 * 400 to a request line with characters HTTP does not allow there, such as a search typed
 * into the address bar and sent as raw UTF-8 ({@code /matters?q=食品}); it then maps such a
 * request to no application, so only its own error report would answer. This valve maps
 * it to the platform, whose error pages Tomcat then shows for the 400, and no further: a
 * request already in error is never handed to the application itself.
 */
@Component
class UnreadableRequestLines extends ValveBase
		implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	UnreadableRequestLines() {
		super(true);
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addEngineValves(this);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getContext() == null && response.isError()) {
			MessageBytes root = MessageBytes.newInstance();
			root.setString("/");
			MappingData mapping = request.getMappingData();
			mapping.recycle();
			request.getConnector()
				.getService()
				.getMapper()
				.map(request.getCoyoteRequest().serverName(), root, null, mapping);
			// Tomcat stopped reading at the request line: no header says what the client
			// accepts, or in which
			// language. It is answered as a page, in the platform's language.
			request.getCoyoteRequest()
				.getMimeHeaders()
				.setValue(HttpHeaders.ACCEPT)
				.setString(MediaType.TEXT_HTML_VALUE);
		}
		getNext().invoke(request, response);
	}

}
