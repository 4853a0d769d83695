package org.tongban.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.tongban.support.MessageBundles;

/**
 * An upload over the servlet container's limits ({@code spring.servlet.multipart.*}) is
 * answered 413 with a localized message, as problem details for the API and as the error
 * page for people, not as a failure of the server (R3.3, R12.3). The container refuses
 * such an upload before any controller sees it; here a controller refuses in its place.
 */
class UploadTooLargeTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingUploads())
		.setControllerAdvice(new WebErrorHandling(MessageBundles.of("i18n/shared")))
		.setLocaleResolver(locales())
		.build();

	private final MockMultipartFile file = new MockMultipartFile("file", "scan.pdf", "application/pdf",
			new byte[] { '%', 'P', 'D', 'F' });

	@Test
	void theApiAnswersAProblemDetailInTheReadersLanguage() throws Exception {
		mvc.perform(multipart("/api/v1/uploads").file(file))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(413))
			.andExpect(jsonPath("$.title").value("内容过大"))
			.andExpect(jsonPath("$.detail").value("上传的文件过大，超过了允许的大小。请压缩或拆分后重新上传。"));
		mvc.perform(multipart("/api/v1/uploads").file(file).header("Accept-Language", "en"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail")
				.value("The upload is larger than allowed. Please compress or split the file and upload it again."));
	}

	@Test
	void peopleGetTheErrorPage() throws Exception {
		mvc.perform(multipart("/uploads").file(file).accept(MediaType.TEXT_HTML))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(model().attribute("status", 413))
			.andExpect(model().attribute("detail", "上传的文件过大，超过了允许的大小。请压缩或拆分后重新上传。"));
	}

	private static AcceptHeaderLocaleResolver locales() {
		var locales = new AcceptHeaderLocaleResolver();
		locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		locales.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
		return locales;
	}

	/**
	 * Nested in a test class, so that no application context of another test scans it.
	 */
	@RestController
	static class RefusingUploads {

		@PostMapping({ "/api/v1/uploads", "/uploads" })
		void upload() {
			throw new MaxUploadSizeExceededException(25L * 1024 * 1024);
		}

	}

}
