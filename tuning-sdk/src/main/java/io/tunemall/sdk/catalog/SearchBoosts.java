package io.tunemall.sdk.catalog;

/**
 * Where a {@link SearchBooster} puts its boosts. Each method adds {@code weight} to the relevance score of the matching
 * products it names; a weight must be greater than 0 and at most {@value #MAX_WEIGHT}, or the call throws
 * {@link IllegalArgumentException} (and the booster is skipped for that search).
 *
 * @since 1.0.0
 */
public interface SearchBoosts {

    /** The largest weight one boost may add. */
    float MAX_WEIGHT = 1000f;

    /** Products carrying this tag (compared ignoring case). */
    SearchBoosts tag(String tag, float weight);

    /** Products of this brand. */
    SearchBoosts brand(long brandId, float weight);

    /** Products in this category or a category below it. */
    SearchBoosts category(long categoryId, float weight);

    /** This one product. */
    SearchBoosts product(long productId, float weight);
}
