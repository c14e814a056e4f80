package io.tunemall.admin.restapi;

import io.tunemall.platform.error.ShopException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strong ETag of a product as the admin API shows it: a hash of the whole answer, so it changes with anything the
 * answer shows (stock sold by orders included) and a 304 for a matching If-None-Match is never stale.
 */
final class ProductETag {

    private ProductETag() {
    }

    static String of(ProductDetailResource product, JsonMapper json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(product)
                    .getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every JVM has SHA-256", missing);
        }
    }

    /** Refuses the change unless {@code ifMatch} (absent, {@code *} or a list of tags) names the product's ETag. */
    static void require(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            if (tag.strip().equals(current)) {
                return;
            }
        }
        throw stale();
    }

    static ShopException stale() {
        return new ShopException(412, "precondition-failed",
                "The product changed since the ETag in If-Match was read; read it again");
    }
}
