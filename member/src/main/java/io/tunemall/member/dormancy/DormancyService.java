package io.tunemall.member.dormancy;

import io.tunemall.platform.db.DbTime;
import io.tunemall.member.MemberProperties;
import io.tunemall.member.account.MemberAccount;
import io.tunemall.member.account.Members;
import io.tunemall.member.api.DormancyPolicy;
import io.tunemall.member.api.DormancyRun;
import io.tunemall.member.api.DormantAccounts;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.mail.MemberMail;
import io.tunemall.member.settings.MemberSettings;
import io.tunemall.platform.time.ShopClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dormant accounts. The job looks at each active member's last activity (last login, or joining for a member who
 * never logged in): 30 days before the owner's period ends it mails a notice and records it; once the period has
 * ended and a notice for that same activity is at least 30 days old, it moves the personal data to member_dormant and
 * locks the account. A member made dormant comes back by logging in (password or linked provider) and entering a
 * code mailed to the address kept in the dormant store. Each member is handled in a transaction of its own, so one
 * failure does not undo the rest.
 */
@Service
class DormancyService implements DormantAccounts {

    private static final Logger log = LoggerFactory.getLogger(DormancyService.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final Members members;
    private final DormantRecords dormant;
    private final MemberSettings settings;
    private final MemberMail mail;
    private final MemberProperties properties;
    private final TransactionTemplate transactions;
    private final ShopClock clock;
    private final SecureRandom random = new SecureRandom();

    DormancyService(JdbcTemplate jdbc, Members members, DormantRecords dormant, MemberSettings settings,
            MemberMail mail, MemberProperties properties, TransactionTemplate transactions, ShopClock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.dormant = dormant;
        this.settings = settings;
        this.mail = mail;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DormancyPolicy policy() {
        return settings.dormancyPolicy();
    }

    @Override
    public void changePolicy(DormancyPolicy policy, String changedBy) {
        settings.changeDormancyPolicy(policy, changedBy);
    }

    @Override
    public boolean dormant(long memberId) {
        return members.findById(memberId).map(MemberAccount::dormant).orElse(false);
    }

    @Override
    public void sendRestoreCode(long memberId) {
        String code = "%06d".formatted(random.nextInt(1_000_000));
        String to = transactions.execute(status -> {
            DormantRecord record = dormant.findById(memberId).orElseThrow(
                    () -> MemberRejection.of("", "not-dormant"));
            record.newCode(hash(memberId, code), clock.now().plus(properties.restoreCodeValidFor()));
            return record.email();
        });
        if (to != null) {
            mail.restoreCode(memberId, to, code, properties.restoreCodeValidFor().toMinutes());
        }
    }

    @Override
    public void restore(long memberId, String code) {
        Instant now = clock.now();
        // The attempt counter must survive a wrong code, so the check commits on its own.
        boolean accepted = Boolean.TRUE.equals(transactions.execute(status -> dormant.findById(memberId)
                .map(record -> record.accepts(hash(memberId, code == null ? "" : code.strip()), now))
                .orElse(false)));
        if (!accepted) {
            throw MemberRejection.of("code", "code-invalid");
        }
        transactions.executeWithoutResult(status -> {
            DormantRecord record = dormant.findById(memberId).orElseThrow();
            MemberAccount account = members.findById(memberId).orElseThrow();
            account.restore(record.data(), now);
            dormant.delete(record);
        });
        log.info("Member {} restored from dormancy", memberId);
    }

    @Override
    public DormancyRun run() {
        DormancyPolicy policy = settings.dormancyPolicy();
        if (!policy.enabled()) {
            return new DormancyRun(0, 0);
        }
        ZonedDateTime now = clock.nowInShopZone();
        Instant dormantBefore = now.minus(policy.after()).toInstant();
        Instant noticeBefore = now.minus(policy.after()).plus(properties.dormancyNotice()).toInstant();
        Instant noticedBy = now.minus(properties.dormancyNotice()).toInstant();
        int notices = 0;
        for (long memberId : due("NOT EXISTS", noticeBefore, null)) {
            notices += notify(memberId, policy) ? 1 : 0;
        }
        int moved = 0;
        for (long memberId : due("EXISTS", dormantBefore, noticedBy)) {
            moved += makeDormant(memberId, dormantBefore) ? 1 : 0;
        }
        if (notices + moved > 0) {
            log.info("Dormancy: {} notices sent, {} accounts made dormant", notices, moved);
        }
        return new DormancyRun(notices, moved);
    }

    /** Active members inactive since before the cutoff, with or without a notice for that same inactivity. */
    private List<Long> due(String noticeExists, Instant inactiveBefore, Instant noticedBy) {
        String activity = "COALESCE(a.last_login_at, a.joined_at)";
        String sql = "SELECT a.id FROM member_account a WHERE a.status = 'ACTIVE' AND " + activity + " < ? AND "
                + noticeExists + " (SELECT 1 FROM member_dormancy_notice n WHERE n.member_id = a.id AND "
                + "n.inactive_since = " + activity + (noticedBy == null ? "" : " AND n.sent_at <= ?")
                + ") ORDER BY a.id LIMIT " + BATCH * 50;
        return noticedBy == null ? jdbc.queryForList(sql, Long.class, DbTime.param(inactiveBefore))
                : jdbc.queryForList(sql, Long.class, DbTime.param(inactiveBefore), DbTime.param(noticedBy));
    }

    private boolean notify(long memberId, DormancyPolicy policy) {
        MemberAccount account = members.findById(memberId).orElseThrow();
        Instant inactiveSince = account.lastLoginAt() != null ? account.lastLoginAt() : account.joinedAt();
        ZonedDateTime dormantFrom = inactiveSince.atZone(clock.zone()).plus(policy.after());
        // The account goes dormant no sooner than 30 days after the notice, however late the notice comes.
        ZonedDateTime earliest = clock.nowInShopZone().plus(properties.dormancyNotice());
        if (dormantFrom.isBefore(earliest)) {
            dormantFrom = earliest;
        }
        boolean mailed = account.email() != null && mail.dormancyNotice(memberId, account.email(), dormantFrom);
        jdbc.update("INSERT INTO member_dormancy_notice (member_id, inactive_since, dormant_from, sent_at, mailed) "
                + "VALUES (?, ?, ?, ?, ?)", memberId, DbTime.param(inactiveSince), DbTime.param(dormantFrom.toInstant()),
                DbTime.param(clock.now()), mailed);
        return true;
    }

    private boolean makeDormant(long memberId, Instant dormantBefore) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            MemberAccount account = members.findById(memberId).orElseThrow();
            Instant activity = account.lastLoginAt() != null ? account.lastLoginAt() : account.joinedAt();
            // A login between the query and now keeps the account awake.
            if (!account.active() || !activity.isBefore(dormantBefore)) {
                return false;
            }
            dormant.save(new DormantRecord(memberId, account.goDormant(), clock.now()));
            // A remembered browser must not bring a dormant account back without the code.
            jdbc.update("DELETE FROM member_remembered_login WHERE member_id = ?", memberId);
            return true;
        }));
    }

    private static String hash(long memberId, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((memberId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
