package io.tunemall.member.admin;

/**
 * Where each unmask of a member's personal data is recorded: who, whose, why, in which request. Written to the
 * platform's audit log ({@link AuditedPiiUnmaskLog}), where unmasks are searched with every other admin action.
 */
public interface PiiUnmaskLog {

    /**
     * Records an unmask. Called in the transaction that reads the data, so a failure to record means no unmask.
     *
     * @param memberId whose data was shown
     * @param staffUsername the staff account that asked
     * @param reason what the staff member gave as the reason
     * @param requestId the request's id (X-Request-Id), for tying the entry to the access log
     */
    void unmasked(long memberId, String staffUsername, String reason, String requestId);
}
