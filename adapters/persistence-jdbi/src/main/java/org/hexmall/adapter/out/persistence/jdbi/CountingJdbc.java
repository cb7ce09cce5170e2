package org.hexmall.adapter.out.persistence.jdbi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Kind;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Party;

/**
 * The JDBC decorator behind {@link RoundTripCounter}: a data source whose connections, and their statements, are
 * dynamic proxies over the real ones. Each passes every call through unchanged and counts the calls that go to the
 * database (the list is in {@link ConnectionCalls} and {@link StatementCalls}). A call is counted before it is made,
 * so a statement the database refuses still counts: it was a round trip all the same.
 */
final class CountingJdbc {

    private CountingJdbc() {
    }

    static DataSource dataSource(DataSource dataSource, RoundTripCounter counter) {
        return proxy(DataSource.class, new Passthrough(dataSource) {
            @Override
            Object call(Object self, Method method, Object[] args) throws Throwable {
                Object answer = pass(method, args);
                return method.getName().equals("getConnection")
                        ? proxy(Connection.class, new ConnectionCalls((Connection) answer, counter)) : answer;
            }
        });
    }

    /**
     * A connection's calls. Commits, rollbacks and savepoints belong to whoever ran the last statement on it: a
     * transaction is either hexmall's or a simulator's, never both.
     */
    private static final class ConnectionCalls extends Passthrough {

        private final RoundTripCounter counter;
        private Party lastParty = Party.HEXMALL; // a pooled connection serves one thread at a time

        ConnectionCalls(Connection connection, RoundTripCounter counter) {
            super(connection);
            this.counter = counter;
        }

        @Override
        Object call(Object self, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "createStatement" -> {
                    return statement(self, method, pass(method, args), null);
                }
                case "prepareStatement", "prepareCall" -> {
                    return statement(self, method, pass(method, args), (String) args[0]);
                }
                case "commit" -> counter.count(lastParty, Kind.COMMIT);
                // rollback() ends the transaction; rollback(savepoint) goes back to a savepoint within it.
                case "rollback" -> counter.count(lastParty, args == null ? Kind.ROLLBACK : Kind.SAVEPOINT);
                case "setSavepoint", "releaseSavepoint" -> counter.count(lastParty, Kind.SAVEPOINT);
                default -> {
                    // not a round trip of its own, or not one that hexmall makes
                }
            }
            return pass(method, args);
        }

        /** A proxy of the statement, of the very type the connection's method returns. */
        private Object statement(Object connection, Method method, Object statement, String preparedSql) {
            return proxy(method.getReturnType(), new StatementCalls((Statement) statement, (Connection) connection,
                    this, preparedSql));
        }

        void counted(String sql, Kind kind) {
            lastParty = RoundTripCounter.partyOf(sql);
            counter.count(lastParty, kind);
        }
    }

    /**
     * A statement's calls: each execution is one round trip, and so is each batch, however many rows it carries.
     * A plain statement's SQL is known when it is executed; a prepared one's when it was prepared.
     */
    private static final class StatementCalls extends Passthrough {

        private final Connection connection;
        private final ConnectionCalls counting;
        private final String preparedSql;
        private String batchSql;

        StatementCalls(Statement statement, Connection connection, ConnectionCalls counting, String preparedSql) {
            super(statement);
            this.connection = connection;
            this.counting = counting;
            this.preparedSql = preparedSql;
        }

        @Override
        Object call(Object self, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" ->
                        counting.counted(args != null && args[0] instanceof String sql ? sql : preparedSql,
                                Kind.STATEMENT);
                case "addBatch" -> {
                    if (batchSql == null && args != null) {
                        batchSql = (String) args[0];
                    }
                }
                case "clearBatch" -> batchSql = null;
                case "executeBatch", "executeLargeBatch" -> {
                    counting.counted(preparedSql != null ? preparedSql : batchSql, Kind.BATCH);
                    batchSql = null;
                }
                case "getConnection" -> {
                    return connection; // the counting one, so that what runs on it is counted too
                }
                default -> {
                    // reading results, binding values and the like stay on this side of the connection
                }
            }
            return pass(method, args);
        }
    }

    /** Passes every call to the real object, answering as it does, except those a subclass counts or wraps. */
    private abstract static class Passthrough implements InvocationHandler {

        private final Object target;

        Passthrough(Object target) {
            this.target = target;
        }

        abstract Object call(Object self, Method method, Object[] args) throws Throwable;

        @Override
        public final Object invoke(Object self, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> pass(method, args);
                };
            }
            return call(self, method, args);
        }

        final Object pass(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler calls) {
        return type.cast(Proxy.newProxyInstance(CountingJdbc.class.getClassLoader(), new Class<?>[] {type}, calls));
    }
}
