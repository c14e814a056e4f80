package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.util.Optional;

/** The price bands search results are faceted and filtered by; each includes its lower bound and not its upper. */
public enum SearchPriceBand {
    UNDER_30000(0, 30_000),
    FROM_30000_TO_50000(30_000, 50_000),
    FROM_50000_TO_100000(50_000, 100_000),
    FROM_100000_TO_200000(100_000, 200_000),
    FROM_200000(200_000, -1);

    private final long min;
    private final long max;

    SearchPriceBand(long min, long max) {
        this.min = min;
        this.max = max;
    }

    public Money min() {
        return Money.won(min);
    }

    /** The exclusive upper bound; empty for the top band. */
    public Optional<Money> max() {
        return max < 0 ? Optional.empty() : Optional.of(Money.won(max));
    }
}
