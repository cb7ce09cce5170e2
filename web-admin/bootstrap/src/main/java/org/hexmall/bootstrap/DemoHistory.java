package org.hexmall.bootstrap;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.DeviceTrust;
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAssessment;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.risk.RiskRules;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Two weeks of a store's life, made up for the demo so that the console's dashboard and queues have something to
 * show: a few hundred shoppers with their wallets, thousands of orders paid (or not) with the mix of failures the
 * guides answer, refunds, wallet bindings at every step of the funnel, and risk alerts, some still open.
 *
 * <p>It is written straight into the stores, in one transaction, not through the use cases: the simulated wallets
 * would take minutes over thousands of payments, and nothing here happens now; it is what happened. Every choice
 * comes from one random source with a fixed seed, so two demos started at the same moment show the same history.
 * The shoppers' phones ({@value #PHONE_PREFIX}…) and emails are of their own, apart from the demo customers', and
 * their password is the demo's {@code demo-pass-1}; they have no simulated wallet account, so they cannot pay again.
 */
final class DemoHistory {

    static final long SEED = 20_261_111L;
    static final int DAYS = 14;
    static final int SHOPPERS = 300;
    /** Of the shoppers, those who registered (and bound their first wallet) within the two weeks. */
    static final int NEW_SHOPPERS = 80;
    static final String PHONE_PREFIX = "137";
    private static final int ORDERS_A_DAY = 170;
    private static final Duration UNPAID_ORDERS_CLOSE = Duration.ofMinutes(30);

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN_NAMES = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰",
        "娟", "涛", "明", "超", "秀英", "丽", "强", "平", "刚", "晓明", "雪", "婷", "浩然", "子涵", "欣怡"};
    /** How often shoppers pay with each wallet, out of 100. */
    private static final List<WalletProvider> WALLETS = List.of(WalletProvider.WECHAT_PAY, WalletProvider.ALIPAY,
            WalletProvider.JD_PAY, WalletProvider.UNIONPAY_QUICKPASS);
    private static final int[] WALLET_SHARES = {40, 35, 18, 7};
    /** How busy each hour of a day is, relative to the others: quiet nights, busy lunch times and evenings. */
    private static final int[] HOURLY = {2, 1, 1, 1, 1, 1, 2, 4, 6, 7, 8, 9, 11, 10, 8, 8, 8, 9, 10, 12, 14, 13, 9, 5};

    private final PersistencePorts store;
    private final List<Product> catalog;
    private final PasswordHash passwordHash;
    private final Optional<Agent> supervisor;
    private final Instant now;
    private final ZoneId zone;
    private final BooleanSupplier stopAsked;
    private final Random random = new Random(SEED);
    private final Set<String> orderNumbers = new HashSet<>();
    private final List<Shopper> shoppers = new ArrayList<>();
    private final Counts counts = new Counts();

    /** Thrown out of the making when hexmall stops before it is done: its transaction rolls everything back. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the demo history was asked to stop", null, false, false);
        }
    }

    /** What was generated, for the log. */
    record Summary(int shoppers, int orders, int payments, int refunds, int bindings, int alerts) {
    }

    /** A shopper and the wallet they pay with, bound from {@code boundAt} on. */
    private record Shopper(CustomerId id, String phone, WalletProvider wallet, BindingId binding, Instant boundAt) {
    }

    private static final class Counts {
        int orders;
        int payments;
        int refunds;
        int bindings;
        int alerts;
    }

    private DemoHistory(PersistencePorts store, List<Product> catalog, PasswordHash passwordHash,
                        Optional<Agent> supervisor, Instant now, ZoneId zone, BooleanSupplier stopAsked) {
        this.store = store;
        this.stopAsked = stopAsked;
        this.catalog = List.copyOf(catalog);
        this.passwordHash = passwordHash;
        this.supervisor = supervisor;
        this.now = now;
        this.zone = zone;
    }

    /**
     * Writes the two weeks up to {@code now} in one transaction.
     *
     * @param catalog      the products the orders are of, stocked already
     * @param passwordHash the shoppers' password hash
     * @param supervisor   who resolved the alerts that are no longer open; without one, every alert stays open
     */
    static Summary generate(PersistencePorts store, List<Product> catalog, PasswordHash passwordHash,
                            Optional<Agent> supervisor, Instant now, ZoneId zone) {
        return generate(store, catalog, passwordHash, supervisor, now, zone, () -> false);
    }

    /**
     * As {@link #generate(PersistencePorts, List, PasswordHash, Optional, Instant, ZoneId)}, looking between two
     * shoppers and between two days whether to stop: then it throws {@link Stopped} and nothing is kept.
     */
    static Summary generate(PersistencePorts store, List<Product> catalog, PasswordHash passwordHash,
                            Optional<Agent> supervisor, Instant now, ZoneId zone, BooleanSupplier stopAsked) {
        DemoHistory history = new DemoHistory(store, catalog, passwordHash, supervisor, now, zone, stopAsked);
        store.transactions().inTransaction(() -> {
            history.shoppers();
            history.orders();
            history.alerts();
        });
        Counts counts = history.counts;
        return new Summary(history.shoppers.size(), counts.orders, counts.payments, counts.refunds, counts.bindings,
                counts.alerts);
    }

    /**
     * Whether the store holds a history already: its last shopper, whom a history's one transaction writes with all
     * the others. Another node of the same database, started at the same moment, may have made it.
     */
    static boolean isMadeIn(PersistencePorts store) {
        return store.customers().findByPhone(new PhoneNumber(shopperPhone(SHOPPERS))).isPresent();
    }

    /** The phone of the history's shopper numbered {@code number}, from 1: 13700000001 and on. */
    private static String shopperPhone(int number) {
        return PHONE_PREFIX + String.format("%08d", number);
    }

    private void stopIfAsked() {
        if (stopAsked.getAsBoolean()) {
            throw new Stopped();
        }
    }

    private LocalDate firstDay() {
        return LocalDate.ofInstant(now, zone).minusDays(DAYS - 1L);
    }

    /** A moment of the day, more likely in its busy hours; never after now. */
    private Instant momentOf(LocalDate day) {
        int hour = weighted(HOURLY);
        Instant at = day.atStartOfDay(zone).toInstant()
                .plusSeconds(hour * 3600L + random.nextInt(3600));
        return at.isAfter(now) ? now.minusSeconds(1 + random.nextInt(600)) : at;
    }

    // Shoppers and their wallets

    private void shoppers() {
        for (int number = 1; number <= SHOPPERS; number++) {
            stopIfAsked();
            boolean isNew = number > SHOPPERS - NEW_SHOPPERS;
            Instant registeredAt = isNew
                    ? momentOf(firstDay().plusDays(random.nextInt(DAYS)))
                    : firstDay().atStartOfDay(zone).toInstant().minus(Duration.ofDays(20 + random.nextInt(400)));
            String phone = shopperPhone(number);
            Customer customer = Customer.register(new CustomerId(uuid()), new PhoneNumber(phone),
                    random.nextInt(3) == 0 ? Optional.empty()
                            : Optional.of(new EmailAddress(String.format("shopper%03d@example.cn", number))),
                    new DisplayName(SURNAMES[random.nextInt(SURNAMES.length)]
                            + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)]),
                    passwordHash, registeredAt);
            store.customers().add(customer);
            WalletProvider wallet = WALLETS.get(weighted(WALLET_SHARES));
            Instant bindingStarts = registeredAt.plusSeconds(60 + random.nextInt(1200));
            Optional<Shopper> bound = isNew
                    ? bindingJourney(customer.id(), phone, wallet, bindingStarts)
                    : Optional.of(bound(customer.id(), phone, wallet, bindingStarts));
            bound.ifPresent(shoppers::add);
            if (!isNew && random.nextInt(10) == 0) {
                // Some try a second wallet within the two weeks, and give up or fail on the way.
                unfinishedBinding(customer.id(), phone, otherThan(wallet), momentOf(firstDay().plusDays(
                        random.nextInt(DAYS))));
            }
        }
    }

    private Shopper bound(CustomerId customer, String phone, WalletProvider wallet, Instant startedAt) {
        WalletBinding binding = started(customer, phone, wallet, startedAt);
        binding.codeAccepted(startedAt.plusSeconds(30 + random.nextInt(90)));
        Instant boundAt = startedAt.plusSeconds(150 + random.nextInt(300));
        binding.authorized("history-" + uuid(), true, boundAt);
        add(binding);
        return new Shopper(customer, phone, wallet, binding.id(), boundAt);
    }

    /**
     * A new shopper's first binding, which gets as far as the funnel lets it: most end bound, some stop at the code,
     * in the wallet app, or at the provider; a few who bound cancelled the agreement in the wallet app since.
     */
    private Optional<Shopper> bindingJourney(CustomerId customer, String phone, WalletProvider wallet,
                                             Instant startedAt) {
        int step = random.nextInt(100);
        if (step < 18) {
            unfinished(customer, phone, wallet, startedAt, step);
            return Optional.empty();
        }
        WalletBinding binding = started(customer, phone, wallet, startedAt);
        binding.codeAccepted(startedAt.plusSeconds(30 + random.nextInt(90)));
        Instant answeredAt = startedAt.plusSeconds(150 + random.nextInt(300));
        if (step < 26) {
            binding.fail(BindingFailureReason.REJECTED_IN_WALLET, answeredAt);
        } else if (step < 29) {
            binding.fail(BindingFailureReason.PROVIDER_UNAVAILABLE, answeredAt);
        } else if (step < 32) {
            binding.expire(startedAt.plus(WalletBinding.COMPLETION_WINDOW).plusSeconds(1));
        } else {
            binding.authorized("history-" + uuid(), true, answeredAt);
            Instant revokedAt = answeredAt.plus(Duration.ofHours(6 + random.nextInt(72)));
            if (step >= 96 && revokedAt.isBefore(now)) {
                binding.revokedByProvider(revokedAt);
                add(binding);
                return Optional.empty();
            }
            add(binding);
            return Optional.of(new Shopper(customer, phone, wallet, binding.id(), answeredAt));
        }
        add(binding);
        return Optional.empty();
    }

    private void unfinishedBinding(CustomerId customer, String phone, WalletProvider wallet, Instant startedAt) {
        unfinished(customer, phone, wallet, startedAt, random.nextInt(18));
    }

    /** A binding that never had its code confirmed: left waiting, five wrong codes, or no such account. */
    private void unfinished(CustomerId customer, String phone, WalletProvider wallet, Instant startedAt, int step) {
        WalletBinding binding = started(customer, phone, wallet, startedAt);
        if (step < 10) {
            binding.expire(startedAt.plus(WalletBinding.COMPLETION_WINDOW).plusSeconds(1));
        } else if (step < 14) {
            binding.fail(BindingFailureReason.CODE_EXHAUSTED, startedAt.plusSeconds(200 + random.nextInt(300)));
        } else {
            binding.fail(BindingFailureReason.ACCOUNT_NOT_FOUND, startedAt.plusSeconds(5 + random.nextInt(20)));
        }
        add(binding);
    }

    private WalletBinding started(CustomerId customer, String phone, WalletProvider wallet, Instant startedAt) {
        return WalletBinding.start(new BindingId(uuid()), customer, wallet, WalletAccountIdentifier.parse(wallet, phone),
                startedAt);
    }

    private void add(WalletBinding binding) {
        store.walletBindings().add(binding);
        counts.bindings++;
    }

    private WalletProvider otherThan(WalletProvider wallet) {
        WalletProvider other = WALLETS.get(random.nextInt(WALLETS.size()));
        return other == wallet ? WALLETS.get((WALLETS.indexOf(wallet) + 1) % WALLETS.size()) : other;
    }

    // Orders, payments and refunds

    private void orders() {
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (LocalDate day = firstDay(); !day.isAfter(today); day = day.plusDays(1)) {
            stopIfAsked();
            int orders = ordersOn(day, today);
            for (int order = 0; order < orders; order++) {
                Instant placedAt = momentOf(day);
                Shopper shopper = shopperBoundBy(placedAt);
                if (shopper != null) {
                    order(shopper, placedAt, day);
                }
            }
        }
    }

    /** About {@value #ORDERS_A_DAY} a day, more at weekends and on the sale in the middle; today's so far. */
    private int ordersOn(LocalDate day, LocalDate today) {
        double busy = switch (day.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> 1.3;
            default -> 1.0;
        };
        if (day.equals(firstDay().plusDays(DAYS / 2))) {
            busy = 1.9;
        }
        int orders = (int) Math.round(ORDERS_A_DAY * busy * (0.85 + random.nextDouble() * 0.3));
        if (day.equals(today)) {
            double elapsed = (double) Duration.between(day.atStartOfDay(zone).toInstant(), now).toSeconds() / 86_400;
            orders = (int) Math.round(orders * elapsed);
        }
        return orders;
    }

    private Shopper shopperBoundBy(Instant at) {
        for (int tries = 0; tries < 5; tries++) {
            Shopper shopper = shoppers.get(random.nextInt(shoppers.size()));
            if (shopper.boundAt().isBefore(at)) {
                return shopper;
            }
        }
        return null;
    }

    private void order(Shopper shopper, Instant placedAt, LocalDate day) {
        List<OrderLine> lines = new ArrayList<>();
        Set<Product> chosen = new HashSet<>();
        int kinds = 1 + weighted(new int[] {6, 3, 1});
        while (chosen.size() < kinds) {
            chosen.add(catalog.get(random.nextInt(catalog.size())));
        }
        for (Product product : chosen) {
            lines.add(new OrderLine(product.id(), product.nameEn(), product.nameZh(), product.category(),
                    product.price(), random.nextInt(4) == 0 ? 2 : 1));
        }
        Order order = Order.settle(new OrderId(uuid()), orderNumber(day), shopper.id(), lines, placedAt);
        List<Payment> payments = new ArrayList<>();
        Instant attemptAt = placedAt.plusSeconds(10 + random.nextInt(110));
        Optional<Instant> paidAt = Optional.empty();
        for (int attempt = 1; attempt <= 2 && paidAt.isEmpty() && attemptAt.isBefore(now); attempt++) {
            Payment payment = Payment.create(new PaymentId(uuid()), order.id(), order.number(), shopper.id(),
                    shopper.binding(), shopper.wallet(), order.total(), attemptAt);
            paidAt = settle(payment, attemptAt, attempt);
            payments.add(payment);
            if (paidAt.isEmpty() && random.nextInt(100) >= 65) {
                break;
            }
            attemptAt = attemptAt.plusSeconds(120 + random.nextInt(480));
        }
        if (paidAt.isPresent()) {
            order.markPaid(paidAt.get());
            refundSometimes(payments.getLast(), paidAt.get());
        } else if (placedAt.plus(UNPAID_ORDERS_CLOSE).isBefore(now)) {
            order.close(placedAt.plus(UNPAID_ORDERS_CLOSE));
        }
        store.orders().add(order);
        counts.orders++;
        for (Payment payment : payments) {
            store.payments().add(payment);
            counts.payments++;
        }
    }

    private OrderNumber orderNumber(LocalDate day) {
        while (true) {
            OrderNumber number = OrderNumber.generate(day, random);
            if (orderNumbers.add(number.value())) {
                return number;
            }
        }
    }

    /**
     * How one attempt ended: most succeed; the rest fail for the guides' reasons (a second attempt mostly succeeds),
     * the provider not answering at all or not in time, or the shopper left the wallet app, or the store closed the
     * payment unconfirmed. When it paid, when.
     */
    private Optional<Instant> settle(Payment payment, Instant at, int attempt) {
        int roll = random.nextInt(1000);
        Instant answeredAt = at.plusSeconds(20 + random.nextInt(70));
        if (roll < 17 && attempt == 1) {
            payment.fail(PaymentFailureReason.PROVIDER_UNAVAILABLE, at.plusSeconds(5));
            return Optional.empty();
        }
        if (roll < 22 && attempt == 1) {
            // The provider did not answer in time; reconciliation's first look closed it there, unpaid.
            payment.outcomeUnknown(at.plusSeconds(10));
            payment.closedAtProvider(at.plusSeconds(40));
            return Optional.empty();
        }
        payment.awaitConfirmation("/mock-wallet/" + payment.provider().name().toLowerCase() + "/pay/" + payment.id(),
                at.plusSeconds(1));
        int succeeding = attempt == 1 ? 840 : 850;
        if (roll < succeeding || answeredAt.isAfter(now)) {
            if (answeredAt.isAfter(now)) {
                return Optional.empty();
            }
            payment.succeed("history-" + uuid(), answeredAt);
            return Optional.of(answeredAt);
        }
        int failure = roll - succeeding;
        if (failure < 50) {
            payment.fail(PaymentFailureReason.INSUFFICIENT_BALANCE, answeredAt);
        } else if (failure < 85) {
            payment.fail(PaymentFailureReason.WRONG_PAYMENT_PASSWORD, answeredAt);
        } else if (failure < 93) {
            payment.fail(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, answeredAt);
        } else if (failure < 100) {
            payment.fail(PaymentFailureReason.DECLINED, answeredAt);
        } else if (failure < 103) {
            payment.fail(PaymentFailureReason.WALLET_NOT_BOUND, answeredAt);
        } else if (failure < 128 || at.plus(UNPAID_ORDERS_CLOSE).isAfter(now)) {
            payment.cancel(answeredAt);
        } else {
            payment.close(at.plus(UNPAID_ORDERS_CLOSE));
        }
        return Optional.empty();
    }

    /** About one paid order in twenty-five is refunded a few days later, in full or in part. */
    private void refundSometimes(Payment payment, Instant paidAt) {
        if (random.nextInt(25) != 0) {
            return;
        }
        Instant refundedAt = paidAt.plus(Duration.ofHours(6 + random.nextInt(5 * 24)));
        if (refundedAt.isAfter(now)) {
            return;
        }
        Money amount = random.nextInt(10) < 7 ? payment.amount()
                : Money.ofFen(Math.max(1, payment.amount().fen() / 2));
        counts.refunds++;
        payment.refunded(new Refund(String.format("RF%06d", counts.refunds), amount, RefundReason.CUSTOMER_REQUEST,
                refundedAt, "history-refund-" + uuid()));
    }

    // Risk alerts

    /** About two alerts a day; those raised before the last two days were resolved by the supervisor. */
    private void alerts() {
        RiskSettings settings = RiskSettings.defaults();
        for (int index = 0; index < DAYS * 2; index++) {
            Instant at = momentOf(firstDay().plusDays(index / 2));
            Shopper shopper = shoppers.get(random.nextInt(shoppers.size()));
            List<FiredRule> fired = new ArrayList<>();
            RiskRules.newDevice(DeviceTrust.UNTRUSTED).ifPresent(fired::add);
            RiskAttempt attempt;
            switch (random.nextInt(4)) {
                case 0 -> {
                    Money amount = Money.ofYuan(3_000 + random.nextInt(9_000), 0);
                    RiskRules.amountAboveUsual(amount, List.of(Money.ofYuan(80 + random.nextInt(300), 0)), settings)
                            .ifPresent(fired::add);
                    attempt = RiskAttempt.payment(amount, orderNumber(LocalDate.ofInstant(at, zone)).value());
                }
                case 1 -> {
                    RiskRules.wrongPaymentPasswords(settings.maxWrongPasswords(), settings).ifPresent(fired::add);
                    attempt = RiskAttempt.payment(Money.ofYuan(200 + random.nextInt(800), 0),
                            orderNumber(LocalDate.ofInstant(at, zone)).value());
                }
                case 2 -> {
                    RiskRules.paymentVelocity(settings.maxPayments() + 2, settings).ifPresent(fired::add);
                    attempt = RiskAttempt.payment(Money.ofYuan(50 + random.nextInt(300), 0),
                            orderNumber(LocalDate.ofInstant(at, zone)).value());
                }
                default -> {
                    RiskRules.bindingVelocity(settings.maxBindings() + 1, settings).ifPresent(fired::add);
                    attempt = RiskAttempt.binding(shopper.wallet().name() + " "
                            + WalletAccountIdentifier.parse(shopper.wallet(), shopper.phone()).masked());
                }
            }
            RiskAssessment assessment = RiskRules.decide(fired, settings);
            if (assessment.isAllowed()) {
                continue;
            }
            RiskAlert alert = RiskAlert.onAssessment(new RiskAlertId(uuid()), shopper.id(), at, attempt, assessment);
            store.riskAlerts().raise(alert);
            // A block holds what it blocked, as the risk checks do; most of these holds have ended since.
            RiskHold.placedBy(alert, settings.holdPeriod()).ifPresent(store.riskHolds()::place);
            counts.alerts++;
            Instant resolvedAt = at.plus(Duration.ofHours(1 + random.nextInt(20)));
            if (supervisor.isPresent() && index < (DAYS - 2) * 2 && resolvedAt.isBefore(now)) {
                boolean fraud = random.nextInt(6) == 0;
                String note = fraud ? "Customer did not recognise it; card holder informed."
                        : "Called the customer: it was them, on a new phone.";
                store.riskAlerts().resolve(alert.id(), new Resolution(
                        fraud ? AlertResolution.CONFIRMED_FRAUD : AlertResolution.FALSE_POSITIVE, note,
                        supervisor.get().id(), supervisor.get().username().value(), resolvedAt));
                if (!fraud) {
                    // A false positive lifts the hold that still held, with the resolution's note as its reason.
                    store.riskHolds().lift(alert.id(), new RiskHold.Lift(resolvedAt, supervisor.get().id(),
                            supervisor.get().username().value(), note));
                }
            }
        }
    }

    // The random source

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** An index picked with the weights given. */
    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int index = 0; index < weights.length; index++) {
            pick -= weights[index];
            if (pick < 0) {
                return index;
            }
        }
        return weights.length - 1;
    }
}
