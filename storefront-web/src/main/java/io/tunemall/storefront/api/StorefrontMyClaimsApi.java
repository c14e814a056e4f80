package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimRequest;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.MyOrders;
import io.tunemall.platform.error.ShopException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns and exchanges of a member's delivered order, as on the storefront's order page: the order is first found
 * among the member's own ({@link MyOrders}), then the claim goes to the order module's {@link Claims} as the
 * shopper's.
 */
@RestController
@Tag(name = "Storefront member account")
class StorefrontMyClaimsApi {

    private static final String CLAIMS = SignedInMember.ME + "/orders/{orderNumber}/claims";

    private final SignedInMember member;
    private final MyOrders orders;
    private final Claims claims;

    StorefrontMyClaimsApi(SignedInMember member, MyOrders orders, Claims claims) {
        this.member = member;
        this.orders = orders;
        this.claims = claims;
    }

    @GetMapping(CLAIMS)
    @Operation(operationId = "listMyOrderClaims", summary = "List the requests made about one of the member's orders",
            description = "Returns, exchanges and cancel requests, oldest first, each with where it is.")
    @ApiResponse(responseCode = "200", description = "The order's claims")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "404", description = "The member has no order with this number")
    MemberClaimJson.ListJson list(@Parameter(description = "The order number") @PathVariable String orderNumber,
            HttpServletResponse response) {
        own(member.id(response), orderNumber);
        return new MemberClaimJson.ListJson(claims.ofOrder(orderNumber).stream().map(MemberClaimJson::of).toList());
    }

    @PostMapping(path = CLAIMS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "requestMyOrderClaim", summary = "Ask to return or exchange delivered lines",
            description = "Between delivery and purchase confirmation. The shop approves or rejects the request; a"
                    + " change of mind makes the member pay the return shipping, taken from the refund.")
    @ApiResponse(responseCode = "201", description = "The request, REQUESTED",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberClaimJson.class)))
    @ApiResponse(responseCode = "400", description = "The body is not valid JSON, or names an unknown kind or reason")
    @ApiResponse(responseCode = "404", description = "The member has no order with this number")
    @ApiResponse(responseCode = "409", description = "The order is not delivered, or its purchase is confirmed"
            + " (`claim-not-allowed`)")
    @ApiResponse(responseCode = "422", description = "kind or reason is missing, kind is not RETURN or EXCHANGE, or a"
            + " line is not one the order can send back")
    ResponseEntity<MemberClaimJson> request(@Parameter(description = "The order number") @PathVariable String orderNumber,
            @RequestBody MemberClaimJson.Form form, HttpServletResponse response) {
        own(member.id(response), orderNumber);
        if (form.kind() != ClaimKind.RETURN && form.kind() != ClaimKind.EXCHANGE) {
            throw ShopException.invalid("claim-kind", "kind is RETURN or EXCHANGE (an order being prepared is"
                    + " cancelled with POST /me/orders/{number}/cancellation)");
        }
        if (form.reason() == null) {
            throw ShopException.invalid("claim-reason", "reason is required");
        }
        return ResponseEntity.status(201).body(MemberClaimJson.of(claims.request(new ClaimRequest(orderNumber,
                form.kind(), form.lines() == null ? List.of() : form.lines(), form.reason(), form.message()),
                Actor.shopper())));
    }

    private void own(long memberId, String orderNumber) {
        orders.order(memberId, orderNumber).orElseThrow(() -> ShopException.notFound("Order " + orderNumber));
    }
}
