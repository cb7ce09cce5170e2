package org.hexmall.adapter.out.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.security.VerificationCodeId;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.junit.jupiter.api.Test;

/** Every in-memory store takes part in the one transaction, so a failed unit of work leaves no trace. */
class InMemoryPersistenceTest {

    private static final Instant NOW = Instant.parse("2025-11-11T08:00:00Z");

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Test
    void workThatThrows_leavesNoCodeAuditEntryOrNonceBehind() {
        PhoneNumber phone = new PhoneNumber("13800000001");
        CustomerId customerId = new CustomerId(UUID.randomUUID());

        assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
            persistence.verificationCodes().save(VerificationCode.sent(new VerificationCodeId(UUID.randomUUID()),
                    phone, CodePurpose.WALLET_BINDING, "code-hash", NOW));
            persistence.auditLog().append(new AuditEntry(NOW, new AgentId(UUID.randomUUID()), "wang.fang",
                    customerId, AgentAction.FORCE_UNBIND_WALLET, "binding", "the customer asked"));
            persistence.usedNonces().claim("WECHAT_PAY", "n-0001", NOW);
            throw new IllegalStateException("the unit of work failed after storing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(persistence.verificationCodes().latestFor(phone, CodePurpose.WALLET_BINDING)).isEmpty();
        assertThat(persistence.auditLog().forCustomer(customerId, 10)).isEmpty();
        assertThat(persistence.usedNonces().claim("WECHAT_PAY", "n-0001", NOW)).isTrue();
    }
}
