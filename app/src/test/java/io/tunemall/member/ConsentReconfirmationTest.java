package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.SignUp;
import io.tunemall.member.consent.ConsentReconfirmation;
import io.tunemall.support.IntegrationTest;
import io.tunemall.support.Mailbox;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ConsentReconfirmationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    ConsentReconfirmation reconfirmation;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_marketing_consent_nearly_two_years_old_gets_one_notice_and_the_members_answer_is_recorded()
            throws Exception {
        String due = Shoppers.newEmail("due");
        long dueId = signUp(due, EnumSet.of(ConsentType.MARKETING_EMAIL, ConsentType.NIGHT_TIME));
        String recent = Shoppers.newEmail("recent");
        long recentId = signUp(recent, EnumSet.of(ConsentType.MARKETING_SMS));
        String declined = Shoppers.newEmail("declined");
        long declinedId = signUp(declined, EnumSet.noneOf(ConsentType.class));
        // Decided 23 months ago: inside the 30-day notice window before the two years end.
        for (long memberId : new long[] {dueId, declinedId}) {
            jdbc.update("UPDATE member_consent SET confirmed_at = ?, decided_at = ? WHERE member_id = ?",
                    monthsAgo(23), monthsAgo(23), memberId);
        }
        jdbc.update("UPDATE member_consent SET confirmed_at = ? WHERE member_id = ?", monthsAgo(20), recentId);

        reconfirmation.sendDueReminders();

        Mailbox.Mail notice = mailbox.await(due, 1);
        assertThat(notice.subject()).contains("광고성 정보 수신 동의 확인");
        assertThat(notice.body()).contains("이메일 광고 수신", "야간(21시~08시) 광고 수신",
                "http://shop.test/account/consents?reconfirm").doesNotContain("문자(SMS) 광고 수신");
        assertThat(mailbox.to(recent)).as("not due yet").isEmpty();
        assertThat(mailbox.to(declined)).as("nothing to re-confirm").isEmpty();
        assertThat(reminders(dueId)).isEqualTo(1);

        reconfirmation.sendDueReminders();
        Thread.sleep(200);
        assertThat(mailbox.to(due)).as("one notice per two years").hasSize(1);

        Cookie session = Shoppers.login(mvc, due, Shoppers.PASSWORD);
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(containsString("광고성 정보 수신 동의 여부를 확인해 주세요")));
        mvc.perform(get("/account/consents").param("reconfirm", "").cookie(session))
                .andExpect(content().string(containsString("2년마다 광고성 정보 수신 동의 여부를 확인합니다.")));
        mvc.perform(post("/account/consents").cookie(session).with(csrf()).param("marketingEmail", "true")
                        .param("reconfirm", "true"))
                .andExpect(redirectedUrl("/account/consents"));

        List<String> answers = jdbc.queryForList("SELECT CONCAT(consent_type, '=', granted) FROM member_consent_history "
                + "WHERE member_id = ? AND source = 'RECONFIRMATION'", String.class, dueId);
        assertThat(answers).containsExactlyInAnyOrder("MARKETING_EMAIL=1", "MARKETING_SMS=0", "MARKETING_PUSH=0",
                "NIGHT_TIME=0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_consent_reminder WHERE member_id = ? "
                + "AND answered_at IS NOT NULL", Integer.class, dueId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT confirmed_at FROM member_consent WHERE member_id = ? AND consent_type = "
                + "'MARKETING_EMAIL'", LocalDateTime.class, dueId)).isAfter(monthsAgo(1));
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("동의 여부를 확인해 주세요"))));

        reconfirmation.sendDueReminders();
        Thread.sleep(200);
        assertThat(mailbox.to(due)).as("the answer starts the two years again").hasSize(1);
    }

    @Test
    void changing_a_consent_on_the_my_page_records_only_what_changed() throws Exception {
        String email = Shoppers.newEmail("changer");
        long memberId = signUp(email, EnumSet.of(ConsentType.MARKETING_EMAIL));
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);

        mvc.perform(post("/account/consents").cookie(session).with(csrf()).param("marketingEmail", "true")
                .param("marketingPush", "true"));

        assertThat(jdbc.queryForList("SELECT CONCAT(consent_type, '=', granted) FROM member_consent_history "
                + "WHERE member_id = ? AND source = 'MY_PAGE'", String.class, memberId))
                .containsExactly("MARKETING_PUSH=1");
    }

    private long signUp(String email, EnumSet<ConsentType> marketing) {
        EnumSet<ConsentType> consents = EnumSet.copyOf(Shoppers.REQUIRED);
        consents.addAll(marketing);
        return signUps.signUp(new SignUp(email, Shoppers.PASSWORD, "최동의", "010-4444-5555", LocalDate.of(1995, 7, 7),
                consents, null));
    }

    private int reminders(long memberId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member_consent_reminder WHERE member_id = ?", Integer.class,
                memberId);
    }

    private static LocalDateTime monthsAgo(int months) {
        return LocalDateTime.now(ZoneOffset.UTC).minusMonths(months);
    }
}
