package io.tunemall.catalog.transfer;

/**
 * Image references in a file: a path in the shop's media store ({@code products/12/main.jpg}) or the shop's own
 * media URL for it ({@code /media/products/12/main.jpg}). Images on other sites are not fetched: upload them first.
 */
final class MediaPaths {

    private static final String MEDIA_URL_PREFIX = "/media/";

    /** The media path a cell names, or null when it names none. */
    static String fromCell(String cell) {
        String path = cell.startsWith(MEDIA_URL_PREFIX) ? cell.substring(MEDIA_URL_PREFIX.length()) : cell;
        return ProductRules.validMediaPath(path) ? path : null;
    }

    private MediaPaths() {
    }
}
