package org.hexmall.adapter.out.sms.mock;

class InMemorySmsOutboxTest extends SmsOutboxContract {

    private final SmsOutbox outbox = SmsOutbox.inMemory();

    @Override
    protected SmsOutbox outbox() {
        return outbox;
    }
}
