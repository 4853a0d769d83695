package org.tongban.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every failure is answered with a clear, localized message (R12.3, R13.3): RFC 9457
 * problem details for the API, an error page for people, never a stack trace.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemDetailsTests {

	@Autowired
	MockMvc mvc;

	/**
	 * Inside the public API: elsewhere an unknown path is refused before anything looks
	 * for it (R12.5).
	 */
	@Test
	void anUnknownApiPathIsAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/matters/SCJGJ-SPJYXK/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("未找到"))
			.andExpect(jsonPath("$.instance").value("/api/v1/matters/SCJGJ-SPJYXK/no-such-thing"))
			.andExpect(jsonPath("$.requestId").exists());
	}

	@Test
	void aBadParameterIsNamedInChineseOrInEnglish() throws Exception {
		mvc.perform(get("/api/v1/matters").param("page", "two"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("page"))
			.andExpect(jsonPath("$.detail").value("参数“page”的值“two”格式不正确，应为整数。"));
		mvc.perform(get("/api/v1/matters").param("page", "two").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Parameter \"page\" has the value \"two\", which is not a whole number."));
		mvc.perform(get("/api/v1/matters").param("page", "two").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(jsonPath("$.title").value("Bad request"));
	}

	@Test
	void aMethodThatIsNotOfferedIsRefusedPolitely() throws Exception {
		// A public address: a method that nobody may use elsewhere is refused before it
		// reaches a handler (R12.5).
		mvc.perform(delete("/api/v1/auth/login"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("此地址不支持 DELETE 请求。"));
	}

	@Test
	void peopleGetALocalizedErrorPageWithoutInternals() throws Exception {
		mvc.perform(get("/matters/SCJGJ-SPJYXK/no-such-page").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("您访问的页面或资源不存在")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
		mvc.perform(get("/matters/SCJGJ-SPJYXK/no-such-page").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("does not exist")));
	}

}
