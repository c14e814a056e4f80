package io.tunemall.storefront.checkout;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.PaymentChoice;
import io.tunemall.order.api.PaymentRequest;
import io.tunemall.order.api.PaymentStep;
import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.CashReceiptRequest;
import io.tunemall.payment.api.CashReceiptType;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.PaymentSettings;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.Payments;
import java.util.Arrays;
import java.util.List;
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
    private final PaymentSettings settings;

    GatewayPaymentStep(Payments payments, OrderPayments orders, PaymentSettings settings) {
        this.payments = payments;
        this.orders = orders;
        this.settings = settings;
    }

    @Override
    public List<CheckoutProblem> problems(PaymentChoice choice) {
        PaymentMethod method = Arrays.stream(PaymentMethod.values()).filter(m -> m.name().equals(choice.method()))
                .findFirst().orElse(null);
        if (method == null || !settings.options().offers(method)) {
            return List.of(CheckoutProblem.of("payment.method", "payment-method-unavailable"));
        }
        if (!method.isCash() || !choice.wantsCashReceipt()) {
            return List.of();
        }
        CashReceiptType type = Arrays.stream(CashReceiptType.values())
                .filter(t -> t.name().equals(choice.cashReceiptType())).findFirst().orElse(null);
        if (type == null) {
            return List.of(CheckoutProblem.of("payment.cashReceiptType", "cash-receipt-type-unknown"));
        }
        String identity = choice.cashReceiptIdentity() == null ? "" : choice.cashReceiptIdentity();
        // 소득공제 goes to a mobile number or a cash receipt card (13 to 19 digits), 지출증빙 to a business number.
        boolean fits = type == CashReceiptType.EXPENSE_PROOF ? identity.matches("\\d{10}")
                : identity.matches("01\\d{8,9}") || identity.matches("\\d{13,19}");
        return fits ? List.of()
                : List.of(CheckoutProblem.of("payment.cashReceiptIdentity", "cash-receipt-identity-invalid"));
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
        // Asked for with a card payment, a cash receipt has no meaning (the card slip is the receipt): not sent.
        return choice.wantsCashReceipt() && PaymentMethod.valueOf(choice.method()).isCash()
                ? new CashReceiptRequest(CashReceiptType.valueOf(choice.cashReceiptType()), choice.cashReceiptIdentity())
                : null;
    }
}
