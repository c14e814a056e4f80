package io.tunemall.catalog.feed;

import io.tunemall.sdk.Money;
import java.util.function.UnaryOperator;

/**
 * What every line of a feed shares.
 *
 * @param shopUrl the storefront's public address without a trailing slash, for absolute links
 * @param mediaUrl the URL of a media path, as the shop's media store serves it (relative on the shop's own disk)
 * @param baseFee the shipping fee of the shop's policy
 * @param freeOver the amount from which shipping is free, or null
 */
record FeedContext(String shopUrl, UnaryOperator<String> mediaUrl, Money baseFee, Money freeOver) {

    /** The fee for an order of just this product. */
    Money shippingFee(Money price) {
        return freeOver != null && price.compareTo(freeOver) >= 0 ? Money.ZERO : baseFee;
    }

    String productLink(FeedProduct product) {
        return shopUrl + "/products/" + product.slug();
    }

    String imageLink(FeedProduct product) {
        if (product.imagePath() == null) {
            return "";
        }
        String url = mediaUrl.apply(product.imagePath());
        return url.startsWith("http") ? url : shopUrl + url;
    }
}
