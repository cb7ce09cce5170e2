package org.hexmall.application.service.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.account.LoginDevice;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.FreezeOrigin;
import org.hexmall.application.service.account.shared.LoginSettings;
import org.hexmall.application.service.risk.shared.RiskChecks;
import org.hexmall.application.service.session.shared.PasswordLogin;
import org.hexmall.application.service.shared.CodeDispatch.PendingCode;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.LoginAttempt;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.VerificationCodePolicy.SendDecision;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Language;

/**
 * A customer's login: the password, then the risk rules, then the device it is typed on. Rules that block hold the
 * login for customer service; rules that step it up send it through the new device's proof even on a trusted device:
 * the code, or the face check when they ask for the stronger proof. A device the account trusts signs in at once, and
 * so does the first device of an account that trusts none yet (a new account, a demo one), which it then trusts. Any
 * other device gets no session yet: a code goes to the account's phone, and {@link VerifyNewDeviceService} finishes
 * the login when the code comes back from the same device.
 */
public final class LogInCustomerService implements LogInCustomer {

    private final Customers customers;
    private final LoginHistory loginHistory;
    private final Devices devices;
    private final SecurityEvents securityEvents;
    private final Sessions sessions;
    private final PasswordLogin passwordLogin;
    private final DeviceTokens deviceTokens;
    private final CodeDispatch codes;
    private final RandomTokens tokens;
    private final LoginSettings settings;
    private final RiskChecks risk;
    private final RiskAlerts alerts;
    private final FreezeOrigin freezeOrigin;

    /** @param freezeOrigin tells a customer who knows the password of a frozen account who froze it */
    public LogInCustomerService(Customers customers, LoginHistory loginHistory, Devices devices,
                                SecurityEvents securityEvents, Sessions sessions, PasswordLogin passwordLogin,
                                DeviceTokens deviceTokens, CodeDispatch codes, RandomTokens tokens,
                                LoginSettings settings, RiskChecks risk, RiskAlerts alerts,
                                FreezeOrigin freezeOrigin) {
        this.customers = customers;
        this.loginHistory = loginHistory;
        this.devices = devices;
        this.securityEvents = securityEvents;
        this.sessions = sessions;
        this.passwordLogin = passwordLogin;
        this.deviceTokens = deviceTokens;
        this.codes = codes;
        this.tokens = tokens;
        this.settings = settings;
        this.risk = risk;
        this.alerts = alerts;
        this.freezeOrigin = freezeOrigin;
    }

    @Override
    public LoginResult logIn(CustomerLoginCommand command) {
        var login = new CustomerLogin(command);
        LoginResult result = passwordLogin.logIn(command.password(), command.session(), login);
        login.codeToSend.ifPresent(codes::send);
        return result;
    }

    /** A customer logs in with their phone number or email, and every attempt joins their login history. */
    /** A customer's login by phone number, as {@link PasswordLogin} keeps the throttle of one that names no account. */
    static String typedLogin(PhoneNumber phone) {
        return "customer phone " + phone.value();
    }

    private final class CustomerLogin implements PasswordLogin.Accounts<Customer> {

        private final CustomerLoginCommand command;
        private Optional<PendingCode> codeToSend = Optional.empty();

        CustomerLogin(CustomerLoginCommand command) {
            this.command = command;
        }

        @Override
        public Optional<Customer> findByLogin() {
            try {
                return PhoneNumber.looksLikeOne(command.login())
                        ? customers.findByPhone(PhoneNumber.parse(command.login()))
                        : customers.findByEmail(EmailAddress.parse(command.login()));
            } catch (DomainException notAPhoneOrEmail) {
                return Optional.empty();
            }
        }

        @Override
        public String typedLogin() {
            String typed = command.login().strip();
            try {
                return PhoneNumber.looksLikeOne(typed)
                        ? LogInCustomerService.typedLogin(PhoneNumber.parse(typed))
                        : "customer email " + EmailAddress.parse(typed).value();
            } catch (DomainException notAPhoneOrEmail) {
                return "customer login " + typed.toLowerCase(Locale.ROOT);
            }
        }

        @Override
        public Customer reload(Customer customer) {
            return customers.findById(customer.id()).orElseThrow();
        }

        @Override
        public void keep(Customer customer, LoginThrottle throttle) {
            customers.update(customer.withLoginThrottle(throttle));
        }

        /** A right password is recorded once the device decides whether it signed in or asked for a code. */
        @Override
        public void recordAttempt(Customer customer, LoginAttempt.Outcome outcome, Instant at) {
            if (!(outcome instanceof LoginAttempt.Succeeded)) {
                record(customer, LoginOutcome.of(outcome), at);
            }
            if (outcome instanceof LoginAttempt.WrongPassword wrong && wrong.lockedUntil().isPresent()) {
                securityEvents.record(new SecurityEvent(customer.id(), at, SecurityEventKind.LOGIN_LOCKED,
                        SecurityEvent.Source.SYSTEM, "", command.clientAddress()));
            }
        }

        @Override
        public void recordUnknownAttempt(Instant at) {
            loginHistory.recordUnknownLoginFailure(command.clientAddress(), at);
        }

        private void record(Customer customer, LoginOutcome outcome, Instant at) {
            loginHistory.record(new LoginRecord(customer.id(), at, outcome, command.clientAddress()));
        }

        @Override
        public Principal principal(Customer customer) {
            return new Principal.Customer(customer.id());
        }

        @Override
        public Optional<String> clientAddress() {
            return Optional.ofNullable(command.clientAddress());
        }

        @Override
        public FrozenBy frozenBy(Customer customer) {
            return freezeOrigin.frozenBy(customer).orElse(FrozenBy.CUSTOMER_SERVICE);
        }

        /**
         * The one place where what the login learned (the account, the device, where it comes from) decides between a
         * session and a further proof; an assessment of the login's risk belongs here beside the device's.
         */
        @Override
        public LoginResult passwordAccepted(Customer customer, Instant now, PasswordLogin.SignIn signIn) {
            RiskChecks.Checked checked = risk.login(customer.id(), command.clientAddress());
            RiskDecision decision = checked.assessment().decision();
            if (decision == RiskDecision.BLOCK || decision == RiskDecision.STEP_UP && command.device().isEmpty()) {
                // A login that names no device cannot take the new device's code: it is held as well.
                if (decision == RiskDecision.STEP_UP) {
                    checked.alert().ifPresent(alert -> alerts.recordOutcome(alert, AlertOutcome.REFUSED));
                }
                record(customer, LoginOutcome.REFUSED_RISK, now);
                return new LoginResult.HeldForReview();
            }
            Optional<StepUpFactor> stepUp = decision == RiskDecision.STEP_UP
                    ? checked.assessment().factor() : Optional.empty();
            LoginResult result = decideOnTheDevice(customer, now, signIn, stepUp);
            record(customer, outcome(result, stepUp), now);
            return result;
        }

        /**
         * What the history keeps of a right password: the customer's activity and the agents' console say from it
         * whether a code went to the phone, so a login that sent none (the phone's code limits held it back, or the
         * risk rules asked for the face check first) is not said to have sent one.
         */
        private static LoginOutcome outcome(LoginResult result, Optional<StepUpFactor> stepUp) {
            return switch (result) {
                case LoginResult.SignedIn signedIn -> LoginOutcome.SUCCEEDED;
                case LoginResult.NewDeviceCodeRequired faceFirst when stepUp.equals(Optional.of(StepUpFactor.FACE)) ->
                        LoginOutcome.FACE_CHECK_ASKED;
                case LoginResult.NewDeviceCodeRequired required ->
                        required.codeSent() ? LoginOutcome.CODE_REQUIRED : LoginOutcome.CODE_NOT_SENT;
                default -> throw new IllegalStateException("the device opens a session or asks for a proof: " + result);
            };
        }

        /**
         * @param stepUp the proof the risk rules ask for, whatever the device; empty when they ask for none. For a
         *               code, the code is sent; for a face check, none is until the customer asks for one instead
         */
        private LoginResult decideOnTheDevice(Customer customer, Instant now, PasswordLogin.SignIn signIn,
                                              Optional<StepUpFactor> stepUp) {
            if (command.device().isEmpty()) {
                return new LoginResult.SignedIn(signIn.onDevice(null));
            }
            LoginDevice typedOn = command.device().get();
            String tokenHash = deviceTokens.hash(typedOn.token());
            DeviceName name = DeviceName.fromUserAgent(typedOn.userAgent());
            String address = command.clientAddress() == null ? "" : command.clientAddress();
            Device device = devices.findByToken(customer.id(), tokenHash)
                    .map(known -> known.seenAgain(name, address, now))
                    .orElseGet(() -> Device.firstSeen(new DeviceId(tokens.uuid()), customer.id(), tokenHash, name,
                            address, now));
            if (stepUp.equals(Optional.of(StepUpFactor.FACE))) {
                // The face check is asked for first; a code goes only when the customer chooses one instead.
                devices.save(device.awaitingCode(now));
                return new LoginResult.NewDeviceCodeRequired(customer.phone().masked(), false);
            }
            if (stepUp.isPresent()) {
                return askForCode(customer, device, now);
            }
            if (device.isTrusted()) {
                devices.save(device);
                return new LoginResult.SignedIn(signIn.onDevice(device.id()));
            }
            if (!devices.hasTrustedAny(customer.id())) {
                // Not a security event of its own: the login that trusts it is in the activity already, and a new
                // account would open its activity with a line about a choice its owner never made.
                Device first = device.trusted(now);
                devices.save(first);
                return new LoginResult.SignedIn(signIn.onDevice(first.id()));
            }
            return askForCode(customer, device, now);
        }

        /**
         * Holds the login back until a code sent to the account's phone comes back from this device. A second try
         * while the first code is still awaited sends none: the resend button does, within the code rules.
         */
        private LoginResult askForCode(Customer customer, Device device, Instant now) {
            if (device.isAwaitingCodeAt(now, settings.newDeviceWait())) {
                devices.save(device);
                return new LoginResult.NewDeviceCodeRequired(customer.phone().masked(),
                        codes.sentSince(customer.phone(), CodePurpose.NEW_DEVICE_LOGIN, device.codeRequestedSince()));
            }
            devices.save(device.awaitingCode(now));
            if (codes.maySend(customer.phone()) instanceof SendDecision.Allowed) {
                Language language = sessions.findById(command.session()).map(Session::language)
                        .orElse(Language.ENGLISH);
                codeToSend = Optional.of(codes.issue(customer.phone(), CodePurpose.NEW_DEVICE_LOGIN, language));
            }
            return new LoginResult.NewDeviceCodeRequired(customer.phone().masked(), codeToSend.isPresent());
        }
    }
}
