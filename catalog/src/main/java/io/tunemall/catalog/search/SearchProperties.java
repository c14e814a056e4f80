package io.tunemall.catalog.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code tunemall.search}; defaults are documented in application.yml.
 *
 * @param blockingStartupRebuildUpTo when the index must be rebuilt on start, a catalog of at most this many products
 *     is indexed before the node takes traffic; a larger one is indexed in the background while the node serves
 * @param loadingThreads threads that load products from the database during a rebuild
 * @param batchSize products loaded per database round trip during a rebuild
 */
@ConfigurationProperties("tunemall.search")
record SearchProperties(
        @DefaultValue("10000") long blockingStartupRebuildUpTo,
        @DefaultValue("2") int loadingThreads,
        @DefaultValue("100") int batchSize) {
}
