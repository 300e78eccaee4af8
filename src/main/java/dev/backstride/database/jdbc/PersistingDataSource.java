package dev.backstride.database.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * An embedded H2 database acknowledges a commit before the change is in its file: its store writes
 * what changed in the background, up to a second later, so a process killed in between forgets
 * writes that were already answered. This data source hands out connections that have the store
 * write its changes to the file right after every commit that wrote something, and after every
 * write made in auto-commit mode, before the call returns to the caller. A statement whose update
 * count says it changed no row (an UPDATE that matched nothing; also DDL run through
 * {@code executeUpdate}, which reports 0) is left to H2's background writer.
 *
 * <p>
 * With {@code sync} the file is also forced to the disk (fsync), which keeps the write through a
 * power cut as well. Writes that end at about the same time share one flush ({@link GroupCommit}), so
 * many writers at once cost a few flushes, not one each.
 */
public final class PersistingDataSource extends DelegatingDataSource {

	private final String persist;

	private final GroupCommit group = new GroupCommit();

	public PersistingDataSource(DataSource target, boolean sync) {
		super(target);
		this.persist = sync ? "CHECKPOINT SYNC" : "CHECKPOINT";
	}

	@Override
	public Connection getConnection() throws SQLException {
		return wrap(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return wrap(obtainTargetDataSource().getConnection(username, password));
	}

	private Connection wrap(Connection target) {
		return (Connection) Proxy.newProxyInstance(PersistingDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new Writes(target, this.persist, this.group));
	}

	static @Nullable Object call(Object target, Method method, Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** One connection: remembers whether its open transaction wrote, and persists when it ends. */
	private static final class Writes implements InvocationHandler {

		private final Connection target;

		private final String persist;

		private final GroupCommit group;

		private boolean pending;

		Writes(Connection target, String persist, GroupCommit group) {
			this.target = target;
			this.persist = persist;
			this.group = group;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			switch (method.getName()) {
				case "createStatement", "prepareStatement", "prepareCall" -> {
					Statement statement = (Statement) call(this.target, method, args);
					return Proxy.newProxyInstance(PersistingDataSource.class.getClassLoader(),
							new Class<?>[] { method.getReturnType() }, new Statements(statement, this, proxy));
				}
				case "commit" -> {
					this.target.commit();
					persistIfPending();
					return null;
				}
				case "rollback" -> {
					Object result = call(this.target, method, args);
					if (args == null) {
						this.pending = false;
					}
					return result;
				}
				case "setAutoCommit" -> {
					// switching auto-commit on commits the open transaction
					this.target.setAutoCommit((Boolean) args[0]);
					if ((Boolean) args[0]) {
						persistIfPending();
					}
					return null;
				}
				case "close" -> {
					this.pending = false;
					this.target.close();
					return null;
				}
				case "unwrap" -> {
					return ((Class<?>) args[0]).isInstance(proxy) ? proxy : this.target.unwrap((Class<?>) args[0]);
				}
				case "isWrapperFor" -> {
					return ((Class<?>) args[0]).isInstance(proxy) || this.target.isWrapperFor((Class<?>) args[0]);
				}
				case "equals" -> {
					return proxy == args[0];
				}
				case "hashCode" -> {
					return System.identityHashCode(proxy);
				}
				default -> {
					return call(this.target, method, args);
				}
			}
		}

		void wrote() throws SQLException {
			if (this.target.getAutoCommit()) {
				persist();
			}
			else {
				this.pending = true;
			}
		}

		private void persistIfPending() throws SQLException {
			if (this.pending) {
				this.pending = false;
				persist();
			}
		}

		private void persist() throws SQLException {
			this.group.persist(() -> {
				try (Statement statement = this.target.createStatement()) {
					statement.execute(this.persist);
				}
			});
		}

	}

	/** One statement: anything run through it but a query may have written. */
	private record Statements(Statement target, Writes connection, Object connectionProxy) implements InvocationHandler {

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			String name = method.getName();
			if (name.equals("getConnection")) {
				return this.connectionProxy;
			}
			if (name.equals("equals")) {
				return proxy == args[0];
			}
			if (name.equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			Object result = call(this.target, method, args);
			if (name.startsWith("execute") && !name.equals("executeQuery") && mayHaveChanged(result)) {
				this.connection.wrote();
			}
			return result;
		}

		/**
		 * An update that reports no rows changed wrote nothing (an UPDATE that matched no row); {@code execute}
		 * does not say, so it counts as a write.
		 */
		private static boolean mayHaveChanged(@Nullable Object result) {
			return switch (result) {
				case Integer rows -> rows != 0;
				case Long rows -> rows != 0;
				case int[] rows -> java.util.Arrays.stream(rows).anyMatch(n -> n != 0);
				case long[] rows -> java.util.Arrays.stream(rows).anyMatch(n -> n != 0);
				case null, default -> true;
			};
		}

	}

}
