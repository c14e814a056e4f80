package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.web.idempotency.IdempotencyKeys;
import io.tunemall.platform.web.idempotency.IdempotentRequest;
import io.tunemall.storefront.shopper.Shoppers;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout for headless storefronts: a preview with every cost before payment, then placing the order, which answers
 * with the order number, its amounts and where the shopper pays. Placing needs an {@code Idempotency-Key}: the same key
 * placed again answers with the same order instead of a second one (the order module keeps the key with the order).
 */
@RestController
@RequestMapping("/api/v1/storefront/checkout")
@Tag(name = "Storefront checkout", description = "Every cost before payment, and placing the order")
class StorefrontCheckoutApi {

    private final Checkout checkout;
    private final OrderAdministration orders;
    private final Shoppers shoppers;
    private final IdempotencyKeys idempotency;

    StorefrontCheckoutApi(Checkout checkout, OrderAdministration orders, Shoppers shoppers, IdempotencyKeys idempotency) {
        this.checkout = checkout;
        this.orders = orders;
        this.shoppers = shoppers;
        this.idempotency = idempotency;
    }

    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "previewCheckout", summary = "Show every cost before payment",
            description = "Prices the cart for the address, coupon and points given: items, grade discount, coupon"
                    + " discount, points, shipping fee, remote-area surcharge and the final amount. Fields may still be"
                    + " missing; nothing is taken or stored.")
    @ApiResponse(responseCode = "200", description = "The checkout as it stands")
    @ApiResponse(responseCode = "400", description = "The body is not valid JSON")
    CheckoutPreviewJson preview(@CartTokenParameter @RequestHeader(name = StorefrontCartApi.CART_TOKEN, required = false) String token,
            @RequestBody CheckoutJson form, Locale locale) {
        return CheckoutPreviewJson.of(checkout.preview(owner(token), form.request(null, locale)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "placeOrder", summary = "Place the order",
            description = "Checks every field, re-checks the cart against the catalog, prices it, takes the stock and"
                    + " stores the order waiting for payment; the ordered lines leave the cart. The answer names the"
                    + " payment step: send the shopper to `payment.redirectUrl`. Repeating the call with the same"
                    + " Idempotency-Key answers with the same order.")
    @ApiResponse(responseCode = "201", description = "The order was placed (or, for a repeated key, had been placed)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlacedOrderJson.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The order's address in this API",
                    schema = @Schema(type = "string")),
                    @Header(name = IdempotencyKeys.REPLAYED_HEADER, description = "true when this is the stored answer"
                            + " to an earlier request with the same key", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "No Idempotency-Key, or the body is not valid JSON")
    @ApiResponse(responseCode = "409", description = "A request with this Idempotency-Key is still being processed")
    @ApiResponse(responseCode = "422", description = "The order was not placed: `errors` lists each field and reason,"
            + " `changes` what changed in the cart (prices, stock); or the key was used with another body")
    ResponseEntity<?> place(
            @CartTokenParameter @RequestHeader(name = StorefrontCartApi.CART_TOKEN, required = false) String token,
            @Parameter(description = "A unique key per order attempt (a UUID), the same on every retry")
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            @RequestBody CheckoutJson form, Locale locale) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new ShopException(400, "idempotency-key-required",
                    "Placing an order needs an Idempotency-Key header (a UUID per order attempt, the same on retries)");
        }
        CartOwner owner = owner(token);
        // Keys are per shopper: the member, or the guest's cart.
        String caller = owner.member().map(id -> "member:" + id)
                .orElseGet(() -> "cart:" + owner.guestCart().orElse("none"));
        return idempotency.once(new IdempotentRequest(caller, idempotencyKey, "POST /api/v1/storefront/checkout", form),
                () -> placed(owner, form.request(idempotencyKey, locale)));
    }

    private ResponseEntity<PlacedOrderJson> placed(CartOwner owner, CheckoutRequest request) {
        List<CheckoutProblem> problems = checkout.check(owner, request);
        if (!problems.isEmpty()) {
            throw new CheckoutRejected(problems, List.of());
        }
        PlacedOrder placed = checkout.place(owner, request);
        PriceBreakdownJson amounts = orders.detail(placed.orderNumber())
                .map(order -> PriceBreakdownJson.of(order.breakdown())).orElse(null);
        PlacedOrderJson.PaymentJson payment = placed.paymentRedirect() == null ? null
                : new PlacedOrderJson.PaymentJson(StorefrontProductsApi.absolute(placed.paymentRedirect()));
        return ResponseEntity.created(URI.create(StorefrontOrdersApi.orderPath(placed.orderNumber())))
                .body(new PlacedOrderJson(placed.orderNumber(), placed.state(), placed.chargedAmount().won(), "KRW",
                        amounts, payment));
    }

    @ExceptionHandler(CheckoutRejected.class)
    ResponseEntity<ProblemDetail> rejected(CheckoutRejected rejected, HttpServletRequest request) {
        return ProblemFields.rejected(rejected, request);
    }

    private CartOwner owner(String token) {
        return shoppers.owner(Optional.ofNullable(token).filter(value -> !value.isBlank()));
    }
}
