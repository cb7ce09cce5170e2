package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.RevokeCustomerDevice;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceRevocation;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;

/** The revoked device, its ended sessions and the audit entry are stored together, or none is. */
public final class RevokeCustomerDeviceService implements RevokeCustomerDevice {

    private final Devices devices;
    private final Agents agents;
    private final AuditLog auditLog;
    private final TransactionRunner transactions;
    private final DeviceRevocation revocation;
    private final Clock clock;

    public RevokeCustomerDeviceService(Devices devices, Agents agents, AuditLog auditLog,
                                       TransactionRunner transactions, DeviceRevocation revocation, Clock clock) {
        this.devices = devices;
        this.agents = agents;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.revocation = revocation;
        this.clock = clock;
    }

    @Override
    public boolean revoke(AccountSupportCommand command, DeviceId deviceId) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            var agent = ActingAgents.permitted(agents, command.agentId(), ConsoleAction.REVOKE_DEVICE);
            return devices.find(command.customerId(), deviceId)
                    .filter(device -> !device.isRevoked())
                    .map(device -> {
                        revocation.revoke(device, SecurityEvent.Source.AGENT, "", now);
                        auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(),
                                command.customerId(), AgentAction.REVOKE_DEVICE, "device " + device.name(),
                                command.reason()));
                        return true;
                    })
                    .orElse(false);
        });
    }
}
