package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderLookup;
import io.tunemall.platform.error.ShopException;
import io.tunemall.storefront.shopper.Shoppers;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An order for the shopper who placed it: a signed-in member sees their own orders; a guest proves the order with the
 * orderer's phone and the order password, sent as headers so that they never sit in a URL or an access log. A wrong
 * answer is a 404 that never says which part was wrong.
 */
@RestController
@Tag(name = "Storefront orders", description = "Orders for the shopper who placed them")
class StorefrontOrdersApi {

    static final String PHONE = "X-Order-Phone";
    static final String PASSWORD = "X-Order-Password";

    private final OrderLookup lookup;
    private final OrderAdministration orders;
    private final Shoppers shoppers;

    StorefrontOrdersApi(OrderLookup lookup, OrderAdministration orders, Shoppers shoppers) {
        this.lookup = lookup;
        this.orders = orders;
        this.shoppers = shoppers;
    }

    @GetMapping("/api/v1/storefront/orders/{orderNumber}")
    @Operation(operationId = "getOrder", summary = "Read an order",
            description = "A guest sends the orderer's phone and the order password in X-Order-Phone and"
                    + " X-Order-Password; a signed-in member needs neither for their own orders.")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "304", description = "The order is unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "404", description = "No order matches the number, phone and password")
    OrderJson order(@Parameter(description = "The order number, such as 20261123-000123") @PathVariable String orderNumber,
            @Parameter(description = "The orderer's phone (guests)") @RequestHeader(name = PHONE, required = false) String phone,
            @Parameter(description = "The order password (guests)") @RequestHeader(name = PASSWORD, required = false) String password,
            HttpServletResponse response) {
        CartOwner shopper = shoppers.owner(Optional.empty());
        Optional<OrderDetail> order = shopper.member()
                .flatMap(member -> orders.detail(orderNumber).filter(found -> member.equals(found.memberId())))
                .or(() -> phone == null || password == null ? Optional.empty()
                        : lookup.guestOrder(orderNumber, phone, password));
        // Personal data of one shopper: no shared cache may keep it.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        return OrderJson.of(order.orElseThrow(() -> new ShopException(404, "not-found",
                "No order matches this number, phone and password")));
    }

    static String orderPath(String orderNumber) {
        return UriComponentsBuilder.fromPath("/api/v1/storefront/orders/{number}").encode().buildAndExpand(orderNumber)
                .toUriString();
    }
}
