package io.tunemall.catalog.feed;

import io.tunemall.platform.integration.IntegrationSettings;
import io.tunemall.platform.integration.Integrations;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.shipping.api.ShippingPolicy;
import io.tunemall.shipping.api.ShippingSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps the feeds' lines current: a full build when a feed is switched on (and nightly, for anything missed), and in
 * between a refresh of just the products marked as changed and those whose timed sale began or ended.
 */
@Component
class FeedRefresh {

    private static final int BATCH = 500;

    private final List<ProductFeedIntegration> feeds;
    private final Integrations integrations;
    private final FeedProducts products;
    private final FeedLines lines;
    private final PendingProducts pending;
    private final MediaStore media;
    private final ShippingSettings shipping;
    private final ShopClock clock;

    FeedRefresh(List<ProductFeedIntegration> feeds, Integrations integrations, FeedProducts products,
            FeedLines lines, PendingProducts pending, MediaStore media, ShippingSettings shipping, ShopClock clock) {
        this.feeds = feeds;
        this.integrations = integrations;
        this.products = products;
        this.lines = lines;
        this.pending = pending;
        this.media = media;
        this.shipping = shipping;
        this.clock = clock;
    }

    boolean anyOn() {
        return feeds.stream().anyMatch(feed -> integrations.isOn(feed.id()));
    }

    /** Renders every product of the feed again (of every feed that is on, for a null id). */
    void rebuild(String feedId) {
        Instant startedAt = clock.now();
        for (ProductFeedIntegration feed : on(feedId)) {
            FeedContext context = context(feed);
            long after = 0;
            List<Long> ids;
            do {
                ids = products.idsAfter(after, BATCH);
                render(feed, context, ids, startedAt);
                after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
            } while (ids.size() == BATCH);
            lines.recordFullBuild(feed.id(), startedAt);
        }
    }

    /** Renders the products changed since the last refresh, for every feed that is on. */
    int refreshChanged() {
        Instant startedAt = clock.now();
        List<ProductFeedIntegration> on = on(null);
        if (on.isEmpty()) {
            return 0;
        }
        Set<Long> changed = new LinkedHashSet<>(pending.markedUpTo(startedAt));
        for (ProductFeedIntegration feed : on) {
            lines.refreshedAt(feed.id()).ifPresent(since ->
                    changed.addAll(products.saleBoundariesBetween(since, startedAt)));
        }
        List<Long> ids = new ArrayList<>(changed);
        for (ProductFeedIntegration feed : on) {
            if (lines.fullBuiltAt(feed.id()).isEmpty()) {
                rebuild(feed.id());
                continue;
            }
            FeedContext context = context(feed);
            for (int from = 0; from < ids.size(); from += BATCH) {
                render(feed, context, ids.subList(from, Math.min(ids.size(), from + BATCH)), startedAt);
            }
            lines.recordRefresh(feed.id(), startedAt);
        }
        pending.clearUpTo(ids, startedAt);
        return ids.size();
    }

    private void render(ProductFeedIntegration feed, FeedContext context, List<Long> ids, Instant now) {
        for (FeedProduct product : products.read(ids, now)) {
            lines.put(feed.id(), product.id(), feed.format().line(product, context), product.listed(), now);
        }
    }

    FeedContext context(ProductFeedIntegration feed) {
        IntegrationSettings settings = integrations.settingsIfOn(feed.id()).orElse(IntegrationSettings.NONE);
        String shopUrl = Optional.ofNullable(settings.values().get(ProductFeedIntegration.SHOP_URL)).orElse("")
                .replaceAll("/+$", "");
        ShippingPolicy policy = shipping.policy();
        return new FeedContext(shopUrl, media::url, policy.baseFee(), policy.freeOver());
    }

    private List<ProductFeedIntegration> on(String onlyId) {
        return feeds.stream()
                .filter(feed -> onlyId == null || feed.id().equals(onlyId))
                .filter(feed -> integrations.isOn(feed.id()))
                .toList();
    }
}
