package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;

/**
 * The step-up pages and the account-security actions that use them: change password, change phone number,
 * unfreeze one's own account, sign out all other devices, and the password reminder's banner.
 */
public record AccountSecurityRoutes(StepUpController stepUp, ChangePasswordController changePassword,
                                    ChangePhoneController changePhone, UnfreezeAccountController unfreeze,
                                    PasswordReminderController passwordReminder,
                                    SignOutOtherDevicesController signOutOtherDevices) {

    void register(RoutesConfig routes) {
        passwordReminder.register(routes);
        stepUp.register(routes);
        changePassword.register(routes);
        changePhone.register(routes);
        unfreeze.register(routes);
        signOutOtherDevices.register(routes);
    }
}
