package org.tongban;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.flowable.engine.ProcessEngine;

/**
 * What operators rely on (R14.2, R14.3): health with the database, Prometheus metrics,
 * request ids, the OpenAPI document, and the process engine started with the platform.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine processEngine;

	@Test
	void healthIsUpAndIncludesTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void metricsAreExposedForPrometheus() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
	}

	@Test
	void everyAnswerCarriesARequestIdThatOperatorsFindInTheLogs() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(header().exists("X-Request-Id"));
		mvc.perform(get("/actuator/health").header("X-Request-Id", "front-proxy-1234"))
			.andExpect(header().string("X-Request-Id", "front-proxy-1234"));
		mvc.perform(get("/actuator/health").header("X-Request-Id", "forged\nline"))
			.andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.not("forged\nline")));
	}

	@Test
	void theApiIsDocumentedWithOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths['/api/v1/matters'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/matters/{code}'].get").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void theProcessEngineStartsWithThePlatform() {
		org.assertj.core.api.Assertions.assertThat(processEngine.getName()).isNotBlank();
		org.assertj.core.api.Assertions.assertThat(processEngine.getRepositoryService().createDeploymentQuery().count())
			.isGreaterThanOrEqualTo(0);
	}

}
