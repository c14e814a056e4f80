package io.tunemall.catalog.search;

import io.tunemall.catalog.api.CategoriesChanged;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.api.ProductsChangedInBulk;
import io.tunemall.catalog.brand.Brand;
import io.tunemall.catalog.brand.Brands;
import io.tunemall.catalog.cache.CatalogCaches;
import io.tunemall.catalog.category.Categories;
import io.tunemall.catalog.category.Category;
import io.tunemall.catalog.product.Product;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.CacheManager;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with changes Hibernate Search does not see as entity changes. Entity edits are indexed by
 * Hibernate Search itself when their transaction commits; these listeners (after commit, recorded in the outbox, so a
 * crash loses nothing) cover bulk SQL updates such as stock changes and imports, and renamed brands and categories,
 * whose names are copied into every product's document.
 */
@Component
class SearchIndexUpdates {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexUpdates.class);
    private static final AggregationKey<Map<String, Long>> KEYS = AggregationKey.of("keys");
    /** Distinct brands or category paths compared per change; far above any real shop's count. */
    private static final int MAX_KEYS = 100_000;
    private static final int BATCH = 100;

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Brands brands;
    private final Categories categories;
    private final CacheManager caches;
    /**
     * Two changes to one product are handled on two threads; without an order the one that read the older row could
     * write last. Each product's reads and index writes (at commit) happen under one of these locks.
     */
    private final List<Lock> productLocks = IntStream.range(0, 64).mapToObj(i -> (Lock) new ReentrantLock()).toList();

    SearchIndexUpdates(EntityManager entityManager, TransactionTemplate transaction, Brands brands,
            Categories categories, CacheManager caches) {
        this.entityManager = entityManager;
        this.transaction = transaction;
        this.brands = brands;
        this.categories = categories;
        this.caches = caches;
    }

    @Async
    @TransactionalEventListener
    void productChanged(ProductChanged change) {
        Lock lock = productLocks.get(Math.floorMod(Long.hashCode(change.productId()), productLocks.size()));
        lock.lock();
        try {
            transaction.executeWithoutResult(status -> {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                Product product = entityManager.find(Product.class, change.productId());
                if (product == null) {
                    plan.purge(Product.class, change.productId(), null);
                } else {
                    plan.addOrUpdate(product);
                }
            });
        } finally {
            lock.unlock();
        }
        // The storefront caches were cleared when the change committed, possibly before this index write.
        caches.getCache(CatalogCaches.SEARCH).clear();
    }

    @Async
    @TransactionalEventListener
    void categoriesChanged(CategoriesChanged change) {
        Set<Long> renamedBrands = staleBrands();
        Set<Long> renamedCategories = staleCategories();
        if (renamedBrands.isEmpty() && renamedCategories.isEmpty()) {
            return;
        }
        log.info("Reindexing the products of renamed brands {} and categories {}", renamedBrands, renamedCategories);
        List<Long> ids = entityManager.createQuery("select p.id from Product p where p.brandId in :brands "
                        + "or p.categoryId in :categories order by p.id", Long.class)
                .setParameter("brands", renamedBrands.isEmpty() ? Set.of(-1L) : renamedBrands)
                .setParameter("categories", renamedCategories.isEmpty() ? Set.of(-1L) : renamedCategories)
                .getResultList();
        reindex(ids);
    }

    /** A bulk import wrote its products with plain JDBC: re-read every product it touched. */
    @Async
    @TransactionalEventListener
    void productsChangedInBulk(ProductsChangedInBulk change) {
        List<Long> ids = entityManager.createQuery("select p.id from Product p where p.updatedAt >= :since order by p.id",
                        Long.class)
                .setParameter("since", change.changedSince())
                .getResultList();
        log.info("Reindexing {} products changed in bulk since {}", ids.size(), change.changedSince());
        reindex(ids);
    }

    private void reindex(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            // Updates, not the mass indexer: it adds documents and would leave the old ones next to the new.
            transaction.executeWithoutResult(status -> {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                entityManager.createQuery("select p from Product p where p.id in :ids", Product.class)
                        .setParameter("ids", batch).getResultList().forEach(plan::addOrUpdate);
            });
        }
        caches.getCache(CatalogCaches.SEARCH).clear();
    }

    /** Brands whose name in some product's document differs from the catalog's. */
    private Set<Long> staleBrands() {
        Map<Long, String> names = brands.findAll().stream().collect(Collectors.toMap(Brand::id, Brand::name));
        Set<Long> stale = new TreeSet<>();
        for (String key : indexedKeys(ProductSearchMapping.BRAND_KEY)) {
            long id = Long.parseLong(key.substring(0, key.indexOf(':')));
            if (!names.containsKey(id) || !key.equals(ProductDocumentBridge.brandKey(id, names.get(id)))) {
                stale.add(id);
            }
        }
        return stale;
    }

    /** Categories whose path (names of it and its parents) in some product's document differs from the catalog's. */
    private Set<Long> staleCategories() {
        Map<Long, Category> byId = categories.findAll().stream()
                .collect(Collectors.toMap(Category::id, Function.identity()));
        Set<Long> stale = new TreeSet<>();
        for (String key : indexedKeys(ProductSearchMapping.CATEGORY_KEY)) {
            long id = Long.parseLong(key.substring(0, key.indexOf(':')));
            String now = ProductDocumentBridge.categoryKey(ProductDocumentBridge.categoryPath(byId::get, id));
            if (!key.equals(now)) {
                stale.add(id);
            }
        }
        return stale;
    }

    private Set<String> indexedKeys(String field) {
        return transaction.execute(status -> Search.session(entityManager).search(Product.class)
                .where(f -> f.matchAll())
                .aggregation(KEYS, f -> f.terms().field(field, String.class).maxTermCount(MAX_KEYS))
                .fetch(0)
                .aggregation(KEYS)
                .keySet());
    }
}
