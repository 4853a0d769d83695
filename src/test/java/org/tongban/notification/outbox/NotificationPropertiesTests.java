package org.tongban.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * R6.2: a failed delivery is retried after 1, 2, 4 ... minutes, never more than an hour
 * apart.
 */
class NotificationPropertiesTests {

	final NotificationProperties defaults = new NotificationProperties(URI.create("https://zwfw.example.gov.cn/"), 10,
			Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 20, Duration.ofSeconds(30));

	@Test
	void theWaitDoublesAfterEachFailureUpToTheCap() {
		assertThat(IntStream.rangeClosed(1, 9).mapToObj(defaults::backOff).map(Duration::toMinutes)).containsExactly(1L,
				2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
		assertThat(defaults.backOff(10_000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void linksAreAbsoluteUnderTheBaseAddress() {
		assertThat(defaults.link("/my/applications/TB20261127000001"))
			.isEqualTo("https://zwfw.example.gov.cn/my/applications/TB20261127000001");
	}

	@Test
	void nonsenseIsRefusedAtStartUp() {
		assertThatIllegalStateException().isThrownBy(() -> new NotificationProperties(URI.create("http://localhost"), 0,
				Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 20, Duration.ofSeconds(30)));
		assertThatIllegalStateException().isThrownBy(() -> new NotificationProperties(URI.create("http://localhost"),
				10, Duration.ofHours(2), Duration.ofHours(1), Duration.ofMinutes(5), 20, Duration.ofSeconds(30)));
	}

}
