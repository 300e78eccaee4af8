package dev.backstride.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every write the app answered with a 2xx, across all the runs on one data directory: accounts (by
 * email), check-ins (how many per account; each account writes one after the other) and access
 * tokens (by the id the app gave them). Checked afterwards against what the database file holds.
 */
final class Acknowledged {

	private record Token(String email, int round) {
	}

	/** What the database file holds. */
	record Stored(Set<String> emails, Map<Long, String> tokenOwners, Map<String, Integer> checkIns) {

		static Stored read(Path dataDir) throws SQLException {
			String url = "jdbc:h2:file:" + dataDir.resolve("backstride").toAbsolutePath() + ";IFEXISTS=TRUE";
			try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
				Set<String> emails = new HashSet<>();
				try (ResultSet rows = s.executeQuery("select email from account")) {
					while (rows.next()) {
						emails.add(rows.getString(1));
					}
				}
				Map<Long, String> tokens = new HashMap<>();
				try (ResultSet rows = s.executeQuery(
						"select t.id, a.email from access_token t join account a on a.id = t.account_id")) {
					while (rows.next()) {
						tokens.put(rows.getLong(1), rows.getString(2));
					}
				}
				Map<String, Integer> checkIns = new HashMap<>();
				try (ResultSet rows = s.executeQuery(
						"select a.email, count(*) from check_in c join account a on a.id = c.account_id group by a.email")) {
					while (rows.next()) {
						checkIns.put(rows.getString(1), rows.getInt(2));
					}
				}
				return new Stored(emails, tokens, checkIns);
			}
		}

	}

	/** Acknowledged writes that the database does not hold, in one run. */
	record Lost(int round, int accounts, int checkIns, int tokens) {

		int total() {
			return this.accounts + this.checkIns + this.tokens;
		}

	}

	private final Map<String, Integer> accounts = new ConcurrentHashMap<>();

	private final Map<String, String> secrets = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> checkIns = new ConcurrentHashMap<>();

	private final Map<Long, Token> tokens = new ConcurrentHashMap<>();

	private final List<String> reused = java.util.Collections.synchronizedList(new ArrayList<>());

	void account(String email, String token, int round) {
		this.secrets.put(email, token);
		this.accounts.put(email, round);
	}

	/** The acknowledged writes so far, frozen. */
	Acknowledged copy() {
		Acknowledged copy = new Acknowledged();
		copy.secrets.putAll(this.secrets);
		this.accounts.forEach((email, round) -> {
			copy.accounts.put(email, round);
			copy.checkIns.put(email, new AtomicInteger(this.checkIns.getOrDefault(email, new AtomicInteger()).get()));
		});
		copy.tokens.putAll(this.tokens);
		return copy;
	}

	/** The token an acknowledged sign-up was given. */
	String anyToken() {
		String email = this.accounts.keySet().iterator().next();
		return this.secrets.get(email);
	}

	void checkIn(String email) {
		this.checkIns.computeIfAbsent(email, e -> new AtomicInteger()).incrementAndGet();
	}

	void token(long id, String email, int round) {
		Token earlier = this.tokens.putIfAbsent(id, new Token(email, round));
		if (earlier != null) {
			this.reused.add("token id " + id + " was given in run " + earlier.round() + " and again in run " + round);
		}
	}

	/** Ids the app handed out twice, in words. */
	List<String> reusedIds() {
		return List.copyOf(this.reused);
	}

	int count(int round) {
		int count = 0;
		for (var account : this.accounts.entrySet()) {
			if (account.getValue() == round) {
				count += 1 + this.checkIns.getOrDefault(account.getKey(), new AtomicInteger()).get();
			}
		}
		for (Token token : this.tokens.values()) {
			count += token.round() == round ? 1 : 0;
		}
		return count;
	}

	/** Per run, the acknowledged writes missing from the database. */
	List<Lost> lost(Stored stored, int rounds) {
		int[] accountsLost = new int[rounds + 1];
		int[] checkInsLost = new int[rounds + 1];
		int[] tokensLost = new int[rounds + 1];
		this.accounts.forEach((email, round) -> {
			if (!stored.emails().contains(email)) {
				accountsLost[round]++;
			}
			int acknowledged = this.checkIns.getOrDefault(email, new AtomicInteger()).get();
			checkInsLost[round] += Math.max(0, acknowledged - stored.checkIns().getOrDefault(email, 0));
		});
		this.tokens.forEach((id, token) -> {
			if (!token.email().equals(stored.tokenOwners().get(id))) {
				tokensLost[token.round()]++;
			}
		});
		List<Lost> lost = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			lost.add(new Lost(round, accountsLost[round], checkInsLost[round], tokensLost[round]));
		}
		return lost;
	}

}
