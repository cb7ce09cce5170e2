package org.hexmall.simulator.sms;

class InMemorySmsOutboxTest extends SmsOutboxContract {

    private final SmsOutbox outbox = SmsOutbox.inMemory();

    @Override
    protected SmsOutbox outbox() {
        return outbox;
    }
}
