package io.tunemall.admin.restapi;

import io.tunemall.platform.error.ShopException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of admin API lists: callers pass back {@code nextCursor} and never build one themselves. */
final class ListCursor {

    private static final String PREFIX = "v1:";

    private ListCursor() {
    }

    static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            long position = Long.parseLong(text.substring(PREFIX.length()));
            if (position < 0) {
                throw new IllegalArgumentException(text);
            }
            return position;
        } catch (IllegalArgumentException unreadable) {
            throw ShopException.invalid("cursor", "The cursor is not one this API handed out");
        }
    }
}
