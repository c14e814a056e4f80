package io.tunemall.shipping.api;

import java.util.List;
import java.util.Optional;

/** The carriers shipments go with: the five built-in Korean parcel carriers and the owner's custom ones. */
public interface Carriers {

    /** Every carrier, built-in first, in the order the owner sees them. */
    List<Carrier> all();

    /** The carrier with this code, or with exactly this name (a CSV may say either), ignoring case and spaces. */
    Optional<Carrier> find(String codeOrName);

    /**
     * Adds a carrier of the owner's.
     *
     * @param trackingUrlTemplate an http(s) address holding {@code {tracking}}
     * @throws CarrierRejected when the name is taken or empty, or the address is not usable
     */
    Carrier addCustom(String name, String trackingUrlTemplate, String staffName);

    /**
     * Removes a custom carrier; shipments already sent with it keep its name and tracking link.
     *
     * @throws CarrierRejected for a built-in carrier
     */
    void removeCustom(String code);
}
