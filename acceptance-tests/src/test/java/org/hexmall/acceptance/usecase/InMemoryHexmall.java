package org.hexmall.acceptance.usecase;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.adapter.out.crypto.FieldKey;
import org.hexmall.adapter.out.crypto.HmacSecretHasher;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;
import org.hexmall.adapter.out.face.simulated.SimulatedFaceCheckGateway;
import org.hexmall.adapter.out.persistence.memory.InMemoryPersistence;
import org.hexmall.adapter.out.sms.simulated.SimulatedSmsGateway;
import org.hexmall.adapter.out.wallet.simulated.SimulatedWalletGateway;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.in.account.FreezeMyAccount;
import org.hexmall.application.port.in.account.ListDevices;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.account.RegisterCustomer;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.application.port.in.account.RegistrationResult;
import org.hexmall.application.port.in.account.ReportNotMe;
import org.hexmall.application.port.in.account.RequestPasswordReset;
import org.hexmall.application.port.in.account.ResendNewDeviceCode;
import org.hexmall.application.port.in.account.ResetPassword;
import org.hexmall.application.port.in.account.RevokeMyDevice;
import org.hexmall.application.port.in.account.VerifyNewDevice;
import org.hexmall.application.port.in.account.ViewMyAccount;
import org.hexmall.application.port.in.account.ViewMyActivity;
import org.hexmall.application.port.in.catalog.BrowseCatalog;
import org.hexmall.application.port.in.catalog.StockProducts;
import org.hexmall.application.port.in.catalog.ViewProduct;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.ChangeCart;
import org.hexmall.application.port.in.checkout.CloseOverdueOrders;
import org.hexmall.application.port.in.checkout.SettleCart;
import org.hexmall.application.port.in.checkout.Settlement;
import org.hexmall.application.port.in.checkout.ViewCart;
import org.hexmall.application.port.in.payment.CompletePayment;
import org.hexmall.application.port.in.payment.ForgetExpiredIdempotencyKeys;
import org.hexmall.application.port.in.payment.ListPurchases;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.ReconcilePayments;
import org.hexmall.application.port.in.payment.ReturnAddress;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.in.payment.ViewPaymentOptions;
import org.hexmall.application.port.in.promotion.ClaimCoupon;
import org.hexmall.application.port.in.promotion.ViewMyCoupons;
import org.hexmall.application.port.in.promotion.ViewMyPoints;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.application.port.in.promotion.ChangeCampaign;
import org.hexmall.application.port.in.promotion.CreateCampaign;
import org.hexmall.application.port.in.promotion.EndCampaign;
import org.hexmall.application.port.in.promotion.ListCampaigns;
import org.hexmall.application.port.in.promotion.PauseCampaign;
import org.hexmall.application.port.in.promotion.ResumeCampaign;
import org.hexmall.application.port.in.promotion.ViewCampaign;
import org.hexmall.application.port.in.risk.AssessLoginRisk;
import org.hexmall.application.port.in.risk.CountOpenRiskAlerts;
import org.hexmall.application.port.in.risk.ListRiskAlerts;
import org.hexmall.application.port.in.risk.RaiseRiskAlert;
import org.hexmall.application.port.in.risk.RecordRiskAlertOutcome;
import org.hexmall.application.port.in.risk.LiftRiskHold;
import org.hexmall.application.port.in.risk.ResolveRiskAlert;
import org.hexmall.application.port.in.risk.ViewRiskAlert;
import org.hexmall.application.port.in.session.ChooseLanguage;
import org.hexmall.application.port.in.session.ForgetExpiredLoginThrottles;
import org.hexmall.application.port.in.session.LogOut;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.session.PurgeEndedSessions;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.application.port.in.support.AddCaseNote;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.support.ClearLoginLock;
import org.hexmall.application.port.in.support.FindCustomersByWalletAccount;
import org.hexmall.application.port.in.support.FindOrderByNumber;
import org.hexmall.application.port.in.support.ForceUnbindWallet;
import org.hexmall.application.port.in.support.FreezeAccount;
import org.hexmall.application.port.in.compensation.DecideCompensation;
import org.hexmall.application.port.in.compensation.GrantCompensation;
import org.hexmall.application.port.in.compensation.ViewCompensations;
import org.hexmall.application.port.in.support.LogInAgent;
import org.hexmall.application.port.in.support.RegisterAgent;
import org.hexmall.application.port.in.support.RegisterAgentCommand;
import org.hexmall.application.port.in.support.RevokeCustomerDevice;
import org.hexmall.application.port.in.support.SearchCustomers;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.application.port.in.support.ViewOrderForAgent;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.CancelPendingAgreements;
import org.hexmall.application.port.in.wallet.CodeConfirmation;
import org.hexmall.application.port.in.wallet.CompleteWalletAuthorization;
import org.hexmall.application.port.in.wallet.ReconfirmationReturn;
import org.hexmall.application.port.in.wallet.ConfirmBindingCode;
import org.hexmall.application.port.in.wallet.ConfirmCodeCommand;
import org.hexmall.application.port.in.wallet.ExpireStaleBindings;
import org.hexmall.application.port.in.wallet.ForgetExpiredNonces;
import org.hexmall.application.port.in.wallet.PurgeEndedReplacements;
import org.hexmall.application.port.in.wallet.OpenWalletAuthorization;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice;
import org.hexmall.application.port.in.wallet.ResendBindingCode;
import org.hexmall.application.port.in.wallet.SetPreferredWallet;
import org.hexmall.application.port.in.wallet.StartBindingCommand;
import org.hexmall.application.port.in.wallet.StartWalletBinding;
import org.hexmall.application.port.in.wallet.UnbindWallet;
import org.hexmall.application.port.in.wallet.ViewPaymentMethods;
import org.hexmall.application.port.in.wallet.WalletAuthorization;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import org.hexmall.application.service.payment.shared.PaymentSettings;
import org.hexmall.application.service.wallet.shared.WalletBindingSettings;
import org.hexmall.bootstrap.PersistencePorts;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingPolicy;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.face.FaceCheckSimulator;
import org.hexmall.simulator.face.FaceCheckStore;
import org.hexmall.simulator.sms.SmsOutbox;
import org.hexmall.simulator.wallet.SimulatorTimings;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.hexmall.simulator.wallet.storage.SimulatorStore;

/**
 * hexmall's use cases as the composition root wires them ({@link UseCases#wire}), on the in-memory persistence
 * adapter and a clock the test moves. Passwords are hashed by the real Argon2id adapter (at a lighter cost than
 * hexmall's, as in the browser tests: these tests register and log in hundreds of times), tokens drawn by the
 * real secure random source and verification codes hashed by the real HMAC adapter. The wallet providers
 * and the SMS gateway are the SIMULATED ones the demo runs on (docs/adr/0007), in memory: the tests read
 * codes off the simulated phone and approve in the simulated wallet app, as a customer would.
 */
final class InMemoryHexmall implements AutoCloseable {

    static final Instant OPENING_TIME = Instant.parse("2025-11-11T10:00:00Z");
    static final String CLIENT_ADDRESS = "203.0.113.7";
    /** Where the wallet app sends the customer back; the provider adds its signed answer to the query. */
    static final URI WALLET_RETURN_URL = URI.create("https://hexmall.test/account/payment-methods/authorized");
    /** Where the wallet app sends the customer back after paying; the provider adds its signed result. */
    static final ReturnAddress PAYMENT_RETURN = new ReturnAddress("https://hexmall.test/payments/{payment}/return");
    /** Where the wallet app sends the customer back after re-confirming a wallet on a new device. */
    static final ReconfirmationReturn RECONFIRMATION_RETURN =
            new ReconfirmationReturn("https://hexmall.test/payments/wallet-reconfirmations/{provider}/return");
    /** How long the store waits for a provider: short, so that a provider that never answers costs little time. */
    static final Duration PROVIDER_TIMEOUT = Duration.ofMillis(200);
    /** The payment password of every wallet account the tests open; the wallet app asks for it to approve. */
    static final String WALLET_PAYMENT_PASSWORD = "135790";
    /** How long an order waits for payment: the store's standard half hour. */
    static final CheckoutSettings CHECKOUT = CheckoutSettings.STANDARD;
    /** The store's standard payment rules: reconciliation's schedule, keys kept a day, Beijing time. */
    static final PaymentSettings PAYMENTS = PaymentSettings.STANDARD;

    /** A slow provider answers well within the timeout; a notification the store refuses is not retried. */
    private static final SimulatorTimings QUICK_PROVIDERS = new SimulatorTimings(
            Duration.ofMillis(20), List.of(), Duration.ofSeconds(2));
    private static final ProviderSecrets PROVIDER_SECRETS = ProviderSecrets.derivedFrom("a test secret of 16+ chars");

    final TestClock clock = new TestClock(OPENING_TIME);
    final InMemoryPersistence storage = new InMemoryPersistence();
    /** The simulated phone network: what each phone received. */
    final SmsOutbox sms = SmsOutbox.inMemory();
    final FaceCheckSimulator faces = new FaceCheckSimulator(FaceCheckStore.inMemory(), clock);
    /** The simulated wallet providers: their accounts, their wallet apps, and the faults a test injects. */
    final WalletSimulator wallets = new WalletSimulator(SimulatorStore.inMemory(), PROVIDER_SECRETS, clock,
            QUICK_PROVIDERS);

    /** The store's requests to cancel agreements, counted on their way to the simulated providers. */
    final CancellationRequests cancellationRequests = new CancellationRequests(
            new SimulatedWalletGateway(wallets.providerApi(), PROVIDER_SECRETS, PROVIDER_TIMEOUT));

    private final SimulatedSmsGateway smsGateway = new SimulatedSmsGateway(sms, clock,
            PAYMENTS.storeZone());
    private final UseCases.DrivenAdapters drivenAdapters = new UseCases.DrivenAdapters(LightPasswordHashing.HASHER,
            new SecureRandomTokens(), new HmacSecretHasher(FieldKey.generate()), smsGateway, smsGateway,
            cancellationRequests, new SimulatedFaceCheckGateway(faces));
    private final UseCases.Settings settings;

    // The in-ports, named as the tests call them.
    final RegisterCustomer registerCustomer;
    final LogInCustomer logInCustomer;
    final RequestPasswordReset requestPasswordReset;
    final ResetPassword resetPassword;
    final ViewMyAccount viewMyAccount;
    final FreezeMyAccount freezeMyAccount;
    final VerifyNewDevice verifyNewDevice;
    final ResendNewDeviceCode resendNewDeviceCode;
    final FindNewDeviceLogin findNewDeviceLogin;
    final ListDevices listDevices;
    final RevokeMyDevice revokeMyDevice;
    final RevokeCustomerDevice revokeCustomerDevice;
    final ViewMyActivity viewMyActivity;
    final ReportNotMe reportNotMe;
    final ResumeSession resumeSession;
    final ChooseLanguage chooseLanguage;
    final LogOut logOut;
    final PurgeEndedSessions purgeEndedSessions;
    final ForgetExpiredLoginThrottles forgetExpiredLoginThrottles;
    final LogInAgent logInAgent;
    final RegisterAgent registerAgent;
    final SearchCustomers searchCustomers;
    final ViewCustomerDetails viewCustomerDetails;
    final ForceUnbindWallet forceUnbindWallet;
    final ClearLoginLock clearLoginLock;
    final FreezeAccount freezeAccount;
    final FindCustomersByWalletAccount findCustomersByWalletAccount;
    final FindOrderByNumber findOrderByNumber;
    final ViewPaymentMethods viewPaymentMethods;
    final StartWalletBinding startWalletBinding;
    final ResendBindingCode resendBindingCode;
    final ConfirmBindingCode confirmBindingCode;
    final OpenWalletAuthorization openWalletAuthorization;
    final CompleteWalletAuthorization completeWalletAuthorization;
    final UnbindWallet unbindWallet;
    final SetPreferredWallet setPreferredWallet;
    final ReceiveWalletNotice receiveWalletNotice;
    final ExpireStaleBindings expireStaleBindings;
    final ForgetExpiredNonces forgetExpiredNonces;
    final PurgeEndedReplacements purgeEndedReplacements;
    final CancelPendingAgreements cancelPendingAgreements;
    final StockProducts stockProducts;
    final BrowseCatalog browseCatalog;
    final ViewProduct viewProduct;
    final ViewCart viewCart;
    final ChangeCart changeCart;
    final SettleCart settleCart;
    final CloseOverdueOrders closeOverdueOrders;
    final ViewPaymentOptions viewPaymentOptions;
    final PayForOrder payForOrder;
    final CompletePayment completePayment;
    final ViewPayment viewPayment;
    final ViewOrderPayments viewOrderPayments;
    final ListPurchases listPurchases;
    final ReconcilePayments reconcilePayments;
    final ForgetExpiredIdempotencyKeys forgetExpiredIdempotencyKeys;
    final ViewOrderForAgent viewOrderForAgent;
    final AssessLoginRisk assessLoginRisk;
    final RaiseRiskAlert raiseRiskAlert;
    final RecordRiskAlertOutcome recordRiskAlertOutcome;
    final ListRiskAlerts listRiskAlerts;
    final CountOpenRiskAlerts countOpenRiskAlerts;
    final ViewRiskAlert viewRiskAlert;
    final ResolveRiskAlert resolveRiskAlert;
    final LiftRiskHold liftRiskHold;
    final ViewOffers viewOffers;
    final ClaimCoupon claimCoupon;
    final ViewMyCoupons viewMyCoupons;
    final ViewMyPoints viewMyPoints;
    final CreateCampaign createCampaign;
    final ChangeCampaign changeCampaign;
    final PauseCampaign pauseCampaign;
    final ResumeCampaign resumeCampaign;
    final EndCampaign endCampaign;
    final ListCampaigns listCampaigns;
    final ViewCampaign viewCampaign;
    final AddCaseNote addCaseNote;
    final GrantCompensation grantCompensation;
    final DecideCompensation decideCompensation;
    final ViewCompensations viewCompensations;

    /** The store as it runs by default: one wallet per customer, the standard code policy. */
    InMemoryHexmall() {
        this(WalletBindingSettings.STANDARD);
    }

    InMemoryHexmall(WalletBindingSettings walletSettings) {
        this(new UseCases.Settings(LoginLockoutPolicy.STANDARD, walletSettings, CHECKOUT, PAYMENTS));
    }

    /** A store whose risk rules have these thresholds (or are off). */
    static InMemoryHexmall withRiskRules(RiskSettings risk) {
        return new InMemoryHexmall(new UseCases.Settings(LoginLockoutPolicy.STANDARD, WalletBindingSettings.STANDARD,
                CHECKOUT, PAYMENTS).withRisk(risk));
    }

    /** A store whose refunds need a supervisor's approval above these thresholds. */
    static InMemoryHexmall withRefundApproval(org.hexmall.domain.refund.ApprovalPolicy policy) {
        return new InMemoryHexmall(new UseCases.Settings(LoginLockoutPolicy.STANDARD, WalletBindingSettings.STANDARD,
                CHECKOUT, PAYMENTS).withRefundApproval(policy));
    }

    private InMemoryHexmall(UseCases.Settings settings) {
        this.settings = settings;
        UseCases useCases = wire();
        registerCustomer = useCases.registerCustomer();
        logInCustomer = useCases.logInCustomer();
        requestPasswordReset = useCases.requestPasswordReset();
        resetPassword = useCases.resetPassword();
        viewMyAccount = useCases.viewMyAccount();
        freezeMyAccount = useCases.freezeMyAccount();
        verifyNewDevice = useCases.verifyNewDevice();
        resendNewDeviceCode = useCases.resendNewDeviceCode();
        findNewDeviceLogin = useCases.findNewDeviceLogin();
        listDevices = useCases.listDevices();
        revokeMyDevice = useCases.revokeMyDevice();
        revokeCustomerDevice = useCases.revokeCustomerDevice();
        viewMyActivity = useCases.viewMyActivity();
        reportNotMe = useCases.reportNotMe();
        resumeSession = useCases.resumeSession();
        chooseLanguage = useCases.chooseLanguage();
        logOut = useCases.logOut();
        purgeEndedSessions = useCases.purgeEndedSessions();
        forgetExpiredLoginThrottles = useCases.forgetExpiredLoginThrottles();
        logInAgent = useCases.logInAgent();
        registerAgent = useCases.registerAgent();
        searchCustomers = useCases.searchCustomers();
        viewCustomerDetails = useCases.viewCustomerDetails();
        forceUnbindWallet = useCases.forceUnbindWallet();
        clearLoginLock = useCases.clearLoginLock();
        freezeAccount = useCases.freezeAccount();
        findCustomersByWalletAccount = useCases.findCustomersByWalletAccount();
        findOrderByNumber = useCases.findOrderByNumber();
        viewPaymentMethods = useCases.viewPaymentMethods();
        startWalletBinding = useCases.startWalletBinding();
        resendBindingCode = useCases.resendBindingCode();
        confirmBindingCode = useCases.confirmBindingCode();
        openWalletAuthorization = useCases.openWalletAuthorization();
        completeWalletAuthorization = useCases.completeWalletAuthorization();
        unbindWallet = useCases.unbindWallet();
        setPreferredWallet = useCases.setPreferredWallet();
        receiveWalletNotice = useCases.receiveWalletNotice();
        expireStaleBindings = useCases.expireStaleBindings();
        forgetExpiredNonces = useCases.forgetExpiredNonces();
        purgeEndedReplacements = useCases.purgeEndedReplacements();
        cancelPendingAgreements = useCases.cancelPendingAgreements();
        stockProducts = useCases.stockProducts();
        browseCatalog = useCases.browseCatalog();
        viewProduct = useCases.viewProduct();
        viewCart = useCases.viewCart();
        changeCart = useCases.changeCart();
        settleCart = useCases.settleCart();
        closeOverdueOrders = useCases.closeOverdueOrders();
        viewPaymentOptions = useCases.viewPaymentOptions();
        payForOrder = useCases.payForOrder();
        completePayment = useCases.completePayment();
        viewPayment = useCases.viewPayment();
        viewOrderPayments = useCases.viewOrderPayments();
        listPurchases = useCases.listPurchases();
        reconcilePayments = useCases.reconcilePayments();
        forgetExpiredIdempotencyKeys = useCases.forgetExpiredIdempotencyKeys();
        viewOrderForAgent = useCases.viewOrderForAgent();
        assessLoginRisk = useCases.assessLoginRisk();
        raiseRiskAlert = useCases.raiseRiskAlert();
        recordRiskAlertOutcome = useCases.recordRiskAlertOutcome();
        listRiskAlerts = useCases.listRiskAlerts();
        countOpenRiskAlerts = useCases.countOpenRiskAlerts();
        viewRiskAlert = useCases.viewRiskAlert();
        resolveRiskAlert = useCases.resolveRiskAlert();
        liftRiskHold = useCases.liftRiskHold();
        viewOffers = useCases.viewOffers();
        claimCoupon = useCases.claimCoupon();
        viewMyCoupons = useCases.viewMyCoupons();
        viewMyPoints = useCases.viewMyPoints();
        createCampaign = useCases.createCampaign();
        changeCampaign = useCases.changeCampaign();
        pauseCampaign = useCases.pauseCampaign();
        resumeCampaign = useCases.resumeCampaign();
        endCampaign = useCases.endCampaign();
        listCampaigns = useCases.listCampaigns();
        viewCampaign = useCases.viewCampaign();
        addCaseNote = useCases.addCaseNote();
        grantCompensation = useCases.grantCompensation();
        decideCompensation = useCases.decideCompensation();
        viewCompensations = useCases.viewCompensations();
    }

    /** A store whose binding policy lets a customer keep this many wallets bound at once. */
    static InMemoryHexmall allowingWallets(int maxActiveWallets) {
        var policy = new BindingPolicy(maxActiveWallets);
        return new InMemoryHexmall(WalletBindingSettings.STANDARD.withBindingPolicy(policy));
    }

    /**
     * The use cases of a second server on the same adapters: nothing in common with this one but what is stored
     * (and the simulated providers and phone, which are not the store's).
     */
    UseCases anotherServer() {
        return wire();
    }

    /** The composition root's own wiring, on this harness's adapters, settings and clock. */
    private UseCases wire() {
        return UseCases.wire(PersistencePorts.of(storage), drivenAdapters, settings, clock);
    }

    /** The store's gateway to the simulated wallet providers, for tests that build a use cases' helper on it. */
    WalletProviderGateway walletGateway() {
        return drivenAdapters.walletGateway();
    }

    /** Stops the simulated providers' notification retries. */
    @Override
    public void close() {
        wallets.close();
    }

    /** Registers a customer through the registration form and returns the new account's id. */
    CustomerId registeredCustomer(String phone, String email, String displayName, String password) {
        RegistrationResult result = registerCustomer.register(
                RegisterCustomerCommand.fromForm(phone, email, displayName, password, password));
        if (result instanceof RegistrationResult.Registered(CustomerId id)) {
            return id;
        }
        throw new AssertionError("registration of " + phone + " was refused: " + result);
    }

    /** The session a visitor gets on their first request, before logging in. */
    Session newVisitor() {
        return resumeSession.resume(Optional.empty());
    }

    /** A login from the login form, made from the given session. */
    LoginResult logIn(String login, String password, Session from) {
        return logInCustomer.logIn(CustomerLoginCommand.fromForm(login, password, CLIENT_ADDRESS, from.id()));
    }

    /** The session a successful login moved the visitor to; fails the test for any other answer. */
    static Session sessionAfter(LoginResult result) {
        if (result instanceof LoginResult.SignedIn(Session session)) {
            return session;
        }
        throw new AssertionError("expected the login to succeed, but the answer was " + result);
    }

    /** Types wrong passwords until the lockout policy locks the login; returns when the lock ends. */
    Instant lockOut(String login) {
        Session attacker = newVisitor();
        for (int attempt = 1; attempt < settings.lockoutPolicy().maxConsecutiveFailures(); attempt++) {
            logIn(login, "not-the-password", attacker);
        }
        if (logIn(login, "not-the-password", attacker) instanceof LoginResult.Locked(Instant retryAfter)) {
            return retryAfter;
        }
        throw new AssertionError("wrong passwords in a row should have locked " + login);
    }

    /**
     * No use case freezes an account yet, so this stores the account frozen, as customer service would
     * leave it, straight through the out-port.
     */
    void freeze(CustomerId id) {
        storage.transactions().inTransaction(() -> {
            storage.customers().update(storage.customers().findById(id).orElseThrow().frozen());
        });
    }

    /** Registers a console agent and returns the new agent's id. */
    AgentId registeredAgent(String username) {
        return registerAgent.register(new RegisterAgentCommand(AgentUsername.parse(username), "王芳", AgentRole.AGENT,
                new PlainPassword("console-pass-2025"))).orElseThrow();
    }

    /** Registers a console supervisor, who may manage campaigns, and returns the new supervisor's id. */
    AgentId registeredSupervisor(String username) {
        return registerAgent.register(new RegisterAgentCommand(AgentUsername.parse(username), "张伟",
                AgentRole.SUPERVISOR, new PlainPassword("console-pass-2025"))).orElseThrow();
    }

    // Shopping

    /** Puts the products on sale, as the store's catalog team does. */
    void stock(Product... products) {
        stockProducts.stock(List.of(products));
    }

    /** Settles the customer's cart; fails the test unless an order was made. */
    OrderId settled(CustomerId customer) {
        if (settleCart.settle(customer) instanceof Settlement.Settled settled) {
            return settled.orderId();
        }
        throw new AssertionError("expected the cart of " + customer + " to settle into an order");
    }

    /** No use case lists a customer's orders yet, so this reads them straight through the out-port. */
    List<Order> ordersOf(CustomerId customer) {
        return storage.transactions().inTransaction(() -> storage.orders().findByCustomer(customer));
    }

    // Wallet binding, step by step as the customer goes through it

    /** Opens an account at a simulated provider, as the demo data does. */
    WalletAccountIdentifier walletAccountAt(WalletProvider provider, String identifier) {
        WalletAccountIdentifier account = WalletAccountIdentifier.parse(provider, identifier);
        wallets.accounts().open(provider, account, "李雷", 500_00, WALLET_PAYMENT_PASSWORD);
        return account;
    }

    /** The "add payment method" form: a wallet, an account as typed, no replacement confirmed yet. */
    BindingStart startBinding(CustomerId customer, WalletProvider provider, String typedAccount) {
        return startWalletBinding.start(
                StartBindingCommand.fromForm(customer, provider.name(), typedAccount, false, Language.ENGLISH,
                        Optional.empty(), InMemoryHexmall.RECONFIRMATION_RETURN));
    }

    /** The same form, sent again after the customer confirmed replacing their current wallet. */
    BindingStart startReplacing(CustomerId customer, WalletProvider provider, String typedAccount) {
        return startWalletBinding.start(
                StartBindingCommand.fromForm(customer, provider.name(), typedAccount, true, Language.ENGLISH,
                        Optional.empty(), InMemoryHexmall.RECONFIRMATION_RETURN));
    }

    /** The binding a code was sent for; fails the test for any other answer. */
    static BindingId codeSentFor(BindingStart answer) {
        if (answer instanceof BindingStart.CodeSent sent) {
            return sent.bindingId();
        }
        throw new AssertionError("expected a verification code to be sent, but the answer was " + answer);
    }

    /** The code in the latest SMS the phone received, as the customer reads it off the screen. */
    String codeSentTo(String phone) {
        return sms.latestCodeFor(PhoneNumber.parse(phone))
                .orElseThrow(() -> new AssertionError("no verification code reached " + phone));
    }

    /** The customer types a code into the binding's code form. */
    CodeConfirmation typeCode(CustomerId customer, BindingId binding, String typed) {
        return confirmBindingCode.confirm(ConfirmCodeCommand.fromForm(customer, binding, typed));
    }

    /** Types the code the phone received for a binding just started: the binding then waits for the wallet app. */
    BindingId bindingAwaitingWalletApp(CustomerId customer, String phone, BindingStart start) {
        BindingId binding = codeSentFor(start);
        if (!(typeCode(customer, binding, codeSentTo(phone)) instanceof CodeConfirmation.Accepted)) {
            throw new AssertionError("the code " + phone + " received was not accepted");
        }
        return binding;
    }

    /** The customer goes on to the wallet app. */
    WalletAuthorization openWalletApp(CustomerId customer, BindingId binding) {
        return openWalletAuthorization.open(customer, binding, WALLET_RETURN_URL);
    }

    /** The wallet app's page where the customer decides; fails the test if the provider did not send them there. */
    URI walletAppPage(CustomerId customer, BindingId binding) {
        WalletAuthorization answer = openWalletApp(customer, binding);
        if (answer instanceof WalletAuthorization.GoToWalletApp(URI url)) {
            return url;
        }
        throw new AssertionError("expected to be sent to the wallet app, but the answer was " + answer);
    }

    /**
     * The customer types the payment password and taps "approve" in the wallet app: the parameters the browser
     * brings back to the store. Fails the test if the wallet app does not approve.
     */
    Map<String, String> approveInWalletApp(WalletProvider provider, URI walletAppPage) {
        Approval approval = wallets.agreements().approve(provider, requestIdIn(walletAppPage), WALLET_PAYMENT_PASSWORD);
        if (approval instanceof Approval.Approved(URI backToStore)) {
            return queryParameters(backToStore);
        }
        throw new AssertionError("expected the wallet app to approve, but it answered " + approval);
    }

    /** The customer taps "reject" in the wallet app: the parameters the browser brings back to the store. */
    Map<String, String> rejectInWalletApp(WalletProvider provider, URI walletAppPage) {
        return queryParameters(wallets.agreements().reject(provider, requestIdIn(walletAppPage)).orElseThrow());
    }

    /** The browser arrives at the store's return URL with the wallet app's answer. */
    AuthorizationCompletion comeBack(CustomerId customer, WalletProvider provider, Map<String, String> answer) {
        return completeWalletAuthorization.complete(customer, provider, answer, CLIENT_ADDRESS);
    }

    /** The customer goes to the wallet app, approves there, and comes back to the store. */
    AuthorizationCompletion approveAndComeBack(CustomerId customer, WalletProvider provider, BindingId binding) {
        return comeBack(customer, provider, approveInWalletApp(provider, walletAppPage(customer, binding)));
    }

    /** Every step, from the form to approving in the wallet app; fails the test unless the wallet is bound. */
    BindingId boundWallet(CustomerId customer, String phone, WalletProvider provider, String typedAccount) {
        BindingId binding = bindingAwaitingWalletApp(customer, phone, startBinding(customer, provider, typedAccount));
        AuthorizationCompletion completion = approveAndComeBack(customer, provider, binding);
        if (completion instanceof AuthorizationCompletion.Bound) {
            return binding;
        }
        throw new AssertionError("expected the wallet to be bound, but the answer was " + completion);
    }

    /** The binding as the agent console shows it. */
    BindingRecord bindingSeenByAgent(CustomerId customer, BindingId binding) {
        return viewCustomerDetails.view(customer).orElseThrow().bindings().stream()
                .filter(record -> record.id().equals(binding))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the console lists no binding " + binding));
    }

    /** The wallet app's page is {@code .../authorize/{requestId}}. */
    static String requestIdIn(URI walletAppPage) {
        String path = walletAppPage.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The query string of a URL as the store's web adapter reads it: one value per name. */
    static Map<String, String> queryParameters(URI url) {
        return formParameters(url.getRawQuery());
    }

    /** Form-encoded parameters, as in a query string or a form's body. */
    static Map<String, String> formParameters(String encoded) {
        return Arrays.stream(encoded.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length < 2 ? "" : decode(pair[1])));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    // Paying, step by step as the customer goes through it

    /** Puts the products in the cart, one of each, and settles it; the order awaiting payment. */
    OrderId orderOf(CustomerId customer, Product... products) {
        for (Product product : products) {
            changeCart.change(new CartChange.Add(customer, product.id(), 1));
        }
        return settled(customer);
    }

    /** The customer presses "Pay" with the preferred wallet, without an idempotency key, from no device. */
    PayResult pay(CustomerId customer, OrderId order) {
        return payForOrder.pay(new PayCommand(customer, order, Optional.empty(), Optional.empty(),
                PAYMENT_RETURN, Optional.empty(), RECONFIRMATION_RETURN));
    }

    /** The customer presses "Pay" with the preferred wallet on the device their session was opened on. */
    PayResult payFrom(DeviceId device, CustomerId customer, OrderId order) {
        return payForOrder.pay(new PayCommand(customer, order, Optional.empty(), Optional.empty(),
                PAYMENT_RETURN, Optional.of(device), RECONFIRMATION_RETURN));
    }

    /** The wallet app's pay page the store sent the customer to; fails the test for any other answer. */
    static URI payPage(PayResult result) {
        if (result instanceof PayResult.GoToWallet(var payment, URI walletPage, var charge)) {
            return walletPage;
        }
        throw new AssertionError("expected to be sent to the wallet app to pay, but the answer was " + result);
    }

    /** The payment the store started; fails the test if none was started. */
    static PaymentId paymentOf(PayResult result) {
        return switch (result) {
            case PayResult.GoToWallet wallet -> wallet.payment();
            case PayResult.Failed failed -> failed.payment();
            case PayResult.Confirming confirming -> confirming.payment();
            default -> throw new AssertionError("expected a payment to be started, but the answer was " + result);
        };
    }

    /** The customer types a payment password on the wallet app's pay page. */
    PayAttempt typePaymentPassword(WalletProvider provider, URI payPage, String password) {
        return wallets.payments().pay(provider, lastSegmentOf(payPage), password);
    }

    /** The customer taps "Back to hexmall" on the pay page: the parameters the browser brings back. */
    Map<String, String> leavePayPage(WalletProvider provider, URI payPage) {
        return queryParameters(wallets.payments().leave(provider, lastSegmentOf(payPage)).orElseThrow());
    }

    /** The right password on the pay page: the parameters the browser brings back; fails the test unless paid. */
    Map<String, String> payInWalletApp(WalletProvider provider, URI payPage) {
        PayAttempt attempt = typePaymentPassword(provider, payPage, WALLET_PAYMENT_PASSWORD);
        if (attempt instanceof PayAttempt.Paid(URI backToStore)) {
            return queryParameters(backToStore);
        }
        throw new AssertionError("expected the wallet app to take the payment, but it answered " + attempt);
    }

    /** The browser arrives at the store's payment return URL with the wallet app's result. */
    PaymentReturn comeBackFromPaying(CustomerId customer, Map<String, String> result) {
        PaymentId payment = PaymentId.parse(result.get("payment"))
                .orElseThrow(() -> new AssertionError("the wallet app's result names no payment: " + result));
        return completePayment.complete(customer, payment, result);
    }

    /** Every step from "Pay" to coming back paid; fails the test unless the order was paid. */
    PaymentId paid(CustomerId customer, OrderId order, WalletProvider provider) {
        PayResult started = pay(customer, order);
        PaymentReturn back = comeBackFromPaying(customer, payInWalletApp(provider, payPage(started)));
        if (back instanceof PaymentReturn.Paid(PaymentView payment)) {
            return payment.id();
        }
        throw new AssertionError("expected the order to be paid, but the answer was " + back);
    }

    /** The payment as the store keeps it. */
    PaymentView paymentSeenByAgent(PaymentId payment) {
        return storage.transactions().inTransaction(() -> storage.payments().findById(payment)).flatMap(found ->
                        viewOrderForAgent.view(found.orderId()).orElseThrow().payments().stream()
                                .filter(view -> view.id().equals(payment)).findFirst())
                .orElseThrow(() -> new AssertionError("the store keeps no payment " + payment));
    }

    /** The order as the store keeps it. */
    Order order(OrderId order) {
        return storage.transactions().inTransaction(() -> storage.orders().findById(order)).orElseThrow();
    }

    /** What the account holds at the simulated provider, in fen. */
    long balanceOf(WalletProvider provider, WalletAccountIdentifier account) {
        return wallets.accounts().find(provider, account).orElseThrow().balanceFen();
    }

    /** The pay page's id is the last segment of its address. */
    static String lastSegmentOf(URI page) {
        String path = page.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    // Paying: the other ways through it

    /** Opens an account at a simulated provider holding this much, in fen. */
    WalletAccountIdentifier walletAccountAt(WalletProvider provider, String identifier, long balanceFen) {
        WalletAccountIdentifier account = WalletAccountIdentifier.parse(provider, identifier);
        wallets.accounts().open(provider, account, "李雷", balanceFen, WALLET_PAYMENT_PASSWORD);
        return account;
    }

    /**
     * Opens an account with ¥500.00 at the provider and binds it through every step; a minute passes after it, so
     * that the phone may receive the next code.
     */
    BindingId walletBound(CustomerId customer, String phone, WalletProvider provider, String identifier) {
        walletAccountAt(provider, identifier);
        BindingId binding = boundWallet(customer, phone, provider, identifier);
        clock.advance(Duration.ofMinutes(1));
        return binding;
    }

    /** The customer presses "Pay" with the wallet they chose, without an idempotency key. */
    PayResult payWith(CustomerId customer, OrderId order, BindingId wallet) {
        return payForOrder.pay(new PayCommand(customer, order, Optional.of(wallet), Optional.empty(),
                PAYMENT_RETURN, Optional.empty(), RECONFIRMATION_RETURN));
    }

    /** The payment form with its one-time key; the wallet chosen on it, or the preferred one when empty. */
    PayResult payWithKey(CustomerId customer, OrderId order, Optional<BindingId> wallet, String idempotencyKey) {
        return payForOrder.pay(new PayCommand(customer, order, wallet, Optional.of(new IdempotencyKey(idempotencyKey)),
                PAYMENT_RETURN, Optional.empty(), RECONFIRMATION_RETURN));
    }

    /** Where the wallet app sends the browser after the password, paid or not; fails the test if it sends none. */
    static Map<String, String> backToStore(PayAttempt attempt) {
        return switch (attempt) {
            case PayAttempt.Paid(URI backToStore) -> queryParameters(backToStore);
            case PayAttempt.NotPaid(URI backToStore) -> queryParameters(backToStore);
            default -> throw new AssertionError("expected the wallet app to send the customer back, but it answered "
                    + attempt);
        };
    }

    /**
     * The customer, whom the store could not send to the wallet app because the provider did not answer, finds
     * the payment in the wallet app anyway and pays it there with the right password.
     */
    PayAttempt payInWalletAppUnprompted(WalletProvider provider, PaymentId payment) {
        String page = wallets.payments().find(provider, payment)
                .orElseThrow(() -> new AssertionError(provider + " has no payment " + payment)).id();
        return wallets.payments().pay(provider, page, WALLET_PAYMENT_PASSWORD);
    }

    /** The payment as the customer's "confirming your payment" page shows it. */
    PaymentView paymentSeenBy(CustomerId customer, PaymentId payment) {
        return viewPayment.view(customer, payment)
                .orElseThrow(() -> new AssertionError("the customer is shown no payment " + payment));
    }

    /** Whether the account's wallet app lists hexmall among the merchants that may charge it. */
    boolean walletAppListsHexmall(WalletProvider provider, WalletAccountIdentifier account) {
        return wallets.agreements().of(provider, account).stream().anyMatch(Agreement::isActive);
    }

    /** The token of the account's newest agreement with the store, as only the provider knows it. */
    String agreementTokenOf(WalletProvider provider, WalletAccountIdentifier account) {
        return wallets.agreements().of(provider, account).getLast().token();
    }

    /**
     * A payment's timeline as the agent console lists it, one line a step: the status, then the note or the
     * failure reason if there is one ({@code "AWAITING_CONFIRMATION WRONG_PAYMENT_PASSWORD"}).
     */
    static List<String> timelineOf(PaymentView payment) {
        return payment.timeline().stream()
                .map(event -> event.status() + switch (event) {
                    case PaymentEvent.Moved moved -> moved.reason().map(reason -> " " + reason).orElse("");
                    case PaymentEvent.Noted noted -> " " + noted.note();
                })
                .toList();
    }

    /** How many times the payment's timeline notes this. */
    static long timesNoted(PaymentView payment, PaymentNote note) {
        return payment.timeline().stream()
                .filter(event -> event.is(note))
                .count();
    }
}
