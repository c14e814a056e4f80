package io.tunemall.payment.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the shop takes payments.
 *
 * @param gateway the id of the active gateway: new payments begin there ("test" or "toss")
 * @param methods the payment methods the shop offers
 * @param escrow whether bank-transfer and virtual-account payments use the gateway's escrow (구매안전서비스); the
 *        storefront footer then shows the escrow notice
 * @param availableGateways the gateways this installation has (configured), for the owner to choose from
 */
public record PaymentOptions(String gateway, Set<PaymentMethod> methods, boolean escrow, List<String> availableGateways) {

    public PaymentOptions {
        Objects.requireNonNull(gateway, "gateway");
        methods = Set.copyOf(methods);
        availableGateways = availableGateways == null ? List.of() : List.copyOf(availableGateways);
    }

    public boolean offers(PaymentMethod method) {
        return methods.contains(method);
    }
}
