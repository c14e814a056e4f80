package io.tunemall.search;

import io.tunemall.sdk.catalog.SearchBooster;
import io.tunemall.sdk.catalog.SearchBoosts;
import io.tunemall.sdk.catalog.SearchRequest;
import org.springframework.stereotype.Component;

/**
 * A booster with a bug, running before {@link TagLiftingBooster}: for the boosters' test word it adds a boost and then
 * throws, so the test sees both that search survives and that the half-made boost is thrown away.
 */
@Component
public class BrokenBooster implements SearchBooster {

    @Override
    public void boost(SearchRequest request, SearchBoosts boosts) {
        if (request.text().contains(TagLiftingBooster.WORD)) {
            boosts.tag("booster-broken", 500f);
            throw new IllegalStateException("the campaign service is down");
        }
    }
}
