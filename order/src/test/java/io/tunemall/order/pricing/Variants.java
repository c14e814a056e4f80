package io.tunemall.order.pricing;

import io.tunemall.catalog.api.Pricing;
import io.tunemall.catalog.api.Purchasable;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.sdk.Money;
import java.time.Instant;

/** Variants as the catalog would give them, for pricing tests. */
final class Variants {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    private Variants() {
    }

    static Purchasable variant(long id, long price, long listPrice) {
        return variant(id, Pricing.regular(Money.won(price), Money.won(listPrice)), 0);
    }

    static Purchasable variant(long id, Pricing pricing, long optionPrice) {
        return variant(id, 100 + id, 7, null, pricing, optionPrice);
    }

    static Purchasable variant(long id, long productId, long categoryId, Long brandId, Pricing pricing, long optionPrice) {
        return new Purchasable(id, "SKU-" + id, productId, "상품 " + id, "product-" + id, "블랙 / M", categoryId, brandId,
                pricing, Money.won(optionPrice), 50, SaleStatus.ON_SALE, null);
    }

    static PricingRequest request(Long member, PricingItem... items) {
        return new PricingRequest(java.util.List.of(items), member, null, null, Money.ZERO, NOW, java.util.Locale.KOREAN);
    }
}
