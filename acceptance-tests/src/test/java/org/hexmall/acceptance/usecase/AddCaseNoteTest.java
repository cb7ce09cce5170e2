package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.AddCaseNote;
import org.hexmall.application.port.in.support.AddCaseNoteCommand;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.CaseNote;
import org.hexmall.domain.support.ContactChannel;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** An agent writes down what a customer asked and what was done; the note stays in the customer's file as written. */
class AddCaseNoteTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final AgentId supervisor = hexmall.registeredSupervisor("zhang.wei");
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");

    @Test
    void anAgentsNote_isInTheCustomersFileUnderTheAgentsName_newestFirst() {
        AddCaseNote.Outcome first = hexmall.addCaseNote.add(AddCaseNoteCommand.fromForm(agent, customer, "PHONE",
                "  Asked why the payment failed; told him to top up Alipay.  "));
        AddCaseNote.Outcome second = hexmall.addCaseNote.add(AddCaseNoteCommand.fromForm(supervisor, customer, "EMAIL",
                "Confirmed by email that the order was paid."));

        assertThat(first).isEqualTo(AddCaseNote.Outcome.ADDED);
        assertThat(second).isEqualTo(AddCaseNote.Outcome.ADDED);
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().caseNotes())
                .extracting(CaseNote::agentUsername, CaseNote::channel, CaseNote::summary)
                .containsExactly(
                        tuple("zhang.wei", ContactChannel.EMAIL,
                                "Confirmed by email that the order was paid."),
                        tuple("wang.fang", ContactChannel.PHONE,
                                "Asked why the payment failed; told him to top up Alipay."));
    }

    @Test
    void aNoteWithoutASummaryOrChannel_orTooLong_isRefusedFieldByField() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> AddCaseNoteCommand.fromForm(agent, customer, "FAX", "   "))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactlyInAnyOrder(
                                tuple("channel", "case-note.channel.required"),
                                tuple("summary", "case-note.summary.required")));
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> AddCaseNoteCommand.fromForm(agent, customer, "CHAT",
                        "长".repeat(CaseNote.MAX_SUMMARY_LENGTH + 1)))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::code)
                        .containsExactly("case-note.summary.too-long"));
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().caseNotes()).isEmpty();
    }

    @Test
    void aNoteAboutNoCustomer_isNotKept() {
        CustomerId nobody = new CustomerId(UUID.randomUUID());

        assertThat(hexmall.addCaseNote.add(AddCaseNoteCommand.fromForm(agent, nobody, "CHAT", "Hello")))
                .isEqualTo(AddCaseNote.Outcome.NO_SUCH_CUSTOMER);
    }
}
