package io.tunemall.catalog.search;

import io.tunemall.catalog.product.Products;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes sure a starting node has a whole index: after an upgrade that changed the mapping, on a fresh data directory
 * next to an existing database (a new node, a restored backup), or after products changed while the node was down.
 * Runs once the app is ready, so the demo shop's products are already in the database.
 */
@Component
class SearchIndexStartup {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final ProductSearchIndex index;
    private final Products products;
    private final SearchProperties settings;

    SearchIndexStartup(ProductSearchIndex index, Products products, SearchProperties settings) {
        this.index = index;
        this.products = products;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfNeeded() {
        boolean sameMapping = index.writtenUnderCurrentMapping();
        long documents = index.documentCount();
        long productCount = products.count();
        if (sameMapping && documents == productCount) {
            return;
        }
        log.info("The product search index {} ({} documents, {} products): rebuilding it", sameMapping
                ? "is out of step with the catalog" : "is new or was written by another version of the mapping",
                documents, productCount);
        CompletableFuture<Void> rebuild = index.start(!sameMapping);
        if (productCount <= settings.blockingStartupRebuildUpTo()) {
            try {
                rebuild.join();
            } catch (CompletionException failure) {
                // Logged by the index with its cause; the shop still starts, and admin shows the failure.
                log.warn("Starting without a complete search index");
            }
        }
    }
}
