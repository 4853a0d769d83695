package org.tongban.supervision.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Two nodes' schedulers running the same scan at the same moment on one database. */
final class RacingNodes {

	private RacingNodes() {
	}

	/** What both scans returned, together. */
	static <T> List<T> both(Callable<List<T>> scan) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			var go = new CountDownLatch(1);
			List<Future<List<T>>> scans = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				scans.add(pool.submit(() -> {
					go.await();
					return scan.call();
				}));
			}
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<List<T>> each : scans) {
				results.addAll(each.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
