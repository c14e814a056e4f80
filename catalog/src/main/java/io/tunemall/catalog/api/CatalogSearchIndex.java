package io.tunemall.catalog.api;

import java.util.List;

/**
 * The product search index of this node (with the Lucene backend each node has its own; with Elasticsearch or
 * OpenSearch all nodes share one). Kept up to date after every commit; rebuilt from the database on demand.
 */
public interface CatalogSearchIndex {

    /** Where the last or the running rebuild is, and how many products the index holds. */
    SearchIndexStatus status();

    /** Starts rebuilding the whole index from the database in the background, unless a rebuild is already running. */
    SearchIndexStatus rebuild();

    /** Search boosters from tuning modules that failed, with their last error; empty when all behave. */
    List<SearchBoosterFailure> boosterFailures();
}
