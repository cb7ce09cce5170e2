package org.hexmall.adapter.out.sms.simulated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.hexmall.application.port.out.notification.LoginNotices;
import org.hexmall.application.port.out.notification.VerificationCodeSender;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Language;
import org.hexmall.simulator.sms.SmsMessage;
import org.hexmall.simulator.sms.SmsOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's SMS gateway, sending to the SIMULATED phone network: it writes the text of a verification code, or of
 * a warning that a new device logged in, in the customer's language and hands it to the network, as an adapter for a
 * real carrier would hand it to the
 * carrier's API. It logs that a message went out, never its text.
 */
public final class SimulatedSmsGateway implements VerificationCodeSender, LoginNotices {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedSmsGateway.class);

    private final SmsOutbox network;
    private final Clock clock;
    private final ZoneId storeZone;

    /** @param storeZone the zone the texts give times in, as the store's pages do */
    public SimulatedSmsGateway(SmsOutbox network, Clock clock, ZoneId storeZone) {
        this.network = network;
        this.clock = clock;
        this.storeZone = storeZone;
    }

    @Override
    public void send(PhoneNumber phone, String digits, Duration validFor, Language language) {
        network.add(new SmsMessage(phone, VerificationCodeText.of(digits, validFor, language), clock.instant()));
        LOG.info("Simulated SMS with a verification code sent to {}", phone.masked());
    }

    @Override
    public void newDeviceLogin(PhoneNumber phone, DeviceName device, Instant at, Language language) {
        network.add(new SmsMessage(phone, NewDeviceLoginText.of(device, at.atZone(storeZone), language),
                clock.instant()));
        LOG.info("Simulated SMS about a login from a new device sent to {}", phone.masked());
    }
}
