package io.tunemall.payment.setting;

import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.gateway.PaymentGateway;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The gateways of this installation by id: every {@link PaymentGateway} bean. */
@Component
public class PaymentGateways {

    private final Map<String, PaymentGateway> byId = new LinkedHashMap<>();

    PaymentGateways(List<PaymentGateway> gateways) {
        for (PaymentGateway gateway : gateways) {
            if (byId.putIfAbsent(gateway.id(), gateway) != null) {
                throw new IllegalStateException("Two payment gateways have the id " + gateway.id());
            }
        }
    }

    /** @throws PaymentRejected when there is no such gateway (it was configured once and no longer is) */
    public PaymentGateway get(String id) {
        PaymentGateway gateway = byId.get(id);
        if (gateway == null) {
            throw PaymentRejected.conflict("payment-gateway-unknown", "No payment gateway '" + id
                    + "' is configured on this installation (configured: " + String.join(", ", byId.keySet()) + ")");
        }
        return gateway;
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
