package io.tunemall.member.benefit;

import io.tunemall.member.api.BenefitAdminAction;
import io.tunemall.platform.time.ShopClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces every staff write to grades, points and gift cards as a {@link BenefitAdminAction}, in the write's
 * transaction. The admin audit log is not part of the platform yet; when it is, it listens to these events.
 */
@Component
public class AdminActions {

    private final ApplicationEventPublisher events;
    private final ShopClock clock;

    public AdminActions(ApplicationEventPublisher events, ShopClock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Joins the write's transaction; a write that runs its own transactions (re-grading) gets one for the event. */
    @Transactional
    public void record(String staff, String action, String subject, String detail) {
        events.publishEvent(new BenefitAdminAction(staff, action, subject, detail, clock.now()));
    }
}
