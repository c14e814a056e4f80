package io.tunemall.search;

import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.SearchBooster;
import io.tunemall.sdk.catalog.SearchBoosts;
import io.tunemall.sdk.catalog.SearchRequest;
import io.tunemall.sdk.extension.Hook;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A tuning module's booster as an agency would write it: lifts products tagged {@value #TAG} for its test's word. */
@Configuration(proxyBeanMethods = false)
public class TagLiftingBooster implements SearchBooster {

    static final String TAG = "booster-campaign";
    static final String WORD = "qzboosterword";

    @Override
    public void boost(SearchRequest request, SearchBoosts boosts) {
        if (request.text().contains(WORD)) {
            boosts.tag(TAG, 100f);
        }
    }

    @Bean
    static Hook<SearchBooster> tagLiftingHook() {
        return Hook.after("test.tag-lifting", CatalogPoints.SEARCH_BOOSTER, new TagLiftingBooster());
    }
}
