package org.hexmall.adapter.in.web.shop;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hexmall.application.port.in.payment.PurchaseFilter;
import org.hexmall.application.port.in.payment.PurchaseStatus;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The filter form of "My orders", read from the query string. An empty field filters nothing. A value the
 * form cannot use (an unknown wallet, a date that is no date, an end before the start) gets a message
 * beside its field, and then nothing is filtered at all, so the customer never sees a list that silently
 * ignores part of what they asked for.
 *
 * @param filter what to list: {@link PurchaseFilter#ALL} when any field was wrong
 * @param typed  what each field held, by input name, to show the form as it was sent
 * @param errors the message key for each field that could not be used, by input name
 */
public record PurchaseFilterForm(PurchaseFilter filter, Map<String, String> typed, Map<String, String> errors) {

    static final String WALLET = "wallet";
    static final String STATUS = "status";
    static final String FROM = "from";
    static final String TO = "to";
    static final String CATEGORY = "category";

    public PurchaseFilterForm {
        typed = Map.copyOf(typed);
        errors = Map.copyOf(errors);
    }

    /** @param parameter a query parameter's value by name; null when it was not sent */
    static PurchaseFilterForm read(Function<String, String> parameter) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : new String[] {WALLET, STATUS, FROM, TO, CATEGORY}) {
            String value = parameter.apply(field);
            typed.put(field, value == null ? "" : value.strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<WalletProvider> wallet = choice(typed, WALLET, errors, "orders.filter.wallet.unknown",
                text -> WalletProvider.fromName(text).filter(WalletProvider::isSupported));
        Optional<PurchaseStatus> status = choice(typed, STATUS, errors, "orders.filter.status.unknown",
                text -> named(PurchaseStatus.values(), text));
        Optional<LocalDate> from = choice(typed, FROM, errors, "orders.filter.date.format", PurchaseFilterForm::date);
        Optional<LocalDate> to = choice(typed, TO, errors, "orders.filter.date.format", PurchaseFilterForm::date);
        Optional<Category> category = choice(typed, CATEGORY, errors, "orders.filter.category.unknown",
                text -> named(Category.values(), text));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.put(TO, "orders.filter.to.before-from");
        }
        // A value the form could read is shown as the form offers it: "alipay" selects Alipay.
        wallet.ifPresent(provider -> typed.put(WALLET, provider.name()));
        status.ifPresent(value -> typed.put(STATUS, value.name()));
        category.ifPresent(value -> typed.put(CATEGORY, value.name()));
        PurchaseFilter filter = errors.isEmpty() ? new PurchaseFilter(wallet, status, from, to, category)
                : PurchaseFilter.ALL;
        return new PurchaseFilterForm(filter, typed, errors);
    }

    /** True when the list is narrowed by at least one field. */
    public boolean isFiltered() {
        return !filter.equals(PurchaseFilter.ALL);
    }

    /** True when any field was sent with a value, usable or not, so the page offers to clear the form. */
    public boolean hasInput() {
        return typed.values().stream().anyMatch(value -> !value.isEmpty());
    }

    /** What the field held, by input name; empty when it was not sent. */
    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    private static <T> Optional<T> choice(Map<String, String> typed, String field, Map<String, String> errors,
                                          String errorKey, Function<String, Optional<T>> reader) {
        String text = typed.get(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = reader.apply(text);
        if (value.isEmpty()) {
            errors.put(field, errorKey);
        }
        return value;
    }

    private static <E extends Enum<E>> Optional<E> named(E[] values, String text) {
        return Arrays.stream(values).filter(value -> value.name().equalsIgnoreCase(text)).findFirst();
    }

    /** {@code 2026-11-22}, which is what a date field sends; browsers without one let people type it. */
    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
