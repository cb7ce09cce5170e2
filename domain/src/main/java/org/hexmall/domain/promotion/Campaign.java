package org.hexmall.domain.promotion;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;

/**
 * A wallet promotion the store runs: what it is called in both languages, its kind, the conditions an order must
 * meet, the benefit it gives, its window, the stacking group it competes in, its budget and how often one customer
 * may have it. Supervisors pause, resume and end it, and change its window, budget and limit; its status follows
 * from those, the clock and how much of the budget is used.
 */
public final class Campaign {

    /** Names are what the customer reads beside a price; short enough for a line. */
    public static final int MAX_NAME_LENGTH = 60;
    public static final int MAX_USES_PER_CUSTOMER = 1000;

    private final CampaignId id;
    private final String nameEn;
    private final String nameZh;
    private final CampaignKind kind;
    private final Conditions conditions;
    private final Benefit benefit;
    private final StackingGroup stackingGroup;
    private final int couponValidityDays;
    private CampaignWindow window;
    private Money budget;
    private int usesPerCustomer;
    private boolean paused;
    private Instant endedAt;

    private Campaign(CampaignId id, String nameEn, String nameZh, CampaignKind kind, Conditions conditions,
                     Benefit benefit, StackingGroup stackingGroup, int couponValidityDays, CampaignWindow window,
                     Money budget, int usesPerCustomer, boolean paused, Instant endedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.nameEn = name(nameEn);
        this.nameZh = name(nameZh);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.conditions = Objects.requireNonNull(conditions, "conditions");
        this.benefit = Objects.requireNonNull(benefit, "benefit");
        this.stackingGroup = Objects.requireNonNull(stackingGroup, "stackingGroup");
        this.couponValidityDays = couponValidityDays;
        this.window = Objects.requireNonNull(window, "window");
        this.budget = checkedBudget(budget);
        this.usesPerCustomer = checkedUses(usesPerCustomer);
        this.paused = paused;
        this.endedAt = endedAt;
        checkKindAndBenefit();
    }

    /** A new campaign, as a supervisor sets it up; it runs when its window opens. */
    public static Campaign create(CampaignId id, String nameEn, String nameZh, CampaignKind kind,
                                  Conditions conditions, Benefit benefit, StackingGroup stackingGroup,
                                  int couponValidityDays, CampaignWindow window, Money budget, int usesPerCustomer) {
        return new Campaign(id, nameEn, nameZh, kind, conditions, benefit, stackingGroup, couponValidityDays, window,
                budget, usesPerCustomer, false, null);
    }

    /** A campaign as it was stored. */
    public static Campaign reconstitute(CampaignId id, String nameEn, String nameZh, CampaignKind kind,
                                        Conditions conditions, Benefit benefit, StackingGroup stackingGroup,
                                        int couponValidityDays, CampaignWindow window, Money budget,
                                        int usesPerCustomer, boolean paused, Optional<Instant> endedAt) {
        return new Campaign(id, nameEn, nameZh, kind, conditions, benefit, stackingGroup, couponValidityDays, window,
                budget, usesPerCustomer, paused, endedAt.orElse(null));
    }

    /** Where the campaign stands at {@code now}, with {@code budgetUsed} reserved or spent of its budget. */
    public CampaignStatus statusAt(Instant now, Money budgetUsed) {
        if (endedAt != null || window.hasEndedAt(now)) {
            return CampaignStatus.ENDED;
        }
        if (paused) {
            return CampaignStatus.PAUSED;
        }
        if (!window.hasStartedAt(now)) {
            return CampaignStatus.SCHEDULED;
        }
        if (budgetUsed.compareTo(budget) >= 0) {
            return CampaignStatus.BUDGET_SPENT;
        }
        return CampaignStatus.RUNNING;
    }

    /** The part of the budget not yet reserved or spent; never below zero. */
    public Money budgetLeft(Money budgetUsed) {
        return budgetUsed.compareTo(budget) >= 0 ? Money.ZERO : budget.minus(budgetUsed);
    }

    public void pause() {
        checkNotEnded("promotion.ended");
        if (paused) {
            throw new DomainException("promotion.already-paused");
        }
        paused = true;
    }

    public void resume() {
        checkNotEnded("promotion.ended");
        if (!paused) {
            throw new DomainException("promotion.not-paused");
        }
        paused = false;
    }

    /** Ends the campaign for good, before its window closes. */
    public void end(Instant now) {
        checkNotEnded("promotion.ended");
        if (window.hasEndedAt(now)) {
            throw new DomainException("promotion.ended");
        }
        endedAt = now;
    }

    /** Moves the window; an ended campaign stays ended. */
    public void changeWindow(CampaignWindow newWindow, Instant now) {
        checkNotEnded("promotion.ended");
        if (window.hasEndedAt(now)) {
            throw new DomainException("promotion.ended");
        }
        window = Objects.requireNonNull(newWindow, "newWindow");
    }

    /** Sets a new budget; never below what is already reserved or spent. */
    public void changeBudget(Money newBudget, Money budgetUsed) {
        Money checked = checkedBudget(newBudget);
        if (checked.compareTo(budgetUsed) < 0) {
            throw new DomainException("promotion.budget-below-used", budgetUsed);
        }
        budget = checked;
    }

    public void changeUsesPerCustomer(int uses) {
        usesPerCustomer = checkedUses(uses);
    }

    private void checkNotEnded(String code) {
        if (endedAt != null) {
            throw new DomainException(code);
        }
    }

    private void checkKindAndBenefit() {
        boolean fits = switch (kind) {
            case POINTS_MULTIPLIER -> benefit instanceof Benefit.PointsMultiplier;
            case CASHBACK_VOUCHER -> benefit instanceof Benefit.CashbackVoucher;
            case FIRST_WALLET_PAYMENT -> !(benefit instanceof Benefit.PointsMultiplier);
            case WALLET_COUPON, FESTIVAL -> benefit.lowersThePrice();
        };
        if (!fits) {
            throw new DomainException("promotion.benefit-kind", kind);
        }
        boolean walletExclusive = kind != CampaignKind.CASHBACK_VOUCHER;
        if (walletExclusive && conditions.wallets().isEmpty()) {
            throw new DomainException("promotion.wallet-required");
        }
        if (kind == CampaignKind.FIRST_WALLET_PAYMENT && !conditions.firstPaymentWithWallet()) {
            throw new DomainException("promotion.first-payment-condition");
        }
        boolean claimed = kind == CampaignKind.WALLET_COUPON;
        if (claimed != (couponValidityDays > 0) || couponValidityDays > 366) {
            throw new DomainException("promotion.validity-range", 1, 366);
        }
    }

    private static String name(String name) {
        Objects.requireNonNull(name, "name");
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new DomainException("promotion.name-length", MAX_NAME_LENGTH);
        }
        return trimmed;
    }

    private static Money checkedBudget(Money budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isZero()) {
            throw new DomainException("promotion.budget-zero");
        }
        return budget;
    }

    private static int checkedUses(int uses) {
        if (uses < 1 || uses > MAX_USES_PER_CUSTOMER) {
            throw new DomainException("promotion.uses-range", 1, MAX_USES_PER_CUSTOMER);
        }
        return uses;
    }

    public CampaignId id() {
        return id;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public CampaignKind kind() {
        return kind;
    }

    public PricingLevel level() {
        return kind.level();
    }

    public Conditions conditions() {
        return conditions;
    }

    public Benefit benefit() {
        return benefit;
    }

    public StackingGroup stackingGroup() {
        return stackingGroup;
    }

    /** For wallet coupons: how many days a claimed coupon stays valid; 0 for the other kinds. */
    public int couponValidityDays() {
        return couponValidityDays;
    }

    public CampaignWindow window() {
        return window;
    }

    /** The most the campaign may give away: discounts, voucher value, or extra points at one fen a point. */
    public Money budget() {
        return budget;
    }

    public int usesPerCustomer() {
        return usesPerCustomer;
    }

    public boolean isPaused() {
        return paused;
    }

    /** When a supervisor ended it early, if one did. */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }
}
