package io.tunemall.shipping.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A parcel carrier and its public tracking page.
 *
 * @param code short id: {@code CJ}, {@code LOTTE}, {@code HANJIN}, {@code EPOST}, {@code LOGEN}, or one the shop
 *     gave a custom carrier
 * @param name as shoppers know it (CJ대한통운)
 * @param trackingUrlTemplate the tracking page's address, {@code {tracking}} standing for the tracking number
 * @param builtIn one of the five the platform knows; the owner removes only custom ones
 */
public record Carrier(String code, String name, String trackingUrlTemplate, boolean builtIn) {

    public static final String TRACKING = "{tracking}";

    /** The tracking page of one parcel; the number is URL-encoded, so a typo cannot change the address. */
    public String trackingUrl(String trackingNumber) {
        return trackingUrlTemplate.replace(TRACKING, URLEncoder.encode(trackingNumber.strip(), StandardCharsets.UTF_8));
    }
}
