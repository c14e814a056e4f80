package io.tunemall.order.cart;

import io.tunemall.platform.time.ShopClock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signs the guest cart cookie ({@code cartId.signature}, HMAC-SHA256) so that a cart id cannot be made up or changed in
 * the browser. The key is made once per shop and kept in the database, so every node signs and checks alike without
 * configuration; it guards cart ids, not personal data.
 */
@Component
class GuestCartTokens {

    private static final Pattern CART_ID = Pattern.compile("[0-9a-f-]{36}");
    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcTemplate jdbc;
    private final ShopClock clock;
    private final AtomicReference<byte[]> key = new AtomicReference<>();

    GuestCartTokens(JdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String token(String cartId) {
        return cartId + "." + signature(cartId);
    }

    Optional<String> cartId(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String cartId = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(cartId).getBytes(StandardCharsets.US_ASCII);
        return CART_ID.matcher(cartId).matches() && MessageDigest.isEqual(given, expected)
                ? Optional.of(cartId) : Optional.empty();
    }

    private String signature(String cartId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(cartId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("The guest cart cookie could not be signed", failure);
        }
    }

    private byte[] key() {
        byte[] known = key.get();
        if (known != null) {
            return known;
        }
        List<String> stored = jdbc.queryForList("SELECT secret FROM cart_cookie_key WHERE id = 1", String.class);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                jdbc.update("INSERT INTO cart_cookie_key (id, secret, created_at) VALUES (1, ?, ?)",
                        Base64.getEncoder().encodeToString(fresh), LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // Its key is the shop's key; read it below.
            }
            stored = jdbc.queryForList("SELECT secret FROM cart_cookie_key WHERE id = 1", String.class);
        }
        byte[] loaded = Base64.getDecoder().decode(stored.get(0));
        key.compareAndSet(null, loaded);
        return key.get();
    }
}
