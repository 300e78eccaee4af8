package dev.backstride.runs.fileimport;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction an import writes its files in: up to {@link #MOST_FILES} files or
 * {@link #LONGEST} of work per commit, so that a big archive costs one commit (and, on an H2 file,
 * one forced write to disk) per batch instead of several per file. Each run is stored inside a
 * savepoint of the batch, so a run that fails to store is undone alone and the others stay; each
 * file's run, original and outcome commit together, so a kill leaves every run whole or absent.
 */
final class Batch {

	static final int MOST_FILES = 200;

	/** Short enough that a cancel, which waits for the import's row, is not kept waiting long. */
	static final Duration LONGEST = Duration.ofMillis(500);

	private final PlatformTransactionManager transactions;

	private final TransactionTemplate savepoint;

	private TransactionStatus open;

	private int files;

	private long startedNanos;

	Batch(PlatformTransactionManager transactions) {
		this.transactions = transactions;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Opens a batch unless one is open. */
	void begin() {
		if (this.open == null) {
			this.open = this.transactions.getTransaction(
					new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
			this.files = 0;
			this.startedNanos = System.nanoTime();
		}
	}

	/** Runs the work in a savepoint: when it throws, what it wrote is undone and the batch goes on. */
	<T> T inSavepoint(Supplier<T> work) {
		return this.savepoint.execute((status) -> work.get());
	}

	/** Counts a finished file and commits once the batch is full or old enough. */
	void fileDone() {
		this.files++;
		if (this.files >= MOST_FILES || System.nanoTime() - this.startedNanos >= LONGEST.toNanos()) {
			commit();
		}
	}

	void commit() {
		if (this.open != null) {
			TransactionStatus status = this.open;
			this.open = null;
			this.transactions.commit(status);
		}
	}

	void rollback() {
		if (this.open != null) {
			TransactionStatus status = this.open;
			this.open = null;
			this.transactions.rollback(status);
		}
	}

}
