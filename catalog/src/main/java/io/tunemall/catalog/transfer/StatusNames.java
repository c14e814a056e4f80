package io.tunemall.catalog.transfer;

import io.tunemall.catalog.product.ProductStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Product statuses as a file may name them: the code ({@code ON_SALE}) or the Korean word the admin shows. */
final class StatusNames {

    private static final Map<String, ProductStatus> KOREAN = Map.of(
            "임시저장", ProductStatus.DRAFT,
            "판매중", ProductStatus.ON_SALE,
            "품절", ProductStatus.SOLD_OUT,
            "숨김", ProductStatus.HIDDEN);

    static Optional<ProductStatus> parse(String text) {
        String compact = text.replace(" ", "");
        if (KOREAN.containsKey(compact)) {
            return Optional.of(KOREAN.get(compact));
        }
        try {
            return Optional.of(ProductStatus.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private StatusNames() {
    }
}
