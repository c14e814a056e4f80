package io.tunemall.search;

import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.SearchBooster;
import io.tunemall.sdk.catalog.SearchBoosts;
import io.tunemall.sdk.catalog.SearchRequest;
import io.tunemall.sdk.extension.Hook;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A booster with a bug, running before {@link TagLiftingBooster} (by module id): for the boosters' test word it adds a
 * boost and then throws, so the test sees both that search survives and that the half-made boost is thrown away.
 */
@Configuration(proxyBeanMethods = false)
public class BrokenBooster implements SearchBooster {

    static final String MODULE = "test.broken-booster";

    @Override
    public void boost(SearchRequest request, SearchBoosts boosts) {
        if (request.text().contains(TagLiftingBooster.WORD)) {
            boosts.tag("booster-broken", 500f);
            throw new IllegalStateException("the campaign service is down");
        }
    }

    @Bean
    static Hook<SearchBooster> brokenBoosterHook() {
        return Hook.after(MODULE, CatalogPoints.SEARCH_BOOSTER, new BrokenBooster());
    }
}
