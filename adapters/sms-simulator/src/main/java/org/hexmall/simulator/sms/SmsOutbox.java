package org.hexmall.simulator.sms;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hexmall.domain.account.PhoneNumber;

/**
 * The simulated phone network: what an SMS gateway sends arrives here, in memory or in a table of its own
 * ({@code mock_sms_outbox}) on the store's database server, so that every node of a cluster shows the same
 * simulated phones.
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

    /**
     * As {@link #onDatabase(DataSource)}, on a database whose tables are known to be up to date already (one made
     * from the migrations of this very build): its migration history is left as it is, unchecked.
     */
    static SmsOutbox onMigratedDatabase(DataSource dataSource) {
        return JdbiSmsOutbox.on(dataSource);
    }

    /** A gateway hands over a message: the phone receives it. */
    void add(SmsMessage message);

    /** The messages sent to the phone, newest first; of two sent at the same moment, the later one first. */
    List<SmsMessage> messagesTo(PhoneNumber phone);

    /** The latest messages to any phone, newest first, at most {@code limit}. */
    List<SmsMessage> latest(int limit);

    /** The code in the phone's latest message, as a person would read it off the screen; empty if it has none. */
    default Optional<String> latestCodeFor(PhoneNumber phone) {
        Pattern sixDigitsAlone = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");
        return messagesTo(phone).stream().findFirst().flatMap(latest -> {
            Matcher code = sixDigitsAlone.matcher(latest.text());
            return code.find() ? Optional.of(code.group()) : Optional.empty();
        });
    }
}
