package io.tunemall.storefront.account;

import io.tunemall.member.api.ConsentType;
import java.util.EnumSet;
import java.util.Set;

/** The optional consents a form's check boxes stand for. */
final class ConsentChoices {

    private ConsentChoices() {
    }

    static Set<ConsentType> optional(boolean email, boolean sms, boolean push, boolean night) {
        Set<ConsentType> granted = EnumSet.noneOf(ConsentType.class);
        if (email) {
            granted.add(ConsentType.MARKETING_EMAIL);
        }
        if (sms) {
            granted.add(ConsentType.MARKETING_SMS);
        }
        if (push) {
            granted.add(ConsentType.MARKETING_PUSH);
        }
        if (night) {
            granted.add(ConsentType.NIGHT_TIME);
        }
        return granted;
    }
}
