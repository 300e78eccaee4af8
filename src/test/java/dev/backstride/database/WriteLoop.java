package dev.backstride.database;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;

/**
 * A few writers that keep the app busy with small writes until it stops answering, and note each
 * write it acknowledged: each signs up an account, then alternates check-ins and new access tokens
 * on it, nine of each (the check-ins for nine different days), then signs up the next account.
 */
final class WriteLoop {

	private final int port;

	private final int round;

	private final Acknowledged acknowledged;

	private final AtomicInteger acks = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicBoolean stopped = new AtomicBoolean();

	private final CountDownLatch target;

	private final List<Thread> writers = new ArrayList<>();

	private WriteLoop(int port, int round, Acknowledged acknowledged, int target) {
		this.port = port;
		this.round = round;
		this.acknowledged = acknowledged;
		this.target = new CountDownLatch(target);
	}

	/** Starts the writers; {@link #awaitAcknowledged} returns once {@code target} writes were acknowledged. */
	static WriteLoop start(int port, int writers, int round, Acknowledged acknowledged, int target) {
		WriteLoop loop = new WriteLoop(port, round, acknowledged, target);
		for (int i = 0; i < writers; i++) {
			loop.writers.add(Thread.ofPlatform().name("writer-" + i).start(loop::write));
		}
		return loop;
	}

	boolean awaitAcknowledged(Duration limit) throws InterruptedException {
		return this.target.await(limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Waits for the writers to notice that the app is gone (or stops them). */
	void awaitEnd(Duration limit) throws InterruptedException {
		this.stopped.set(true);
		long deadline = System.nanoTime() + limit.toNanos();
		for (Thread writer : this.writers) {
			writer.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
		}
	}

	int acks() {
		return this.acks.get();
	}

	int refused() {
		return this.refused.get();
	}

	private void write() {
		try {
			while (!this.stopped.get()) {
				String email = "crash-" + UUID.randomUUID() + "@example.org";
				ApiClient runner = new ApiClient(this.port);
				Reply signedUp = runner.post("/api/v1/signup",
						"{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}");
				if (!acknowledged(signedUp)) {
					continue;
				}
				String token = signedUp.json().get("token").asString();
				this.acknowledged.account(email, token, this.round);
				runner.withToken(token);
				for (int i = 0; i < 9 && !this.stopped.get(); i++) {
					// one check-in per date, so that each acknowledged one is a row of its own
					String date = LocalDate.now().minusDays(i).toString();
					if (acknowledged(runner.post("/api/v1/checkins",
							"{\"painNow\":1,\"worstPain24h\":2,\"date\":\"" + date + "\"}"))) {
						this.acknowledged.checkIn(email);
					}
					Reply issued = runner.post("/api/v1/tokens", "{\"name\":\"script " + i + "\"}");
					if (acknowledged(issued)) {
						this.acknowledged.token(issued.json().get("id").asLong(), email, this.round);
					}
				}
			}
		}
		catch (IllegalStateException ex) {
			// the connection broke: the app was killed
		}
	}

	private boolean acknowledged(Reply reply) {
		if (reply.status() / 100 != 2) {
			this.refused.incrementAndGet();
			return false;
		}
		this.acks.incrementAndGet();
		this.target.countDown();
		return true;
	}

}
