package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;

import java.time.Duration;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.security.StepUpState;
import org.junit.jupiter.api.Test;

/** What every {@link StepUps} adapter must do. Step-ups are kept only for customers that exist. */
public abstract class StepUpsContract {

    protected abstract StepUps stepUps();

    protected abstract Customers customers();

    @Test
    void aSavedStepUp_isFoundByIdWithEveryDetail_throughItsWholeLife() {
        CustomerId liLei = storedCustomer("13800000001");
        StepUp started = StepUp.start(newId(), liLei, StepUpAction.CHANGE_PHONE, StepUpFactor.SMS_CODE, NOW);
        stepUps().save(started);
        assertThat(stepUps().findById(started.id())).contains(started);

        StepUp byFace = started.switchedTo(StepUpFactor.FACE, NOW).checkingFace("0123456789abcdef", NOW);
        stepUps().save(byFace);
        assertThat(stepUps().findById(started.id())).contains(byFace);

        StepUp passed = byFace.passed(NOW.plusSeconds(30));
        stepUps().save(passed);
        StepUp consumed = passed.consumed(StepUpAction.CHANGE_PHONE, NOW.plusSeconds(40));
        stepUps().save(consumed);
        assertThat(stepUps().findById(started.id())).contains(consumed);
        assertThat(consumed.state()).isEqualTo(StepUpState.CONSUMED);
    }

    @Test
    void theLatestForAnAction_isTheOneStartedLast_ofThatCustomerAndAction() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        StepUp older = StepUp.start(newId(), liLei, StepUpAction.CHANGE_PASSWORD, StepUpFactor.SMS_CODE, NOW);
        StepUp newer = StepUp.start(newId(), liLei, StepUpAction.CHANGE_PASSWORD, StepUpFactor.FACE,
                NOW.plus(Duration.ofMinutes(1)));
        StepUp otherAction = StepUp.start(newId(), liLei, StepUpAction.PAY, StepUpFactor.SMS_CODE,
                NOW.plus(Duration.ofMinutes(2)));
        StepUp otherCustomer = StepUp.start(newId(), hanMeimei, StepUpAction.CHANGE_PASSWORD,
                StepUpFactor.SMS_CODE, NOW.plus(Duration.ofMinutes(3)));
        stepUps().save(newer);
        stepUps().save(older);
        stepUps().save(otherAction);
        stepUps().save(otherCustomer);

        assertThat(stepUps().latestFor(liLei, StepUpAction.CHANGE_PASSWORD)).contains(newer);
        assertThat(stepUps().latestFor(hanMeimei, StepUpAction.PAY)).isEmpty();
    }

    @Test
    void ofTwoStartedAtOneInstant_theLatestIsTheOneSavedLast() {
        CustomerId liLei = storedCustomer("13800000001");
        StepUp first = StepUp.start(newId(), liLei, StepUpAction.BIND_WALLET, StepUpFactor.SMS_CODE, NOW);
        StepUp second = StepUp.start(newId(), liLei, StepUpAction.BIND_WALLET, StepUpFactor.SMS_CODE, NOW);
        stepUps().save(first);
        stepUps().save(second);
        stepUps().save(first.failed(NOW));

        assertThat(stepUps().latestFor(liLei, StepUpAction.BIND_WALLET)).contains(second);
    }

    @Test
    void anUnknownId_findsNothing() {
        assertThat(stepUps().findById(newId())).isEmpty();
    }

    private static StepUpId newId() {
        return new StepUpId(UUID.randomUUID());
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
