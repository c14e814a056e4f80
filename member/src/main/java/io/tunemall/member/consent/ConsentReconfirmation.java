package io.tunemall.member.consent;

import io.tunemall.platform.db.DbTime;
import io.tunemall.member.MemberProperties;
import io.tunemall.member.account.MemberAccount;
import io.tunemall.member.account.Members;
import io.tunemall.member.api.ConsentState;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.mail.MemberMail;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A sender must tell each recipient every two years that they consented to advertising (정보통신망법 §50⑧, 시행령
 * §62-3). Every night this job finds active members whose marketing or night-time consent was last decided or
 * re-confirmed almost two years ago (less the notice period) and who have not been told since, mails them the
 * consents with their dates and a link to the my-page form, and records the notice. Their answer on that form is
 * recorded as a re-confirmation and starts the two years again. Runs on one node at a time (ShedLock).
 */
@Component
public class ConsentReconfirmation {

    private static final Logger log = LoggerFactory.getLogger(ConsentReconfirmation.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final Members members;
    private final ConsentRecords consents;
    private final MemberMail mail;
    private final MemberProperties properties;
    private final ShopClock clock;

    ConsentReconfirmation(JdbcTemplate jdbc, Members members, ConsentRecords consents, MemberMail mail,
            MemberProperties properties, ShopClock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.consents = consents;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${tunemall.members.reconfirm-cron:0 0 10 * * *}", zone = "${tunemall.time-zone:Asia/Seoul}")
    @SchedulerLock(name = "consent-reconfirmation", lockAtMostFor = "PT2H")
    public void scheduled() {
        sendDueReminders();
    }

    /** @return how many members were sent a notice */
    public int sendDueReminders() {
        Instant cutoff = clock.nowInShopZone().minus(properties.reconfirmAfter()).plus(properties.reconfirmNotice())
                .toInstant();
        String optional = ConsentType.optional().stream().map(type -> "'" + type.name() + "'")
                .collect(Collectors.joining(", "));
        String due = "SELECT DISTINCT c.member_id FROM member_consent c JOIN member_account a ON a.id = c.member_id "
                + "WHERE a.status = 'ACTIVE' AND c.granted = TRUE AND c.consent_type IN (" + optional + ") "
                + "AND c.confirmed_at < ? AND c.member_id > ? AND NOT EXISTS (SELECT 1 FROM member_consent_reminder r "
                + "WHERE r.member_id = c.member_id AND r.sent_at >= c.confirmed_at) ORDER BY c.member_id LIMIT " + BATCH;
        int sent = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = jdbc.queryForList(due, Long.class, DbTime.param(cutoff), after);
            for (long memberId : batch) {
                sent += remind(memberId) ? 1 : 0;
                after = memberId;
            }
        } while (batch.size() == BATCH);
        if (sent > 0) {
            log.info("Sent {} consent re-confirmation notices", sent);
        }
        return sent;
    }

    private boolean remind(long memberId) {
        Optional<MemberAccount> account = members.findById(memberId).filter(MemberAccount::active);
        if (account.isEmpty()) {
            return false;
        }
        List<ConsentState> granted = consents.current(memberId).stream()
                .filter(consent -> consent.granted() && ConsentType.optional().contains(consent.type()))
                .toList();
        // A notice that did not go out is not recorded, so the next run tries again.
        if (!mail.consentReminder(memberId, account.get().email(), granted, clock.zone())) {
            return false;
        }
        jdbc.update("INSERT INTO member_consent_reminder (member_id, sent_at) VALUES (?, ?)", memberId,
                DbTime.param(clock.now()));
        return true;
    }
}
