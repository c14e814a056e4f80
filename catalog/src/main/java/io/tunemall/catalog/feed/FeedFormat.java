package io.tunemall.catalog.feed;

/** How one shopping site wants the feed written: a header, a line per product, a footer. */
interface FeedFormat {

    String header(FeedContext context);

    /** The product's line or XML item, without the trailing line break. */
    String line(FeedProduct product, FeedContext context);

    String footer(FeedContext context);
}
