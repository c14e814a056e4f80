package io.tunemall.payment.lifecycle;

import io.tunemall.payment.setting.PaymentProperties;
import io.tunemall.platform.time.ShopClock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles, on a schedule and on one node at a time (ShedLock), every payment whose confirm got no answer or stalled,
 * and every cancel whose outcome is unknown. The same work runs on demand through {@code Payments.reconcile}.
 */
@Component
public class PaymentReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliationJob.class);
    private static final int BATCH = 100;

    private final PaymentRecords records;
    private final CancelRecords cancels;
    private final PaymentReconciling reconciling;
    private final PaymentCancelling cancelling;
    private final PaymentProperties properties;
    private final ShopClock clock;

    PaymentReconciliationJob(PaymentRecords records, CancelRecords cancels, PaymentReconciling reconciling,
            PaymentCancelling cancelling, PaymentProperties properties, ShopClock clock) {
        this.records = records;
        this.cancels = cancels;
        this.reconciling = reconciling;
        this.cancelling = cancelling;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tunemall.payment.reconcile-every:1m}", initialDelayString = "PT45S")
    @SchedulerLock(name = "payment-reconciliation", lockAtMostFor = "PT10M")
    public void reconcileUnsettled() {
        var stale = clock.now().minus(properties.reconcileAfter());
        for (PaymentRow row : records.unsettled(stale, BATCH)) {
            try {
                reconciling.reconcileNow(row);
            } catch (RuntimeException failure) {
                log.warn("Could not reconcile the payment of order {}: {}", row.orderNumber(), failure.getMessage());
            }
        }
        for (Long paymentId : cancels.paymentsWithUnknownCancels(clock.now(), BATCH)) {
            try {
                cancelling.retryUnknown(paymentId);
            } catch (RuntimeException failure) {
                log.warn("Could not settle the cancels of payment {}: {}", paymentId, failure.getMessage());
            }
        }
    }
}
