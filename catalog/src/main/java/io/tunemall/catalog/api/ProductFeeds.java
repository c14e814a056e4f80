package io.tunemall.catalog.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The shopping feeds the owner switched on in the app store, written for the shopping sites that fetch them: Naver
 * Shopping's EP (full and summary) and Google Merchant Center's RSS feed. Written from lines kept current as products
 * change, so writing a feed reads no product.
 */
public interface ProductFeeds {

    String NAVER_EP = "naver-ep";
    String GOOGLE_MERCHANT = "google-merchant";

    boolean isOn(String feed);

    /**
     * Re-renders now the products changed since the last refresh, which otherwise happens every few minutes
     * ({@code tunemall.feeds.refresh-every}).
     *
     * @return how many products were looked at
     */
    int refreshChanged();

    /**
     * Writes the whole feed: every product shoppers can see.
     *
     * @throws IllegalArgumentException for a feed that is off or unknown
     */
    void writeFull(String feed, OutputStream out) throws IOException;

    /**
     * Writes Naver's summary EP: the products that changed since the last full build, each with its class
     * ({@code I} new, {@code U} changed, {@code D} no longer sold) and the time of the change.
     */
    void writeNaverSummary(OutputStream out) throws IOException;
}
