package io.tunemall.catalog.search;

import io.tunemall.catalog.api.CatalogSearchIndex;
import io.tunemall.catalog.api.SearchBoosterFailure;
import io.tunemall.catalog.api.SearchIndexStatus;
import io.tunemall.catalog.api.SearchIndexStatus.State;
import io.tunemall.catalog.cache.CatalogCaches;
import io.tunemall.catalog.product.Product;
import io.tunemall.catalog.product.Products;
import io.tunemall.platform.time.ShopClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.CacheManager;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the product index from the database and tells how far it got. The progress lives here, not in a request,
 * so the admin page shows it again after a reload. One rebuild at a time per node.
 *
 * <p>A rebuild empties the index first (Hibernate Search's mass indexer adds documents; over old ones it would make
 * duplicates), so while it runs searches find only the products written so far. A changed mapping
 * ({@link ProductSearchMapping#VERSION}) drops and recreates the index instead, because Lucene refuses a field whose
 * type changed next to old documents.
 */
@Service
class ProductSearchIndex implements CatalogSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(ProductSearchIndex.class);
    static final String INDEX_ROOT_PROPERTY = "spring.jpa.properties.hibernate.search.backend.directory.root";
    static final String VERSION_FILE = "tunemall-mapping-version";

    private record Rebuild(State state, long total, Instant startedAt, Instant finishedAt, String failure) {
    }

    private final EntityManagerFactory entityManagers;
    private final Products products;
    private final SearchBoosting boosting;
    private final ShopClock clock;
    private final SearchProperties settings;
    private final CacheManager caches;
    private final Optional<Path> versionFile;
    private final AtomicLong done = new AtomicLong();
    private final Object lock = new Object();
    private volatile Rebuild current = new Rebuild(State.IDLE, 0, null, null, null);
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    ProductSearchIndex(EntityManagerFactory entityManagers, Products products, SearchBoosting boosting, ShopClock clock,
            SearchProperties settings, CacheManager caches, Environment environment) {
        this.entityManagers = entityManagers;
        this.products = products;
        this.boosting = boosting;
        this.clock = clock;
        this.settings = settings;
        this.caches = caches;
        // Only the Lucene backend keeps the index in a local directory; Elasticsearch/OpenSearch has none.
        this.versionFile = Optional.ofNullable(environment.getProperty(INDEX_ROOT_PROPERTY))
                .map(root -> Path.of(root).resolve(VERSION_FILE));
    }

    @Override
    public SearchIndexStatus status() {
        Rebuild rebuild = current;
        return new SearchIndexStatus(rebuild.state(), done.get(), rebuild.total(), documentCount(),
                rebuild.startedAt(), rebuild.finishedAt(), rebuild.failure());
    }

    @Override
    public SearchIndexStatus rebuild() {
        start(false);
        return status();
    }

    @Override
    public List<SearchBoosterFailure> boosterFailures() {
        return boosting.failures();
    }

    /** Starts a rebuild, or returns the running one; the future completes when the index is whole again. */
    CompletableFuture<Void> start(boolean fromScratch) {
        synchronized (lock) {
            if (current.state() == State.RUNNING) {
                return running;
            }
            long total = products.count();
            done.set(0);
            current = new Rebuild(State.RUNNING, total, clock.now(), null, null);
            log.info("Rebuilding the product search index{}: {} products", fromScratch ? " from scratch" : "", total);
            MassIndexer indexer = Search.mapping(entityManagers).scope(Product.class).massIndexer()
                    .dropAndCreateSchemaOnStart(fromScratch)
                    .purgeAllOnStart(!fromScratch)
                    .threadsToLoadObjects(settings.loadingThreads())
                    .batchSizeToLoadObjects(settings.batchSize())
                    .mergeSegmentsOnFinish(true)
                    .monitor(new Progress());
            running = indexer.start().toCompletableFuture()
                    .<Void>thenApply(result -> null)
                    .whenComplete((result, failure) -> finish(failure));
            return running;
        }
    }

    long documentCount() {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            return Search.session(entityManager).search(Product.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** Whether the index on disk was written by this version of the mapping (always true without a local index). */
    boolean writtenUnderCurrentMapping() {
        return versionFile.map(file -> Files.isRegularFile(file) && read(file).equals(String.valueOf(
                ProductSearchMapping.VERSION))).orElse(true);
    }

    private void finish(Throwable failure) {
        synchronized (lock) {
            Rebuild rebuild = current;
            current = new Rebuild(failure == null ? State.COMPLETED : State.FAILED, rebuild.total(),
                    rebuild.startedAt(), clock.now(), failure == null ? null : describe(failure));
        }
        if (failure == null) {
            versionFile.ifPresent(ProductSearchIndex::writeVersion);
            log.info("Rebuilt the product search index: {} products", done.get());
        } else {
            log.error("Rebuilding the product search index failed", failure);
        }
        // Searches answered during the rebuild saw a partial index; they must not outlive it in the cache.
        caches.getCache(CatalogCaches.SEARCH).clear();
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException failure) {
            return "";
        }
    }

    /** Without the mark the next start rebuilds from scratch once more: wasteful, not wrong, so a failure only logs. */
    private static void writeVersion(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.valueOf(ProductSearchMapping.VERSION));
        } catch (IOException failure) {
            log.warn("Could not record the search mapping version in {}", file, failure);
        }
    }

    /** Counts written documents; the total was counted before the start, which is what the owner wants to see. */
    private final class Progress implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
