package io.tunemall.order.pricing;

import io.tunemall.platform.tuning.HookChain;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.sdk.pricing.PriceRule;
import io.tunemall.sdk.pricing.PricingPoints;
import io.tunemall.shipping.api.ShippingFees;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Prices an order, rule after rule, in the order {@link PriceRule} documents for tuning modules: line prices (list,
 * timed sale, option), modules' rules placed before, the platform's discounts (grade, coupon; replaceable by one
 * module), modules' rules placed after, shipping, points.
 */
@Component
public class PricePipeline {

    private final List<PricingRule> linePrices = List.of(new ListPriceRule(), new TimedSaleRule(), new OptionPriceRule());
    private final List<PricingRule> platformDiscounts;
    private final PricingRule shipping;
    private final PricingRule points;
    private final HookChains chains;

    public PricePipeline(PricingInputs inputs, ShippingFees shippingFees, HookChains chains) {
        this.platformDiscounts = List.of(new GradeDiscountRule(inputs.grades()), new CouponDiscountRule(inputs.coupons()));
        this.shipping = new ShippingFeeRule(shippingFees);
        this.points = new PointsRule(inputs.points());
        this.chains = chains;
    }

    /**
     * @throws io.tunemall.platform.tuning.TuningHookFailed when a module's price rule (or fee rule) fails
     */
    public PriceSheet price(PricingRequest request) {
        PriceSheet sheet = new PriceSheet(request);
        linePrices.forEach(rule -> rule.apply(sheet));
        HookChain<PriceRule> modules = chains.chain(PricingPoints.PRICE_RULES);
        modules.runBefore(rule -> rule.apply(sheet));
        modules.replaceOr(rule -> {
            rule.apply(sheet);
            return Boolean.TRUE;
        }, () -> {
            platformDiscounts.forEach(rule -> rule.apply(sheet));
            return Boolean.TRUE;
        });
        modules.runAfter(rule -> rule.apply(sheet));
        shipping.apply(sheet);
        points.apply(sheet);
        return sheet;
    }
}
