package io.tunemall.sdk.catalog;

/**
 * Lifts chosen products in the storefront's search ranking: a season's campaign tag, the shop's own brand, a product
 * the merchandiser wants seen for a word.
 *
 * <h2>When it runs</h2>
 * Once for every storefront or API search ordered by relevance (the default order), before the query runs, on the
 * request's thread. It is not called for searches ordered by price, newness or popularity, nor for autocomplete.
 * Search results are cached until the catalog changes, so a booster must decide from the {@link SearchRequest} alone:
 * boosts that depend on the shopper, the time of day or a random draw would be served to the next shoppers too.
 *
 * <h2>What it may change</h2>
 * Only the order of the matches, by adding weight through {@link SearchBoosts}. It cannot add products that do not
 * match, remove or hide products, or change filters, facet counts or the number of results. A weight adds to the
 * relevance score of every matching product it applies to: a match of the text in a product's name scores roughly
 * 5 to 30, so a weight of 10 moves a product up noticeably and 100 puts it ahead of all unboosted matches.
 *
 * <h2>Order</h2>
 * Boosters run in ascending {@link #order()}, ties broken by class name. Weights from several boosters add up, so
 * the order changes no result; it only makes runs repeatable.
 *
 * <h2>Failure policy</h2>
 * A booster that throws (an invalid weight included) is logged with its class name and skipped for that search: the
 * boosts it added during the failed call are discarded, the other boosters still apply, and the shopper gets results.
 * The shop owner sees failing boosters, with their last error, on the search index page of the admin console.
 *
 * @since 1.0.0
 */
public interface SearchBooster {

    /** Adds boosts for this search, if any apply; must not block on slow calls (it runs inside every search). */
    void boost(SearchRequest request, SearchBoosts boosts);

    /** Lower runs first; 0 by default. */
    default int order() {
        return 0;
    }
}
