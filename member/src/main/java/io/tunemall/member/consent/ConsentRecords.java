package io.tunemall.member.consent;

import io.tunemall.platform.db.DbTime;
import io.tunemall.member.MemberProperties;
import io.tunemall.member.api.ConsentState;
import io.tunemall.member.api.ConsentType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each member's current consent per kind ({@code member_consent}) and every decision ever made
 * ({@code member_consent_history}): time, granted or not, the version of the text and where. The history is the proof
 * the law asks for, so rows are only ever added to it, and it outlives the account.
 */
@Component
public class ConsentRecords {

    private final JdbcTemplate jdbc;
    private final MemberProperties properties;

    ConsentRecords(JdbcTemplate jdbc, MemberProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Sign-up decides every kind, declined ones included: "not agreed" is a decision worth proving too. */
    public void recordSignUp(long memberId, Set<ConsentType> granted, Instant at) {
        for (ConsentType type : ConsentType.values()) {
            String version = properties.terms().versionOf(type);
            jdbc.update("INSERT INTO member_consent (member_id, consent_type, granted, terms_version, decided_at, "
                    + "confirmed_at) VALUES (?, ?, ?, ?, ?, ?)", memberId, type.name(), granted.contains(type), version,
                    DbTime.param(at), DbTime.param(at));
            history(memberId, type, granted.contains(type), version, ConsentSource.SIGN_UP, at);
        }
    }

    /** Applies the member's choice of optional consents; only what changed is recorded. */
    public void change(long memberId, Set<ConsentType> granted, Instant at) {
        Map<ConsentType, ConsentState> current = byType(memberId);
        for (ConsentType type : ConsentType.optional()) {
            boolean wanted = granted.contains(type);
            ConsentState now = current.get(type);
            if (now == null || now.granted() != wanted) {
                decide(memberId, type, wanted, ConsentSource.MY_PAGE, at);
            }
        }
    }

    /**
     * The answer to a re-confirmation notice: every optional consent is decided anew and recorded, changed or not,
     * and the two years start again from now.
     */
    public void reconfirm(long memberId, Set<ConsentType> granted, Instant at) {
        for (ConsentType type : ConsentType.optional()) {
            decide(memberId, type, granted.contains(type), ConsentSource.RECONFIRMATION, at);
        }
        jdbc.update("UPDATE member_consent_reminder SET answered_at = ? WHERE member_id = ? AND answered_at IS NULL",
                DbTime.param(at), memberId);
    }

    /** Every consent the member still gives is recorded as ended. */
    public void withdraw(long memberId, Instant at) {
        byType(memberId).values().stream().filter(ConsentState::granted)
                .forEach(state -> decide(memberId, state.type(), false, ConsentSource.WITHDRAWAL, at));
    }

    public List<ConsentState> current(long memberId) {
        return List.copyOf(byType(memberId).values());
    }

    /** Whether a re-confirmation notice was sent and not answered yet. */
    public boolean reconfirmationDue(long memberId) {
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM member_consent_reminder WHERE member_id = ? "
                + "AND answered_at IS NULL", Integer.class, memberId);
        return open != null && open > 0;
    }

    private Map<ConsentType, ConsentState> byType(long memberId) {
        Map<ConsentType, ConsentState> states = new EnumMap<>(ConsentType.class);
        jdbc.query("SELECT consent_type, granted, terms_version, decided_at, confirmed_at FROM member_consent "
                + "WHERE member_id = ?", row -> {
                    ConsentType type = ConsentType.valueOf(row.getString("consent_type"));
                    states.put(type, new ConsentState(type, row.getBoolean("granted"), row.getString("terms_version"),
                            DbTime.read(row, "decided_at"), DbTime.read(row, "confirmed_at")));
                }, memberId);
        return states;
    }

    private void decide(long memberId, ConsentType type, boolean granted, ConsentSource source, Instant at) {
        String version = properties.terms().versionOf(type);
        int updated = jdbc.update("UPDATE member_consent SET granted = ?, terms_version = ?, decided_at = ?, "
                + "confirmed_at = ? WHERE member_id = ? AND consent_type = ?", granted, version, DbTime.param(at),
                DbTime.param(at), memberId, type.name());
        if (updated == 0) {
            jdbc.update("INSERT INTO member_consent (member_id, consent_type, granted, terms_version, decided_at, "
                    + "confirmed_at) VALUES (?, ?, ?, ?, ?, ?)", memberId, type.name(), granted, version,
                    DbTime.param(at), DbTime.param(at));
        }
        history(memberId, type, granted, version, source, at);
    }

    private void history(long memberId, ConsentType type, boolean granted, String version, ConsentSource source,
            Instant at) {
        jdbc.update("INSERT INTO member_consent_history (member_id, consent_type, granted, terms_version, source, "
                + "recorded_at) VALUES (?, ?, ?, ?, ?, ?)", memberId, type.name(), granted, version, source.name(),
                DbTime.param(at));
    }
}
