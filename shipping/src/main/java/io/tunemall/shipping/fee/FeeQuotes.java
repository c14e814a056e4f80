package io.tunemall.shipping.fee;

import io.tunemall.platform.tuning.HookChain;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.sdk.shipping.ShippingFee;
import io.tunemall.sdk.shipping.ShippingFeeRule;
import io.tunemall.sdk.shipping.ShippingPoints;
import io.tunemall.sdk.shipping.ShippingRequest;
import io.tunemall.shipping.api.ShippingFees;
import io.tunemall.shipping.api.ShippingSettings;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The owner's policy, then the fee rules of tuning modules around the platform's own adjustment (a grade that ships
 * free), in the order {@link ShippingFeeRule} documents.
 */
@Service
class FeeQuotes implements ShippingFees {

    private final ShippingSettings settings;
    private final HookChains chains;

    FeeQuotes(ShippingSettings settings, HookChains chains) {
        this.settings = settings;
        this.chains = chains;
    }

    @Override
    public ShippingFee quote(ShippingRequest request) {
        HookChain<ShippingFeeRule> rules = chains.chain(ShippingPoints.FEE_RULES);
        ShippingFee[] fee = {PolicyFee.of(settings.policy(), request)};
        rules.runBefore(rule -> fee[0] = Objects.requireNonNull(rule.apply(request, fee[0]), "the rule returned no fee"));
        ShippingFee soFar = fee[0];
        fee[0] = rules.replaceOr(rule -> Objects.requireNonNull(rule.apply(request, soFar), "the rule returned no fee"),
                () -> request.shipsFreeByGrade() ? soFar.withoutBaseFee() : soFar);
        rules.runAfter(rule -> fee[0] = Objects.requireNonNull(rule.apply(request, fee[0]), "the rule returned no fee"));
        return fee[0];
    }
}
