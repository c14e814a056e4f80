package io.tunemall.order.cart;

import io.tunemall.order.api.CartLineView;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.CartView;
import io.tunemall.order.pricing.PricePipeline;
import io.tunemall.order.pricing.PricingItem;
import io.tunemall.order.pricing.PricingRequest;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The cart page's estimate: the buyable lines priced by the same pipeline as checkout, without a postal code (the
 * mainland fee), coupon or points. A failing tuning module leaves the cart without an estimate, never without a page.
 */
@Component
class CartEstimates {

    private final PricePipeline pipeline;

    CartEstimates(PricePipeline pipeline) {
        this.pipeline = pipeline;
    }

    CartView estimate(List<CartLineView> lines, List<ReviewedLine> reviewed, CartOwner owner, Instant now) {
        List<PricingItem> items = reviewed.stream().filter(ReviewedLine::buyable)
                .map(line -> new PricingItem(line.variant(), line.orderableQuantity())).toList();
        try {
            return new CartView(lines, pipeline.price(new PricingRequest(items, owner.memberId(), null, null, Money.ZERO,
                    now, Locale.KOREAN)).breakdown(), null);
        } catch (ShopException failed) {
            return new CartView(lines, null, failed.getMessage());
        }
    }
}
