package io.tunemall.member.benefit;

import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every staff change to grades, points and gift cards to the admin audit log, in the change's transaction, so
 * a change that rolls back leaves no entry and a recorded entry always has its change.
 */
@Component
public class AdminActions {

    private final AuditTrail audit;

    public AdminActions(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * @param action what was done, such as {@code points.adjust} or {@code gift-cards.issue}
     * @param subject what it was done to, as {@code type:id}, such as {@code member:42} or {@code gift-card-batch:7}
     * @param detail the values, in plain words (never personal data)
     */
    @Transactional
    public void record(String staff, String action, String subject, String detail) {
        int colon = subject.indexOf(':');
        AuditEntry entry = AuditEntry.action("benefits." + action).summary(detail);
        if (colon > 0) {
            entry = entry.on(subject.substring(0, colon), subject.substring(colon + 1));
        }
        audit.record(audit.actorNamed(staff), entry);
    }
}
