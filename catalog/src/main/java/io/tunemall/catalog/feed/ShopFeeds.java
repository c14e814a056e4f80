package io.tunemall.catalog.feed;

import io.tunemall.catalog.api.ProductFeeds;
import io.tunemall.platform.integration.Integrations;
import io.tunemall.platform.time.ShopClock;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@Service
class ShopFeeds implements ProductFeeds {

    private static final DateTimeFormatter NAVER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int PAGE = 1000;

    private final List<ProductFeedIntegration> feeds;
    private final Integrations integrations;
    private final FeedRefresh refresh;
    private final FeedLines lines;
    private final ShopClock clock;

    ShopFeeds(List<ProductFeedIntegration> feeds, Integrations integrations, FeedRefresh refresh, FeedLines lines,
            ShopClock clock) {
        this.feeds = feeds;
        this.integrations = integrations;
        this.refresh = refresh;
        this.lines = lines;
        this.clock = clock;
    }

    @Override
    public boolean isOn(String feed) {
        return feeds.stream().anyMatch(candidate -> candidate.id().equals(feed)) && integrations.isOn(feed);
    }

    @Override
    public int refreshChanged() {
        return refresh.refreshChanged();
    }

    @Override
    public void writeFull(String feedId, OutputStream out) throws IOException {
        ProductFeedIntegration feed = on(feedId);
        FeedContext context = refresh.context(feed);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(feed.format().header(context));
        lines.writeListed(feed.id(), writer);
        writer.write(feed.format().footer(context));
        writer.flush();
    }

    @Override
    public void writeNaverSummary(OutputStream out) throws IOException {
        ProductFeedIntegration feed = on(NAVER_EP);
        Instant since = lines.fullBuiltAt(feed.id()).orElse(clock.now());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(String.join("\t", NaverShoppingEp.COLUMNS) + "\tclass\tupdate_time\n");
        long after = 0;
        List<FeedLines.Line> page;
        do {
            page = lines.changedAfter(feed.id(), since, after, PAGE);
            for (FeedLines.Line line : page) {
                String kind = !line.listed() ? "D" : line.createdAt().isAfter(since) ? "I" : "U";
                writer.write(line.text() + "\t" + kind + "\t"
                        + NAVER_TIME.format(line.changedAt().atZone(clock.zone())) + "\n");
                after = line.productId();
            }
        } while (page.size() == PAGE);
        writer.flush();
    }

    private ProductFeedIntegration on(String feedId) {
        return feeds.stream()
                .filter(feed -> feed.id().equals(feedId) && integrations.isOn(feedId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Feed " + feedId + " is off or unknown"));
    }

    /** The feeds the app store lists. */
    @Configuration(proxyBeanMethods = false)
    static class Feeds {

        @Bean
        ProductFeedIntegration naverEpIntegration() {
            return new ProductFeedIntegration(NAVER_EP, new NaverShoppingEp());
        }

        @Bean
        ProductFeedIntegration googleMerchantIntegration() {
            return new ProductFeedIntegration(GOOGLE_MERCHANT, new GoogleMerchantFeed());
        }
    }
}
