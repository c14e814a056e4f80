package io.tunemall.catalog.browse;

import io.tunemall.catalog.api.PriceRange;
import io.tunemall.sdk.Money;
import java.util.List;

/** The price bands a listing offers as a facet, in won: where Korean fashion and lifestyle prices fall. */
final class PriceBands {

    static final List<Long> BOUNDS = List.of(10_000L, 30_000L, 50_000L, 100_000L, 200_000L);

    private PriceBands() {
    }

    /** The SQL that numbers the band of a price expression: 0 below the first bound, one more per bound passed. */
    static String bandOf(String priceExpression) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int band = 0; band < BOUNDS.size(); band++) {
            sql.append(" WHEN ").append(priceExpression).append(" < ").append(BOUNDS.get(band)).append(" THEN ").append(band);
        }
        return sql.append(" ELSE ").append(BOUNDS.size()).append(" END").toString();
    }

    static PriceRange range(int band) {
        Money min = band == 0 ? null : Money.won(BOUNDS.get(band - 1));
        Money max = band >= BOUNDS.size() ? null : Money.won(BOUNDS.get(band));
        return new PriceRange(min, max);
    }
}
