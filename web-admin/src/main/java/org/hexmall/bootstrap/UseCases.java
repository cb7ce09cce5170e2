package org.hexmall.bootstrap;

import java.time.Clock;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.account.RegisterCustomer;
import org.hexmall.application.port.in.account.ViewMyAccount;
import org.hexmall.application.port.in.health.CheckHealth;
import org.hexmall.application.port.in.session.ChooseLanguage;
import org.hexmall.application.port.in.session.LogOut;
import org.hexmall.application.port.in.session.PurgeEndedSessions;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.application.port.in.support.LogInAgent;
import org.hexmall.application.port.in.support.RegisterAgent;
import org.hexmall.application.port.in.support.SearchCustomers;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.account.LogInCustomerService;
import org.hexmall.application.service.account.RegisterCustomerService;
import org.hexmall.application.service.account.ViewMyAccountService;
import org.hexmall.application.service.health.CheckHealthService;
import org.hexmall.application.service.session.ChooseLanguageService;
import org.hexmall.application.service.session.LogOutService;
import org.hexmall.application.service.session.PurgeEndedSessionsService;
import org.hexmall.application.service.session.ResumeSessionService;
import org.hexmall.application.service.session.SessionRotation;
import org.hexmall.application.service.support.LogInAgentService;
import org.hexmall.application.service.support.RegisterAgentService;
import org.hexmall.application.service.support.SearchCustomersService;
import org.hexmall.application.service.support.ViewCustomerDetailsService;
import org.hexmall.domain.security.LoginLockoutPolicy;

/** Every in-port of hexmall, each implemented by its service wired to the chosen out-port adapters. */
record UseCases(
        RegisterCustomer registerCustomer,
        LogInCustomer logInCustomer,
        ViewMyAccount viewMyAccount,
        ResumeSession resumeSession,
        ChooseLanguage chooseLanguage,
        LogOut logOut,
        PurgeEndedSessions purgeEndedSessions,
        LogInAgent logInAgent,
        RegisterAgent registerAgent,
        SearchCustomers searchCustomers,
        ViewCustomerDetails viewCustomerDetails,
        CheckHealth checkHealth) {

    static UseCases wire(PersistenceAdapters store, PasswordHasher hasher, RandomTokens tokens,
                         LoginLockoutPolicy lockoutPolicy, Clock clock) {
        var rotation = new SessionRotation(store.sessions(), tokens);
        return new UseCases(
                new RegisterCustomerService(store.customers(), store.transactions(), hasher, tokens, clock),
                new LogInCustomerService(store.customers(), store.loginHistory(), store.transactions(), hasher,
                        rotation, lockoutPolicy, clock),
                new ViewMyAccountService(store.customers(), store.transactions()),
                new ResumeSessionService(store.sessions(), store.transactions(), tokens, clock),
                new ChooseLanguageService(store.sessions(), store.transactions()),
                new LogOutService(store.sessions(), store.transactions()),
                new PurgeEndedSessionsService(store.sessions(), store.transactions(), clock),
                new LogInAgentService(store.agents(), store.transactions(), hasher, rotation, lockoutPolicy, clock),
                new RegisterAgentService(store.agents(), store.transactions(), hasher, tokens, clock),
                new SearchCustomersService(store.customers(), store.transactions()),
                new ViewCustomerDetailsService(store.customers(), store.loginHistory(), store.transactions(), clock),
                new CheckHealthService(store.health()));
    }
}
