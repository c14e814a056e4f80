package io.tunemall.sdk.catalog;

import java.util.Objects;

/**
 * A block of content a tuning module adds to a product page, shown below the product's description under its
 * heading, in the order the contributors run.
 *
 * @param name a stable name for the block, unique on the page (it becomes the block's HTML id,
 *     {@code block-{name}}); letters, digits and dashes
 * @param heading the heading shown above the block, already in the shopper's language; may be null for none
 * @param html the block's markup, inserted as it is: the module is trusted code, so it must escape any text that comes
 *     from shoppers or owners. Scripts in it do not run (the storefront's Content-Security-Policy allows only the
 *     shop's own script files)
 * @since 1.0.0
 */
public record ContentBlock(String name, String heading, String html) {

    public ContentBlock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(html, "html");
        if (!name.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("A block name is 1 to 64 letters, digits or dashes: " + name);
        }
    }
}
