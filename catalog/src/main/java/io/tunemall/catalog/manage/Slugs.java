package io.tunemall.catalog.manage;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for slugs, the readable part of a storefront address ({@code /products/wool-coat}): lower-case latin
 * letters, digits and single hyphens. A slug of digits alone is refused because the storefront resolves
 * {@code /products/{id-or-slug}} and would take it for an id.
 */
final class Slugs {

    static final int MAX_LENGTH = 120;
    private static final Pattern URL_SAFE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DIGITS = Pattern.compile("[0-9-]+");

    private Slugs() {
    }

    /** The reason code of what is wrong with the slug, or empty when it is a good one. */
    static Optional<String> problem(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.of("required");
        }
        if (slug.length() > MAX_LENGTH) {
            return Optional.of("too-long");
        }
        if (!URL_SAFE.matcher(slug).matches()) {
            return Optional.of("slug-invalid");
        }
        if (DIGITS.matcher(slug).matches()) {
            return Optional.of("slug-numeric");
        }
        return Optional.empty();
    }
}
