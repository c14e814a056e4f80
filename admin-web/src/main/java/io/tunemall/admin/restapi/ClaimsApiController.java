package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.order.api.ClaimAction;
import io.tunemall.order.api.ClaimView;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.platform.error.ShopException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns and exchanges in the admin API (scopes {@code orders:read}/{@code orders:write}): an order's claims, and the
 * steps staff take on the console (approve, reject, collected, complete). Each step is checked against the claim's
 * state machine and recorded in the order's history with the app or staff member who took it.
 */
@RestController
@Tag(name = "Admin claims", description = "Returns and exchanges for apps (scopes orders:read, orders:write) and staff")
class ClaimsApiController {

    private final Claims claims;
    private final OrderAdministration orders;

    ClaimsApiController(Claims claims, OrderAdministration orders) {
        this.claims = claims;
        this.orders = orders;
    }

    @GetMapping("/api/v1/admin/orders/{number}/claims")
    @Operation(operationId = "listAdminOrderClaims", summary = "List an order's claims",
            description = "The order's returns and exchanges, oldest first, each with the steps allowed now.")
    @ApiResponse(responseCode = "200", description = "The claims")
    @ApiResponse(responseCode = "404", description = "No such order")
    List<ClaimResource> ofOrder(@PathVariable String number) {
        orders.detail(number).orElseThrow(() -> ShopException.notFound("order " + number));
        return claims.ofOrder(number).stream().map(ClaimResource::of).toList();
    }

    @PostMapping("/api/v1/admin/claims/{id}/{step}")
    @Operation(operationId = "stepAdminClaim", summary = "Take a step on a claim",
            description = "step is approve, reject, collect (the items arrived) or complete (a return is refunded and"
                    + " restocked, an exchange re-shipped). The answer is the claim after the step.")
    @ApiResponse(responseCode = "200", description = "The claim after the step")
    @ApiResponse(responseCode = "400", description = "The note is too long")
    @ApiResponse(responseCode = "404", description = "No such claim or step")
    @ApiResponse(responseCode = "409", description = "The claim's state does not allow the step")
    ClaimResource step(@PathVariable long id, @PathVariable String step,
            @RequestBody(required = false) @Valid ClaimStepBody body, Authentication caller) {
        String note = body == null || body.note() == null || body.note().isBlank() ? null : body.note().strip();
        ClaimAction action = action(step);
        ClaimView after = switch (action) {
            case APPROVE -> claims.approve(id, AdminApiCallers.actor(caller), note);
            case REJECT -> claims.reject(id, AdminApiCallers.actor(caller), note);
            case COLLECT -> claims.collect(id, AdminApiCallers.actor(caller), note);
            case COMPLETE -> claims.complete(id, AdminApiCallers.actor(caller), note);
            case WITHDRAW -> throw ShopException.notFound("claim step " + step);
        };
        return ClaimResource.of(after);
    }

    private static ClaimAction action(String step) {
        try {
            return ClaimAction.valueOf(step.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ShopException.notFound("claim step " + step);
        }
    }
}
