package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A band of prices, from {@code min} (inclusive) up to {@code max} (exclusive); either end may be open (null). In a
 * URL it reads {@code 30000-50000}, {@code -10000} or {@code 200000-}.
 */
public record PriceRange(Money min, Money max) implements Serializable {

    private static final Pattern PARAM = Pattern.compile("(\\d{0,12})-(\\d{0,12})");

    public PriceRange {
        if (min != null && max != null && !max.isGreaterThan(min)) {
            throw new IllegalArgumentException("A price range must end above its start: " + min + "-" + max);
        }
    }

    /** The range a URL parameter names; empty when the text is no range. */
    public static Optional<PriceRange> fromParam(String param) {
        if (param == null) {
            return Optional.empty();
        }
        Matcher matcher = PARAM.matcher(param.trim());
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return Optional.empty();
        }
        Money min = matcher.group(1).isEmpty() ? null : Money.won(Long.parseLong(matcher.group(1)));
        Money max = matcher.group(2).isEmpty() ? null : Money.won(Long.parseLong(matcher.group(2)));
        if (min != null && max != null && !max.isGreaterThan(min)) {
            return Optional.empty();
        }
        return Optional.of(new PriceRange(min, max));
    }

    public String param() {
        return (min == null ? "" : String.valueOf(min.won())) + "-" + (max == null ? "" : String.valueOf(max.won()));
    }

    public boolean contains(Money price) {
        return (min == null || !price.isLessThan(min)) && (max == null || price.isLessThan(max));
    }
}
