package org.hexmall.application.port.in.checkout;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.CartLine;
import org.hexmall.domain.shared.DomainException;

/** An edit of a customer's cart. */
public sealed interface CartChange {

    CustomerId customerId();

    /** Adds {@code quantity} of the product, on top of any already in the cart. */
    record Add(CustomerId customerId, ProductId productId, int quantity) implements CartChange {
        public Add {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(productId, "productId");
        }
    }

    /** Sets the product's quantity; zero takes it out. */
    record SetQuantity(CustomerId customerId, ProductId productId, int quantity) implements CartChange {
        public SetQuantity {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(productId, "productId");
        }
    }

    /** Sets the product's quantity, putting it in the cart if it is not there yet; zero takes it out. */
    record Put(CustomerId customerId, ProductId productId, int quantity) implements CartChange {
        public Put {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(productId, "productId");
        }
    }

    record Remove(CustomerId customerId, ProductId productId) implements CartChange {
        public Remove {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(productId, "productId");
        }
    }

    /**
     * Reads a quantity typed in a form: a whole number from {@code min} to 99; throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} on field {@code quantity}.
     */
    static int quantityFromForm(String typed, int min) {
        var validation = new FieldValidation();
        Integer quantity = validation.field("quantity", () -> {
            try {
                int value = Integer.parseInt(typed == null ? "" : typed.strip());
                if (value < min || value > CartLine.MAX_QUANTITY) {
                    throw new DomainException("cart.quantity", CartLine.MAX_QUANTITY);
                }
                return value;
            } catch (NumberFormatException notANumber) {
                throw new DomainException("cart.quantity", CartLine.MAX_QUANTITY);
            }
        });
        validation.throwIfInvalid();
        return quantity;
    }
}
