package io.tunemall.storefront;

import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ListingFilter;
import io.tunemall.sdk.catalog.ProductDetailContributor;
import io.tunemall.sdk.extension.Hook;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hooks as tuning modules attach them, as beans of the shared test context (hook beans join the chains like the hooks
 * of installed modules). Each acts only on products with its own tag, so the other tests' pages are untouched.
 */
@Configuration(proxyBeanMethods = false)
class TestTuningModule {

    static final String BLOCKS_TAG = "it-blocks";
    static final String HIDDEN_TAG = "it-hidden";
    static final String FILTER_THROWS_TAG = "it-filter-throws";
    static final String BROKEN_BLOCKS = "test.broken-blocks";
    static final String BROKEN_FILTER = "test.broken-filter";

    @Bean
    Hook<ProductDetailContributor> sizeGuide() {
        return Hook.after("test.size-guide", CatalogPoints.PRODUCT_DETAIL, (product, locale) -> !product.hasTag(BLOCKS_TAG)
                ? List.of()
                : List.of(new ContentBlock("size-guide", "사이즈 가이드",
                        "<table class=\"size-guide\"><tr><th>M</th><td>" + product.price().won() / 1000 + "</td></tr></table>")));
    }

    /** Runs first (by module id) and fails: the page must still show, with the other contributors' blocks. */
    @Bean
    Hook<ProductDetailContributor> brokenBlocks() {
        return Hook.after(BROKEN_BLOCKS, CatalogPoints.PRODUCT_DETAIL, (product, locale) -> {
            if (product.hasTag(BLOCKS_TAG)) {
                throw new IllegalStateException("the review service is down");
            }
            return List.of();
        });
    }

    @Bean
    Hook<ProductDetailContributor> todayShipping() {
        return Hook.after("test.today-shipping", CatalogPoints.PRODUCT_DETAIL, (product, locale) -> product.hasTag(BLOCKS_TAG)
                ? List.of(new ContentBlock("delivery-note", null, "<p>오늘 출발</p>"))
                : List.of());
    }

    @Bean
    Hook<ListingFilter> hiddenTag() {
        return Hook.after("test.hidden-tag", CatalogPoints.LISTING_FILTER, (product, context) -> !product.hasTag(HIDDEN_TAG));
    }

    /** Fails on one product; the listing must show that product, not lose it. */
    @Bean
    Hook<ListingFilter> brokenFilter() {
        return Hook.after(BROKEN_FILTER, CatalogPoints.LISTING_FILTER, (product, context) -> {
            if (product.hasTag(FILTER_THROWS_TAG)) {
                throw new IllegalStateException("the region service is down");
            }
            return true;
        });
    }
}
