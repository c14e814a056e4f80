package io.tunemall.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.CatalogQueries;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.cache.CatalogCaches;
import io.tunemall.support.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CatalogCacheEvictionTest {

    @Autowired
    CatalogQueries catalog;
    @Autowired
    CacheManager caches;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_product_change_clears_the_storefront_caches_once_its_transaction_commits() {
        catalog.categoryMenu();
        catalog.newArrivals(24);
        assertThat(caches.getCache(CatalogCaches.MENU).get(SimpleKey.EMPTY)).isNotNull();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new ProductChanged(1L, Instant.now()));
            assertThat(caches.getCache(CatalogCaches.MENU).get(SimpleKey.EMPTY))
                    .as("still cached until the change is committed").isNotNull();
        });

        assertThat(caches.getCache(CatalogCaches.MENU).get(SimpleKey.EMPTY)).isNull();
        assertThat(caches.getCache(CatalogCaches.NEW_ARRIVALS).get(24)).isNull();
    }

    @Test
    void a_rolled_back_change_leaves_the_caches_alone() {
        catalog.categoryMenu();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new ProductChanged(1L, Instant.now()));
            status.setRollbackOnly();
        });

        assertThat(caches.getCache(CatalogCaches.MENU).get(SimpleKey.EMPTY)).isNotNull();
    }
}
