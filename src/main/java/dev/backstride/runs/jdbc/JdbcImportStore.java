package dev.backstride.runs.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.runs.FileOutcome;
import dev.backstride.runs.ImportState;
import dev.backstride.runs.ImportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Background imports in {@code run_import} and their per-file outcomes in {@code run_import_result}.
 * Reads and cancelling are scoped by the account; the worker that owns an import writes its progress
 * by id. A state only leaves RUNNING once, so a cancel and the worker's own finish cannot both win.
 */
@Repository
public class JdbcImportStore {

	private final JdbcClient jdbc;

	public JdbcImportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long create(AccountId account, int total, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into run_import (account_id, state, done, total, started_at, updated_at)
				values (?, 'RUNNING', 0, ?, ?, ?)""")
			.params(account.value(), total, utc(now), utc(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public void progress(long id, int done, int total, String currentFile, Instant now) {
		this.jdbc.sql("update run_import set done = ?, total = ?, current_file = ?, updated_at = ? where id = ?")
			.params(done, total, clip(currentFile, 300), utc(now), id)
			.update();
	}

	public void addResult(long id, int seq, FileOutcome outcome) {
		String name = switch (outcome) {
			case FileOutcome.Imported i -> "IMPORTED";
			case FileOutcome.Duplicate d -> "DUPLICATE";
			case FileOutcome.Rejected r -> "REJECTED";
		};
		String reason = outcome instanceof FileOutcome.Rejected r ? clip(r.reason(), 500) : null;
		Long runId = switch (outcome) {
			case FileOutcome.Imported i -> i.runId();
			case FileOutcome.Duplicate d -> d.runId();
			case FileOutcome.Rejected r -> null;
		};
		this.jdbc.sql("insert into run_import_result (import_id, seq, file, outcome, reason, run_id) values (?, ?, ?, ?, ?, ?)")
			.params(id, seq, clip(outcome.file(), 300), name, reason, runId)
			.update();
	}

	/** Moves a running import to its final state; false when it had already left RUNNING (cancelled). */
	public boolean finish(long id, ImportState state, Instant now) {
		return this.jdbc.sql("update run_import set state = ?, current_file = null, updated_at = ? where id = ? and state = 'RUNNING'")
			.params(state.name(), utc(now), id)
			.update() == 1;
	}

	public boolean cancel(AccountId account, long id, Instant now) {
		return this.jdbc.sql("""
				update run_import set state = 'CANCELLED', current_file = null, updated_at = ?
				where account_id = ? and id = ? and state = 'RUNNING'""")
			.params(utc(now), account.value(), id)
			.update() == 1;
	}

	/** Whether the import is still running (not cancelled from any instance). */
	public boolean running(long id) {
		return this.jdbc.sql("select count(*) from run_import where id = ? and state = 'RUNNING'")
			.param(id)
			.query(Long.class)
			.single() == 1;
	}

	/** Running imports whose worker has written nothing since {@code before}: their instance stopped. */
	public int failStalled(AccountId account, Instant before, Instant now) {
		return this.jdbc.sql("""
				update run_import set state = 'FAILED', current_file = null, updated_at = ?
				where account_id = ? and state = 'RUNNING' and updated_at < ?""")
			.params(utc(now), account.value(), utc(before))
			.update();
	}

	public Optional<ImportStatus> find(AccountId account, long id, int maxResults) {
		return this.jdbc.sql("select id, state, done, total, current_file from run_import where account_id = ? and id = ?")
			.params(account.value(), id)
			.query((rs, n) -> new ImportStatus(rs.getLong("id"), ImportState.valueOf(rs.getString("state")),
					rs.getInt("done"), rs.getInt("total"), Optional.ofNullable(rs.getString("current_file")), List.of()))
			.optional()
			.map((s) -> new ImportStatus(s.id(), s.state(), s.done(), s.total(), s.currentFile(), results(id, maxResults)));
	}

	/** The account's latest import, if any. */
	public Optional<Long> latest(AccountId account) {
		return this.jdbc.sql("select id from run_import where account_id = ? order by id desc fetch first 1 rows only")
			.param(account.value())
			.query(Long.class)
			.optional();
	}

	private List<FileOutcome> results(long id, int max) {
		return this.jdbc.sql("""
				select file, outcome, reason, run_id from run_import_result where import_id = ?
				order by seq fetch first ? rows only""")
			.params(id, max)
			.query((rs, n) -> outcome(rs))
			.list();
	}

	private static FileOutcome outcome(ResultSet rs) throws SQLException {
		String file = rs.getString("file");
		return switch (rs.getString("outcome")) {
			case "IMPORTED" -> new FileOutcome.Imported(file, rs.getLong("run_id"));
			case "DUPLICATE" -> new FileOutcome.Duplicate(file, rs.getLong("run_id"));
			default -> new FileOutcome.Rejected(file, rs.getString("reason"));
		};
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
