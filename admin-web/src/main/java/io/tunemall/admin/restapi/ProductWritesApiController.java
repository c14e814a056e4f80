package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.catalog.api.CatalogAdministration;
import io.tunemall.catalog.api.CatalogRejection;
import io.tunemall.catalog.api.EditableProduct;
import io.tunemall.catalog.api.FieldProblem;
import io.tunemall.catalog.api.OptionAxis;
import io.tunemall.catalog.api.ProductDraft;
import io.tunemall.catalog.api.ProductRevision;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.catalog.api.VariantDraft;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating and changing products through the admin API (scope {@code products:write}, staff {@code catalog:write}).
 * Both go through the catalog's {@link CatalogAdministration}, the service the console's product form uses: the same
 * rules, and the same {@code ProductChanged} event (webhook {@code product.updated}, storefront caches cleared).
 */
@RestController
@Tag(name = "Admin products", description = "Products for apps (scope products:read) and staff")
class ProductWritesApiController {

    private static final String PRODUCTS = "/api/v1/admin/products";

    private final CatalogAdministration catalog;
    private final JsonMapper json;

    ProductWritesApiController(CatalogAdministration catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @PostMapping(PRODUCTS)
    @Operation(operationId = "createAdminProduct", summary = "Create a product",
            description = "A product with its options and variants (SKU, price difference, stock). Every problem is"
                    + " answered at once as a 422 with field errors.")
    @ApiResponse(responseCode = "201", description = "The product, Location its address, ETag its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductDetailResource.class)))
    @ApiResponse(responseCode = "400", description = "The body is not valid JSON of this shape")
    @ApiResponse(responseCode = "422", description = "The catalog refuses the product (field errors listed)")
    ResponseEntity<ProductDetailResource> create(@RequestBody NewProductBody body) {
        List<FieldProblem> unreadable = new ArrayList<>();
        ProductDraft draft = draft(body, unreadable);
        if (!unreadable.isEmpty()) {
            // An absent list price is the price's; a problem with it is the price's problem, already reported.
            Set<String> reported = unreadable.stream().map(FieldProblem::field)
                    .collect(Collectors.toCollection(HashSet::new));
            if (body.listPrice() == null) {
                reported.add("listPrice");
            }
            throw new CatalogRejection(withCatalogsOwn(unreadable, reported, catalog.check(null, draft)));
        }
        long id = catalog.create(draft);
        ProductDetailResource created = ProductDetailResource.of(found(id));
        return ResponseEntity.created(URI.create(PRODUCTS + "/" + id)).eTag(ProductETag.of(created, json)).body(created);
    }

    @PatchMapping(PRODUCTS + "/{id}")
    @Operation(operationId = "updateAdminProduct", summary = "Change some of a product's fields",
            description = "Name, prices, status (sale state and visibility), summary, description, category and brand;"
                    + " absent fields keep their values. Send the ETag of GET as If-Match to refuse the change when"
                    + " the product changed meanwhile.")
    @ApiResponse(responseCode = "200", description = "The product after the change, ETag its new version")
    @ApiResponse(responseCode = "400", description = "The body is not valid JSON of this shape")
    @ApiResponse(responseCode = "404", description = "No such product")
    @ApiResponse(responseCode = "409", description = "Without If-Match: the product changed while the request ran")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the product's current ETag")
    @ApiResponse(responseCode = "422", description = "The catalog refuses the change (field errors listed)")
    ResponseEntity<ProductDetailResource> update(@PathVariable long id,
            @Parameter(description = "The ETag of the product as last read") @RequestHeader(name = "If-Match",
                    required = false) String ifMatch,
            @RequestBody ProductChangesBody body) {
        EditableProduct current = found(id);
        boolean conditional = ifMatch != null && !ifMatch.isBlank();
        ProductETag.require(ifMatch, ProductETag.of(ProductDetailResource.of(current), json));
        List<FieldProblem> unreadable = new ArrayList<>();
        ProductRevision revision = new ProductRevision(body.name(), money(body.price(), "price", unreadable),
                money(body.listPrice(), "listPrice", unreadable), body.status(), body.summary(), body.description(),
                body.categoryId(), body.brandId(), body.taxFree());
        if (!unreadable.isEmpty()) {
            throw new CatalogRejection(unreadable);
        }
        try {
            catalog.revise(id, current.version(), revision);
        } catch (CatalogRejection refused) {
            if (refused.problems().stream().anyMatch(problem -> problem.code().equals("changed-meanwhile"))) {
                throw conditional ? ProductETag.stale() : ShopException.conflict("changed-meanwhile",
                        "The product changed while this request ran; read it again");
            }
            throw refused;
        }
        ProductDetailResource changed = ProductDetailResource.of(found(id));
        return ResponseEntity.ok().eTag(ProductETag.of(changed, json)).body(changed);
    }

    /** The catalog's refusals with their field errors, which the shared problem answer would leave out. */
    @ExceptionHandler(CatalogRejection.class)
    ResponseEntity<ProblemDetail> rejected(CatalogRejection rejection, HttpServletRequest request) {
        return CatalogProblems.rejected(rejection, request);
    }

    private EditableProduct found(long id) {
        return catalog.product(id).orElseThrow(() -> ShopException.notFound("product " + id));
    }

    private static ProductDraft draft(NewProductBody body, List<FieldProblem> unreadable) {
        Money price = money(body.price(), "price", unreadable);
        Money listPrice = body.listPrice() == null ? price : money(body.listPrice(), "listPrice", unreadable);
        List<OptionAxis> axes = body.options() == null ? List.of()
                : body.options().stream().map(option -> new OptionAxis(option.name(), option.values())).toList();
        List<VariantDraft> variants = new ArrayList<>();
        List<NewProductBody.VariantBody> sent = body.variants() == null ? List.of() : body.variants();
        for (int i = 0; i < sent.size(); i++) {
            NewProductBody.VariantBody variant = sent.get(i);
            variants.add(new VariantDraft(variant.optionValues(), variant.sku(),
                    money(variant.priceDifference(), "variants[" + i + "].priceDifference", unreadable),
                    variant.stock(), variant.barcode()));
        }
        String slug = body.slug() == null || body.slug().isBlank() ? slugFrom(variants) : body.slug().strip();
        return new ProductDraft(body.name(), slug, body.categoryId(), body.brandId(),
                body.status() == null ? SaleStatus.DRAFT : body.status(), price, listPrice, null, body.summary(),
                body.description(), body.tags(), axes, variants, List.of(), Boolean.TRUE.equals(body.taxFree()));
    }

    /**
     * A slug from the first SKU (TEE-BLK-M gives tee-blk-m), since a Korean name makes no address; the catalog
     * refuses it like any slug when it is taken.
     */
    private static String slugFrom(List<VariantDraft> variants) {
        String sku = variants.isEmpty() || variants.get(0).sku() == null ? "" : variants.get(0).sku();
        String slug = sku.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.matches("[0-9-]*") && !slug.isEmpty() ? "product-" + slug : slug;
    }

    /** Whole won; a negative amount is reported as the field's problem instead of failing the request. */
    private static Money money(Long won, String field, List<FieldProblem> unreadable) {
        if (won == null) {
            return null;
        }
        if (won < 0) {
            unreadable.add(FieldProblem.of(field, "negative"));
            return null;
        }
        return Money.won(won);
    }

    /** Everything wrong at once: what could not be read, then what the catalog finds in the rest. */
    private static List<FieldProblem> withCatalogsOwn(List<FieldProblem> unreadable, Set<String> reported,
            List<FieldProblem> catalogs) {
        List<FieldProblem> all = new ArrayList<>(unreadable);
        catalogs.stream().filter(problem -> !reported.contains(problem.field())).forEach(all::add);
        return all;
    }
}
