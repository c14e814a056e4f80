package io.tunemall.storefront.feed;

import io.tunemall.catalog.api.ProductFeeds;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The shopping feeds at stable addresses for Naver Shopping and Google Merchant Center to fetch. A feed that is off
 * answers 404, so a shopping site stops listing the shop's products instead of reading stale ones.
 */
@RestController
class FeedController {

    private static final MediaType TSV = MediaType.parseMediaType("text/tab-separated-values;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final ProductFeeds feeds;

    FeedController(ProductFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feeds/naver-ep.tsv")
    ResponseEntity<StreamingResponseBody> naverEp() {
        return feed(ProductFeeds.NAVER_EP, TSV, out -> feeds.writeFull(ProductFeeds.NAVER_EP, out));
    }

    @GetMapping("/feeds/naver-ep-summary.tsv")
    ResponseEntity<StreamingResponseBody> naverSummary() {
        return feed(ProductFeeds.NAVER_EP, TSV, feeds::writeNaverSummary);
    }

    @GetMapping("/feeds/google-merchant.xml")
    ResponseEntity<StreamingResponseBody> googleMerchant() {
        return feed(ProductFeeds.GOOGLE_MERCHANT, XML, out -> feeds.writeFull(ProductFeeds.GOOGLE_MERCHANT, out));
    }

    private ResponseEntity<StreamingResponseBody> feed(String feed, MediaType type, StreamingResponseBody body) {
        if (!feeds.isOn(feed)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(body);
    }
}
