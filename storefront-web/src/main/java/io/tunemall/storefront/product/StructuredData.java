package io.tunemall.storefront.product;

import io.tunemall.catalog.api.ProductDetail;
import io.tunemall.catalog.api.ProductDetail.Image;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Product} of a product page as JSON-LD, for search engines' rich results. It goes into a
 * {@code <script type="application/ld+json">} element: a data block, which browsers never execute, so the
 * Content-Security-Policy (scripts from the shop's own files only) does not apply to it.
 */
@Component
class StructuredData {

    private static final String SCHEMA = "https://schema.org/";

    private final JsonMapper json;

    StructuredData(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param absolute turns a path of this shop into an absolute URL
     * @param zone the shop's time zone, for the date a sale price is valid until
     */
    String product(ProductDetail product, String canonicalUrl, UnaryOperator<String> absolute, Instant now, ZoneId zone) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("url", canonicalUrl);
        offer.put("price", String.valueOf(product.lowestPriceAt(now).won()));
        offer.put("priceCurrency", "KRW");
        offer.put("availability", SCHEMA + (product.soldOut() ? "OutOfStock" : "InStock"));
        Instant saleEnds = product.pricing().saleEndAt(now);
        if (saleEnds != null) {
            offer.put("priceValidUntil", saleEnds.atZone(zone).toLocalDate().toString());
        }

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Product");
        data.put("name", product.name());
        data.put("image", product.images().stream().map(Image::url).distinct().map(absolute).toList());
        if (product.summary() != null) {
            data.put("description", product.summary());
        }
        data.put("sku", product.variants().isEmpty() ? String.valueOf(product.id()) : product.variants().get(0).sku());
        if (product.brand() != null) {
            data.put("brand", Map.of("@type", "Brand", "name", product.brand().name()));
        }
        if (!product.breadcrumbs().isEmpty()) {
            data.put("category", String.join(" > ", product.breadcrumbs().stream().map(c -> c.name()).toList()));
        }
        data.put("offers", offer);
        return scriptSafe(json.writeValueAsString(data));
    }

    /**
     * Inside a script element the HTML parser ends the element at the first {@code </script}, whatever JSON says; a
     * product name with {@code </script>} would end it early. {@code <}, {@code >} and {@code &} as JSON escapes
     * read the same to a JSON parser and mean nothing to the HTML parser.
     */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
