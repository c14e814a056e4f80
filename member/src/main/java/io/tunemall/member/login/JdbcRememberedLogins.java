package io.tunemall.member.login;

import io.tunemall.platform.db.DbTime;
import io.tunemall.member.api.RememberedLogins;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.stereotype.Component;

/**
 * Spring Security's persistent "remember me" tokens in {@code member_remembered_login}. The user name Spring hands
 * over is the member id (see ShopperLogin), so no email is kept here.
 */
@Component
class JdbcRememberedLogins implements RememberedLogins {

    private final JdbcTemplate jdbc;

    JdbcRememberedLogins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        jdbc.update("INSERT INTO member_remembered_login (series, member_id, token, last_used) VALUES (?, ?, ?, ?)",
                token.getSeries(), Long.parseLong(token.getUsername()), token.getTokenValue(),
                DbTime.param(token.getDate().toInstant()));
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        jdbc.update("UPDATE member_remembered_login SET token = ?, last_used = ? WHERE series = ?", tokenValue,
                DbTime.param(lastUsed.toInstant()), series);
    }

    @Override
    public PersistentRememberMeToken getTokenForSeries(String seriesId) {
        List<PersistentRememberMeToken> found = jdbc.query("SELECT series, member_id, token, last_used "
                + "FROM member_remembered_login WHERE series = ?", (row, n) -> new PersistentRememberMeToken(
                        String.valueOf(row.getLong("member_id")), row.getString("series"), row.getString("token"),
                        Date.from(DbTime.read(row, "last_used"))), seriesId);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public void removeUserTokens(String memberKey) {
        jdbc.update("DELETE FROM member_remembered_login WHERE member_id = ?", Long.parseLong(memberKey));
    }
}
