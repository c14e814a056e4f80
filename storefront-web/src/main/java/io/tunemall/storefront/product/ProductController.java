package io.tunemall.storefront.product;

import io.tunemall.catalog.api.ProductDetail;
import io.tunemall.catalog.api.ProductPages;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.platform.tuning.field.CustomFields;
import io.tunemall.platform.tuning.field.FieldValues;
import io.tunemall.sdk.catalog.ProductView;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.storefront.tuning.ProductDetailBlocks;
import io.tunemall.storefront.tuning.ProductViews;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A product's page: gallery with colour swatches, variants, prices in force now, blocks from tuning modules. */
@Controller
class ProductController {

    private final ProductPages products;
    private final ProductDetailBlocks blocks;
    private final StructuredData structuredData;
    private final ShopClock clock;
    private final CustomFields customFields;

    ProductController(ProductPages products, ProductDetailBlocks blocks, StructuredData structuredData, ShopClock clock,
            CustomFields customFields) {
        this.products = products;
        this.blocks = blocks;
        this.structuredData = structuredData;
        this.clock = clock;
        this.customFields = customFields;
    }

    @GetMapping("/products/{idOrSlug}")
    String product(@PathVariable String idOrSlug, @RequestParam(name = "color", required = false) String colour,
            Locale locale, Model model, HttpServletResponse response) {
        ProductDetail product = products.product(idOrSlug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Instant now = clock.now();
        ProductPage page = ProductPage.of(product, colour, now);
        String canonicalUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/products/{slug}")
                .encode().buildAndExpand(product.slug()).toUriString();
        UnaryOperator<String> absolute = ProductController::absolute;

        model.addAttribute("page", page);
        model.addAttribute("product", product);
        ProductView view = ProductViews.of(product, now);
        model.addAttribute("productView", view);
        model.addAttribute("blocks", blocks.blocksFor(view, locale));
        FieldValues fields = customFields.values(EntityType.PRODUCT, String.valueOf(product.id()));
        model.addAttribute("customFields", fields);
        model.addAttribute("shownFields", customFields.shown(EntityType.PRODUCT, fields, locale));
        model.addAttribute("canonicalUrl", canonicalUrl);
        model.addAttribute("imageUrl", absolute.apply(page.mainImage().url()));
        model.addAttribute("saleEnds", page.saleEndsAt() == null ? null : page.saleEndsAt().atZone(clock.zone()));
        model.addAttribute("jsonLd", structuredData.product(product, canonicalUrl, absolute, now, clock.zone()));
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, product.lastChangedAt(now).toEpochMilli());
        return "storefront/product";
    }

    /** Media paths of this shop become absolute URLs; URLs of a media store elsewhere (a CDN) stay as they are. */
    private static String absolute(String url) {
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + url;
    }
}
