package org.hexmall.application.port.in.refund;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCategory;
import org.hexmall.domain.shared.DomainException;

/**
 * What a refund form chose: how many items of each order line (following the order's lines), why, and a note.
 * Built from the form's text, every field checked at once.
 */
public record RefundChoice(List<Integer> quantities, RefundCategory category, String note) {

    /** The most items a form may name for one line: more than any order holds. */
    public static final int MAX_QUANTITY = 9999;

    public RefundChoice {
        quantities = List.copyOf(quantities);
        java.util.Objects.requireNonNull(category, "category");
        note = RefundCase.optionalText(note);
    }

    /**
     * Reads the form: {@code quantities} as typed per line (blank is none), the category's name, the note. Throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} naming each wrong field.
     */
    public static RefundChoice fromForm(List<String> quantities, String category, String note) {
        FieldValidation validation = new FieldValidation();
        List<Integer> parsed = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            String typed = quantities.get(i);
            Integer quantity = validation.field("quantity-" + i, () -> quantity(typed));
            parsed.add(quantity == null ? 0 : quantity);
        }
        RefundCategory chosen = validation.field("category", () -> category(category));
        String checkedNote = validation.field("note", () -> RefundCase.optionalText(note));
        validation.throwIfInvalid();
        return new RefundChoice(parsed, chosen, checkedNote);
    }

    /** Reads quantities alone, for a preview that has no reason yet. */
    public static List<Integer> quantitiesFromForm(List<String> quantities) {
        FieldValidation validation = new FieldValidation();
        List<Integer> parsed = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            String typed = quantities.get(i);
            Integer quantity = validation.field("quantity-" + i, () -> quantity(typed));
            parsed.add(quantity == null ? 0 : quantity);
        }
        validation.throwIfInvalid();
        return parsed;
    }

    private static int quantity(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return 0;
        }
        if (!text.matches("\\d{1,4}")) {
            throw new DomainException("refund.quantity-format");
        }
        return Integer.parseInt(text);
    }

    private static RefundCategory category(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("refund.category-required");
        }
        try {
            return RefundCategory.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException("refund.category-required");
        }
    }
}
