package io.tunemall.storefront.payment;

import io.tunemall.payment.api.PaymentCallbacks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where payment gateways send webhooks and callbacks (register
 * {@code https://<shop>/api/v1/storefront/payments/toss/webhook} in the Toss developer center for
 * {@code DEPOSIT_CALLBACK} and {@code PAYMENT_STATUS_CHANGED}). It answers 200 once the callback is verified and
 * applied, so the gateway stops resending; 401 when it cannot be verified.
 */
@RestController
@Tag(name = "Payments", description = "Payment gateway callbacks")
class PaymentWebhookController {

    private final PaymentCallbacks callbacks;

    PaymentWebhookController(PaymentCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @PostMapping(path = "/api/v1/storefront/payments/{gateway}/webhook")
    @Operation(operationId = "receivePaymentWebhook",
            summary = "Receive a payment gateway's webhook or virtual-account deposit callback",
            description = "Called by the gateway, not by storefronts. The body is checked with the gateway itself.")
    @ApiResponse(responseCode = "200", description = "Verified and applied")
    @ApiResponse(responseCode = "401", description = "The callback could not be verified with the gateway")
    ResponseEntity<Void> receive(@PathVariable String gateway, @RequestBody String body, HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        callbacks.receive(gateway, headers, body);
        return ResponseEntity.ok().build();
    }
}
