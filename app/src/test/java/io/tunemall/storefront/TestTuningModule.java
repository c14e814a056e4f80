package io.tunemall.storefront;

import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ListingContext;
import io.tunemall.sdk.catalog.ListingFilter;
import io.tunemall.sdk.catalog.ProductDetailContributor;
import io.tunemall.sdk.catalog.ProductView;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a tuning module would register, as beans of the shared test context. Each acts only on products with its own
 * tag, so the other tests' pages are untouched.
 */
final class TestTuningModule {

    static final String BLOCKS_TAG = "it-blocks";
    static final String HIDDEN_TAG = "it-hidden";
    static final String FILTER_THROWS_TAG = "it-filter-throws";

    private TestTuningModule() {
    }

    @Component
    static class SizeGuideContributor implements ProductDetailContributor {

        @Override
        public List<ContentBlock> contribute(ProductView product, Locale locale) {
            if (!product.hasTag(BLOCKS_TAG)) {
                return List.of();
            }
            return List.of(new ContentBlock("size-guide", "사이즈 가이드",
                    "<table class=\"size-guide\"><tr><th>M</th><td>" + product.price().won() / 1000 + "</td></tr></table>"));
        }
    }

    /** Runs first and fails: the page must still show, with the other contributors' blocks. */
    @Component
    static class BrokenContributor implements ProductDetailContributor {

        @Override
        public List<ContentBlock> contribute(ProductView product, Locale locale) {
            if (product.hasTag(BLOCKS_TAG)) {
                throw new IllegalStateException("the review service is down");
            }
            return List.of();
        }
    }

    @Component
    static class TodayShippingContributor implements ProductDetailContributor {

        @Override
        public List<ContentBlock> contribute(ProductView product, Locale locale) {
            return product.hasTag(BLOCKS_TAG) ? List.of(new ContentBlock("delivery-note", null, "<p>오늘 출발</p>")) : List.of();
        }
    }

    @Component
    static class HiddenTagFilter implements ListingFilter {

        @Override
        public boolean shows(ProductView product, ListingContext context) {
            return !product.hasTag(HIDDEN_TAG);
        }
    }

    /** Fails on one product; the listing must skip the filter, not lose products. */
    @Component
    static class BrokenFilter implements ListingFilter {

        @Override
        public boolean shows(ProductView product, ListingContext context) {
            if (product.hasTag(FILTER_THROWS_TAG)) {
                throw new IllegalStateException("the region service is down");
            }
            return true;
        }
    }
}
