package io.tunemall.member.settings;

import io.tunemall.platform.db.DbTime;
import io.tunemall.member.api.DormancyPolicy;
import io.tunemall.member.api.Under14Policy;
import java.time.Period;
import io.tunemall.platform.time.ShopClock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's member settings, kept in the database so that every node applies a change at once and the owner makes
 * it in the admin console. A setting never changed has its default.
 */
@Component
public class MemberSettings {

    static final String UNDER_14 = "under-14-sign-up";
    static final String DORMANCY = "dormancy";
    static final String DORMANCY_AFTER = "dormancy-after";

    private final JdbcTemplate jdbc;
    private final ShopClock clock;

    MemberSettings(JdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refusal is the default: it needs no guardian process, and most shops do not sell to children. */
    public Under14Policy under14Policy() {
        return value(UNDER_14).map(Under14Policy::valueOf).orElse(Under14Policy.REFUSE);
    }

    @Transactional
    public void changeUnder14Policy(Under14Policy policy, String changedBy) {
        store(UNDER_14, policy.name(), changedBy);
    }

    /** Off by default: the legal duty to make accounts dormant ended in 2023 (개인정보 보호법 개정). */
    public DormancyPolicy dormancyPolicy() {
        return new DormancyPolicy(value(DORMANCY).map(Boolean::parseBoolean).orElse(false),
                value(DORMANCY_AFTER).map(Period::parse).orElse(DormancyPolicy.DEFAULT_AFTER));
    }

    @Transactional
    public void changeDormancyPolicy(DormancyPolicy policy, String changedBy) {
        store(DORMANCY, String.valueOf(policy.enabled()), changedBy);
        store(DORMANCY_AFTER, policy.after().toString(), changedBy);
    }

    private void store(String name, String value, String changedBy) {
        int updated = jdbc.update("UPDATE member_setting SET setting_value = ?, updated_at = ?, updated_by = ? "
                + "WHERE name = ?", value, DbTime.param(clock.now()), changedBy, name);
        if (updated == 0) {
            jdbc.update("INSERT INTO member_setting (name, setting_value, updated_at, updated_by) VALUES (?, ?, ?, ?)",
                    name, value, DbTime.param(clock.now()), changedBy);
        }
    }

    private java.util.Optional<String> value(String name) {
        List<String> found = jdbc.queryForList("SELECT setting_value FROM member_setting WHERE name = ?", String.class,
                name);
        return found.stream().findFirst();
    }
}
