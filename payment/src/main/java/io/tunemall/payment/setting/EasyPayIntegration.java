package io.tunemall.payment.setting;

import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOptions;
import io.tunemall.payment.api.PaymentSettings;
import io.tunemall.platform.integration.Integration;
import io.tunemall.platform.integration.IntegrationCategory;
import io.tunemall.platform.integration.IntegrationField;
import io.tunemall.platform.integration.IntegrationSettings;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * NaverPay or KakaoPay in the app store: an easy-pay wallet offered through the shop's gateway (Toss Payments'
 * easy-pay flow), so switching it adds the method to the payment settings and nothing else is needed. The switch and
 * the payment settings are one state: turning the method off in the payment settings shows it off here too.
 */
class EasyPayIntegration implements Integration {

    private final String id;
    private final PaymentMethod method;
    private final PaymentSettings settings;

    EasyPayIntegration(String id, PaymentMethod method, PaymentSettings settings) {
        this.id = id;
        this.method = method;
        this.settings = settings;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public IntegrationCategory category() {
        return IntegrationCategory.PAYMENT;
    }

    @Override
    public List<IntegrationField> fields() {
        return List.of();
    }

    @Override
    public void switched(boolean on, IntegrationSettings ignored, String changedBy) {
        PaymentOptions options = settings.options();
        Set<PaymentMethod> methods = options.methods().isEmpty() ? EnumSet.noneOf(PaymentMethod.class)
                : EnumSet.copyOf(options.methods());
        if (on) {
            methods.add(method);
        } else {
            methods.remove(method);
        }
        settings.change(options.gateway(), methods, options.escrow(), changedBy);
    }

    @Override
    public boolean isOn(boolean recorded) {
        return settings.options().offers(method);
    }
}
