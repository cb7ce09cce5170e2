package org.hexmall.application.port.in.wallet;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A request to bind a wallet account.
 *
 * @param replaceConfirmed the customer has confirmed replacing their current wallet if the limit is reached
 * @param language         the language the verification SMS is written in
 * @param device           the device the customer's session was opened on, whose trust the risk rules weigh; empty
 *                         for a client that is no device (the JSON API)
 * @param reconfirmationReturn where the wallet app sends the customer back after re-confirming the wallet this one
 *                         replaces, when the store asks for that first
 * @param toReplace        the bound wallet the customer chose to replace, when the limit is reached; empty for the
 *                         one bound first
 */
public record StartBindingCommand(CustomerId customerId, WalletProvider provider, WalletAccountIdentifier account,
                                  boolean replaceConfirmed, Language language, Optional<DeviceId> device,
                                  ReconfirmationReturn reconfirmationReturn, Optional<BindingId> toReplace) {

    /** A request that chooses no wallet to replace: the one bound first makes room, if it must. */
    public StartBindingCommand(CustomerId customerId, WalletProvider provider, WalletAccountIdentifier account,
                               boolean replaceConfirmed, Language language, Optional<DeviceId> device,
                               ReconfirmationReturn reconfirmationReturn) {
        this(customerId, provider, account, replaceConfirmed, language, device, reconfirmationReturn, Optional.empty());
    }

    public StartBindingCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(reconfirmationReturn, "reconfirmationReturn");
        Objects.requireNonNull(toReplace, "toReplace");
        if (!provider.isSupported()) {
            throw new DomainException("wallet.provider.unsupported");
        }
    }

    /**
     * Builds the command from the "add payment method" form; throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} saying what to fix: an unknown or
     * unsupported wallet ({@code provider}), or a mistake in the account ({@code account}).
     */
    public static StartBindingCommand fromForm(CustomerId customerId, String providerName, String typedAccount,
                                               boolean replaceConfirmed, Language language,
                                               Optional<DeviceId> device,
                                               ReconfirmationReturn reconfirmationReturn) {
        var validation = new FieldValidation();
        WalletProvider provider = validation.field("provider", () -> supported(providerName));
        WalletAccountIdentifier account = provider == null ? null
                : validation.field("account", () -> WalletAccountIdentifier.parse(provider, typedAccount));
        validation.throwIfInvalid();
        return new StartBindingCommand(customerId, provider, account, replaceConfirmed, language, device,
                reconfirmationReturn);
    }

    /**
     * As {@link #fromForm(CustomerId, String, String, boolean, Language, Optional, ReconfirmationReturn)}, with the
     * form's replacement field: {@code true} confirms replacing the wallet bound first, a bound wallet's id confirms
     * replacing that one, anything else confirms nothing.
     */
    public static StartBindingCommand fromForm(CustomerId customerId, String providerName, String typedAccount,
                                               String replaceField, Language language, Optional<DeviceId> device,
                                               ReconfirmationReturn reconfirmationReturn) {
        Optional<BindingId> chosen = BindingId.parse(replaceField == null ? null : replaceField.strip());
        StartBindingCommand command = fromForm(customerId, providerName, typedAccount,
                "true".equals(replaceField) || chosen.isPresent(), language, device, reconfirmationReturn);
        return new StartBindingCommand(command.customerId(), command.provider(), command.account(),
                command.replaceConfirmed(), language, device, reconfirmationReturn, chosen);
    }

    private static WalletProvider supported(String providerName) {
        WalletProvider provider = WalletProvider.fromName(providerName)
                .orElseThrow(() -> new DomainException("wallet.provider.unknown"));
        if (!provider.isSupported()) {
            throw new DomainException("wallet.provider.unsupported");
        }
        return provider;
    }
}
