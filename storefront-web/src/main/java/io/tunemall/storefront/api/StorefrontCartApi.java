package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.order.api.CartNotice;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.CartUpdate;
import io.tunemall.order.api.CartView;
import io.tunemall.order.api.Carts;
import io.tunemall.storefront.shopper.Shoppers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cart for headless storefronts. A signed-in member (storefront session) works on the member's cart; a guest's
 * cart is named by the signed token the first {@code POST /cart/items} answers with in {@code X-Cart-Token}, which the
 * client sends back on every cart and checkout call. The token is the cart cookie's value, signed by the cart module,
 * so a forged or altered token names no cart.
 */
@RestController
@RequestMapping("/api/v1/storefront/cart")
@Tag(name = "Storefront cart", description = "The shopper's cart, for guests (X-Cart-Token) and signed-in members")
class StorefrontCartApi {

    static final String CART_TOKEN = "X-Cart-Token";

    private final Carts carts;
    private final Shoppers shoppers;
    private final CartEtags etags;

    StorefrontCartApi(Carts carts, Shoppers shoppers, CartEtags etags) {
        this.carts = carts;
        this.shoppers = shoppers;
        this.etags = etags;
    }

    /** @param quantity units to add, 1 when not given */
    @Schema(name = "CartItemToAdd")
    record ItemToAdd(@NotNull Long variantId, @Min(1) @Max(999) Integer quantity) {
    }

    @Schema(name = "CartQuantity")
    record Quantity(@NotNull @Min(1) @Max(999) Integer quantity) {
    }

    @GetMapping
    @Operation(operationId = "getCart", summary = "Read the cart",
            description = "The cart re-checked against the catalog: each line says what changed (price, stock)."
                    + " Answers with a strong ETag; send it as If-None-Match for a 304, or as If-Match when changing a line.")
    @ApiResponse(responseCode = "200", description = "The cart (empty when the token names no cart)",
            headers = @Header(name = HttpHeaders.ETAG, description = "The cart's version", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "The cart is unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "400", description = "A malformed request")
    ResponseEntity<CartJson> cart(@CartTokenParameter @RequestHeader(name = CART_TOKEN, required = false) String token,
            HttpServletResponse response) {
        return answer(carts.view(owner(token)), List.of(), response);
    }

    @PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addCartItem", summary = "Add a variant to the cart",
            description = "Adds units to the line holding the variant (or a new line), at most what is in stock and the"
                    + " shop's per-line limit; `notices` says when the quantity was lowered. A guest without a cart gets"
                    + " one, named by the X-Cart-Token response header.")
    @ApiResponse(responseCode = "200", description = "The cart after adding",
            headers = @Header(name = CART_TOKEN, description = "The guest's cart token; keep it and send it back",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "The body is not valid (field errors listed)")
    @ApiResponse(responseCode = "409", description = "The variant is sold out")
    @ApiResponse(responseCode = "422", description = "The variant cannot be bought, or the cart is full")
    ResponseEntity<CartJson> add(@CartTokenParameter @RequestHeader(name = CART_TOKEN, required = false) String token,
            @Valid @RequestBody ItemToAdd item, HttpServletResponse response) {
        CartUpdate update = carts.add(owner(token), item.variantId(), item.quantity() == null ? 1 : item.quantity());
        update.owner().guestCart().ifPresent(cartId -> response.setHeader(CART_TOKEN, carts.guestToken(cartId)));
        return answer(update.cart(), update.notices(), response);
    }

    @PatchMapping(path = "/items/{lineId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeCartItemQuantity", summary = "Change a line's quantity",
            description = "Sets the quantity, lowered to what can be bought. With If-Match (the ETag of the cart as the"
                    + " client last read it), the change is made only if the cart is still that version.")
    @ApiResponse(responseCode = "200", description = "The cart after the change")
    @ApiResponse(responseCode = "400", description = "The body is not valid (field errors listed)")
    @ApiResponse(responseCode = "404", description = "No such line in this cart")
    @ApiResponse(responseCode = "412", description = "The cart changed since the ETag given in If-Match")
    ResponseEntity<CartJson> changeQuantity(
            @CartTokenParameter @RequestHeader(name = CART_TOKEN, required = false) String token,
            @Parameter(description = "The cart's ETag as last read") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @PathVariable long lineId, @Valid @RequestBody Quantity quantity, HttpServletResponse response) {
        CartOwner owner = owner(token);
        etags.check(ifMatch, CartJson.of(carts.view(owner), List.of(), StorefrontProductsApi::absolute));
        return answer(carts.changeQuantity(owner, lineId, quantity.quantity()), List.of(), response);
    }

    @DeleteMapping("/items/{lineId}")
    @Operation(operationId = "removeCartItem", summary = "Remove a line",
            description = "Removing a line that is not there changes nothing. If-Match works as for changing a quantity.")
    @ApiResponse(responseCode = "200", description = "The cart after the removal")
    @ApiResponse(responseCode = "412", description = "The cart changed since the ETag given in If-Match")
    ResponseEntity<CartJson> remove(@CartTokenParameter @RequestHeader(name = CART_TOKEN, required = false) String token,
            @Parameter(description = "The cart's ETag as last read") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @PathVariable long lineId, HttpServletResponse response) {
        CartOwner owner = owner(token);
        etags.check(ifMatch, CartJson.of(carts.view(owner), List.of(), StorefrontProductsApi::absolute));
        return answer(carts.remove(owner, lineId), List.of(), response);
    }

    private CartOwner owner(String token) {
        return shoppers.owner(Optional.ofNullable(token).filter(value -> !value.isBlank()));
    }

    private ResponseEntity<CartJson> answer(CartView cart, List<CartNotice> notices, HttpServletResponse response) {
        CartJson json = CartJson.of(cart, notices, StorefrontProductsApi::absolute);
        // A cart is one shopper's: no shared cache may keep it. The revalidation filter answers 304 for this ETag.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        return ResponseEntity.ok().eTag(etags.of(json)).body(json);
    }
}
