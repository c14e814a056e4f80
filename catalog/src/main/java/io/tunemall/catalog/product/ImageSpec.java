package io.tunemall.catalog.product;

/**
 * One image of a product as stored: the original and its thumbnails as media-store paths, and the option value it
 * belongs to (블랙), or null for the product as a whole.
 *
 * @param id the stored image's id, or null for an image not saved yet
 * @param optionValue the option value the image shows, or null when it shows the product as a whole
 * @param path the uploaded picture (metadata stripped, at most 2,000 px on its long side)
 * @param cardPath the 300 px wide thumbnail for listing cards, or null when the picture needs none (SVG)
 * @param detailPath the 600 px wide thumbnail for the product page, or null when the picture needs none (SVG)
 * @param altText what the picture shows, for screen readers
 */
public record ImageSpec(Long id, String optionValue, String path, String cardPath, String detailPath, String altText) {

    /** The picture for a listing card: the card thumbnail when there is one. */
    public String cardOrOriginal() {
        return cardPath != null ? cardPath : path;
    }

    /** The picture for the product page: the detail thumbnail when there is one. */
    public String detailOrOriginal() {
        return detailPath != null ? detailPath : path;
    }
}
