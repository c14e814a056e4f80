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
 * <h2>How to attach</h2>
 * A {@link io.tunemall.sdk.extension.Hook} on {@link CatalogPoints#SEARCH_BOOSTER}, placed {@code BEFORE} or
 * {@code AFTER} (the platform has no booster of its own, so both run the same; a {@code REPLACE} hook is not called).
 *
 * <h2>Order</h2>
 * Boosters run in the modules' declared order ({@code orderedAfter}), otherwise by module id. Weights from several
 * boosters add up, so the order changes no result; it only makes runs repeatable.
 *
 * <h2>Failure policy</h2>
 * {@link io.tunemall.sdk.extension.FailurePolicy#SKIP_AND_LOG SKIP_AND_LOG}. A booster that throws (an invalid weight
 * included) is logged with its module and skipped for that search: the boosts it added during the failed call are
 * discarded, the other boosters still apply, and the shopper gets results. The shop owner sees failing boosters, with
 * their last error, on the search index page and the tuning page of the admin console.
 *
 * @since 1.0.0
 */
public interface SearchBooster {

    /** Adds boosts for this search, if any apply; must not block on slow calls (it runs inside every search). */
    void boost(SearchRequest request, SearchBoosts boosts);
}
