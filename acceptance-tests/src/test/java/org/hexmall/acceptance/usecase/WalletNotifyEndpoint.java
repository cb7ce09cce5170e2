package org.hexmall.acceptance.usecase;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice.NoticeOutcome;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.ProviderSlugs;

/**
 * Stands in for the store's notify endpoint ({@code /wallet-notify/{provider}}). A simulated provider signs
 * its notices with a secret only it and the store's gateway know, and sends them over HTTP, so the only way
 * to get a genuine one is to let the provider send it: this server hands each form it receives to
 * {@link ReceiveWalletNotice}, as the web adapter does, and keeps it, so that a test can send it again.
 */
final class WalletNotifyEndpoint implements AutoCloseable {

    /** One notice as it arrived, and what the store made of it. */
    record Received(WalletProvider provider, Map<String, String> parameters, NoticeOutcome outcome) {
    }

    private final HttpServer server;
    private final ReceiveWalletNotice receiveWalletNotice;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WalletNotifyEndpoint(ReceiveWalletNotice receiveWalletNotice) {
        this.receiveWalletNotice = receiveWalletNotice;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
        server.createContext("/wallet-notify/", this::receive);
        server.start();
    }

    /** Starts the endpoint and tells the simulated providers to send their notices to it. */
    static WalletNotifyEndpoint startedFor(InMemoryHexmall hexmall) {
        WalletNotifyEndpoint endpoint = new WalletNotifyEndpoint(hexmall.receiveWalletNotice);
        hexmall.wallets.notifications()
                .setStoreBaseUrl(URI.create("http://127.0.0.1:" + endpoint.server.getAddress().getPort()));
        return endpoint;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        WalletProvider provider = ProviderSlugs.fromSlug(path.substring(path.lastIndexOf('/') + 1)).orElseThrow();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> parameters = InMemoryHexmall.formParameters(body);
        NoticeOutcome outcome = receiveWalletNotice.receive(provider, parameters);
        received.add(new Received(provider, parameters, outcome));
        exchange.sendResponseHeaders(outcome == NoticeOutcome.REFUSED ? 400 : 200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
