package org.hexmall.adapter.in.web.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.ResendNewDeviceCode;
import org.hexmall.application.port.in.account.VerifyNewDevice;
import org.hexmall.application.port.in.catalog.BrowseCatalog;
import org.hexmall.application.port.in.catalog.SearchCatalog;
import org.hexmall.application.port.in.catalog.ViewProduct;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.application.port.in.checkout.ChangeCart;
import org.hexmall.application.port.in.checkout.SettleCart;
import org.hexmall.application.port.in.checkout.Settlement;
import org.hexmall.application.port.in.checkout.ViewCart;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.PricedPayment;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.in.promotion.CartOffer;
import org.hexmall.application.port.in.promotion.ClaimCoupon;
import org.hexmall.application.port.in.promotion.ClaimResult;
import org.hexmall.application.port.in.promotion.MyCoupons;
import org.hexmall.application.port.in.promotion.MyPoints;
import org.hexmall.application.port.in.promotion.ShownOffer;
import org.hexmall.application.port.in.promotion.ViewMyCoupons;
import org.hexmall.application.port.in.promotion.ViewMyPoints;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.application.port.in.payment.ViewPaymentOptions;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.wallet.CompleteWalletReconfirmation;
import org.hexmall.application.port.in.wallet.ReconfirmationResult;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;

/**
 * The in-ports the API drives, each a lambda a test may replace, and a session store in a map: enough to
 * run the adapter over HTTP without the application behind it.
 */
final class FakeInPorts {

    static final String SESSION_COOKIE = "hexmall_shop";
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final Duration UNPAID_TIMEOUT = Duration.ofMinutes(30);

    final Map<String, Session> sessions = new ConcurrentHashMap<>();
    final AtomicInteger sessionsStarted = new AtomicInteger();

    volatile LogInCustomer logIn = command -> new LoginResult.WrongCredentials();
    volatile BrowseCatalog browseCatalog = category -> List.of();
    volatile SearchCatalog searchCatalog = (terms, page, size) -> new Page<>(List.of(), page, size, 0);
    volatile ViewProduct viewProduct = id -> Optional.empty();
    volatile ViewCart viewCart = customer -> new CartView(List.of());
    volatile ChangeCart changeCart = change -> {
    };
    volatile SettleCart settleCart = (customer, key) -> new Settlement.EmptyCart();
    volatile ViewOrderPayments viewOrderPayments = (customer, order) -> Optional.empty();
    volatile PayForOrder payForOrder = command -> new PayResult.NoSuchOrder();
    volatile ViewPayment viewPayment = (customer, payment, wait) -> Optional.empty();
    /** What {@link ViewOffers#running} answers; the API asks for nothing else of it. */
    volatile List<ShownOffer> runningOffers = List.of();
    volatile ClaimCoupon claimCoupon = (customer, campaign, key) -> new ClaimResult.NoSuchCoupon();
    volatile ViewMyCoupons viewMyCoupons = (customer, tab, page) -> new MyCoupons(tab,
            new Page<>(List.of(), page, ViewMyCoupons.PAGE_SIZE, 0), Map.of());
    volatile ViewMyPoints viewMyPoints = (customer, page) -> new MyPoints(0,
            new Page<>(List.of(), page, ViewMyPoints.PAGE_SIZE, 0), Map.of());
    volatile ViewPaymentOptions viewPaymentOptions = (customer, order) -> Optional.empty();
    volatile CompleteWalletReconfirmation completeReconfirmation = (customer, provider, parameters, address) ->
            new ReconfirmationResult.Untrusted("no answer expected");

    /** The device token the API gives a client that sends none. */
    static final String NEW_DEVICE_TOKEN = "new-device-token-0123456789abcdefghijklmnop";

    volatile FindNewDeviceLogin newDeviceLogin = new FindNewDeviceLogin() {
        @Override
        public Optional<WaitingLogin> waitingOn(String deviceToken) {
            return Optional.empty();
        }

        @Override
        public boolean asksForFace(String deviceToken) {
            return false;
        }
    };
    volatile VerifyNewDevice verifyNewDevice = command -> new NewDeviceResult.StartAgain();
    volatile ResendNewDeviceCode resendNewDeviceCode = (token, language) -> new ResendNewDeviceCode.Resent.StartAgain();

    ApiRoutes routes() {
        return new ApiRoutes(command -> logIn.logIn(command), session -> sessions.remove(session.value()),
                this::resume,
                category -> browseCatalog.browse(category),
                (terms, page, size) -> searchCatalog.search(terms, page, size), id -> viewProduct.view(id),
                customer -> viewCart.view(customer), change -> changeCart.change(change),
                (customer, key) -> settleCart.settle(customer, key),
                (customer, order) -> viewOrderPayments.view(customer, order),
                command -> payForOrder.pay(command),
                new ViewPayment() {
                    @Override
                    public Optional<PaymentView> view(CustomerId customer, PaymentId payment, Duration wait) {
                        return viewPayment.view(customer, payment, wait);
                    }

                    @Override
                    public Optional<PricedPayment> viewPriced(CustomerId customer, PaymentId payment,
                                                              Duration wait) {
                        return viewPayment.viewPriced(customer, payment, wait);
                    }
                },
                (customer, provider, parameters, address) -> completeReconfirmation.complete(customer, provider,
                        parameters, address),
                (customer, order) -> viewPaymentOptions.options(customer, order),
                new ApiRoutes.CustomerPromotions(new RunningOffers(),
                        (customer, campaign, key) -> claimCoupon.claim(customer, campaign, key),
                        (customer, tab, page) -> viewMyCoupons.view(customer, tab, page),
                        (customer, page) -> viewMyPoints.view(customer, page)),
                new ApiRoutes.NewDeviceLogins(new FindNewDeviceLogin() {
                    @Override
                    public Optional<WaitingLogin> waitingOn(String deviceToken) {
                        return newDeviceLogin.waitingOn(deviceToken);
                    }

                    @Override
                    public boolean asksForFace(String deviceToken) {
                        return newDeviceLogin.asksForFace(deviceToken);
                    }
                }, command -> verifyNewDevice.verify(command),
                        (token, language) -> resendNewDeviceCode.resend(token, language), () -> NEW_DEVICE_TOKEN),
                SESSION_COOKIE, UNPAID_TIMEOUT, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The offers of {@link #runningOffers}, for every page alike. */
    private final class RunningOffers implements ViewOffers {

        @Override
        public List<ShownOffer> running(Optional<CustomerId> customer) {
            return runningOffers;
        }

        @Override
        public List<ShownOffer> forProduct(Product product, Optional<CustomerId> customer) {
            return runningOffers;
        }

        @Override
        public List<CartOffer> forCart(CartView cart, CustomerId customer) {
            return List.of();
        }
    }

    /** Like the application: the presented session if it is open, else a fresh anonymous one under a new id. */
    private Session resume(Optional<SessionId> presented) {
        return presented.map(id -> sessions.get(id.value())).orElseGet(() -> {
            sessionsStarted.incrementAndGet();
            Session fresh = Session.anonymous(new SessionId(randomId()), randomId(), Language.ENGLISH, NOW);
            sessions.put(fresh.id().value(), fresh);
            return fresh;
        });
    }

    /** A session logged in as {@code customer}, stored so that its id works as a token and as a cookie. */
    Session loggedIn(CustomerId customer) {
        return store(new Session(new SessionId(randomId()), new Principal.Customer(customer), randomId(),
                Language.ENGLISH, NOW, NOW));
    }

    Session agentSession() {
        return store(new Session(new SessionId(randomId()), new Principal.Agent(new AgentId(UUID.randomUUID()),
                AgentRole.AGENT), randomId(), Language.ENGLISH, NOW, NOW));
    }

    Session anonymousSession() {
        return store(Session.anonymous(new SessionId(randomId()), randomId(), Language.ENGLISH, NOW));
    }

    private Session store(Session session) {
        sessions.put(session.id().value(), session);
        return session;
    }

    static String randomId() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43);
    }
}
