package org.hexmall.application.service.support;

import java.time.Clock;
import org.hexmall.application.port.in.support.AddCaseNote;
import org.hexmall.application.port.in.support.AddCaseNoteCommand;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.CaseNotes;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.CaseNote;

/** The note is kept under the agent's name as they are now, so that it reads the same after a rename. */
public final class AddCaseNoteService implements AddCaseNote {

    private final Customers customers;
    private final Agents agents;
    private final CaseNotes caseNotes;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AddCaseNoteService(Customers customers, Agents agents, CaseNotes caseNotes, TransactionRunner transactions,
                              Clock clock) {
        this.customers = customers;
        this.agents = agents;
        this.caseNotes = caseNotes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome add(AddCaseNoteCommand command) {
        return transactions.inTransaction(() -> {
            Agent agent = agents.findById(command.agentId()).orElseThrow();
            if (!ConsolePermissions.allows(agent.role(), ConsoleAction.ADD_CASE_NOTE)) {
                return Outcome.NOT_ALLOWED;
            }
            if (customers.findById(command.customerId()).isEmpty()) {
                return Outcome.NO_SUCH_CUSTOMER;
            }
            caseNotes.add(new CaseNote(command.customerId(), clock.instant(), agent.id(), agent.username().value(),
                    command.channel(), command.summary()));
            return Outcome.ADDED;
        });
    }
}
