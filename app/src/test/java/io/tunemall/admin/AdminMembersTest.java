package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.SignUp;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminMembersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void the_list_finds_a_member_by_exact_email_or_phone_through_the_blind_index_and_shows_them_masked()
            throws Exception {
        Member member = newMember();
        Cookie owner = StaffSession.login(mvc);

        mvc.perform(get("/admin/members").param("q", " " + member.email.toUpperCase() + " ").cookie(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("회원 1명")))
                .andExpect(content().string(containsString("남*희")))
                .andExpect(content().string(containsString(member.email.substring(0, 2) + "***@example.com")))
                .andExpect(content().string(containsString("010-****-" + member.phone.substring(9))))
                .andExpect(content().string(not(containsString(member.email))))
                .andExpect(content().string(not(containsString("남궁희"))));
        mvc.perform(get("/admin/members").param("q", member.phone.replace("-", "")).cookie(owner))
                .andExpect(content().string(containsString("회원 1명")))
                .andExpect(content().string(containsString("/admin/members/" + member.id)));
        mvc.perform(get("/admin/members").param("q", member.email.substring(0, 10)).cookie(owner))
                .andExpect(content().string(containsString("조건에 맞는 회원이 없습니다.")));
        mvc.perform(get("/admin/members").cookie(owner))
                .andExpect(content().string(containsString("/admin/members/" + member.id)))
                .andExpect(content().string(not(containsString(member.email))));
    }

    @Test
    void the_owner_unmasks_a_member_with_a_reason_and_the_unmask_is_logged() throws Exception {
        Member member = newMember();
        Cookie owner = StaffSession.login(mvc);
        Instant before = Instant.now();

        mvc.perform(get("/admin/members/{id}", member.id).cookie(owner))
                .andExpect(content().string(containsString("남*희")))
                .andExpect(content().string(not(containsString(member.email))))
                .andExpect(content().string(containsString("/admin/members/" + member.id + "/unmask")));
        mvc.perform(post("/admin/members/{id}/unmask", member.id).cookie(owner).with(csrf()).param("reason", " "))
                .andExpect(content().string(containsString("조회 사유를 입력해 주세요.")))
                .andExpect(content().string(not(containsString(member.email))));
        assertThat(unmasks(member.id)).isZero();

        mvc.perform(post("/admin/members/{id}/unmask", member.id).cookie(owner).with(csrf())
                        .param("reason", "배송 문의 CS-1234").header("X-Request-Id", "unmask-test-0001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.email)))
                .andExpect(content().string(containsString("남궁희")))
                .andExpect(content().string(containsString(member.phone)))
                .andExpect(content().string(containsString("이 조회는 기록되었습니다.")));

        Map<String, Object> logged = jdbc.queryForMap("SELECT * FROM audit_log WHERE action = 'member.pii.unmasked' "
                + "AND target_type = 'member' AND target_id = ?", String.valueOf(member.id));
        assertThat(logged).containsEntry("actor", "admin").containsEntry("summary", "배송 문의 CS-1234")
                .containsEntry("request_id", "unmask-test-0001");
        // MariaDB's driver gives a TIMESTAMP column as java.sql.Timestamp in a row map: read it as LocalDateTime.
        LocalDateTime occurredAt = jdbc.queryForObject("SELECT occurred_at FROM audit_log WHERE action = "
                + "'member.pii.unmasked' AND target_id = ?", LocalDateTime.class, String.valueOf(member.id));
        assertThat(occurredAt.toInstant(ZoneOffset.UTC))
                .isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void staff_without_the_unmask_permission_see_the_masked_page_only_and_cannot_unmask() throws Exception {
        Member member = newMember();
        String username = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO staff_account (username, password_hash, display_name, role, enabled, created_at) "
                + "VALUES (?, ?, 'Viewer', 'READ_ONLY', TRUE, CURRENT_TIMESTAMP)", username, passwords.encode("viewer-pass-1"));
        Cookie viewer = mvc.perform(formLogin("/admin/login").user(username).password("viewer-pass-1"))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/admin/members/{id}", member.id).cookie(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("남*희")))
                .andExpect(content().string(not(containsString("/unmask"))));
        mvc.perform(post("/admin/members/{id}/unmask", member.id).cookie(viewer).with(csrf()).param("reason", "궁금"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/members/settings").cookie(viewer).with(csrf())).andExpect(status().isForbidden());
        assertThat(unmasks(member.id)).isZero();
    }

    private int unmasks(long memberId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'member.pii.unmasked' "
                + "AND target_type = 'member' AND target_id = ?", Integer.class, String.valueOf(memberId));
    }

    private Member newMember() {
        String email = "admin-view-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String phone = "010-7" + ThreadLocalRandom.current().nextInt(100, 1000) + "-"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        long id = signUps.signUp(new SignUp(email, "Secret-pass-123", "남궁희", phone, LocalDate.of(1979, 12, 1),
                EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY), null));
        return new Member(id, email, phone);
    }

    record Member(long id, String email, String phone) {
    }
}
