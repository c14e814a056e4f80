package io.tunemall.storefront.api;

import io.tunemall.platform.error.ShopException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of the member's order list: the position of the last order a page showed, which the order
 * module continues after (keyset paging). Clients pass back {@code nextCursor} and never build one themselves.
 */
final class MemberCursor {

    private static final String PREFIX = "m1:";

    private MemberCursor() {
    }

    static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** 0 (the first page) for no cursor. */
    static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            long position = text.startsWith(PREFIX) ? Long.parseLong(text.substring(PREFIX.length())) : -1;
            if (position <= 0) {
                throw new IllegalArgumentException(text);
            }
            return position;
        } catch (IllegalArgumentException unreadable) {
            throw ShopException.invalid("cursor", "The cursor is not one this API handed out");
        }
    }
}
