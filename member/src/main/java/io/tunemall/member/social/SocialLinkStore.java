package io.tunemall.member.social;

import io.tunemall.platform.db.DbTime;
import io.tunemall.member.api.SocialLinkView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The member_social_link table: provider account to member. */
@Component
class SocialLinkStore {

    enum LinkedBy { VERIFIED_EMAIL, EXPLICIT, SIGN_UP }

    private final JdbcTemplate jdbc;

    SocialLinkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> memberOf(String provider, String subject) {
        return jdbc.queryForList("SELECT member_id FROM member_social_link WHERE provider = ? AND subject = ?",
                Long.class, provider, subject).stream().findFirst();
    }

    boolean hasProvider(long memberId, String provider) {
        return !jdbc.queryForList("SELECT id FROM member_social_link WHERE member_id = ? AND provider = ?", Long.class,
                memberId, provider).isEmpty();
    }

    /** The unique keys turn a link made at the same moment by another request into a DataIntegrityViolation. */
    void link(String provider, String subject, long memberId, LinkedBy how, Instant at) {
        jdbc.update("INSERT INTO member_social_link (provider, subject, member_id, linked_at, linked_by) "
                + "VALUES (?, ?, ?, ?, ?)", provider, subject, memberId, DbTime.param(at), how.name());
    }

    List<SocialLinkView> of(long memberId) {
        return jdbc.query("SELECT provider, linked_at FROM member_social_link WHERE member_id = ? ORDER BY provider",
                (row, n) -> new SocialLinkView(row.getString("provider"), DbTime.read(row, "linked_at")), memberId);
    }
}
