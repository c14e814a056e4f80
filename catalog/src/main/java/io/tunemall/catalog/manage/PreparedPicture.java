package io.tunemall.catalog.manage;

import io.tunemall.catalog.product.ImageSpec;

/**
 * An uploaded picture checked and converted, not stored yet: the cleaned original and its two thumbnails, under names
 * derived from the upload's content so the same picture uploaded twice is stored once and its URLs never change.
 */
record PreparedPicture(String basePath, String extension, byte[] original, byte[] card, byte[] detail) {

    String originalPath() {
        return basePath + "." + extension;
    }

    String cardPath() {
        return basePath + "-card." + extension;
    }

    String detailPath() {
        return basePath + "-detail." + extension;
    }

    ImageSpec spec(String optionValue, String altText) {
        return new ImageSpec(null, optionValue, originalPath(), cardPath(), detailPath(), altText);
    }
}
