package io.tunemall.storefront.tuning;

import io.tunemall.catalog.api.ListedProduct;
import io.tunemall.platform.tuning.HookChain;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.ListingContext;
import io.tunemall.sdk.catalog.ListingFilter;
import io.tunemall.sdk.catalog.ProductView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link CatalogPoints#LISTING_FILTER} chain over a page of a listing: in the modules' order, timed, and
 * under the point's SKIP_AND_LOG policy, so a filter that throws counts as showing the product (a broken filter never
 * empties the shop) and a module that keeps failing is switched off.
 */
@Component
public class ListingFilters {

    private final HookChain<ListingFilter> filters;

    ListingFilters(HookChains chains) {
        this.filters = chains.chain(CatalogPoints.LISTING_FILTER);
    }

    /** The products of the page that every filter shows, in their order. */
    public List<ListedProduct> shown(List<ListedProduct> page, ListingContext context, Instant now) {
        if (filters.isEmpty()) {
            return page;
        }
        List<ListedProduct> shown = new ArrayList<>(page.size());
        for (ListedProduct product : page) {
            ProductView view = ProductViews.of(product, now);
            if (filters.every(filter -> filter.shows(view, context))) {
                shown.add(product);
            }
        }
        return shown;
    }
}
