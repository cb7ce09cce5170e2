package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice.NoticeOutcome;
import org.hexmall.domain.wallet.WalletProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /wallet-notify/{provider}}: wallet providers call it server to server, signed, and retry
 * until it answers 200. It has no session and no form token: the signature is what it trusts.
 */
public final class WalletNotificationController {

    public static final String PREFIX = "/wallet-notify/";
    private static final Logger LOG = LoggerFactory.getLogger(WalletNotificationController.class);

    private final ReceiveWalletNotice receiveWalletNotice;

    public WalletNotificationController(ReceiveWalletNotice receiveWalletNotice) {
        this.receiveWalletNotice = receiveWalletNotice;
    }

    public void register(RoutesConfig routes) {
        routes.post(PREFIX + "{provider}", this::receive);
    }

    private void receive(Context ctx) {
        Optional<WalletProvider> provider = WalletProvider.fromName(ctx.pathParam("provider"));
        NoticeOutcome outcome = provider.isEmpty() ? NoticeOutcome.REFUSED
                : receiveWalletNotice.receive(provider.get(), WalletReturnController.singleValues(ctx.formParamMap()));
        if (outcome == NoticeOutcome.REFUSED) {
            LOG.warn("Refused a notification for {}: not signed, stale or replayed", ctx.pathParam("provider"));
            ctx.status(400).contentType("text/plain; charset=UTF-8").result("refused");
            return;
        }
        ctx.status(200).contentType("text/plain; charset=UTF-8").result("success");
    }
}
