package io.tunemall.catalog.cache;

import io.tunemall.catalog.api.CategoriesChanged;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.api.ProductsChangedInBulk;
import java.util.List;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The names of every cache the catalog serves the storefront from, and their eviction: any catalog change clears
 * them all once its transaction commits, on this node directly and on the others through the cache's broadcast.
 * Coarse on purpose: a write in admin is rare next to reads, and a cleared cache refills on the next request.
 */
@Component
public class CatalogCaches {

    public static final String MENU = "catalog.menu";
    public static final String NEW_ARRIVALS = "catalog.new-arrivals";
    public static final String LISTING = "catalog.listing";
    public static final String PRODUCT = "catalog.product";
    public static final String BRANDS = "catalog.brands";
    public static final String SEARCH = "catalog.search";

    static final List<String> ALL = List.of(MENU, NEW_ARRIVALS, LISTING, PRODUCT, BRANDS, SEARCH);

    private final CacheManager caches;

    CatalogCaches(CacheManager caches) {
        this.caches = caches;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void productChanged(ProductChanged change) {
        clearAll();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void categoriesChanged(CategoriesChanged change) {
        clearAll();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void productsChangedInBulk(ProductsChangedInBulk change) {
        clearAll();
    }

    private void clearAll() {
        ALL.stream().map(caches::getCache).forEach(Cache::clear);
    }
}
