package io.tunemall.catalog.api;

/**
 * An image a product has, with the URLs to show it.
 *
 * @param url the picture itself
 * @param cardUrl the 300 px wide thumbnail (the picture itself when it has no thumbnails)
 * @param detailUrl the 600 px wide thumbnail (the picture itself when it has no thumbnails)
 */
public record StoredImage(long id, String optionValue, String altText, String url, String cardUrl, String detailUrl) {
}
