package io.tunemall.catalog.search;

import io.tunemall.catalog.api.SearchBoosterFailure;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.api.SearchSort;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.catalog.SearchBooster;
import io.tunemall.sdk.catalog.SearchBoosts;
import io.tunemall.sdk.catalog.SearchRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link SearchBooster} bean for its boosts, under the policy the SDK documents: ascending order, ties by
 * class name; a booster that throws is logged, remembered for the admin console and skipped for that search.
 */
@Component
class SearchBoosting {

    private static final Logger log = LoggerFactory.getLogger(SearchBoosting.class);

    enum Target { TAG, BRAND, CATEGORY, PRODUCT }

    /** One boost: add {@code weight} to the score of matching products whose {@code target} equals {@code value}. */
    record Boost(Target target, String value, float weight) {
    }

    private final ObjectProvider<SearchBooster> boosters;
    private final ShopClock clock;
    private final ConcurrentMap<String, SearchBoosterFailure> failures = new ConcurrentHashMap<>();

    SearchBoosting(ObjectProvider<SearchBooster> boosters, ShopClock clock) {
        this.boosters = boosters;
        this.clock = clock;
    }

    List<Boost> boostsFor(SearchQuery query) {
        if (query.sort() != SearchSort.RELEVANCE || query.isBlank()) {
            return List.of();
        }
        SearchRequest request = new SearchRequest(query.text(), Optional.ofNullable(query.brandId()),
                Optional.ofNullable(query.categoryId()));
        List<Boost> boosts = new ArrayList<>();
        boosters.stream()
                .sorted(Comparator.comparing(SearchBoosting::nameOf))
                .forEach(booster -> boosts.addAll(ask(booster, request)));
        return boosts;
    }

    List<SearchBoosterFailure> failures() {
        return failures.values().stream().sorted(Comparator.comparing(SearchBoosterFailure::booster)).toList();
    }

    private List<Boost> ask(SearchBooster booster, SearchRequest request) {
        Collected collected = new Collected();
        try {
            booster.boost(request, collected);
            return collected.boosts;
        } catch (RuntimeException | LinkageError failure) {
            // LinkageError too: a tuning module built against another SDK fails here, and must fail alone.
            String name = nameOf(booster);
            log.warn("Search booster {} failed and was skipped for the search \"{}\"", name, request.text(), failure);
            failures.merge(name, new SearchBoosterFailure(name, 1, String.valueOf(failure), clock.now()),
                    (before, now) -> new SearchBoosterFailure(name, before.failures() + 1, now.lastError(),
                            now.lastFailedAt()));
            return List.of();
        }
    }

    private static String nameOf(SearchBooster booster) {
        return AopUtils.getTargetClass(booster).getName();
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
