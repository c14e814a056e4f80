package io.tunemall.catalog.search;

import io.tunemall.catalog.api.SearchBoosterFailure;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.api.SearchSort;
import io.tunemall.platform.tuning.HookChain;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.SearchBooster;
import io.tunemall.sdk.catalog.SearchBoosts;
import io.tunemall.sdk.catalog.SearchRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Asks the modules' boosters for their boosts through the {@link CatalogPoints#SEARCH_BOOSTER} chain: in the modules'
 * order, timed, and under the point's SKIP_AND_LOG policy. A booster that throws (an invalid weight included) or takes
 * too long is skipped for that search, the boosts it added in the failed call are discarded, and its failures are
 * shown in admin (the search index page and the tuning page).
 */
@Component
class SearchBoosting {

    enum Target { TAG, BRAND, CATEGORY, PRODUCT }

    /** One boost: add {@code weight} to the score of matching products whose {@code target} equals {@code value}. */
    record Boost(Target target, String value, float weight) {
    }

    private final HookChains chains;
    private final HookChain<SearchBooster> boosters;

    SearchBoosting(HookChains chains) {
        this.chains = chains;
        this.boosters = chains.chain(CatalogPoints.SEARCH_BOOSTER);
    }

    List<Boost> boostsFor(SearchQuery query) {
        if (query.sort() != SearchSort.RELEVANCE || query.isBlank() || boosters.isEmpty()) {
            return List.of();
        }
        SearchRequest request = new SearchRequest(query.text(), Optional.ofNullable(query.brandId()),
                Optional.ofNullable(query.categoryId()));
        List<Boost> boosts = new ArrayList<>();
        boosters.collect(booster -> {
            Collected collected = new Collected();
            booster.boost(request, collected);
            return collected.boosts;
        }).forEach(boosts::addAll);
        return boosts;
    }

    /** The boosters that failed since this node started, by module. */
    List<SearchBoosterFailure> failures() {
        return chains.reports().stream()
                .filter(point -> point.point().equals(CatalogPoints.SEARCH_BOOSTER.id()))
                .flatMap(point -> point.chain().stream())
                .filter(hook -> hook.failures() > 0)
                .map(hook -> new SearchBoosterFailure(hook.module(), hook.failures(), hook.lastFailure(),
                        hook.lastFailedAt()))
                .sorted(Comparator.comparing(SearchBoosterFailure::booster))
                .toList();
    }

    /** Collects one booster's boosts, so that a booster failing halfway adds none. */
    private static final class Collected implements SearchBoosts {

        private final List<Boost> boosts = new ArrayList<>();

        @Override
        public SearchBoosts tag(String tag, float weight) {
            Objects.requireNonNull(tag, "tag");
            return add(Target.TAG, tag.strip().toLowerCase(Locale.ROOT), weight);
        }

        @Override
        public SearchBoosts brand(long brandId, float weight) {
            return add(Target.BRAND, String.valueOf(brandId), weight);
        }

        @Override
        public SearchBoosts category(long categoryId, float weight) {
            return add(Target.CATEGORY, String.valueOf(categoryId), weight);
        }

        @Override
        public SearchBoosts product(long productId, float weight) {
            return add(Target.PRODUCT, String.valueOf(productId), weight);
        }

        private SearchBoosts add(Target target, String value, float weight) {
            if (!(weight > 0 && weight <= MAX_WEIGHT)) {
                throw new IllegalArgumentException("A search boost weight must be above 0 and at most " + MAX_WEIGHT
                        + ": " + weight);
            }
            boosts.add(new Boost(target, value, weight));
            return this;
        }
    }
}
