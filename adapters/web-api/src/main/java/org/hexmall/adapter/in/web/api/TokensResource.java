package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.account.LoginDevice;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.ResendNewDeviceCode.Resent;
import org.hexmall.application.port.in.session.LogOut;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.shared.Language;

/**
 * {@code POST /api/v1/tokens}: a customer logs in with phone or email and password, as on the login page, with the
 * same lockout after repeated wrong passwords and the same check of the device. The token is the id of the session the
 * login starts, so it ends like any session: after {@link Session#IDLE_TIMEOUT} without use, or at a logout.
 *
 * <p>An app is a device as a browser is: it sends its device token in the {@value DeviceTokenHeader#NAME} header, or
 * none at its first login, and then gets one to keep. A right password from a device the account does not trust opens
 * no session: a code goes to the account's phone, and {@value #CODE_PATH} takes it back from the same device (with
 * "trust this device"), under the login page's rules. When the risk rules asked for a face check, which an app cannot
 * take, the code by SMS is sent instead, as the login page offers.
 *
 * <p>{@code DELETE} {@value #CURRENT_PATH} logs out: the session the token names ends at once, as at the shop's
 * "Log out", so a token a client no longer needs is no use to anyone who finds it later.
 */
final class TokensResource {

    static final String PATH = ApiRoutes.V1 + "/tokens";
    static final String CODE_PATH = PATH + "/new-device-code";
    static final String RESEND_PATH = CODE_PATH + "/resend";
    static final String CURRENT_PATH = PATH + "/current";
    /** The store's page where a customer unfreezes an account they froze themselves. */
    private static final String UNFREEZE_PAGE = "/unfreeze";

    private final LogInCustomer logInCustomer;
    private final LogOut logOut;
    private final CustomerAuthentication authentication;
    private final ResumeSession resumeSession;
    private final ApiRoutes.NewDeviceLogins newDevices;
    private final Clock clock;

    TokensResource(LogInCustomer logInCustomer, LogOut logOut, CustomerAuthentication authentication,
                   ResumeSession resumeSession, ApiRoutes.NewDeviceLogins newDevices, Clock clock) {
        this.logInCustomer = logInCustomer;
        this.logOut = logOut;
        this.authentication = authentication;
        this.resumeSession = resumeSession;
        this.newDevices = newDevices;
        this.clock = clock;
    }

    void register(ApiRouter router) {
        router.post(PATH, this::logIn);
        router.post(CODE_PATH, this::enterCode);
        router.post(RESEND_PATH, this::resendCode);
        router.delete(CURRENT_PATH, this::logOut);
    }

    /** Ends the caller's session, a token's or the shop's own (whose form token the header must then carry). */
    private void logOut(Context ctx) {
        logOut.logOut(authentication.session(ctx).id());
        ctx.status(204);
    }

    private void logIn(Context ctx) {
        Optional<String> presented = DeviceTokenHeader.optional(ctx);
        JsonBody body = JsonBody.required(ctx);
        String login = body.string("login", false);
        String password = body.string("password", false);
        body.throwIfInvalid();
        String deviceToken = presented.orElseGet(newDevices.newDeviceTokens());
        // A missing login or password is the command's to report, field by field, as on the login page.
        CustomerLoginCommand command = CustomerLoginCommand.fromForm(login, password, ctx.ip(),
                resumeSession.resume(Optional.empty()).id(),
                Optional.of(new LoginDevice(deviceToken, ctx.userAgent())));
        switch (logInCustomer.logIn(command)) {
            case LoginResult.SignedIn signedIn -> issued(ctx, signedIn.session(), deviceToken);
            case LoginResult.WrongCredentials wrong -> throw new ApiProblem(Problem.of(401, "wrong-credentials",
                    "Wrong login or password", "The phone number or email address and password do not match.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"hexmall\""));
            case LoginResult.Locked locked -> throw new ApiProblem(Problem.of(429, "login-locked",
                            "Too many wrong passwords", "Logging in is locked until " + locked.retryAfter() + ".")
                    .with("retryAfter", locked.retryAfter().toString())
                    .withHeader("Retry-After", secondsUntil(locked.retryAfter())));
            case LoginResult.Frozen frozen -> throw new ApiProblem(Problem.of(403, "account-frozen",
                    "Account frozen", frozenDetail(frozen.by())).with("frozenBy", frozen.by().name()));
            case LoginResult.HeldForReview held -> throw new ApiProblem(Problem.of(403, "login-held",
                    "Login held for a security check", "We held this login for a security check; contact customer "
                            + "service."));
            case LoginResult.NewDeviceCodeRequired code -> {
                boolean codeSent = code.codeSent();
                if (newDevices.find().asksForFace(deviceToken)) {
                    // The face check is for the store's pages; an app proves the phone with the code instead.
                    codeSent = newDevices.resend().resend(deviceToken, languageOf(ctx))
                            instanceof Resent.Sent;
                }
                String detail = codeSent
                        ? "This device is new to the account: a 6-digit code was sent by SMS to the account's phone. "
                                + "Send it to " + CODE_PATH + " with this device's token in the "
                                + DeviceTokenHeader.NAME + " header within 5 minutes."
                        : "This device is new to the account, and no code could be sent yet: the account's phone "
                                + "received one less than a minute ago. Ask for one at " + RESEND_PATH + " with this "
                                + "device's token in the " + DeviceTokenHeader.NAME + " header once that minute is "
                                + "over, then send it to " + CODE_PATH + ".";
                throw new ApiProblem(Problem.of(401, "new-device-code-required", "Enter the code sent to the phone",
                                detail)
                        .with("maskedPhone", code.maskedPhone())
                        .with("codeSent", codeSent)
                        .with("deviceToken", deviceToken)
                        .with("links", Map.of("code", CODE_PATH, "resendCode", RESEND_PATH))
                        .withHeader("WWW-Authenticate", "Bearer realm=\"hexmall\"")
                        .withHeader("Cache-Control", "no-store"));
            }
        }
    }

    /** What the customer who knows the password is told of the freeze: who made it, and who can undo it. */
    private static String frozenDetail(FrozenBy by) {
        return switch (by) {
            case CUSTOMER -> "You froze this account yourself. Unfreeze it on the store's " + UNFREEZE_PAGE
                    + " page with its login password and a code sent to its phone, or contact customer service.";
            case NOT_ME_REPORT -> "This account was frozen when you reported activity in it that was not you. Only "
                    + "customer service can unfreeze it, once they have checked the account with you; contact them.";
            case CUSTOMER_SERVICE -> "Customer service has frozen this account; contact them to unfreeze it.";
        };
    }

    /** The code sent for a login held on this device: the right one issues the token, and may trust the device. */
    private void enterCode(Context ctx) {
        String deviceToken = DeviceTokenHeader.require(ctx);
        JsonBody body = JsonBody.required(ctx);
        String code = body.string("code", false);
        Boolean trust = body.bool("trustDevice", false);
        body.throwIfInvalid();
        // A missing or malformed code is the command's to report, as on the login page.
        NewDeviceCodeCommand command = NewDeviceCodeCommand.fromForm(deviceToken, code, Boolean.TRUE.equals(trust),
                resumeSession.resume(Optional.empty()).id(), ctx.ip());
        switch (newDevices.verify().verify(command)) {
            case NewDeviceResult.SignedIn signedIn -> issued(ctx, signedIn.session(), deviceToken);
            case NewDeviceResult.WrongCode wrong -> throw new ApiProblem(Problem.of(401, "wrong-code",
                            "Wrong code", "That is not the code sent to the phone; " + wrong.entriesLeft()
                                    + " more tries before the login must start again.")
                    .with("entriesLeft", wrong.entriesLeft())
                    .withHeader("WWW-Authenticate", "Bearer realm=\"hexmall\""));
            case NewDeviceResult.NoCodeSent none -> throw new ApiProblem(Problem.of(409, "no-code-sent",
                            "No code was sent yet", "The phone had a code too recently for this login to send one; "
                                    + "ask for one at " + RESEND_PATH + ".")
                    .with("links", Map.of("resendCode", RESEND_PATH)));
            case NewDeviceResult.StartAgain again -> throw startAgain();
        }
    }

    /** Another code for the login held on this device, within the code rules. */
    private void resendCode(Context ctx) {
        String deviceToken = DeviceTokenHeader.require(ctx);
        switch (newDevices.resend().resend(deviceToken, languageOf(ctx))) {
            case Resent.Sent sent -> ApiResponses.json(ctx, 202, new CodeSentJson(sent.nextAt().toString()));
            case Resent.TooSoon tooSoon -> throw new ApiProblem(Problem.of(429, "code-too-soon",
                            "A code was sent moments ago", "Wait until " + tooSoon.retryAt()
                                    + " before asking for another code.")
                    .with("retryAfter", tooSoon.retryAt().toString())
                    .withHeader("Retry-After", secondsUntil(tooSoon.retryAt())));
            case Resent.DailyLimitReached limit -> throw new ApiProblem(Problem.of(429, "code-daily-limit",
                    "No more codes today", "The phone has had as many codes as it may today; try again tomorrow or "
                            + "contact customer service."));
            case Resent.StartAgain again -> throw startAgain();
        }
    }

    private static ApiProblem startAgain() {
        return new ApiProblem(Problem.of(401, "new-device-login-expired", "Log in again",
                        "No login waits for a code on this device any more (the code was used up, or the 5 minutes "
                                + "ran out): send the login and password to " + PATH + " again.")
                .withHeader("WWW-Authenticate", "Bearer realm=\"hexmall\""));
    }

    private static void issued(Context ctx, Session session, String deviceToken) {
        ctx.header("Cache-Control", "no-store");
        ApiResponses.json(ctx, 201, new TokenJson(session.id().value(), "Bearer",
                session.lastSeenAt().plus(Session.IDLE_TIMEOUT).toString(), deviceToken));
    }

    /** The language the SMS is written in: Chinese when the client prefers it, as the store's pages do. */
    private static Language languageOf(Context ctx) {
        String accepted = ctx.header("Accept-Language");
        return accepted != null && accepted.strip().toLowerCase(Locale.ROOT).startsWith("zh")
                ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH;
    }

    /** Whole seconds, rounded up, and at least one: a client that waits that long may try again. */
    private String secondsUntil(Instant moment) {
        Duration wait = Duration.between(clock.instant(), moment);
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Long.toString(Math.max(1, seconds));
    }

    /**
     * @param expiresAt   when the token ends if it is not used; each use moves this on, as for any session
     * @param deviceToken the token of the device that logged in, to send in {@value DeviceTokenHeader#NAME} at every
     *                    later login; a secret, like a password
     */
    record TokenJson(String token, String tokenType, String expiresAt, String deviceToken) {
    }

    /** @param resendAvailableAt when another code may be asked for */
    record CodeSentJson(String resendAvailableAt) {
    }
}
