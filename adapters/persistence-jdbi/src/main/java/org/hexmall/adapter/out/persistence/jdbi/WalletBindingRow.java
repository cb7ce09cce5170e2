package org.hexmall.adapter.out.persistence.jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/** One row of {@code wallet_bindings}: a binding without its history, which lives in another table. */
record WalletBindingRow(BindingId id, CustomerId customerId, WalletProvider provider,
                        WalletAccountIdentifier account, Instant startedAt, BindingStatus status,
                        Optional<BindingFailureReason> failureReason, Optional<String> agreementToken,
                        boolean preferred, Optional<AgreementCancellation> cancellation,
                        Optional<Instant> nextCancellationAttempt, Optional<BindingId> replaces,
                        Optional<DeviceId> device) {

    WalletBinding withHistory(List<BindingEvent> history) {
        return WalletBinding.reconstitute(id, customerId, provider, account, startedAt, status, failureReason,
                agreementToken, preferred, cancellation, nextCancellationAttempt, replaces, device, history);
    }
}
