package org.hexmall.simulator.sms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hexmall.domain.account.PhoneNumber;

/** The simulated SMS outbox in a list, in the order the messages were sent. */
final class InMemorySmsOutbox implements SmsOutbox {

    private final List<SmsMessage> sent = new ArrayList<>();

    @Override
    public synchronized void add(SmsMessage message) {
        sent.add(message);
    }

    @Override
    public synchronized List<SmsMessage> messagesTo(PhoneNumber phone) {
        // Reversed first, then a stable sort: of two messages sent at the same moment, the later one stays first.
        return sent.reversed().stream()
                .filter(message -> message.phone().equals(phone))
                .sorted(Comparator.comparing(SmsMessage::sentAt).reversed())
                .toList();
    }

    @Override
    public synchronized List<SmsMessage> latest(int limit) {
        return sent.reversed().stream()
                .sorted(Comparator.comparing(SmsMessage::sentAt).reversed())
                .limit(limit)
                .toList();
    }
}
