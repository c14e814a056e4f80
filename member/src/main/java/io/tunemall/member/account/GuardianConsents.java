package io.tunemall.member.account;

import io.tunemall.platform.db.DbTime;
import io.tunemall.member.api.GuardianConsent;
import io.tunemall.platform.privacy.PiiCipher;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The legal guardian's consent behind a sign-up under 14, with the guardian's name and phone encrypted. On
 * withdrawal the guardian's details are erased and the record of the consent (when, which version) stays.
 */
@Component
class GuardianConsents {

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    GuardianConsents(JdbcTemplate jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void record(long memberId, GuardianConsent guardian, String termsVersion, Instant at) {
        jdbc.update("INSERT INTO member_guardian_consent (member_id, guardian_name, guardian_phone, terms_version, "
                + "consented_at) VALUES (?, ?, ?, ?, ?)", memberId, cipher.encrypt(guardian.name().strip()),
                cipher.encrypt(AccountRules.formatPhone(guardian.phone())), termsVersion, DbTime.param(at));
    }

    boolean exists(long memberId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM member_guardian_consent WHERE member_id = ?",
                Integer.class, memberId);
        return count != null && count > 0;
    }

    void erase(long memberId) {
        jdbc.update("UPDATE member_guardian_consent SET guardian_name = NULL, guardian_phone = NULL WHERE member_id = ?",
                memberId);
    }
}
