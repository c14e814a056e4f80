package io.tunemall.examples.origin;

import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ProductDetailContributor;
import io.tunemall.sdk.catalog.ProductView;
import java.util.List;
import java.util.Locale;

/** Shows the origin of a product tagged {@code origin:<country>} (the owner's tag, until it has a field of its own). */
class OriginBlock implements ProductDetailContributor {

    static final String TAG_PREFIX = "origin:";

    @Override
    public List<ContentBlock> contribute(ProductView product, Locale locale) {
        return product.tags().stream()
                .filter(tag -> tag.startsWith(TAG_PREFIX) && tag.length() > TAG_PREFIX.length())
                .findFirst()
                .map(tag -> List.of(block(tag.substring(TAG_PREFIX.length()), locale)))
                .orElse(List.of());
    }

    static ContentBlock block(String origin, Locale locale) {
        boolean korean = "ko".equals(locale.getLanguage());
        return new ContentBlock("country-of-origin", korean ? "원산지" : "Country of origin",
                "<p class=\"origin\">" + Html.escape(origin) + "</p>");
    }
}
