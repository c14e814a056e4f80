package io.tunemall.member.api;

/** Dormant accounts (휴면): the owner's setting, the nightly job, and bringing a member back (docs/members.md). */
public interface DormantAccounts {

    DormancyPolicy policy();

    /** Recorded with the staff member who changed it. */
    void changePolicy(DormancyPolicy policy, String changedBy);

    boolean dormant(long memberId);

    /**
     * Mails a 6-digit restore code to the dormant member's email; called after the member proved who they are with
     * the password or a linked provider login. A new code replaces the last one.
     */
    void sendRestoreCode(long memberId);

    /**
     * Moves the personal data back and unlocks the account.
     *
     * @throws MemberRejection ({@code code}: {@code code-invalid}) for a wrong, expired or exhausted code
     */
    void restore(long memberId, String code);

    /** Sends due notices and makes due accounts dormant; the nightly job calls it, tests may too. */
    DormancyRun run();
}
