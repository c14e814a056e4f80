// Toss Payments' payment widget (JavaScript SDK v2) on the checkout page. The values come from the data attributes
// that storefront/payment/step.html writes from PaymentStart; nothing here decides an amount: the server confirms
// the amount it computed itself.
(function () {
    'use strict';
    var root = document.querySelector('[data-toss-widget]');
    if (!root) {
        return;
    }
    var p = root.dataset;
    var payButton = root.querySelector('[data-toss-pay]');
    var unavailable = root.querySelector('[data-toss-unavailable]');

    function fail() {
        unavailable.hidden = false;
        payButton.disabled = true;
    }

    if (typeof window.TossPayments !== 'function') {
        fail();
        return;
    }

    function absolute(url) {
        return new URL(url, window.location.origin).toString();
    }

    function optional(target, name, value) {
        if (value) {
            target[name] = value;
        }
    }

    var tossPayments = window.TossPayments(p.clientKey);
    var widgets = tossPayments.widgets({
        customerKey: p.customerKey === 'ANONYMOUS' ? window.TossPayments.ANONYMOUS : p.customerKey
    });

    widgets.setAmount({currency: 'KRW', value: Number(p.amount)})
        .then(function () {
            return Promise.all([
                widgets.renderPaymentMethods({selector: '#toss-payment-methods', variantKey: 'DEFAULT'}),
                widgets.renderAgreement({selector: '#toss-agreement', variantKey: 'AGREEMENT'})
            ]);
        })
        .then(function () {
            payButton.disabled = false;
        })
        .catch(fail);

    payButton.addEventListener('click', function () {
        var request = {
            orderId: p.orderId,
            orderName: p.orderName,
            successUrl: absolute(p.successUrl),
            failUrl: absolute(p.failUrl),
            taxFreeAmount: Number(p.taxFreeAmount || 0)
        };
        optional(request, 'customerName', p.customerName);
        optional(request, 'customerEmail', p.customerEmail);
        optional(request, 'customerMobilePhone', p.customerMobilePhone);
        payButton.disabled = true;
        widgets.requestPayment(request).catch(function () {
            payButton.disabled = false;
        });
    });
})();
