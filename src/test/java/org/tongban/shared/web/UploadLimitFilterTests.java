package org.tongban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.tongban.support.MessageBundles;

/**
 * R3.3, R13: an upload beyond the request limit is answered 413 with the reason in the
 * reader's language, for pages and the API alike, before the CSRF check or anything else
 * tries to read it; an upload within it goes on.
 */
class UploadLimitFilterTests {

	final UploadLimitFilter filter = new UploadLimitFilter(limit(DataSize.ofKilobytes(1)),
			new FilterAnswers(MessageBundles.of("i18n/shared"), new LocaleConfiguration().localeResolver()));

	@Test
	void aPageUploadOverTheLimitIsAnsweredWithTheReasonInChineseByDefault() throws Exception {
		MockHttpServletRequest request = upload("/apply/drafts/x/materials/M04", 2048);
		request.addPreferredLocale(Locale.US);

		MockHttpServletResponse response = send(request);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("上传的文件过大");
	}

	@Test
	void anApiUploadOverTheLimitIsAProblemInEnglishOnRequest() throws Exception {
		MockHttpServletRequest request = upload("/api/v1/drafts/x/materials", 2048);
		request.addHeader("Accept-Language", "en");
		request.addPreferredLocale(Locale.ENGLISH);

		MockHttpServletResponse response = send(request);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":413", "larger than allowed");
	}

	@Test
	void anUploadWithinTheLimitGoesOn() throws Exception {
		var chain = new MockFilterChain();
		var response = new MockHttpServletResponse();

		filter.doFilter(upload("/apply/drafts/x/materials/M04", 512), response, chain);

		assertThat(chain.getRequest()).isNotNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
		var chain = new MockFilterChain();
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("nothing after the filter reads it").isNull();
		return response;
	}

	private static MockHttpServletRequest upload(String path, int size) {
		var request = new MockHttpServletRequest("POST", path);
		request.setContentType("multipart/form-data; boundary=x");
		request.setContent(new byte[size]);
		return request;
	}

	private static MultipartProperties limit(DataSize size) {
		var properties = new MultipartProperties();
		properties.setMaxRequestSize(size);
		return properties;
	}

}
