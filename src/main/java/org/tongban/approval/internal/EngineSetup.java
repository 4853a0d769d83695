package org.tongban.approval.internal;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.stereotype.Component;
import org.tongban.approval.bundles.BundleMember;

/**
 * The process engine as the cases need it: on the platform's clock, so that the timers
 * the legal clock dates fall due by the same time as everything else (and tests that set
 * the clock set the engine's), and with {@link StepEntry} told of every task created. The
 * expressions of process models (uploaded by administrators, R5.1) resolve no bean but
 * the delegates below (R12.8): left without a bean map, the engine would hand them the
 * whole Spring context, the database and the ciphers included; and what the upload check
 * lets a delegate expression name is this map's keys.
 */
@Component
class EngineSetup implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

	private final StepEntry stepEntry;

	private final Clock clock;

	private final DeemedAcceptance deemedAcceptance;

	private final BundleMember bundleMember;

	EngineSetup(StepEntry stepEntry, Clock clock, DeemedAcceptance deemedAcceptance, BundleMember bundleMember) {
		this.bundleMember = bundleMember;
		this.stepEntry = stepEntry;
		this.clock = clock;
		this.deemedAcceptance = deemedAcceptance;
	}

	@Override
	public void configure(SpringProcessEngineConfiguration engine) {
		engine.setClock(new PlatformClock(clock));
		engine.setTypedEventListeners(Map.of(FlowableEngineEventType.TASK_CREATED.name(), List.of(stepEntry)));
		// The delegates the models may name (see org.tongban.approval package-info), and
		// nothing else.
		engine.setBeans(Map.of(DeemedAcceptance.BEAN, deemedAcceptance, BundleMember.BEAN, bundleMember));
	}

	/** Flowable's clock reading the platform's; it is set by setting the platform's. */
	private record PlatformClock(Clock clock) implements org.flowable.common.engine.impl.runtime.Clock {

		@Override
		public Date getCurrentTime() {
			return Date.from(clock.instant());
		}

		@Override
		public Calendar getCurrentCalendar() {
			return getCurrentCalendar(getCurrentTimeZone());
		}

		@Override
		public Calendar getCurrentCalendar(TimeZone timeZone) {
			Calendar calendar = Calendar.getInstance(timeZone);
			calendar.setTime(getCurrentTime());
			return calendar;
		}

		@Override
		public TimeZone getCurrentTimeZone() {
			return TimeZone.getTimeZone(clock.getZone());
		}

		@Override
		public void setCurrentTime(Date currentTime) {
			throw new UnsupportedOperationException("The engine runs on the platform's clock");
		}

		@Override
		public void setCurrentCalendar(Calendar currentTime) {
			throw new UnsupportedOperationException("The engine runs on the platform's clock");
		}

		@Override
		public void reset() {
			throw new UnsupportedOperationException("The engine runs on the platform's clock");
		}

	}

}
