package io.tunemall.storefront.product;

import io.tunemall.catalog.api.ProductDetail;
import io.tunemall.catalog.api.ProductDetail.Image;
import io.tunemall.catalog.api.ProductDetail.OptionAxis;
import io.tunemall.catalog.api.ProductDetail.Variant;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a product page shows at one moment for one picked colour: prices in force now, colour swatches, the gallery of
 * the picked colour, and the variants to choose from. Everything the script switches between is in the page, so a
 * page without JavaScript shows the same through {@code ?color=} links.
 *
 * @param colourAxis the axis whose values have their own images (usually 색상), or null
 * @param colour the picked value of that axis, or null
 * @param choiceAxes the names of the other axes, which the variant buttons are labelled by
 */
record ProductPage(ProductDetail product, Money price, Money listPrice, int discountPercent, Instant saleEndsAt,
        String colourAxis, String colour, List<Swatch> swatches, Image mainImage, List<GalleryImage> gallery,
        String choiceAxes, List<Choice> choices) {

    static final String NO_IMAGE = "/img/no-image.svg";

    /** A colour to pick, shown with its first image. */
    record Swatch(String value, String imageUrl, boolean selected, boolean available, String href) {
    }

    /** An image of the gallery; only the picked colour's and the product-wide images are shown. */
    record GalleryImage(String url, String altText, String colour, boolean shown) {
    }

    /** A variant to choose; those of other colours are hidden, sold-out ones disabled. */
    record Choice(long variantId, String sku, String label, String colour, Money priceDifference, boolean available,
            boolean shown) {
    }

    static ProductPage of(ProductDetail product, String requestedColour, Instant now) {
        Optional<OptionAxis> colourAxis = product.imageAxis();
        int colourIndex = colourAxis.map(product.axes()::indexOf).orElse(-1);
        String colour = colourAxis.map(axis -> pickColour(product, axis, colourIndex, requestedColour)).orElse(null);

        List<Swatch> swatches = colourAxis.map(axis -> axis.values().stream()
                .map(value -> new Swatch(value, product.imagesOf(value).stream().findFirst().map(Image::url).orElse(NO_IMAGE),
                        value.equals(colour), product.variants().stream().anyMatch(v -> colourOf(v, colourIndex).equals(value) && v.available()),
                        UriComponentsBuilder.fromPath("/products/{slug}").queryParam("color", value)
                                .encode().buildAndExpand(product.slug()).toUriString()))
                .toList()).orElse(List.of());

        List<Image> shownImages = product.galleryFor(colour);
        List<GalleryImage> gallery = product.images().stream()
                .map(image -> new GalleryImage(image.url(), image.altText(), image.optionValue(), shownImages.contains(image)))
                .toList();
        Image main = shownImages.isEmpty() ? new Image(NO_IMAGE, product.name(), null) : shownImages.get(0);

        List<Choice> choices = new ArrayList<>();
        for (Variant variant : product.variants()) {
            String variantColour = colourIndex < 0 ? null : colourOf(variant, colourIndex);
            choices.add(new Choice(variant.id(), variant.sku(), labelWithout(variant, colourIndex), variantColour,
                    variant.priceDifference(), variant.available(), variantColour == null || variantColour.equals(colour)));
        }
        String choiceAxes = product.axes().stream().filter(axis -> colourAxis.map(c -> !c.equals(axis)).orElse(true))
                .map(OptionAxis::name).collect(Collectors.joining(" / "));

        return new ProductPage(product, product.pricing().priceAt(now), product.pricing().listPrice(),
                product.pricing().discountPercentAt(now), product.pricing().saleEndAt(now),
                colourAxis.map(OptionAxis::name).orElse(null), colour, swatches, main, gallery, choiceAxes, choices);
    }

    /** The requested colour if the product has it; otherwise the first colour that can be bought, or the first. */
    private static String pickColour(ProductDetail product, OptionAxis axis, int index, String requested) {
        if (requested != null && axis.values().contains(requested)) {
            return requested;
        }
        return axis.values().stream()
                .filter(value -> product.variants().stream().anyMatch(v -> colourOf(v, index).equals(value) && v.available()))
                .findFirst().orElse(axis.values().get(0));
    }

    private static String colourOf(Variant variant, int index) {
        return index >= 0 && index < variant.optionValues().size() ? variant.optionValues().get(index) : "";
    }

    /** The variant's values other than its colour (M, or M / 롱); the whole label when that leaves nothing. */
    private static String labelWithout(Variant variant, int colourIndex) {
        List<String> rest = new ArrayList<>(variant.optionValues());
        if (colourIndex >= 0 && colourIndex < rest.size() && rest.size() > 1) {
            rest.remove(colourIndex);
        }
        return String.join(" / ", rest);
    }
}
