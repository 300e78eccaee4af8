package dev.backstride.database.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTests {

	private final GroupCommit group = new GroupCommit();

	@Test
	void aWriterAloneRunsItsOwnFlush() throws SQLException {
		AtomicInteger flushes = new AtomicInteger();
		this.group.persist(flushes::incrementAndGet);
		this.group.persist(flushes::incrementAndGet);
		assertThat(flushes).hasValue(2);
	}

	@Test
	void writersArrivingDuringAFlushShareTheNextOne() throws Exception {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		AtomicInteger flushes = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(9);
		try {
			Future<?> first = pool.submit(() -> {
				this.group.persist(() -> {
					flushes.incrementAndGet();
					firstStarted.countDown();
					await(releaseFirst);
				});
				return null;
			});
			assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
			CountDownLatch waiting = new CountDownLatch(8);
			List<Future<?>> later = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				later.add(pool.submit(() -> {
					waiting.countDown();
					this.group.persist(flushes::incrementAndGet);
					return null;
				}));
			}
			assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
			// the eight have taken their tickets once they wait on the lock's condition; give them the moment
			Thread.sleep(200);
			releaseFirst.countDown();
			first.get(10, TimeUnit.SECONDS);
			for (Future<?> f : later) {
				f.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		// the first flush began before the eight wrote, so it cannot serve them; one more serves all eight
		assertThat(flushes.get()).isBetween(2, 3);
	}

	@Test
	void noWriterReturnsBeforeAFlushThatBeganAfterItArrived() throws Exception {
		AtomicLong flushStarts = new AtomicLong();
		AtomicLong flushEnds = new AtomicLong();
		AtomicInteger violations = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				writers.add(pool.submit(() -> {
					for (int n = 0; n < 200; n++) {
						long startedBefore = flushStarts.get();
						this.group.persist(() -> {
							flushStarts.incrementAndGet();
							Thread.onSpinWait();
							flushEnds.incrementAndGet();
						});
						// a flush that started after we arrived has ended: more ends than starts seen on arrival
						if (flushEnds.get() <= startedBefore) {
							violations.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> f : writers) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(violations).hasValue(0);
		assertThat(flushEnds.get()).isLessThanOrEqualTo(16 * 200).isPositive();
	}

	@Test
	void aFailedFlushIsReportedToItsRunnerAndTheWaitingWritersTryAgain() throws Exception {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		AtomicInteger flushes = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> failing = pool.submit(() -> {
				this.group.persist(() -> {
					firstStarted.countDown();
					await(releaseFirst);
					throw new SQLException("disk full");
				});
				return null;
			});
			assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
			Future<?> waiting = pool.submit(() -> {
				this.group.persist(flushes::incrementAndGet);
				return null;
			});
			Thread.sleep(100);
			releaseFirst.countDown();
			assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
			waiting.get(10, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(flushes).hasValue(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
