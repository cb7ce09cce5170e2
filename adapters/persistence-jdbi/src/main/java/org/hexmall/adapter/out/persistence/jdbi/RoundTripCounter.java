package org.hexmall.adapter.out.persistence.jdbi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Counts the round trips to the database: every statement executed, every batch executed (once for the whole
 * batch, and counted apart from single statements), every commit, every rollback, and every savepoint set,
 * released or rolled back to. On a client-server database each of these is one request the caller waits on,
 * whatever the statement does, so their number is what a use case costs in latency before any query is slow.
 * The checkout benchmark and the round-trip budget test count with it; see docs/benchmarks.md.
 * <p>
 * It counts at the JDBC level, by decorating the data source ({@link #counting(DataSource)}), so nothing that
 * JDBI or a repository does escapes it. {@link JdbiPersistence} decorates its pool only when it is given a counter:
 * without one, not a single call is intercepted. What the pool does on its own (checking a connection that lay
 * idle, resetting one it takes back) is not counted: no use case asks for it.
 * <p>
 * The simulated wallet providers and SMS gateway keep their tables in the same database, through a pool of their own
 * ({@link JdbiPersistence#simulatorsDataSource()}), while a real provider does its work on its own servers. Their
 * round trips are therefore counted apart, by table name: a statement that names a table of theirs is theirs, and so
 * is the commit or rollback of the transaction it ran in (their work never shares a transaction with the store's).
 * <p>
 * Besides everything, it counts apart what is done while serving a request ({@link #servingSnapshot()}): the
 * statements made on a thread between {@link #startServing()} and {@link #stopServing()}, which the web server calls
 * around each request when it is given a counter. The housekeeping passes run on a thread of their own, whenever their
 * schedule says, so what a page costs is counted exactly only that way: a pass that happens to run while a page is
 * measured is in {@link #snapshot()}, never in {@link #servingSnapshot()}.
 */
public final class RoundTripCounter {

    /** How the simulators' tables are named: their migrations create every one of them with these prefixes. */
    static final List<String> SIMULATOR_TABLE_PREFIXES = List.of("mock_wallet_", "mock_sms_");

    /** Whose work a round trip was. */
    public enum Party {
        /** hexmall itself: its use cases, sessions, housekeeping and health check. */
        HEXMALL,
        /** The simulated wallet providers and SMS gateway, which share the store's database only in a demo. */
        SIMULATED_PROVIDERS
    }

    /** The kinds of round trip, as {@link RoundTrips} reports them. */
    enum Kind {
        STATEMENT, BATCH, COMMIT, ROLLBACK, SAVEPOINT
    }

    /**
     * Round trips of one party, by kind.
     *
     * @param statements single statements executed, queries and updates alike
     * @param batches    batches executed; each is one round trip, however many rows it carries
     * @param commits    transactions committed
     * @param rollbacks  transactions rolled back
     * @param savepoints savepoints set, released or rolled back to
     */
    public record RoundTrips(long statements, long batches, long commits, long rollbacks, long savepoints) {

        public static final RoundTrips NONE = new RoundTrips(0, 0, 0, 0, 0);

        public long total() {
            return statements + batches + commits + rollbacks + savepoints;
        }

        /** The round trips made since {@code earlier}, a count taken before this one. */
        public RoundTrips minus(RoundTrips earlier) {
            return new RoundTrips(statements - earlier.statements, batches - earlier.batches,
                    commits - earlier.commits, rollbacks - earlier.rollbacks, savepoints - earlier.savepoints);
        }

        public RoundTrips plus(RoundTrips other) {
            return new RoundTrips(statements + other.statements, batches + other.batches, commits + other.commits,
                    rollbacks + other.rollbacks, savepoints + other.savepoints);
        }
    }

    /**
     * What the counter had counted at one moment, per party. The difference of two snapshots is what happened in
     * between; with work running on several threads at once, it is what all of them did.
     */
    public record Snapshot(RoundTrips hexmall, RoundTrips simulatedProviders) {

        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(hexmall.minus(earlier.hexmall), simulatedProviders.minus(earlier.simulatedProviders));
        }

        public Snapshot plus(Snapshot other) {
            return new Snapshot(hexmall.plus(other.hexmall), simulatedProviders.plus(other.simulatedProviders));
        }
    }

    /** Whose each statement text is, as {@link #partyOf} found it; bounded, as statements built with values are not. */
    private static final Map<String, Party> PARTIES = new ConcurrentHashMap<>();
    private static final int MOST_REMEMBERED_STATEMENTS = 4096;

    private final LongAdder[][] counts = adders();
    /** The part of {@link #counts} made on threads while they served a request. */
    private final LongAdder[][] servingCounts = adders();
    /** How many requests the current thread is serving: one, or none (a nested start is counted once). */
    private final ThreadLocal<int[]> serving = ThreadLocal.withInitial(() -> new int[1]);

    /** The round trips counted so far, on every thread: requests, housekeeping passes and anything else. */
    public Snapshot snapshot() {
        return new Snapshot(countsOf(counts, Party.HEXMALL), countsOf(counts, Party.SIMULATED_PROVIDERS));
    }

    /**
     * The round trips counted so far on threads while they served a request: what requests cost, without what
     * work on other threads (the housekeeping passes) did meanwhile, whenever it ran.
     */
    public Snapshot servingSnapshot() {
        return new Snapshot(countsOf(servingCounts, Party.HEXMALL),
                countsOf(servingCounts, Party.SIMULATED_PROVIDERS));
    }

    /** From now on until {@link #stopServing()}, the current thread serves a request: its round trips count there. */
    public void startServing() {
        serving.get()[0]++;
    }

    /** The current thread has finished serving the request {@link #startServing()} began. */
    public void stopServing() {
        int[] depth = serving.get();
        if (depth[0] > 0) {
            depth[0]--;
        }
    }

    /**
     * Runs {@code work} on the current thread as if serving a request, so that its round trips count in
     * {@link #servingSnapshot()}: for a test or benchmark that does in-process what a person's app would do over HTTP.
     */
    public <T> T serving(Supplier<T> work) {
        startServing();
        try {
            return work.get();
        } finally {
            stopServing();
        }
    }

    /**
     * The same data source, with every round trip made through it (through its connections and their statements)
     * counted here. Everything else passes through unchanged.
     */
    public DataSource counting(DataSource dataSource) {
        return CountingJdbc.dataSource(dataSource, this);
    }

    void count(Party party, Kind kind) {
        counts[party.ordinal()][kind.ordinal()].increment();
        if (serving.get()[0] > 0) {
            servingCounts[party.ordinal()][kind.ordinal()].increment();
        }
    }

    /** Whose statement this is: the simulators' when it names one of their tables, else hexmall's. */
    static Party partyOf(String sql) {
        if (sql == null) {
            return Party.HEXMALL;
        }
        // The same few statements come again and again: search each text once, so that counting costs the
        // application under measurement as little as it can.
        Party known = PARTIES.get(sql);
        if (known != null) {
            return known;
        }
        String lowerCase = sql.toLowerCase(Locale.ROOT);
        Party party = SIMULATOR_TABLE_PREFIXES.stream().anyMatch(lowerCase::contains) ? Party.SIMULATED_PROVIDERS
                : Party.HEXMALL;
        if (PARTIES.size() < MOST_REMEMBERED_STATEMENTS) {
            PARTIES.put(sql, party);
        }
        return party;
    }

    private static LongAdder[][] adders() {
        LongAdder[][] adders = new LongAdder[Party.values().length][Kind.values().length];
        for (LongAdder[] party : adders) {
            for (int kind = 0; kind < party.length; kind++) {
                party[kind] = new LongAdder();
            }
        }
        return adders;
    }

    private static RoundTrips countsOf(LongAdder[][] counts, Party party) {
        LongAdder[] of = counts[party.ordinal()];
        return new RoundTrips(of[Kind.STATEMENT.ordinal()].sum(), of[Kind.BATCH.ordinal()].sum(),
                of[Kind.COMMIT.ordinal()].sum(), of[Kind.ROLLBACK.ordinal()].sum(),
                of[Kind.SAVEPOINT.ordinal()].sum());
    }
}
