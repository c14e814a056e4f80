package io.tunemall.member.admin;

import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Unmasks go to the platform's audit log, searched there with every other admin action; the data itself never does. */
@Component
class AuditedPiiUnmaskLog implements PiiUnmaskLog {

    static final String ACTION = "member.pii.unmasked";

    private final AuditTrail audit;

    AuditedPiiUnmaskLog(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void unmasked(long memberId, String staffUsername, String reason, String requestId) {
        audit.record(audit.actorNamed(staffUsername), AuditEntry.action(ACTION).on("member", memberId).summary(reason));
    }
}
