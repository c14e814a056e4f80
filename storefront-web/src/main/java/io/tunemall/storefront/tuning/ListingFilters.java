package io.tunemall.storefront.tuning;

import io.tunemall.catalog.api.ListedProduct;
import io.tunemall.sdk.catalog.ListingContext;
import io.tunemall.sdk.catalog.ListingFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ListingFilter} bean over a page of a listing, with the failure policy the SDK promises: a filter
 * that throws is logged once and skipped for the rest of the request, as if it showed everything.
 */
@Component
public class ListingFilters {

    private static final Logger log = LoggerFactory.getLogger(ListingFilters.class);

    private final List<ListingFilter> filters;

    ListingFilters(List<ListingFilter> filters) {
        this.filters = filters.stream()
                .sorted(Comparator.comparing(filter -> filter.getClass().getName()))
                .toList();
    }

    /** The products of the page that every filter shows, in their order. */
    public List<ListedProduct> shown(List<ListedProduct> page, ListingContext context, Instant now) {
        if (filters.isEmpty()) {
            return page;
        }
        Set<ListingFilter> broken = new HashSet<>();
        List<ListedProduct> shown = new ArrayList<>(page.size());
        for (ListedProduct product : page) {
            if (showsAll(product, context, now, broken)) {
                shown.add(product);
            }
        }
        return shown;
    }

    private boolean showsAll(ListedProduct product, ListingContext context, Instant now, Set<ListingFilter> broken) {
        for (ListingFilter filter : filters) {
            if (broken.contains(filter)) {
                continue;
            }
            try {
                if (!filter.shows(ProductViews.of(product, now), context)) {
                    return false;
                }
            } catch (RuntimeException failure) {
                broken.add(filter);
                log.error("Listing filter {} failed on product {} ({}); skipped for the rest of this listing",
                        filter.getClass().getName(), product.id(), product.slug(), failure);
            }
        }
        return true;
    }
}
