package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.security.FieldCipher;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * How a wallet account is kept in {@code wallet_bindings}: encrypted, beside a keyed hash (blind index) that
 * finds it by exact match. Only its kind is stored in the clear.
 */
final class EncryptedAccounts {

    private final FieldCipher cipher;

    EncryptedAccounts(FieldCipher cipher) {
        this.cipher = cipher;
    }

    String ciphertext(WalletAccountIdentifier account) {
        return cipher.encrypt(account.value());
    }

    /** Includes the provider, so that the same phone number at two providers gives two unrelated indexes. */
    String index(WalletProvider provider, WalletAccountIdentifier account) {
        return cipher.blindIndex(provider.name() + ":" + account.value());
    }

    WalletAccountIdentifier decrypt(IdentifierKind kind, String ciphertext) {
        return new WalletAccountIdentifier(kind, cipher.decrypt(ciphertext));
    }
}
