package org.hexmall.adapter.out.sms.simulated;

import java.time.Duration;
import org.hexmall.domain.shared.Language;

/**
 * The text of a verification code message, in the customer's language. It says how long the code is valid,
 * in whole minutes rounded down so that it never promises more time than there is, and warns never to share it.
 */
final class VerificationCodeText {

    private VerificationCodeText() {
    }

    static String of(String digits, Duration validFor, Language language) {
        long minutes = Math.max(1, validFor.toMinutes());
        return switch (language) {
            case ENGLISH -> "【hexmall】Your verification code is " + digits + ". It is valid for " + minutes
                    + (minutes == 1 ? " minute" : " minutes")
                    + ". Never tell it to anyone, not even hexmall staff.";
            case SIMPLIFIED_CHINESE -> "【hexmall】您的验证码为 " + digits + "，" + minutes
                    + " 分钟内有效。请勿告诉任何人，包括 hexmall 工作人员。";
        };
    }
}
