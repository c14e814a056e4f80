package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.catalog.api.CatalogRejection;
import io.tunemall.catalog.api.StockAdjustment;
import io.tunemall.catalog.api.StockAdministration;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.web.idempotency.IdempotencyKeys;
import io.tunemall.platform.web.idempotency.IdempotentRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stock on hand in the admin API, for apps (scopes {@code stock:read}, {@code stock:write}: an ERP or a warehouse
 * system that owns stock need not be allowed to edit products) and staff ({@code catalog:read}/{@code catalog:write}).
 */
@RestController
@Tag(name = "Admin stock", description = "Stock on hand for apps (scopes stock:read, stock:write) and staff")
class StockApiController {

    private static final String ADJUSTMENTS = "/api/v1/admin/stock/adjustments";

    private final StockAdministration stock;
    private final IdempotencyKeys idempotency;

    StockApiController(StockAdministration stock, IdempotencyKeys idempotency) {
        this.stock = stock;
        this.idempotency = idempotency;
    }

    @GetMapping("/api/v1/admin/products/{id}/stock")
    @Operation(operationId = "getAdminProductStock", summary = "Get a product's stock",
            description = "Each variant's SKU, options and units on hand now.")
    @ApiResponse(responseCode = "200", description = "The stock of every variant")
    @ApiResponse(responseCode = "404", description = "No such product")
    StockResource ofProduct(@PathVariable long id) {
        return StockResource.of(id, stock.ofProduct(id).orElseThrow(() -> ShopException.notFound("product " + id)));
    }

    @PostMapping(ADJUSTMENTS)
    @Operation(operationId = "adjustAdminStock", summary = "Correct a SKU's stock",
            description = "By delta units or to exactly setTo units, with a reason for the audit log. A delta never"
                    + " takes stock below zero: two corrections and orders racing for the last units cannot oversell."
                    + " Send an Idempotency-Key to make retries of a delta safe.")
    @ApiResponse(responseCode = "200", description = "The stock before and after", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = StockAdjustedResource.class)))
    @ApiResponse(responseCode = "400", description = "The body or the Idempotency-Key is not valid")
    @ApiResponse(responseCode = "409", description = "The delta would take the stock below zero (nothing changed),"
            + " or a request with this Idempotency-Key is still running")
    @ApiResponse(responseCode = "422", description = "Unknown SKU, no reason, or not exactly one of delta and setTo"
            + " (field errors listed), or the Idempotency-Key was used for another request")
    ResponseEntity<?> adjust(@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
            @RequestBody StockAdjustmentBody body, Authentication caller) {
        return idempotency.once(new IdempotentRequest(AdminApiCallers.keyOwner(caller), key, "POST " + ADJUSTMENTS,
                body), () -> ResponseEntity.ok(StockAdjustedResource.of(stock.adjust(
                        new StockAdjustment(body.sku(), body.delta(), body.setTo(), body.reason())))));
    }

    @ExceptionHandler(CatalogRejection.class)
    ResponseEntity<ProblemDetail> rejected(CatalogRejection rejection, HttpServletRequest request) {
        return CatalogProblems.rejected(rejection, request);
    }
}
