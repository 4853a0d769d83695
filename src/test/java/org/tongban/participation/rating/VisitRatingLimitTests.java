package org.tongban.participation.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Visitor;
import org.tongban.support.WebPage;

/**
 * R15.8, R12.4: one client address posts at most 10 visit ratings a minute, so that the
 * public page cannot be used to guess query codes; another address is not held back.
 */
@IdentityTest
class VisitRatingLimitTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("R15.8, R12.4: the 11th visit rating an address posts in a minute is refused with 429 and told on the page")
	void anAddressPostsAtMostTenVisitRatingsAMinute() {
		Visitor guesser = new Visitor(mvc);
		guesser.get("/rate-visit");
		for (int i = 0; i < 10; i++) {
			assertThat(rate(guesser, "GUESS" + i)).hasStatusOk();
		}

		MvcTestResult throttled = rate(guesser, "GUESS10");

		assertThat(throttled).hasStatus(429);
		assertThat(WebPage.of(throttled).text()).contains("提交过于频繁");
		Visitor other = new Visitor(mvc);
		other.get("/rate-visit");
		assertThat(rate(other, "GUESS0")).as("another address").hasStatusOk();
	}

	private static MvcTestResult rate(Visitor visitor, String code) {
		return visitor.post("/rate-visit", "number", "TB20261127999999", "queryCode", code, "satisfaction",
				"SATISFIED");
	}

}
