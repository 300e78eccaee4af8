package dev.backstride.database.jdbc;

import java.sql.SQLException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets writers that committed at about the same time share one flush of the store to the disk. A
 * writer takes a ticket after its commit and returns once a flush that began after its ticket has
 * finished: it either runs that flush itself or waits for the one running. A flush covers every commit
 * made before it began, so while one runs the next writers gather and one flush then serves them all,
 * instead of each waiting its turn for a flush of its own. A flush that fails is reported to the writer
 * that ran it; the writers waiting on it try again.
 */
final class GroupCommit {

	/** The flush itself: writes the store's committed changes to the disk. */
	@FunctionalInterface
	interface Flush {

		void run() throws SQLException;

	}

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition finished = this.lock.newCondition();

	private long tickets;

	private long flushed;

	private boolean flushing;

	/** Returns once a flush that began after this call has finished; {@code flush} may or may not run here. */
	void persist(Flush flush) throws SQLException {
		this.lock.lock();
		try {
			long ticket = ++this.tickets;
			while (this.flushed < ticket) {
				if (this.flushing) {
					this.finished.awaitUninterruptibly();
					continue;
				}
				this.flushing = true;
				long covers = this.tickets;
				boolean done = false;
				this.lock.unlock();
				try {
					flush.run();
					done = true;
				}
				finally {
					this.lock.lock();
					this.flushing = false;
					if (done) {
						this.flushed = Math.max(this.flushed, covers);
					}
					this.finished.signalAll();
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

}
