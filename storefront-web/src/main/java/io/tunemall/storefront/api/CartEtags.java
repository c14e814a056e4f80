package io.tunemall.storefront.api;

import io.tunemall.platform.error.ShopException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cart's strong ETag: the hash of its representation (lines, quantities, prices, estimate) as the API shows it. Two
 * requests see the same ETag exactly when they would see the same cart, so a client that changes a line with
 * {@code If-Match} learns (412) when the cart changed in between, in another tab or by a price change.
 */
@Component
class CartEtags {

    private final JsonMapper json;

    CartEtags(JsonMapper json) {
        this.json = json;
    }

    String of(CartJson cart) {
        // The notices of one request (a quantity lowered while adding) are not part of the cart's state.
        CartJson state = new CartJson(cart.lines(), cart.estimate(), cart.pricingProblem(), java.util.List.of());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(state)
                    .getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(Arrays.copyOf(hash, 16)) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /**
     * Refuses the change when the client's If-Match names another version of the cart ({@code *} matches any cart
     * that has lines). Without If-Match the change goes ahead: the header is recommended, not required.
     */
    void check(String ifMatch, CartJson current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String etag = of(current);
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::strip)
                .anyMatch(candidate -> candidate.equals(etag) || (candidate.equals("*") && !current.lines().isEmpty()));
        if (!matches) {
            throw new ShopException(412, "precondition-failed", "The cart changed since you read it (its ETag is now "
                    + etag + "); read it again and repeat the change if it still makes sense");
        }
    }
}
