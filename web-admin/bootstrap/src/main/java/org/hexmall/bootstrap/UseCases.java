package org.hexmall.bootstrap;

import java.time.Clock;
import org.hexmall.application.port.in.account.ChangePassword;
import org.hexmall.application.port.in.account.ConfirmPhoneChange;
import org.hexmall.application.port.in.account.DismissPasswordReminder;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.in.account.FreezeMyAccount;
import org.hexmall.application.port.in.account.ListDevices;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.account.RegisterCustomer;
import org.hexmall.application.port.in.account.ReportNotMe;
import org.hexmall.application.port.in.account.RequestPasswordReset;
import org.hexmall.application.port.in.account.ResendNewDeviceCode;
import org.hexmall.application.port.in.account.ResetPassword;
import org.hexmall.application.port.in.account.RevokeMyDevice;
import org.hexmall.application.port.in.account.SignOutOtherDevices;
import org.hexmall.application.port.in.account.StartPhoneChange;
import org.hexmall.application.port.in.account.StartSelfUnfreeze;
import org.hexmall.application.port.in.account.UnfreezeMyAccount;
import org.hexmall.application.port.in.account.VerifyNewDevice;
import org.hexmall.application.port.in.account.VerifyNewDeviceByFace;
import org.hexmall.application.port.in.account.ViewMyAccount;
import org.hexmall.application.port.in.account.ViewMyActivity;
import org.hexmall.application.port.in.account.ViewPasswordReminder;
import org.hexmall.application.port.in.catalog.BrowseCatalog;
import org.hexmall.application.port.in.catalog.SearchCatalog;
import org.hexmall.application.port.in.checkout.CountCartItems;
import org.hexmall.application.port.in.catalog.StockProducts;
import org.hexmall.application.port.in.catalog.ViewProduct;
import org.hexmall.application.port.in.checkout.ChangeCart;
import org.hexmall.application.port.in.checkout.CloseOverdueOrders;
import org.hexmall.application.port.in.checkout.SettleCart;
import org.hexmall.application.port.in.checkout.ViewCart;
import org.hexmall.application.port.in.health.CheckHealth;
import org.hexmall.application.port.in.payment.CompletePayment;
import org.hexmall.application.port.in.payment.ForgetExpiredIdempotencyKeys;
import org.hexmall.application.port.in.payment.ListPurchases;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.ReconcilePayments;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.in.payment.ViewPaymentOptions;
import org.hexmall.application.port.in.promotion.ClaimCoupon;
import org.hexmall.application.port.in.promotion.ViewMyCoupons;
import org.hexmall.application.port.in.promotion.ViewMyPoints;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.application.port.in.risk.AssessLoginRisk;
import org.hexmall.application.port.in.promotion.ChangeCampaign;
import org.hexmall.application.port.in.promotion.CreateCampaign;
import org.hexmall.application.port.in.promotion.EndCampaign;
import org.hexmall.application.port.in.promotion.ListCampaigns;
import org.hexmall.application.port.in.promotion.PauseCampaign;
import org.hexmall.application.port.in.promotion.ResumeCampaign;
import org.hexmall.application.port.in.promotion.ViewCampaign;
import org.hexmall.application.port.in.risk.MarkAbandonedAlerts;
import org.hexmall.application.port.in.support.ViewDashboard;
import org.hexmall.application.port.in.support.RollUpDashboardDays;
import org.hexmall.application.port.in.support.ViewCustomerTimeline;
import org.hexmall.application.port.in.risk.CountOpenRiskAlerts;
import org.hexmall.application.port.in.risk.LiftRiskHold;
import org.hexmall.application.port.in.risk.ListRiskAlerts;
import org.hexmall.application.port.in.risk.RaiseRiskAlert;
import org.hexmall.application.port.in.risk.RecordRiskAlertOutcome;
import org.hexmall.application.port.in.risk.ResolveRiskAlert;
import org.hexmall.application.port.in.risk.ViewRiskAlert;
import org.hexmall.application.port.in.security.CheckStepUp;
import org.hexmall.application.port.in.security.EnterStepUpCode;
import org.hexmall.application.port.in.security.FinishFaceCheck;
import org.hexmall.application.port.in.security.OpenFaceCheck;
import org.hexmall.application.port.in.security.SendStepUpCode;
import org.hexmall.application.port.in.security.StartStepUp;
import org.hexmall.application.port.in.security.ViewStepUp;
import org.hexmall.application.port.in.session.ChooseLanguage;
import org.hexmall.application.port.in.session.ForgetExpiredLoginThrottles;
import org.hexmall.application.port.in.session.LogOut;
import org.hexmall.application.port.in.session.PurgeEndedSessions;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.application.port.in.support.ClearLoginLock;
import org.hexmall.application.port.in.support.FindCustomersByWalletAccount;
import org.hexmall.application.port.in.support.FindOrderByNumber;
import org.hexmall.application.port.in.support.ForceUnbindWallet;
import org.hexmall.application.port.in.support.FreezeAccount;
import org.hexmall.application.port.in.support.LogInAgent;
import org.hexmall.application.port.in.support.RegisterAgent;
import org.hexmall.application.port.in.support.RevokeCustomerDevice;
import org.hexmall.application.port.in.support.ChangeOwnPassword;
import org.hexmall.application.port.in.support.ManageAgents;
import org.hexmall.application.port.in.support.SearchAuditLog;
import org.hexmall.application.port.in.support.ViewSignedInAgent;
import org.hexmall.application.port.in.support.SearchCustomers;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.application.port.in.support.AddCaseNote;
import org.hexmall.application.port.in.support.ViewOrderForAgent;
import org.hexmall.application.port.in.wallet.CancelPendingAgreements;
import org.hexmall.application.port.in.wallet.CompleteWalletAuthorization;
import org.hexmall.application.port.in.wallet.CompleteWalletReconfirmation;
import org.hexmall.application.port.in.wallet.ConfirmBindingCode;
import org.hexmall.application.port.in.wallet.ExpireStaleBindings;
import org.hexmall.application.port.in.wallet.ForgetExpiredNonces;
import org.hexmall.application.port.in.wallet.PurgeEndedReplacements;
import org.hexmall.application.port.in.wallet.OpenWalletAuthorization;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice;
import org.hexmall.application.port.in.wallet.ResendBindingCode;
import org.hexmall.application.port.in.wallet.SetPreferredWallet;
import org.hexmall.application.port.in.wallet.StartWalletBinding;
import org.hexmall.application.port.in.wallet.UnbindWallet;
import org.hexmall.application.port.in.wallet.ViewBindingOutcome;
import org.hexmall.application.port.in.wallet.ViewPaymentMethods;
import org.hexmall.application.port.out.face.FaceCheck;
import org.hexmall.application.port.out.notification.LoginNotices;
import org.hexmall.application.port.out.notification.VerificationCodeSender;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.port.out.security.SecretHasher;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.account.ChangePasswordService;
import org.hexmall.application.service.account.ConfirmPhoneChangeService;
import org.hexmall.application.service.account.DismissPasswordReminderService;
import org.hexmall.application.service.account.FindNewDeviceLoginService;
import org.hexmall.application.service.account.FreezeMyAccountService;
import org.hexmall.application.service.account.ListDevicesService;
import org.hexmall.application.service.account.LogInCustomerService;
import org.hexmall.application.service.account.RegisterCustomerService;
import org.hexmall.application.service.account.ReportNotMeService;
import org.hexmall.application.service.account.RequestPasswordResetService;
import org.hexmall.application.service.account.ResendNewDeviceCodeService;
import org.hexmall.application.service.account.ResetPasswordService;
import org.hexmall.application.service.account.RevokeMyDeviceService;
import org.hexmall.application.service.account.SignOutOtherDevicesService;
import org.hexmall.application.service.account.StartPhoneChangeService;
import org.hexmall.application.service.account.StartSelfUnfreezeService;
import org.hexmall.application.service.account.UnfreezeMyAccountService;
import org.hexmall.application.service.account.VerifyNewDeviceByFaceService;
import org.hexmall.application.service.account.VerifyNewDeviceService;
import org.hexmall.application.service.account.ViewMyAccountService;
import org.hexmall.application.service.account.ViewMyActivityService;
import org.hexmall.application.service.account.ViewPasswordReminderService;
import org.hexmall.application.service.account.shared.DeviceRevocation;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.FreezeOrigin;
import org.hexmall.application.service.account.shared.LoginSettings;
import org.hexmall.application.service.account.shared.LoginStepUps;
import org.hexmall.application.service.account.shared.NewDeviceSignIn;
import org.hexmall.application.service.account.shared.SignOutElsewhere;
import org.hexmall.application.service.catalog.BrowseCatalogService;
import org.hexmall.application.service.catalog.SearchCatalogService;
import org.hexmall.application.service.checkout.CountCartItemsService;
import org.hexmall.application.service.catalog.StockProductsService;
import org.hexmall.application.service.catalog.ViewProductService;
import org.hexmall.application.service.checkout.ChangeCartService;
import org.hexmall.application.service.checkout.CloseOverdueOrdersService;
import org.hexmall.application.service.checkout.SettleCartService;
import org.hexmall.application.service.checkout.ViewCartService;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import org.hexmall.application.service.health.CheckHealthService;
import org.hexmall.application.service.payment.CompletePaymentService;
import org.hexmall.application.service.payment.ForgetExpiredIdempotencyKeysService;
import org.hexmall.application.service.payment.ListPurchasesService;
import org.hexmall.application.service.payment.PayForOrderService;
import org.hexmall.application.service.payment.ReconcilePaymentsService;
import org.hexmall.application.service.payment.ViewOrderPaymentsService;
import org.hexmall.application.service.payment.ViewPaymentOptionsService;
import org.hexmall.application.service.payment.ViewPaymentService;
import org.hexmall.application.service.payment.shared.DoublePaymentRefunds;
import org.hexmall.application.service.payment.shared.PaymentResults;
import org.hexmall.application.service.payment.shared.PaymentSettings;
import org.hexmall.application.service.payment.shared.ProviderAnswers;
import org.hexmall.application.service.payment.shared.WithdrawnPayments;
import org.hexmall.application.service.payment.shared.Refunds;
import org.hexmall.application.service.promotion.ClaimCouponService;
import org.hexmall.application.service.promotion.ViewMyCouponsService;
import org.hexmall.application.service.promotion.ViewMyPointsService;
import org.hexmall.application.service.promotion.ViewOffersService;
import org.hexmall.application.service.promotion.shared.PromotionSettlement;
import org.hexmall.application.service.risk.AssessLoginRiskService;
import org.hexmall.application.service.promotion.ChangeCampaignService;
import org.hexmall.application.service.promotion.CreateCampaignService;
import org.hexmall.application.service.promotion.EndCampaignService;
import org.hexmall.application.service.promotion.ListCampaignsService;
import org.hexmall.application.service.promotion.PauseCampaignService;
import org.hexmall.application.service.promotion.ResumeCampaignService;
import org.hexmall.application.service.promotion.ViewCampaignService;
import org.hexmall.application.service.support.ViewDashboardService;
import org.hexmall.application.service.support.RollUpDashboardDaysService;
import org.hexmall.application.service.support.ViewCustomerTimelineService;
import org.hexmall.application.service.promotion.shared.CampaignChanges;
import org.hexmall.application.port.in.compensation.DecideCompensation;
import org.hexmall.application.port.in.compensation.GrantCompensation;
import org.hexmall.application.port.in.compensation.ViewCompensations;
import org.hexmall.application.service.compensation.DecideCompensationService;
import org.hexmall.application.service.compensation.GrantCompensationService;
import org.hexmall.application.service.compensation.ViewCompensationsService;
import org.hexmall.application.service.compensation.shared.CompensationDelivery;
import org.hexmall.application.service.compensation.shared.CompensationPolicy;
import org.hexmall.application.service.risk.CountOpenRiskAlertsService;
import org.hexmall.application.service.risk.LiftRiskHoldService;
import org.hexmall.application.service.risk.ListRiskAlertsService;
import org.hexmall.application.service.risk.MarkAbandonedAlertsService;
import org.hexmall.application.service.risk.RaiseRiskAlertService;
import org.hexmall.application.service.risk.RecordRiskAlertOutcomeService;
import org.hexmall.application.service.risk.ResolveRiskAlertService;
import org.hexmall.application.service.risk.ViewRiskAlertService;
import org.hexmall.application.service.risk.shared.RiskChecks;
import org.hexmall.application.service.risk.shared.RiskHoldLifts;
import org.hexmall.application.service.security.CheckStepUpService;
import org.hexmall.application.service.security.EnterStepUpCodeService;
import org.hexmall.application.service.security.FinishFaceCheckService;
import org.hexmall.application.service.security.OpenFaceCheckService;
import org.hexmall.application.service.security.SendStepUpCodeService;
import org.hexmall.application.service.security.StartStepUpService;
import org.hexmall.application.service.security.ViewStepUpService;
import org.hexmall.application.service.security.shared.StepUpSteps;
import org.hexmall.application.service.session.ChooseLanguageService;
import org.hexmall.application.service.session.ForgetExpiredLoginThrottlesService;
import org.hexmall.application.service.session.LogOutService;
import org.hexmall.application.service.session.PurgeEndedSessionsService;
import org.hexmall.application.service.session.ResumeSessionService;
import org.hexmall.application.service.session.shared.PasswordLogin;
import org.hexmall.application.service.session.shared.SessionRotation;
import org.hexmall.application.service.shared.ClaimedWork;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.application.service.shared.IdempotentRequests;
import org.hexmall.application.service.shared.PasswordCare;
import org.hexmall.application.service.shared.RiskStepUps;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.application.service.support.ClearLoginLockService;
import org.hexmall.application.service.support.FindCustomersByWalletAccountService;
import org.hexmall.application.service.support.FindOrderByNumberService;
import org.hexmall.application.service.support.ForceUnbindWalletService;
import org.hexmall.application.service.support.FreezeAccountService;
import org.hexmall.application.service.support.LogInAgentService;
import org.hexmall.application.service.support.RegisterAgentService;
import org.hexmall.application.service.support.RevokeCustomerDeviceService;
import org.hexmall.application.service.support.ChangeOwnPasswordService;
import org.hexmall.application.service.support.ManageAgentsService;
import org.hexmall.application.service.support.SearchAuditLogService;
import org.hexmall.application.service.support.ViewSignedInAgentService;
import org.hexmall.application.service.support.SearchCustomersService;
import org.hexmall.application.service.support.ViewCustomerDetailsService;
import org.hexmall.application.service.support.AddCaseNoteService;
import org.hexmall.application.service.support.ViewOrderForAgentService;
import org.hexmall.application.service.support.shared.AccountFreezes;
import org.hexmall.application.service.wallet.CancelPendingAgreementsService;
import org.hexmall.application.service.wallet.CompleteWalletAuthorizationService;
import org.hexmall.application.service.wallet.CompleteWalletReconfirmationService;
import org.hexmall.application.service.wallet.ConfirmBindingCodeService;
import org.hexmall.application.service.wallet.ExpireStaleBindingsService;
import org.hexmall.application.service.wallet.ForgetExpiredNoncesService;
import org.hexmall.application.service.wallet.PurgeEndedReplacementsService;
import org.hexmall.application.service.wallet.OpenWalletAuthorizationService;
import org.hexmall.application.service.wallet.ReceiveWalletNoticeService;
import org.hexmall.application.service.wallet.ResendBindingCodeService;
import org.hexmall.application.service.wallet.SetPreferredWalletService;
import org.hexmall.application.service.wallet.StartWalletBindingService;
import org.hexmall.application.service.wallet.UnbindWalletService;
import org.hexmall.application.service.wallet.ViewBindingOutcomeService;
import org.hexmall.application.service.wallet.ViewPaymentMethodsService;
import org.hexmall.application.service.wallet.shared.AgreementCancellations;
import org.hexmall.application.service.wallet.shared.BindingCodes;
import org.hexmall.application.service.wallet.shared.EndedBindings;
import org.hexmall.application.service.wallet.shared.WalletBindingSettings;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.PasswordReminderPolicy;
import org.hexmall.application.port.in.refund.AskForRefund;
import org.hexmall.application.port.in.refund.DecideRefund;
import org.hexmall.application.port.in.refund.HandleAfterSales;
import org.hexmall.application.port.in.refund.ListRefundQueues;
import org.hexmall.application.port.in.refund.PreviewRefund;
import org.hexmall.application.port.in.refund.RefundOrder;
import org.hexmall.application.port.in.refund.ViewOrderRefunds;
import org.hexmall.application.service.refund.AskForRefundService;
import org.hexmall.application.service.refund.DecideRefundService;
import org.hexmall.application.service.refund.HandleAfterSalesService;
import org.hexmall.application.service.refund.ListRefundQueuesService;
import org.hexmall.application.service.refund.PreviewRefundService;
import org.hexmall.application.service.refund.RefundOrderService;
import org.hexmall.application.service.refund.ViewOrderRefundsService;
import org.hexmall.application.service.refund.shared.RefundDesk;
import org.hexmall.application.service.refund.shared.RefundRuns;
import org.hexmall.domain.refund.ApprovalPolicy;

/**
 * Every in-port of hexmall, each implemented by its service wired to the out-port adapters it is given. The
 * application wires them to the adapters its configuration picks; the use-case tests, to in-memory ones.
 */
public record UseCases(
        RegisterCustomer registerCustomer,
        LogInCustomer logInCustomer,
        RequestPasswordReset requestPasswordReset,
        ResetPassword resetPassword,
        ViewMyAccount viewMyAccount,
        FreezeMyAccount freezeMyAccount,
        ViewMyActivity viewMyActivity,
        ReportNotMe reportNotMe,
        VerifyNewDevice verifyNewDevice,
        VerifyNewDeviceByFace verifyNewDeviceByFace,
        ResendNewDeviceCode resendNewDeviceCode,
        FindNewDeviceLogin findNewDeviceLogin,
        ListDevices listDevices,
        RevokeMyDevice revokeMyDevice,
        SignOutOtherDevices signOutOtherDevices,
        ResumeSession resumeSession,
        ChooseLanguage chooseLanguage,
        LogOut logOut,
        PurgeEndedSessions purgeEndedSessions,
        ForgetExpiredLoginThrottles forgetExpiredLoginThrottles,
        LogInAgent logInAgent,
        RegisterAgent registerAgent,
        SearchCustomers searchCustomers,
        ViewCustomerDetails viewCustomerDetails,
        ForceUnbindWallet forceUnbindWallet,
        ClearLoginLock clearLoginLock,
        FreezeAccount freezeAccount,
        RevokeCustomerDevice revokeCustomerDevice,
        FindCustomersByWalletAccount findCustomersByWalletAccount,
        FindOrderByNumber findOrderByNumber,
        CheckHealth checkHealth,
        ViewPaymentMethods viewPaymentMethods,
        StartWalletBinding startWalletBinding,
        ResendBindingCode resendBindingCode,
        ConfirmBindingCode confirmBindingCode,
        OpenWalletAuthorization openWalletAuthorization,
        CompleteWalletAuthorization completeWalletAuthorization,
        ViewBindingOutcome viewBindingOutcome,
        CompleteWalletReconfirmation completeWalletReconfirmation,
        UnbindWallet unbindWallet,
        SetPreferredWallet setPreferredWallet,
        ReceiveWalletNotice receiveWalletNotice,
        ExpireStaleBindings expireStaleBindings,
        MarkAbandonedAlerts markAbandonedAlerts,
        ForgetExpiredNonces forgetExpiredNonces,
        PurgeEndedReplacements purgeEndedReplacements,
        CancelPendingAgreements cancelPendingAgreements,
        StockProducts stockProducts,
        BrowseCatalog browseCatalog,
        ViewProduct viewProduct,
        ViewCart viewCart,
        ChangeCart changeCart,
        SettleCart settleCart,
        CloseOverdueOrders closeOverdueOrders,
        ViewPaymentOptions viewPaymentOptions,
        PayForOrder payForOrder,
        CompletePayment completePayment,
        ViewPayment viewPayment,
        ViewOrderPayments viewOrderPayments,
        ListPurchases listPurchases,
        ReconcilePayments reconcilePayments,
        ForgetExpiredIdempotencyKeys forgetExpiredIdempotencyKeys,
        ViewOrderForAgent viewOrderForAgent,
        StartStepUp startStepUp,
        CheckStepUp checkStepUp,
        ViewStepUp viewStepUp,
        SendStepUpCode sendStepUpCode,
        EnterStepUpCode enterStepUpCode,
        OpenFaceCheck openFaceCheck,
        FinishFaceCheck finishFaceCheck,
        ChangePassword changePassword,
        StartPhoneChange startPhoneChange,
        ConfirmPhoneChange confirmPhoneChange,
        StartSelfUnfreeze startSelfUnfreeze,
        UnfreezeMyAccount unfreezeMyAccount,
        ViewPasswordReminder viewPasswordReminder,
        DismissPasswordReminder dismissPasswordReminder,
        AssessLoginRisk assessLoginRisk,
        RaiseRiskAlert raiseRiskAlert,
        RecordRiskAlertOutcome recordRiskAlertOutcome,
        ListRiskAlerts listRiskAlerts,
        CountOpenRiskAlerts countOpenRiskAlerts,
        ViewRiskAlert viewRiskAlert,
        ResolveRiskAlert resolveRiskAlert,
        LiftRiskHold liftRiskHold,
        ViewOffers viewOffers,
        ClaimCoupon claimCoupon,
        ViewMyCoupons viewMyCoupons,
        ViewMyPoints viewMyPoints,
        CreateCampaign createCampaign,
        ChangeCampaign changeCampaign,
        PauseCampaign pauseCampaign,
        ResumeCampaign resumeCampaign,
        EndCampaign endCampaign,
        ListCampaigns listCampaigns,
        ViewCampaign viewCampaign,
        ViewSignedInAgent viewSignedInAgent,
        ManageAgents manageAgents,
        ChangeOwnPassword changeOwnPassword,
        SearchAuditLog searchAuditLog,
        AddCaseNote addCaseNote,
        ViewDashboard viewDashboard,
        PreviewRefund previewRefund,
        RefundOrder refundOrder,
        DecideRefund decideRefund,
        HandleAfterSales handleAfterSales,
        ListRefundQueues listRefundQueues,
        AskForRefund askForRefund,
        ViewOrderRefunds viewOrderRefunds,
        GrantCompensation grantCompensation,
        DecideCompensation decideCompensation,
        ViewCompensations viewCompensations,
        RollUpDashboardDays rollUpDashboardDays,
        ViewCustomerTimeline viewCustomerTimeline,
        SearchCatalog searchCatalog,
        CountCartItems countCartItems) {

    /** How many refunds still on their way to the wallet each reconciliation pass sends again. */
    private static final int PENDING_REFUNDS_PER_PASS = 100;

    /** The driven adapters every use case may need, besides persistence. */
    public record DrivenAdapters(PasswordHasher passwordHasher, RandomTokens tokens, SecretHasher secretHasher,
                                 VerificationCodeSender codeSender, LoginNotices loginNotices,
                                 WalletProviderGateway walletGateway, FaceCheck faceCheck) {

        /** The same adapters with another password hasher. */
        public DrivenAdapters withPasswordHasher(PasswordHasher hasher) {
            return new DrivenAdapters(hasher, tokens, secretHasher, codeSender, loginNotices, walletGateway,
                    faceCheck);
        }
    }

    /** The store's rules that a deployment (or a test) may change. */
    public record Settings(LoginLockoutPolicy lockoutPolicy, WalletBindingSettings wallets, CheckoutSettings checkout,
                           PaymentSettings payments, PasswordReminderPolicy passwordReminders,
                           LoginSettings login, RiskSettings risk, CompensationPolicy compensation,
                           ApprovalPolicy refundApproval) {

        /** The given rules, with the standard password reminders, logins from new devices and risk rules. */
        public Settings(LoginLockoutPolicy lockoutPolicy, WalletBindingSettings wallets, CheckoutSettings checkout,
                        PaymentSettings payments) {
            this(lockoutPolicy, wallets, checkout, payments, PasswordReminderPolicy.STANDARD);
        }

        /** The given rules and password reminders, with the standard logins and risk rules. */
        public Settings(LoginLockoutPolicy lockoutPolicy, WalletBindingSettings wallets, CheckoutSettings checkout,
                        PaymentSettings payments, PasswordReminderPolicy passwordReminders) {
            this(lockoutPolicy, wallets, checkout, payments, passwordReminders, LoginSettings.STANDARD,
                    RiskSettings.defaults(), CompensationPolicy.STANDARD.withStoreZone(payments.storeZone()),
                    ApprovalPolicy.DEFAULT);
        }

        /** The same settings with other risk rules' thresholds. */
        public Settings withRisk(RiskSettings other) {
            return new Settings(lockoutPolicy, wallets, checkout, payments, passwordReminders, login, other,
                    compensation, refundApproval);
        }

        /** The same settings with other rules for logins from new devices and client addresses. */
        public Settings withLogin(LoginSettings other) {
            return new Settings(lockoutPolicy, wallets, checkout, payments, passwordReminders, other, risk,
                    compensation, refundApproval);
        }

        /** The same settings with another daily limit of compensation per agent. */
        public Settings withCompensation(CompensationPolicy other) {
            return new Settings(lockoutPolicy, wallets, checkout, payments, passwordReminders, login, risk, other,
                    refundApproval);
        }

        /** The same settings with other thresholds above which a refund needs a supervisor's approval. */
        public Settings withRefundApproval(ApprovalPolicy other) {
            return new Settings(lockoutPolicy, wallets, checkout, payments, passwordReminders, login, risk,
                    compensation, other);
        }
    }

    /**
     * Builds every service, by hand, on the adapters and settings given; the one place that knows which service
     * implements which in-port.
     */
    public static UseCases wire(PersistencePorts store, DrivenAdapters driven, Settings settings, Clock clock) {
        LoginLockoutPolicy lockoutPolicy = settings.lockoutPolicy();
        WalletBindingSettings wallets = settings.wallets();
        CheckoutSettings checkout = settings.checkout();
        PaymentSettings payments = settings.payments();
        PasswordHasher hasher = driven.passwordHasher();
        RandomTokens tokens = driven.tokens();
        var rotation = new SessionRotation(store.sessions(), tokens);
        LoginSettings login = settings.login();
        var passwordLogin = new PasswordLogin(store.transactions(), store.loginThrottles(), hasher,
                driven.secretHasher(), rotation, lockoutPolicy, login.addressThrottle(), clock);
        var codeDispatch = new CodeDispatch(store.verificationCodes(), driven.codeSender(), driven.secretHasher(),
                tokens, wallets.codePolicy(), clock);
        var deviceTokens = new DeviceTokens(driven.secretHasher());
        var deviceRevocation = new DeviceRevocation(store.devices(), store.sessions(), store.securityEvents());
        var codes = new BindingCodes(codeDispatch);
        var idempotent = new IdempotentRequests(store.idempotencyKeys(), store.transactions(),
                payments.idempotencyKeyLifetime(), clock);
        var refunds = new Refunds(store.payments(), store.orders(), store.transactions(), driven.walletGateway(),
                clock);
        var doublePayments = new DoublePaymentRefunds(refunds, store.payments(), store.transactions());
        var claimedWork = new ClaimedWork(store.workClaims(), store.transactions());
        var refundRuns = new RefundRuns(store.orders(), store.payments(), store.refundCases(), store.paymentPricings(),
                store.coupons(), store.pointsLedger(), store.promotionBudgets(), store.transactions(), refunds, clock);
        var refundDesk = new RefundDesk(store.agents(), store.auditLog(), store.orders(), store.refundCases(),
                store.transactions(), refundRuns, settings.refundApproval(), clock);
        var promotions = new PromotionSettlement(store.promotionFacts(), store.promotionBudgets(), store.coupons(),
                store.pointsLedger(), store.paymentPricings(), store.campaigns(), tokens);
        var results = new PaymentResults(store.payments(), store.orders(), store.transactions(), doublePayments,
                promotions, clock);
        var agreements = new AgreementCancellations(store.walletBindings(), store.transactions(),
                driven.walletGateway(), wallets.cancellations(), clock);
        var stepUpGate = new StepUpGate(store.stepUps(), clock);
        var riskStepUps = new RiskStepUps(store.riskAlerts());
        var stepUpSteps = new StepUpSteps(store.stepUps(), store.customers(), store.sessions(), store.securityEvents(),
                store.transactions(), codeDispatch, rotation, riskStepUps, clock);
        var openFaceCheck = new OpenFaceCheckService(stepUpSteps, driven.faceCheck());
        var loginStepUps = new LoginStepUps(store.riskAlerts());
        var newDeviceSignIn = new NewDeviceSignIn(store.devices(), store.loginHistory(), store.securityEvents(),
                rotation, loginStepUps, driven.loginNotices());
        var passwordCare = new PasswordCare(store.passwordReminders(), store.customers(), clock);
        var freezeOrigin = new FreezeOrigin(store.securityEvents(), store.auditLog());
        var risk = new RiskChecks(store.riskFacts(), store.riskAlerts(), store.riskHolds(), riskStepUps, stepUpGate,
                store.securityEvents(), tokens, settings.risk(), clock);
        var raiseRiskAlert = new RaiseRiskAlertService(store.riskAlerts(), store.transactions(), tokens, clock);
        var holdLifts = new RiskHoldLifts(store.riskHolds(), store.auditLog(), store.securityEvents());
        var campaignChanges = new CampaignChanges(store.campaigns(), store.agents(), store.auditLog(),
                store.transactions(), clock);
        var compensationDelivery = new CompensationDelivery(store.campaigns(), store.coupons(),
                store.pointsLedger(), tokens);
        var providerAnswers = new ProviderAnswers(store.payments(), store.orders(), store.transactions(),
                driven.walletGateway(), doublePayments, promotions, clock);
        var withdrawals = new WithdrawnPayments(store.payments(), store.orders(), providerAnswers);
        var endings = new EndedBindings(withdrawals, agreements);
        var freezes = new AccountFreezes(store.customers(), store.sessions(), store.auditLog(), withdrawals);
        return new UseCases(
                new RegisterCustomerService(store.customers(), store.transactions(), hasher, tokens, clock),
                new LogInCustomerService(store.customers(), store.loginHistory(), store.devices(),
                        store.securityEvents(), store.sessions(), passwordLogin, deviceTokens, codeDispatch, tokens,
                        login, risk, store.riskAlerts(), freezeOrigin),
                new RequestPasswordResetService(store.customers(), store.transactions(), codeDispatch),
                new ResetPasswordService(store.customers(), store.devices(), store.sessions(), store.transactions(),
                        hasher, codeDispatch, store.securityEvents(), passwordCare, clock),
                new ViewMyAccountService(store.customers(), store.transactions()),
                new FreezeMyAccountService(store.customers(), store.sessions(), store.securityEvents(),
                        store.transactions(), hasher, lockoutPolicy, withdrawals, clock),
                new ViewMyActivityService(store.loginHistory(), store.securityEvents(), store.riskHolds(),
                        store.transactions(), clock),
                new ReportNotMeService(store.customers(), store.sessions(), store.securityEvents(), raiseRiskAlert,
                        store.transactions(), withdrawals, clock),
                new VerifyNewDeviceService(store.customers(), store.devices(), store.transactions(), deviceTokens,
                        codeDispatch, newDeviceSignIn, loginStepUps, login, clock),
                new VerifyNewDeviceByFaceService(store.customers(), store.devices(), store.securityEvents(),
                        store.transactions(), deviceTokens, loginStepUps, newDeviceSignIn, driven.faceCheck(), login,
                        clock),
                new ResendNewDeviceCodeService(store.customers(), store.devices(), store.transactions(), deviceTokens,
                        codeDispatch, login, clock),
                new FindNewDeviceLoginService(store.customers(), store.devices(), store.transactions(), deviceTokens,
                        login, loginStepUps, store.verificationCodes(), clock),
                new ListDevicesService(store.devices(), store.transactions(), deviceTokens),
                new RevokeMyDeviceService(store.devices(), store.transactions(), deviceTokens, deviceRevocation, clock),
                new SignOutOtherDevicesService(store.devices(), store.transactions(), deviceTokens, deviceRevocation,
                        new SignOutElsewhere(store.sessions(), tokens), stepUpGate, clock),
                new ResumeSessionService(store.sessions(), store.transactions(), tokens, clock),
                new ChooseLanguageService(store.sessions(), store.transactions()),
                new LogOutService(store.sessions(), store.transactions()),
                new PurgeEndedSessionsService(store.sessions(), store.transactions(), clock),
                new ForgetExpiredLoginThrottlesService(store.loginThrottles(), store.loginHistory(),
                        store.transactions(), clock),
                new LogInAgentService(store.agents(), passwordLogin),
                new RegisterAgentService(store.agents(), store.transactions(), hasher, tokens, clock),
                new SearchCustomersService(store.customers(), store.transactions()),
                new ViewCustomerDetailsService(store.customers(), store.loginHistory(), store.walletBindings(),
                        store.auditLog(), store.orders(), store.payments(), store.securityEvents(),
                        store.coupons(), store.pointsLedger(), store.paymentPricings(), store.caseNotes(),
                        store.customerTimelineEntries(), store.transactions(), clock),
                new ForceUnbindWalletService(store.walletBindings(), store.agents(), store.auditLog(),
                        store.securityEvents(), store.transactions(), endings, clock),
                new ClearLoginLockService(store.customers(), store.agents(), store.auditLog(), store.securityEvents(),
                        store.transactions(), clock),
                new FreezeAccountService(store.customers(), store.sessions(), store.agents(), store.auditLog(),
                        store.securityEvents(), store.transactions(), withdrawals, clock),
                new RevokeCustomerDeviceService(store.devices(), store.agents(), store.auditLog(), store.transactions(),
                        deviceRevocation, clock),
                new FindCustomersByWalletAccountService(store.walletBindings(), store.customers(), store.transactions()),
                new FindOrderByNumberService(store.orders(), store.payments(), store.transactions()),
                new CheckHealthService(store.health()),
                new ViewPaymentMethodsService(store.walletBindings(), store.transactions(), wallets.bindingPolicy(),
                        clock),
                new StartWalletBindingService(store.customers(), store.walletBindings(), store.transactions(), codes,
                        tokens, wallets, risk, store.riskFacts(), store.walletReconfirmations(),
                        store.pendingReplacements(), driven.walletGateway(), clock),
                new ResendBindingCodeService(store.customers(), store.walletBindings(), store.transactions(), codes,
                        clock),
                new ConfirmBindingCodeService(store.customers(), store.walletBindings(), codes, store.transactions(),
                        clock),
                new OpenWalletAuthorizationService(store.walletBindings(), store.transactions(), driven.walletGateway(),
                        clock),
                new CompleteWalletAuthorizationService(store.customers(), store.walletBindings(),
                        store.securityEvents(), store.usedNonces(), store.transactions(), driven.walletGateway(),
                        endings, wallets, clock),
                new ViewBindingOutcomeService(store.walletBindings(), store.transactions()),
                new CompleteWalletReconfirmationService(store.walletReconfirmations(), store.walletBindings(),
                        store.securityEvents(), store.usedNonces(), store.transactions(), driven.walletGateway(),
                        wallets, clock),
                new UnbindWalletService(store.walletBindings(), store.securityEvents(), store.transactions(),
                        endings, store.riskFacts(), store.walletReconfirmations(), driven.walletGateway(), tokens,
                        wallets.reconfirmOnNewDevice(), clock),
                new SetPreferredWalletService(store.walletBindings(), store.transactions()),
                new ReceiveWalletNoticeService(store.walletBindings(), store.securityEvents(), store.usedNonces(),
                        store.transactions(), driven.walletGateway(), wallets, results, refundRuns, clock),
                new ExpireStaleBindingsService(store.walletBindings(), store.transactions(), clock),
                new MarkAbandonedAlertsService(store.riskAlerts(), store.transactions(), clock),
                new ForgetExpiredNoncesService(store.usedNonces(), store.transactions(), clock),
                new PurgeEndedReplacementsService(store.pendingReplacements(), store.transactions(), clock),
                new CancelPendingAgreementsService(store.walletBindings(), store.transactions(), agreements,
                        clock),
                new StockProductsService(store.products(), store.transactions()),
                new BrowseCatalogService(store.products(), store.transactions()),
                new ViewProductService(store.products(), store.transactions()),
                new ViewCartService(store.carts(), store.products(), store.transactions()),
                new ChangeCartService(store.carts(), store.products(), store.transactions()),
                new SettleCartService(store.carts(), store.products(), store.orders(), store.orderSerials(),
                        driven.secretHasher(), tokens, idempotent, clock),
                new CloseOverdueOrdersService(store.orders(), store.transactions(), checkout, clock),
                new ViewPaymentOptionsService(store.orders(), store.payments(), store.walletBindings(),
                        store.transactions(), store.promotionFacts(), store.paymentPricings(), checkout, clock),
                new PayForOrderService(store.orders(), store.payments(), store.walletBindings(), store.transactions(),
                        driven.walletGateway(), providerAnswers, idempotent, tokens, checkout, risk,
                        store.walletReconfirmations(), wallets.reconfirmOnNewDevice(), promotions, clock),
                new CompletePaymentService(store.payments(), store.transactions(), driven.walletGateway(), results),
                new ViewPaymentService(store.payments(), store.paymentPricings(), store.transactions()),
                new ViewOrderPaymentsService(store.orders(), store.payments(), store.transactions(),
                        store.paymentPricings(), checkout, clock),
                new ListPurchasesService(store.orders(), store.payments(), store.transactions(), checkout, payments,
                        clock),
                new ReconcilePaymentsService(store.payments(), store.transactions(), providerAnswers, doublePayments,
                        payments, now -> refundRuns.retryPending(now, PENDING_REFUNDS_PER_PASS, claimedWork),
                        claimedWork, clock),
                new ForgetExpiredIdempotencyKeysService(store.idempotencyKeys(), clock),
                new ViewOrderForAgentService(store.orders(), store.payments(), store.transactions(),
                        store.customers()),
                new StartStepUpService(stepUpSteps, openFaceCheck, tokens),
                new CheckStepUpService(stepUpGate, store.transactions()),
                new ViewStepUpService(stepUpSteps),
                new SendStepUpCodeService(stepUpSteps),
                new EnterStepUpCodeService(stepUpSteps, codeDispatch),
                openFaceCheck,
                new FinishFaceCheckService(stepUpSteps, driven.faceCheck()),
                new ChangePasswordService(store.customers(), store.devices(), store.sessions(),
                        store.securityEvents(), store.transactions(), hasher, tokens, stepUpGate, passwordCare,
                        lockoutPolicy, clock),
                new StartPhoneChangeService(store.customers(), store.transactions(), codeDispatch, stepUpGate),
                new ConfirmPhoneChangeService(store.customers(), store.sessions(), store.securityEvents(),
                        store.transactions(), codeDispatch, stepUpGate, tokens, clock),
                new StartSelfUnfreezeService(store.customers(), store.transactions(), hasher, passwordLogin, tokens,
                        stepUpSteps, freezeOrigin, lockoutPolicy, clock),
                new UnfreezeMyAccountService(store.customers(), store.securityEvents(), store.transactions(),
                        stepUpGate, freezeOrigin, clock),
                new ViewPasswordReminderService(store.transactions(), passwordCare, settings.passwordReminders(),
                        clock),
                new DismissPasswordReminderService(store.transactions(), passwordCare),
                new AssessLoginRiskService(risk, store.transactions()),
                raiseRiskAlert,
                new RecordRiskAlertOutcomeService(store.riskAlerts(), store.transactions()),
                new ListRiskAlertsService(store.riskAlerts(), store.customers(), store.transactions(), clock),
                new CountOpenRiskAlertsService(store.riskAlerts(), store.transactions()),
                new ViewRiskAlertService(store.riskAlerts(), store.riskHolds(), store.customers(),
                        store.loginHistory(), store.riskFacts(), store.transactions(), clock),
                new ResolveRiskAlertService(store.riskAlerts(), store.agents(), store.auditLog(), freezes, holdLifts,
                        store.transactions(), clock),
                new LiftRiskHoldService(store.riskHolds(), holdLifts, store.agents(), store.transactions(), clock),
                new ViewOffersService(store.campaigns(), store.coupons(), store.promotionFacts(),
                        store.transactions(), clock),
                new ClaimCouponService(store.campaigns(), store.coupons(), idempotent, tokens, clock),
                new ViewMyCouponsService(store.coupons(), store.payments(), store.transactions(), clock),
                new ViewMyPointsService(store.pointsLedger(), store.payments(), store.transactions()),
                new CreateCampaignService(store.campaigns(), store.products(), campaignChanges, store.transactions(),
                        tokens, clock),
                new ChangeCampaignService(campaignChanges, payments.storeZone()),
                new PauseCampaignService(campaignChanges),
                new ResumeCampaignService(campaignChanges),
                new EndCampaignService(campaignChanges),
                new ListCampaignsService(store.campaigns(), store.transactions(), clock),
                new ViewCampaignService(store.campaigns(), store.promotionBudgets(), store.auditLog(),
                        store.transactions(), payments.storeZone(), clock),
                new ViewSignedInAgentService(store.agents(), store.transactions(), clock),
                new ManageAgentsService(store.agents(), store.sessions(), store.auditLog(), store.transactions(),
                        hasher, tokens, clock),
                new ChangeOwnPasswordService(store.agents(), store.auditLog(), store.sessions(), store.transactions(), hasher,
                        lockoutPolicy, clock),
                new SearchAuditLogService(store.agents(), store.auditLog(), store.transactions(),
                        payments.storeZone()),
                new AddCaseNoteService(store.customers(), store.agents(), store.caseNotes(), store.transactions(),
                        clock),
                new ViewDashboardService(store.agents(), store.dashboardFacts(), store.transactions(),
                        payments.storeZone(), clock),
                new PreviewRefundService(store.orders(), store.transactions(), refundDesk),
                new RefundOrderService(store.agents(), store.orders(), store.refundCases(), store.transactions(),
                        tokens, refundDesk),
                new DecideRefundService(store.refundCases(), refundDesk),
                new HandleAfterSalesService(store.refundCases(), refundDesk),
                new ListRefundQueuesService(store.refundCases(), store.transactions(), refundDesk),
                new AskForRefundService(store.orders(), store.refundCases(), store.transactions(), tokens,
                        refundDesk),
                new ViewOrderRefundsService(store.orders(), store.refundCases(), store.transactions(), refundRuns),
                new GrantCompensationService(store.compensations(), store.customers(), store.agents(),
                        store.auditLog(), compensationDelivery, store.transactions(), tokens,
                        settings.compensation(), clock),
                new DecideCompensationService(store.compensations(), store.agents(), store.auditLog(),
                        compensationDelivery, store.transactions(), clock),
                new ViewCompensationsService(store.compensations(), store.customers(), store.coupons(),
                        store.pointsLedger(), store.agents(), compensationDelivery, store.transactions(),
                        settings.compensation(), clock),
                new RollUpDashboardDaysService(store.dashboardRollups(), store.transactions(), payments.storeZone(),
                        clock),
                new ViewCustomerTimelineService(store.customers(), store.customerTimelineEntries(),
                        store.transactions()),
                new SearchCatalogService(store.products(), store.transactions()),
                new CountCartItemsService(store.carts(), store.transactions()));
    }
}
