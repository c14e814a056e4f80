package io.tunemall.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.member.api.AddressDraft;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberAccounts;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.MyAccount;
import io.tunemall.member.api.SignUp;
import io.tunemall.support.IntegrationTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A key rotation on a running shop: the app (active key k1, knowing k2) keeps serving while the re-encryption job,
 * run as a node configured with k2 active would run it, rewrites every stored value in small batches.
 */
@IntegrationTest
class KeyRotationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PrivacyProperties configured;
    @Autowired
    PiiCipher appCipher;
    @Autowired
    BlindIndex blindIndex;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    MyAccount accounts;
    @Autowired
    MemberAccounts members;

    @Test
    void the_job_rewrites_old_key_values_with_the_new_key_and_every_value_still_reads_the_same() {
        String email = "rotation-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long memberId = signUps.signUp(new SignUp(email, "Secret-pass-123", "박회전", "010-5555-6666",
                LocalDate.of(1985, 1, 2), EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY), null));
        accounts.saveAddress(memberId, null, new AddressDraft("집", "박회전", "010-5555-6666", "04524",
                "서울특별시 중구 세종대로 110", "1층", true));
        assertThat(raw(memberId).get("email").toString()).startsWith("k1:");

        PiiCipher rotated = new PiiCipher(new PiiKeys(configured.keys(), "k2", configured.blindIndexKey()));
        PrivacyProperties smallBatches = new PrivacyProperties(configured.keys(), "k2", configured.blindIndexKey(),
                configured.reencryptEvery(), 2);
        PiiReencryption job = new PiiReencryption(jdbc, rotated, context.getBeanProvider(EncryptedColumn.class),
                smallBatches);
        assertThat(job.valuesUnderOldKeys()).isPositive();

        int rewritten = job.rewriteOldValues();

        assertThat(rewritten).isGreaterThanOrEqualTo(4 + 7);
        assertThat(job.valuesUnderOldKeys()).isZero();
        Map<String, Object> account = raw(memberId);
        for (String column : new String[] {"email", "name", "phone", "birth_date"}) {
            assertThat(account.get(column).toString()).as(column).startsWith("k2:");
        }
        Map<String, Object> address = jdbc.queryForMap("SELECT * FROM member_address WHERE member_id = ?", memberId);
        assertThat(address.get("road_address").toString()).startsWith("k2:");
        assertThat(account.get("email_index")).as("the blind index does not depend on the encryption key")
                .isEqualTo(blindIndex.email(email));

        // The running app, still writing with k1, reads the k2 values.
        assertThat(members.find(memberId).orElseThrow().name()).isEqualTo("박회전");
        assertThat(members.addresses(memberId).get(0).roadAddress()).isEqualTo("서울특별시 중구 세종대로 110");
        assertThat(appCipher.decrypt(account.get("phone").toString())).isEqualTo("010-5555-6666");
        assertThat(job.rewriteOldValues()).as("a second run finds nothing left").isZero();
    }

    private Map<String, Object> raw(long memberId) {
        return jdbc.queryForMap("SELECT * FROM member_account WHERE id = ?", memberId);
    }
}
