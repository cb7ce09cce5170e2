package org.hexmall.application.port.in.promotion;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A supervisor sets up a new campaign: its names, kind, conditions, benefit, window, stacking group, budget and uses
 * per customer, with the reason that goes into the audit log. A command holds only settings the campaign's own rules
 * accept together.
 */
public record CreateCampaignCommand(AgentId agentId, String nameEn, String nameZh, CampaignKind kind,
                                    Conditions conditions, Benefit benefit, StackingGroup stackingGroup,
                                    int couponValidityDays, CampaignWindow window, Money budget, int usesPerCustomer,
                                    String reason) {

    /** The most a supervisor types for one amount: ¥10,000,000.00. */
    static final long MAX_AMOUNT_FEN = 1_000_000_000L;

    private static final Pattern AMOUNT = Pattern.compile("¥?\\s*(\\d{1,8})(?:\\.(\\d{1,2}))?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");
    private static final CampaignId TRIAL = new CampaignId(new UUID(0, 0));

    /** Which form field a rule of the campaign as a whole belongs beside. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "promotion.benefit-kind", "benefit",
            "promotion.wallet-required", "wallets",
            "promotion.first-payment-condition", "firstPaymentWithWallet",
            "promotion.validity-range", "couponValidityDays");

    public CreateCampaignCommand {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(stackingGroup, "stackingGroup");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(budget, "budget");
        reason = AuditEntry.requireReason(reason);
        // The campaign's own rules, checked once here so that a command never holds settings they refuse.
        Campaign.create(TRIAL, nameEn, nameZh, kind, conditions, benefit, stackingGroup, couponValidityDays, window,
                budget, usesPerCustomer);
    }

    /** The campaign these settings make, under the given id. */
    public Campaign campaign(CampaignId id) {
        return Campaign.create(id, nameEn, nameZh, kind, conditions, benefit, stackingGroup, couponValidityDays,
                window, budget, usesPerCustomer);
    }

    /**
     * Reads the new-campaign form, times in the store's {@code zone}; throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} with a field error for every value that is
     * missing, unreadable or refused by the campaign's rules, named as the form names its inputs.
     */
    public static CreateCampaignCommand fromForm(AgentId agentId, CampaignForm form, ZoneId zone) {
        var validation = new FieldValidation();
        String nameEn = validation.field("nameEn", () -> name(form.nameEn()));
        String nameZh = validation.field("nameZh", () -> name(form.nameZh()));
        CampaignKind kind = validation.field("kind", () -> choice(CampaignKind.values(), form.kind(),
                "campaign.kind.required"));
        Set<WalletProvider> wallets = validation.field("wallets", () -> wallets(form.wallets()));
        Money minimumSpend = validation.field("minimumSpend", () -> optionalAmount(form.minimumSpend()));
        Set<Category> categories = validation.field("categories", () -> categories(form.categories()));
        Set<ProductId> products = validation.field("products", () -> products(form.products()));
        Benefit benefit = validation.field("benefit", () -> choice(BenefitChoice.values(), form.benefit(),
                "campaign.benefit.required")) instanceof BenefitChoice chosen ? benefit(validation, chosen, form)
                : null;
        int couponDays = kind == CampaignKind.WALLET_COUPON ? orZero(validation.field("couponValidityDays",
                () -> wholeNumber(form.couponValidityDays()))) : 0;
        Instant startsAt = validation.field("startsAt", () -> localTime(form.startsAt(), zone));
        Instant endsAt = validation.field("endsAt", () -> localTime(form.endsAt(), zone));
        CampaignWindow window = startsAt == null || endsAt == null ? null
                : validation.field("endsAt", () -> new CampaignWindow(startsAt, endsAt));
        StackingGroup group = validation.field("stackingGroup", () -> new StackingGroup(strip(form.stackingGroup())));
        Money budget = validation.field("budget", () -> budget(form.budget()));
        Integer uses = validation.field("usesPerCustomer", () -> uses(form.usesPerCustomer()));
        String reason = validation.field("reason", () -> AuditEntry.requireReason(form.reason()));
        validation.throwIfInvalid();
        Conditions conditions = new Conditions(wallets, minimumSpend, categories, products,
                form.firstPaymentWithWallet(), form.newCustomersOnly());
        try {
            return new CreateCampaignCommand(agentId, nameEn, nameZh, kind, conditions, benefit, group, couponDays,
                    window, budget, uses, reason);
        } catch (DomainException refused) {
            String field = FIELD_OF_RULE.getOrDefault(refused.code(), "kind");
            validation.field(field, () -> {
                throw refused;
            });
            validation.throwIfInvalid();
            throw refused;
        }
    }

    private static Benefit benefit(FieldValidation validation, BenefitChoice chosen, CampaignForm form) {
        return switch (chosen) {
            case AMOUNT_OFF -> validation.field("amountOff", () -> new Benefit.AmountOff(amount(form.amountOff())));
            case PERCENT_OFF -> {
                Integer percent = validation.field("percentOff", () -> wholeNumber(form.percentOff()));
                Money cap = validation.field("percentCap", () -> amount(form.percentCap()));
                yield percent == null || cap == null ? null
                        : validation.field(percent >= 1 && percent <= 99 ? "percentCap" : "percentOff",
                        () -> new Benefit.PercentOff(percent, cap));
            }
            case CASHBACK_VOUCHER -> {
                Money amount = validation.field("voucherAmount", () -> amount(form.voucherAmount()));
                Money least = validation.field("voucherMinimumSpend",
                        () -> optionalAmount(form.voucherMinimumSpend()));
                Integer days = validation.field("voucherValidDays", () -> wholeNumber(form.voucherValidDays()));
                yield amount == null || least == null || days == null ? null
                        : validation.field(amount.isZero() ? "voucherAmount" : "voucherValidDays",
                        () -> new Benefit.CashbackVoucher(amount, least, days));
            }
            case POINTS_MULTIPLIER -> validation.field("pointsFactor",
                    () -> new Benefit.PointsMultiplier(wholeNumber(form.pointsFactor())));
        };
    }

    /** A name as the campaign keeps it: trimmed, not empty, at most {@link Campaign#MAX_NAME_LENGTH} characters. */
    private static String name(String typed) {
        String name = strip(typed);
        if (name.isEmpty() || name.length() > Campaign.MAX_NAME_LENGTH) {
            throw new DomainException("promotion.name-length", Campaign.MAX_NAME_LENGTH);
        }
        return name;
    }

    private static <E extends Enum<E>> E choice(E[] values, String typed, String code) {
        String name = strip(typed);
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(() -> new DomainException(code));
    }

    private static Set<WalletProvider> wallets(Set<String> typed) {
        Set<WalletProvider> wallets = new LinkedHashSet<>();
        for (String name : typed) {
            wallets.add(WalletProvider.fromName(name).filter(WalletProvider::isSupported)
                    .orElseThrow(() -> new DomainException("campaign.wallet.unknown")));
        }
        return wallets;
    }

    private static Set<Category> categories(Set<String> typed) {
        Set<Category> categories = new LinkedHashSet<>();
        for (String name : typed) {
            categories.add(choice(Category.values(), name, "campaign.category.unknown"));
        }
        return categories;
    }

    private static Set<ProductId> products(String typed) {
        Set<ProductId> products = new LinkedHashSet<>();
        for (String id : strip(typed).split("[\\s,，]+")) {
            if (id.isEmpty()) {
                continue;
            }
            try {
                products.add(new ProductId(id.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notAnId) {
                throw new DomainException("campaign.product.format", id);
            }
        }
        if (products.size() > 100) {
            throw new DomainException("campaign.product.too-many", 100);
        }
        return products;
    }

    private static Money budget(String typed) {
        Money budget = amount(typed);
        if (budget.isZero()) {
            throw new DomainException("promotion.budget-zero");
        }
        return budget;
    }

    private static int uses(String typed) {
        int uses = wholeNumber(typed);
        if (uses < 1 || uses > Campaign.MAX_USES_PER_CUSTOMER) {
            throw new DomainException("promotion.uses-range", 1, Campaign.MAX_USES_PER_CUSTOMER);
        }
        return uses;
    }

    /** An amount in yuan such as "10", "10.5" or "¥10.50"; refused when missing or unreadable. */
    static Money amount(String typed) {
        Matcher matcher = AMOUNT.matcher(strip(typed).replace(",", ""));
        if (!matcher.matches()) {
            throw new DomainException("campaign.amount.format");
        }
        String fen = matcher.group(2) == null ? "0" : (matcher.group(2) + "0").substring(0, 2);
        Money amount = Money.ofYuan(Long.parseLong(matcher.group(1)), Integer.parseInt(fen));
        if (amount.fen() > MAX_AMOUNT_FEN) {
            throw new DomainException("campaign.amount.too-large", Money.ofFen(MAX_AMOUNT_FEN));
        }
        return amount;
    }

    /** Like {@link #amount}, but nothing typed is zero. */
    static Money optionalAmount(String typed) {
        return strip(typed).isEmpty() ? Money.ZERO : amount(typed);
    }

    /** A whole number of at most six digits. */
    static int wholeNumber(String typed) {
        String number = strip(typed);
        if (!WHOLE_NUMBER.matcher(number).matches()) {
            throw new DomainException("campaign.number.format");
        }
        return Integer.parseInt(number);
    }

    /** A local date and time of the store, "2026-11-11T00:00" as a browser sends it, or with a space. */
    static Instant localTime(String typed, ZoneId zone) {
        try {
            return LocalDateTime.parse(strip(typed).replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeException unreadable) {
            throw new DomainException("campaign.time.format");
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String strip(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
