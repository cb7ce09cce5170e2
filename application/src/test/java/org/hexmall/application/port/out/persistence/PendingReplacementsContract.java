package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.walletPhone;

import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.PendingReplacement;
import org.hexmall.domain.wallet.PendingReplacementId;
import org.hexmall.domain.wallet.ReplacementWallet;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/** What every {@link PendingReplacements} adapter must do. */
public abstract class PendingReplacementsContract {

    protected abstract PendingReplacements pendingReplacements();

    protected abstract Customers customers();

    @Test
    void aKeptWallet_isFoundAsTyped_untilItsTimeEnds() {
        CustomerId liLei = storedCustomer("13800000001");
        PendingReplacement kept = typed(liLei, "13900000077");
        pendingReplacements().add(kept);

        assertThat(pendingReplacements().find(liLei, kept.id(), NOW.plusSeconds(60))).contains(kept);
        assertThat(pendingReplacements().find(liLei, kept.id(), kept.keptUntil())).isEmpty();
    }

    @Test
    void anotherCustomersKeptWallet_isNeverFound_evenByItsId() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        PendingReplacement his = typed(liLei, "13900000077");
        pendingReplacements().add(his);

        assertThat(pendingReplacements().find(hanMeimei, his.id(), NOW)).isEmpty();
    }

    @Test
    void removingTheEndedOnes_countsThem_andKeepsThoseStillKept() {
        CustomerId liLei = storedCustomer("13800000001");
        PendingReplacement first = typed(liLei, "13900000077");
        PendingReplacement later = PendingReplacement.typed(new PendingReplacementId(UUID.randomUUID()), liLei,
                new ReplacementWallet(WalletProvider.ALIPAY, walletPhone("13900000078")), NOW.plusSeconds(300));
        pendingReplacements().add(first);
        pendingReplacements().add(later);

        assertThat(pendingReplacements().removeEnded(first.keptUntil().minusMillis(1))).as("before any ended")
                .isZero();
        assertThat(pendingReplacements().removeEnded(first.keptUntil())).as("the one that ended").isEqualTo(1);
        assertThat(pendingReplacements().removeEnded(first.keptUntil())).as("again, none left to remove").isZero();

        assertThat(pendingReplacements().find(liLei, later.id(), NOW.plusSeconds(301))).contains(later);
        assertThat(pendingReplacements().find(liLei, first.id(), NOW.plusSeconds(301))).isEmpty();
    }

    private static PendingReplacement typed(CustomerId customerId, String account) {
        return PendingReplacement.typed(new PendingReplacementId(UUID.randomUUID()), customerId,
                new ReplacementWallet(WalletProvider.WECHAT_PAY, walletPhone(account)), NOW);
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
