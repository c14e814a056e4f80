package io.tunemall.storefront.checkout;

import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.PaymentChoice;
import io.tunemall.order.api.PaymentRequest;
import io.tunemall.order.api.PaymentStep;
import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.CashReceiptRequest;
import io.tunemall.payment.api.CashReceiptType;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.Payments;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The checkout's payment step through the shop's active gateway. A gateway with its own approval page (the test
 * gateway) gets the shopper sent there; a widget gateway (Toss Payments) is rendered on {@code /checkout/pay}, with
 * the parameters this request keeps for the checkout controller to hand over.
 */
@Component
class GatewayPaymentStep implements PaymentStep {

    static final String STARTED = GatewayPaymentStep.class.getName() + ".started";
    static final String SUCCESS_PATH = "/checkout/payment/success";
    static final String FAIL_PATH = "/checkout/payment/fail";

    private final Payments payments;
    private final OrderPayments orders;

    GatewayPaymentStep(Payments payments, OrderPayments orders) {
        this.payments = payments;
        this.orders = orders;
    }

    @Override
    public String begin(PaymentRequest request) {
        // Gateways' widgets want absolute return addresses: this shop's, as the shopper reached it (outside a
        // request, such as an order placed through the API by a job, the paths alone).
        String shop = RequestContextHolder.getRequestAttributes() == null ? ""
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        PaymentMethod method = PaymentMethod.valueOf(request.payment().method());
        PaymentStart start = payments.begin(new PaymentOrder(request.orderNumber(), request.orderName(),
                request.amount(), request.taxFreeAmount(), request.buyerName(), request.buyerEmail(),
                request.buyerPhone(), shop + SUCCESS_PATH, shop + FAIL_PATH, method, cashReceipt(request.payment())));
        // The order keeps how it is being paid, for the admin's filter and its deposit confirmation.
        orders.paymentBegun(request.orderNumber(), method.name());
        if (start.approval().kind() == ApprovalStep.Kind.REDIRECT) {
            return start.approval().redirectUrl();
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(STARTED, start, RequestAttributes.SCOPE_REQUEST);
        }
        return "/checkout/pay";
    }

    private static CashReceiptRequest cashReceipt(PaymentChoice choice) {
        return choice.wantsCashReceipt() && PaymentMethod.valueOf(choice.method()).isCash()
                ? new CashReceiptRequest(CashReceiptType.valueOf(choice.cashReceiptType()), choice.cashReceiptIdentity())
                : null;
    }
}
