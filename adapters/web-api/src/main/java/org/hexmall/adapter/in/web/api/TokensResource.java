package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.domain.security.Session;

/**
 * {@code POST /api/v1/tokens}: a customer logs in with phone or email and password, as on the login
 * page, with the same lockout after repeated wrong passwords. The token is the id of the session the login
 * starts, so it ends like any session: after {@link Session#IDLE_TIMEOUT} without use, or at a logout.
 */
final class TokensResource {

    static final String PATH = ApiRoutes.V1 + "/tokens";

    private final LogInCustomer logInCustomer;
    private final ResumeSession resumeSession;
    private final Clock clock;

    TokensResource(LogInCustomer logInCustomer, ResumeSession resumeSession, Clock clock) {
        this.logInCustomer = logInCustomer;
        this.resumeSession = resumeSession;
        this.clock = clock;
    }

    void register(ApiRouter router) {
        router.post(PATH, this::logIn);
    }

    private void logIn(Context ctx) {
        JsonBody body = JsonBody.required(ctx);
        String login = body.string("login", false);
        String password = body.string("password", false);
        body.throwIfInvalid();
        // A missing login or password is the command's to report, field by field, as on the login page.
        CustomerLoginCommand command = CustomerLoginCommand.fromForm(login, password, ctx.ip(),
                resumeSession.resume(Optional.empty()).id());
        switch (logInCustomer.logIn(command)) {
            case LoginResult.SignedIn signedIn -> {
                Session session = signedIn.session();
                ctx.header("Cache-Control", "no-store");
                ApiResponses.json(ctx, 201, new TokenJson(session.id().value(), "Bearer",
                        session.lastSeenAt().plus(Session.IDLE_TIMEOUT).toString()));
            }
            case LoginResult.WrongCredentials wrong -> throw new ApiProblem(Problem.of(401, "wrong-credentials",
                    "Wrong login or password", "The phone number or email address and password do not match.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"hexmall\""));
            case LoginResult.Locked locked -> throw new ApiProblem(Problem.of(429, "login-locked",
                            "Too many wrong passwords", "Logging in is locked until " + locked.retryAfter() + ".")
                    .with("retryAfter", locked.retryAfter().toString())
                    .withHeader("Retry-After", secondsUntil(locked.retryAfter())));
            case LoginResult.Frozen frozen -> throw new ApiProblem(Problem.of(403, "account-frozen",
                    "Account frozen", "Customer service has frozen this account; contact them to unfreeze it."));
            case LoginResult.HeldForReview held -> throw new ApiProblem(Problem.of(403, "login-held",
                    "Login held for a security check", "We held this login for a security check; contact customer "
                            + "service."));
            case LoginResult.NewDeviceCodeRequired code ->
                    throw new IllegalStateException("an API login names no device, so none can be new");
        }
    }

    /** Whole seconds, rounded up, and at least one: a client that waits that long may try again. */
    private String secondsUntil(Instant moment) {
        Duration wait = Duration.between(clock.instant(), moment);
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Long.toString(Math.max(1, seconds));
    }

    /**
     * @param expiresAt when the token ends if it is not used; each use moves this on, as for any session
     */
    record TokenJson(String token, String tokenType, String expiresAt) {
    }
}
