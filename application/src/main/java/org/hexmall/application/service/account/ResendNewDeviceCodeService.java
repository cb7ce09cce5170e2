package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.ResendNewDeviceCode;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.LoginSettings;
import org.hexmall.application.service.shared.CodeDispatch.PendingCode;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCodePolicy.SendDecision;
import org.hexmall.domain.shared.Language;

public final class ResendNewDeviceCodeService implements ResendNewDeviceCode {

    private final Customers customers;
    private final Devices devices;
    private final TransactionRunner transactions;
    private final DeviceTokens deviceTokens;
    private final CodeDispatch codes;
    private final LoginSettings settings;
    private final Clock clock;

    public ResendNewDeviceCodeService(Customers customers, Devices devices, TransactionRunner transactions,
                                      DeviceTokens deviceTokens, CodeDispatch codes, LoginSettings settings,
                                      Clock clock) {
        this.customers = customers;
        this.devices = devices;
        this.transactions = transactions;
        this.deviceTokens = deviceTokens;
        this.codes = codes;
        this.settings = settings;
        this.clock = clock;
    }

    private record Answer(Resent resent, Optional<PendingCode> code) {
    }

    @Override
    public Resent resend(String deviceToken, Language language) {
        Instant now = clock.instant();
        String tokenHash = deviceTokens.hash(deviceToken);
        Answer answer = transactions.inTransaction(() -> {
            Optional<Device> waiting = devices.findAwaitingCode(tokenHash)
                    .filter(device -> device.isAwaitingCodeAt(now, settings.newDeviceWait()));
            Optional<Customer> customer = waiting.flatMap(device -> customers.findById(device.customer()));
            if (customer.isEmpty()) {
                return new Answer(new Resent.StartAgain(), Optional.empty());
            }
            return switch (codes.maySend(customer.get().phone())) {
                case SendDecision.Allowed allowed -> {
                    PendingCode code = codes.issue(customer.get().phone(), CodePurpose.NEW_DEVICE_LOGIN, language);
                    yield new Answer(new Resent.Sent(code.resendAt()), Optional.of(code));
                }
                case SendDecision.TooSoon tooSoon ->
                        new Answer(new Resent.TooSoon(tooSoon.retryAt()), Optional.empty());
                case SendDecision.DailyLimitReached limit ->
                        new Answer(new Resent.DailyLimitReached(), Optional.empty());
            };
        });
        answer.code().ifPresent(codes::send);
        return answer.resent();
    }
}
