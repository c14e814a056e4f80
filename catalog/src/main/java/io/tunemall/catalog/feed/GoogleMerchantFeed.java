package io.tunemall.catalog.feed;

import org.springframework.web.util.HtmlUtils;

/**
 * Google Merchant Center's product feed as RSS 2.0 with the {@code g:} namespace: one {@code <item>} a product with
 * the attributes Merchant Center requires for Korea (id, title, description, link, image link, availability, price
 * in KRW, brand, condition, shipping).
 */
class GoogleMerchantFeed implements FeedFormat {

    @Override
    public String header(FeedContext context) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
                <channel>
                <title>%1$s</title>
                <link>%1$s</link>
                <description>Product feed</description>
                """.formatted(xml(context.shopUrl()));
    }

    @Override
    public String line(FeedProduct product, FeedContext context) {
        StringBuilder item = new StringBuilder("<item>");
        element(item, "g:id", String.valueOf(product.id()));
        element(item, "g:title", product.name());
        element(item, "g:description", product.summary() == null || product.summary().isBlank() ? product.name()
                : product.summary());
        element(item, "g:link", context.productLink(product));
        if (product.imagePath() != null) {
            element(item, "g:image_link", context.imageLink(product));
        }
        element(item, "g:availability", product.inStock() ? "in_stock" : "out_of_stock");
        element(item, "g:price", product.regularPrice().won() + " KRW");
        if (product.price().isLessThan(product.regularPrice())) {
            element(item, "g:sale_price", product.price().won() + " KRW");
        }
        if (product.brand() != null) {
            element(item, "g:brand", product.brand());
        } else {
            element(item, "g:identifier_exists", "no");
        }
        element(item, "g:condition", "new");
        if (!product.categoryPath().isEmpty()) {
            element(item, "g:product_type", String.join(" > ", product.categoryPath()));
        }
        item.append("<g:shipping><g:country>KR</g:country><g:price>")
                .append(context.shippingFee(product.price()).won()).append(" KRW</g:price></g:shipping>");
        return item.append("</item>").toString();
    }

    @Override
    public String footer(FeedContext context) {
        return "</channel>\n</rss>\n";
    }

    private static void element(StringBuilder item, String name, String value) {
        item.append('<').append(name).append('>').append(xml(value)).append("</").append(name).append('>');
    }

    private static String xml(String value) {
        return HtmlUtils.htmlEscape(value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
    }
}
