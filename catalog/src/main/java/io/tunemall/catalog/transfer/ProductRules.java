package io.tunemall.catalog.transfer;

import java.util.regex.Pattern;

/** The limits of the catalog tables and the shapes of keys, checked before anything is written. */
final class ProductRules {

    static final int NAME_MAX = 200;
    static final int SLUG_MAX = 220;
    static final int SUMMARY_MAX = 500;
    static final int SKU_MAX = 64;
    static final int BARCODE_MAX = 64;
    static final int AXIS_MAX = 50;
    static final int OPTION_VALUE_MAX = 100;
    static final int OPTION_VALUES_MAX = 300;
    static final int TAG_MAX = 50;
    static final int IMAGE_PATH_MAX = 500;

    /** How a variant's option values are joined in product_variant.option_values, in axis order ("블랙 / M"). */
    static final String VALUE_SEPARATOR = " / ";

    /** A slug is part of a URL: letters (any script), digits, dot, dash and underscore, starting with a letter or digit. */
    static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    /** A SKU or barcode: printable, without spaces. */
    static final Pattern CODE = Pattern.compile("[^\\s\\p{Cntrl}]+");

    /** A media path as stored for images: relative, no way out of the media folder. */
    static final Pattern MEDIA_PATH = Pattern.compile("[^/\\\\\\s][^\\\\\\s]*");

    static boolean validMediaPath(String path) {
        return MEDIA_PATH.matcher(path).matches() && !path.contains("..") && !path.contains("//")
                && !path.contains(":");
    }

    private ProductRules() {
    }
}
