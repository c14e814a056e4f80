package io.tunemall.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.platform.audit.AuditQuery;
import io.tunemall.platform.audit.AuditRecord;
import io.tunemall.platform.audit.AuditSearch;
import io.tunemall.platform.security.totp.Base32;
import io.tunemall.platform.security.totp.Totp;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** TOTP two-step login, driven as a browser and a phone would: the phone reads the QR code and computes the codes. */
@IntegrationTest
class TwoStepLoginTest {

    static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    static final Pattern SHOWN_SECRET = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>");
    static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration administration;
    @Autowired
    AuditSearch audit;

    StaffFixture staff;

    @BeforeEach
    void fixture() {
        staff = new StaffFixture(administration, mvc);
    }

    @Test
    void a_staff_member_enrols_by_qr_code_and_then_needs_a_fresh_code_after_the_password() throws Exception {
        StaffFixture.Staff account = staff.create("MANAGER");
        Enrolled phone = enrol(staff.login(account));
        assertThat(phone.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();

        MvcResult password = staff.passwordLogin(account.username(), StaffFixture.PASSWORD);
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/admin/login/code");
        Cookie halfway = StaffFixture.session(password);
        mvc.perform(get("/admin/products").cookie(halfway)).andExpect(redirectedUrl("/admin/login/code"));

        mvc.perform(post("/admin/login/code").cookie(halfway).with(csrf()).param("code", phone.codeAt(-5)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("코드가 올바르지 않거나")));
        String code = phone.codeAt(+1);
        MvcResult accepted = mvc.perform(post("/admin/login/code").cookie(halfway).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/admin")).andReturn();
        Cookie full = sessionAfter(accepted, halfway);
        mvc.perform(get("/admin/products").cookie(full)).andExpect(status().isOk());

        Cookie replay = StaffFixture.session(staff.passwordLogin(account.username(), StaffFixture.PASSWORD));
        mvc.perform(post("/admin/login/code").cookie(replay).with(csrf()).param("code", code))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/products").cookie(replay)).andExpect(redirectedUrl("/admin/login/code"));

        assertThat(actions(account.username())).contains("staff.mfa.enrolled", "staff.mfa.failed", "staff.login.succeeded");
    }

    @Test
    void each_recovery_code_logs_in_once() throws Exception {
        StaffFixture.Staff account = staff.create("CUSTOMER_SERVICE");
        Enrolled phone = enrol(staff.login(account));
        String recovery = phone.recoveryCodes().get(3);

        Cookie first = StaffFixture.session(staff.passwordLogin(account.username(), StaffFixture.PASSWORD));
        MvcResult in = mvc.perform(post("/admin/login/code").cookie(first).with(csrf()).param("code", recovery.toUpperCase()))
                .andExpect(redirectedUrl("/admin")).andReturn();
        mvc.perform(get("/admin/account").cookie(sessionAfter(in, first))).andExpect(status().isOk())
                .andExpect(content().string(containsString("남은 복구 코드 9개")));

        Cookie second = StaffFixture.session(staff.passwordLogin(account.username(), StaffFixture.PASSWORD));
        mvc.perform(post("/admin/login/code").cookie(second).with(csrf()).param("code", recovery))
                .andExpect(status().isOk()).andExpect(content().string(containsString("코드가 올바르지 않거나")));
        assertThat(actions(account.username())).contains("staff.mfa.recovery-code-used");
    }

    @Test
    void a_role_that_requires_two_step_login_sends_its_staff_to_enrolment_before_anything_else() throws Exception {
        Cookie owner = staff.owner();
        MvcResult created = mvc.perform(post("/admin/staff/roles").cookie(owner).with(csrf())
                        .param("name", "보안 필수 상품 조회").param("permissions", "catalog:read").param("mfaRequired", "true"))
                .andReturn();
        String role = created.getResponse().getRedirectedUrl().substring("/admin/staff/roles/".length());
        MvcResult added = mvc.perform(post("/admin/staff").cookie(owner).with(csrf()).param("username", "secure-" + role)
                        .param("displayName", "보안").param("role", role).param("password", StaffFixture.PASSWORD))
                .andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).startsWith("/admin/staff/");

        MvcResult password = staff.passwordLogin("secure-" + role, StaffFixture.PASSWORD);
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/admin/account/mfa");
        Cookie halfway = StaffFixture.session(password);
        mvc.perform(get("/admin/products").cookie(halfway)).andExpect(redirectedUrl("/admin/account/mfa"));

        Enrolled phone = enrol(halfway);
        Cookie full = phone.session();
        mvc.perform(get("/admin/products").cookie(full)).andExpect(status().isOk());
        mvc.perform(post("/admin/brands").cookie(full).with(csrf()).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/account/mfa/disable").cookie(full).with(csrf()).param("code", phone.codeAt(+1)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2단계 인증이 필수")));
    }

    @Test
    void five_wrong_codes_lock_the_account_even_with_the_right_password() throws Exception {
        StaffFixture.Staff account = staff.create("MANAGER");
        Enrolled phone = enrol(staff.login(account));
        Cookie halfway = StaffFixture.session(staff.passwordLogin(account.username(), StaffFixture.PASSWORD));

        for (int attempt = 1; attempt < 5; attempt++) {
            mvc.perform(post("/admin/login/code").cookie(halfway).with(csrf()).param("code", phone.codeAt(-10 - attempt)))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/admin/login/code").cookie(halfway).with(csrf()).param("code", phone.codeAt(-20)))
                .andExpect(redirectedUrl("/admin/login?error"));

        assertThat(staff.passwordLogin(account.username(), StaffFixture.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/admin/login?error");
        assertThat(actions(account.username())).contains("staff.login.locked", "staff.login.refused");
    }

    /** Opens the enrolment page, reads the QR code like a phone, and confirms with the phone's code. */
    Enrolled enrol(Cookie session) throws Exception {
        String page = mvc.perform(get("/admin/account/mfa").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String keyUri = new Decoder().decode(qrModules(page)).getText();
        assertThat(keyUri).startsWith("otpauth://totp/Tunemall:");
        String secret = query(keyUri, "secret");
        Matcher shown = SHOWN_SECRET.matcher(page);
        assertThat(shown.find()).isTrue();
        assertThat(shown.group(1).replace(" ", "")).isEqualTo(secret);

        byte[] key = Base32.decode(secret);
        MvcResult confirmed = mvc.perform(post("/admin/account/mfa").cookie(session).with(csrf())
                        .param("code", Totp.code(key, Totp.stepAt(Instant.now()))))
                .andExpect(status().isOk()).andReturn();
        List<String> codes = new ArrayList<>();
        Matcher recovery = RECOVERY_CODE.matcher(confirmed.getResponse().getContentAsString());
        while (recovery.find()) {
            codes.add(recovery.group(1));
        }
        return new Enrolled(key, codes, sessionAfter(confirmed, session));
    }

    record Enrolled(byte[] key, List<String> recoveryCodes, Cookie session) {
        String codeAt(int stepsFromNow) {
            return Totp.code(key, Totp.stepAt(Instant.now()) + stepsFromNow);
        }
    }

    /** The QR symbol's modules, cut to the symbol (the finder patterns mark its corners), from the page's SVG path. */
    static BitMatrix qrModules(String page) {
        List<int[]> dark = new ArrayList<>();
        Matcher module = MODULE.matcher(page);
        while (module.find()) {
            dark.add(new int[] {Integer.parseInt(module.group(1)), Integer.parseInt(module.group(2))});
        }
        int minX = dark.stream().mapToInt(p -> p[0]).min().orElseThrow();
        int minY = dark.stream().mapToInt(p -> p[1]).min().orElseThrow();
        int size = dark.stream().mapToInt(p -> p[0]).max().orElseThrow() - minX + 1;
        BitMatrix matrix = new BitMatrix(size);
        dark.forEach(p -> matrix.set(p[0] - minX, p[1] - minY));
        return matrix;
    }

    static String query(String uri, String name) {
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " missing from " + uri);
    }

    /** Completing a login changes the session id (against session fixation); the browser then holds the new cookie. */
    static Cookie sessionAfter(MvcResult result, Cookie before) {
        Cookie renewed = result.getResponse().getCookie("SESSION");
        return renewed != null ? renewed : before;
    }

    List<String> actions(String username) {
        return audit.search(new AuditQuery(username, null, null, null, null, null, 0, 200)).records().stream()
                .map(AuditRecord::action).toList();
    }
}
