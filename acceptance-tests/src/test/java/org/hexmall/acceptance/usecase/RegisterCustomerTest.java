package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.MyAccountView;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.application.port.in.account.RegistrationResult;
import org.hexmall.application.port.in.account.RegistrationResult.EmailAlreadyRegistered;
import org.hexmall.application.port.in.account.RegistrationResult.PhoneAlreadyRegistered;
import org.hexmall.application.port.in.session.LoginResult.SignedIn;
import org.hexmall.application.port.in.support.CustomerSearchQuery;
import org.hexmall.domain.account.CustomerId;
import org.junit.jupiter.api.Test;

class RegisterCustomerTest {

    private final InMemoryHexmall hexmall = new InMemoryHexmall();

    @Test
    void aVisitorWithANewPhoneNumber_opensAnAccountThatMyAccountShows() {
        CustomerId id = hexmall.registeredCustomer("13800138000", "Li.Lei@Example.com", "李雷", "tea-4two-pots");

        MyAccountView account = hexmall.viewMyAccount.view(id).orElseThrow();
        assertThat(account.displayName()).isEqualTo("李雷");
        assertThat(account.maskedPhone()).isEqualTo("138****8000");
        assertThat(account.email()).contains("li.lei@example.com");
        assertThat(account.registeredAt()).isEqualTo(InMemoryHexmall.OPENING_TIME);
    }

    @Test
    void aNewCustomer_canLogInWithThePasswordChosenAtRegistration() {
        hexmall.registeredCustomer("13800138000", "", "李雷", "tea-4two-pots");

        assertThat(hexmall.logIn("13800138000", "tea-4two-pots", hexmall.newVisitor())).isInstanceOf(SignedIn.class);
    }

    @Test
    void aPhoneNumberAlreadyRegistered_isReportedAsTakenAndNoSecondAccountIsOpened() {
        hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷", "tea-4two-pots");

        RegistrationResult second = hexmall.registerCustomer.register(RegisterCustomerCommand.fromForm(
                "+8613800138000", "other@example.com", "Someone Else", "other-pass-99", "other-pass-99"));

        assertThat(second).isInstanceOf(PhoneAlreadyRegistered.class);
        assertThat(hexmall.searchCustomers.search(new CustomerSearchQuery("", 1)).total()).isEqualTo(1);
    }

    @Test
    void anEmailAlreadyRegistered_isReportedAsTakenHoweverItIsCapitalised() {
        hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷", "tea-4two-pots");

        RegistrationResult second = hexmall.registerCustomer.register(RegisterCustomerCommand.fromForm(
                "13900139000", "LI.LEI@EXAMPLE.COM", "Someone Else", "other-pass-99", "other-pass-99"));

        assertThat(second).isInstanceOf(EmailAlreadyRegistered.class);
    }

    @Test
    void customersWithoutEmail_canRegisterOneAfterAnother() {
        hexmall.registeredCustomer("13800138000", "", "李雷", "tea-4two-pots");

        RegistrationResult second = hexmall.registerCustomer.register(RegisterCustomerCommand.fromForm(
                "13900139000", "  ", "韩梅梅", "other-pass-99", "other-pass-99"));

        assertThat(second).isInstanceOf(RegistrationResult.Registered.class);
    }

    @Test
    void aFormWithEveryFieldWrong_reportsEveryMistakeAtOnce() {
        List<FieldError> mistakes = mistakesIn(() -> RegisterCustomerCommand.fromForm(
                "138 0013 800", "li.lei@example", " ", "tea-4two-pots", "tea-4two-pot"));

        assertThat(mistakes).containsExactlyInAnyOrder(
                new FieldError("phone", "phone.length", List.of(10)),
                new FieldError("email", "email.format"),
                new FieldError("displayName", "name.required"),
                new FieldError("passwordRepeated", "password.mismatch"));
    }

    @Test
    void aFormWithNothingFilledIn_asksForEveryRequiredFieldButNotTheOptionalEmail() {
        List<FieldError> mistakes = mistakesIn(() -> RegisterCustomerCommand.fromForm(null, null, null, null, null));

        assertThat(mistakes).containsExactlyInAnyOrder(
                new FieldError("phone", "phone.required"),
                new FieldError("displayName", "name.required"),
                new FieldError("password", "password.required"));
    }

    @Test
    void aPasswordTooShort_isReportedWithTheMinimumLength() {
        List<FieldError> mistakes = mistakesIn(() -> RegisterCustomerCommand.fromForm(
                "13800138000", "", "李雷", "tea-4tw", "tea-4tw"));

        assertThat(mistakes).containsExactly(new FieldError("password", "password.too-short", List.<Object>of(8)));
    }

    @Test
    void aPasswordFromTheCommonList_isRefusedWhateverItsCase() {
        List<FieldError> mistakes = mistakesIn(() -> RegisterCustomerCommand.fromForm(
                "13800138000", "", "李雷", "Password123", "Password123"));

        assertThat(mistakes).containsExactly(new FieldError("password", "password.too-common"));
    }

    private static List<FieldError> mistakesIn(ThrowingCallable fillingInTheForm) {
        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, fillingInTheForm);
        assertThat(refused).as("the form is refused").isNotNull();
        return refused.errors();
    }
}
