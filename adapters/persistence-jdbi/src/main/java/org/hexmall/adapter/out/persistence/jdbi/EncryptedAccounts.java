package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * How a wallet account is kept in {@code wallet_bindings}: encrypted, beside a keyed hash (blind index) that
 * finds it by exact match. Only its kind is stored in the clear.
 */
final class EncryptedAccounts {

    private final FieldEncryption encryption;

    EncryptedAccounts(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    String ciphertext(WalletAccountIdentifier account) {
        return encryption.encrypt(account.value());
    }

    /** Includes the provider, so that the same phone number at two providers gives two unrelated indexes. */
    String index(WalletProvider provider, WalletAccountIdentifier account) {
        return encryption.blindIndex(provider.name() + ":" + account.value());
    }

    WalletAccountIdentifier decrypt(IdentifierKind kind, String ciphertext) {
        return new WalletAccountIdentifier(kind, encryption.decrypt(ciphertext));
    }
}
