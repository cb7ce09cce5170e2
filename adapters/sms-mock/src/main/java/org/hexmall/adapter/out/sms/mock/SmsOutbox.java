package org.hexmall.adapter.out.sms.mock;

import java.util.List;
import javax.sql.DataSource;
import org.hexmall.domain.account.PhoneNumber;

/**
 * Where the simulated SMS gateway puts what it sends, standing for the phone network: in memory, or in a table
 * of its own ({@code mock_sms_outbox}) on the store's database server, so that every node of a cluster shows
 * the same simulated phones.
 */
public interface SmsOutbox {

    /** Kept in this JVM's memory only, gone when it stops: for tests and single-node demos. */
    static SmsOutbox inMemory() {
        return new InMemorySmsOutbox();
    }

    /** Kept in that database, in a table that the outbox's own migration history creates and updates. */
    static SmsOutbox onDatabase(DataSource dataSource) {
        return JdbiSmsOutbox.migrate(dataSource);
    }

    void add(SmsMessage message);

    /** The messages sent to the phone, newest first; of two sent at the same moment, the later one first. */
    List<SmsMessage> messagesTo(PhoneNumber phone);

    /** The latest messages to any phone, newest first, at most {@code limit}. */
    List<SmsMessage> latest(int limit);
}
