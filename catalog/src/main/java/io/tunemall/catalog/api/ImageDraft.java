package io.tunemall.catalog.api;

/**
 * One image of a product as the owner wants it: either a stored image (by id) that stays, or a new upload.
 *
 * @param storedId the id of an image the product already has, or null for a new upload
 * @param upload the uploaded file, or null for a stored image
 * @param optionValue the option value the picture shows (블랙), or null when it shows the product as a whole
 */
public record ImageDraft(Long storedId, ImageUpload upload, String optionValue, String altText) {

    public static ImageDraft stored(long id, String optionValue, String altText) {
        return new ImageDraft(id, null, optionValue, altText);
    }

    public static ImageDraft uploaded(ImageUpload upload, String optionValue, String altText) {
        return new ImageDraft(null, upload, optionValue, altText);
    }
}
