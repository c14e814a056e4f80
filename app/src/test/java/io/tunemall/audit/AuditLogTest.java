package io.tunemall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditQuery;
import io.tunemall.platform.audit.AuditRecord;
import io.tunemall.platform.audit.AuditRetention;
import io.tunemall.platform.audit.AuditSearch;
import io.tunemall.platform.audit.AuditTrail;
import io.tunemall.platform.audit.AuditVerification;
import io.tunemall.platform.audit.ChainCheck;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSearch search;
    @Autowired
    AuditVerification verification;
    @Autowired
    AuditRetention retention;
    @Autowired
    JdbcTemplate jdbc;

    Cookie owner;

    @BeforeEach
    void logInAsOwner() throws Exception {
        owner = mvc.perform(formLogin("/admin/login").user("admin").password("it-owner-password"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void every_successful_admin_write_is_recorded_with_the_field_names_but_not_their_values() throws Exception {
        String name = "감사 브랜드 " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/brands").cookie(owner).with(csrf()).param("name", name).param("slug", "audit-" + UUID.randomUUID()))
                .andExpect(redirectedUrl("/admin/brands"));

        AuditRecord record = search.search(new AuditQuery("admin", "admin.write", "brands", null, null, null, 0, 1))
                .records().get(0);
        assertThat(record.actorRole()).isEqualTo("OWNER");
        assertThat(record.summary()).isEqualTo("POST /admin/brands");
        assertThat(record.details()).contains("\"fields\":[\"name\",\"slug\"]", "\"endpoint\":\"POST /admin/brands\"",
                "BrandController#create").doesNotContain(name);
        assertThat(record.ip()).isEqualTo("127.0.0.1");
        assertThat(record.requestId()).isNotBlank();
    }

    @Test
    void refused_writes_and_reads_are_not_recorded() throws Exception {
        long before = count("admin.write");

        mvc.perform(post("/admin/brands").cookie(owner).with(csrf()).param("name", "").param("slug", ""))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/tuning/no.such.module/install").cookie(owner).with(csrf()))
                .andExpect(redirectedUrl("/admin/tuning"));
        mvc.perform(get("/admin/brands").cookie(owner)).andExpect(status().isOk());

        assertThat(count("admin.write")).isEqualTo(before);
    }

    @Test
    void a_request_that_records_a_richer_entry_is_not_recorded_twice() throws Exception {
        long writes = count("admin.write");
        long created = count("staff.account.created");

        mvc.perform(post("/admin/staff").cookie(owner).with(csrf()).param("username", "audited-" + UUID.randomUUID())
                .param("role", "READ_ONLY").param("password", "a long password"));

        assertThat(count("staff.account.created")).isEqualTo(created + 1);
        assertThat(count("admin.write")).isEqualTo(writes);
    }

    @Test
    void the_audit_page_searches_by_action_actor_and_dates_and_pages_fifty_at_a_time() throws Exception {
        String action = "test.paging." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 60; i++) {
            trail.record(AuditEntry.action(action).on("thing", i).summary("entry " + i));
        }
        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();

        mvc.perform(get("/admin/audit").cookie(owner).param("action", action).param("actor", "system")
                        .param("from", today).param("to", today))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("기록 60건")))
                .andExpect(content().string(containsString("entry 59")))
                .andExpect(content().string(containsString("1 / 2")))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/admin/audit").cookie(owner).param("action", action).param("page", "1"))
                .andExpect(content().string(containsString("entry 0")))
                .andExpect(content().string(containsString("2 / 2")));
        mvc.perform(get("/admin/audit").cookie(owner).param("action", action)
                        .param("from", LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1).toString()))
                .andExpect(content().string(containsString("기록 0건")));
        mvc.perform(get("/admin/audit").cookie(owner).param("action", action).param("targetType", "thing")
                        .param("targetId", "7"))
                .andExpect(content().string(containsString("기록 1건")));
    }

    @Test
    void the_hash_chain_shows_a_row_changed_or_removed_in_the_database() {
        AuditRecord victim = trail.record(AuditEntry.action("test.tamper").summary("the original text"));
        trail.record(AuditEntry.action("test.tamper").summary("the row after it"));
        assertThat(verification.verify().intact()).isTrue();

        jdbc.update("UPDATE audit_log SET summary = 'rewritten by a DBA' WHERE seq = ?", victim.seq());
        ChainCheck edited = verification.verify();
        jdbc.update("UPDATE audit_log SET summary = ? WHERE seq = ?", victim.summary(), victim.seq());
        assertThat(edited.intact()).isFalse();
        assertThat(edited.problems()).anySatisfy(problem -> assertThat(problem).startsWith("row " + victim.seq() + " was changed"));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_log WHERE seq = ?", victim.seq());
        jdbc.update("DELETE FROM audit_log WHERE seq = ?", victim.seq());
        ChainCheck removed = verification.verify();
        reinsert(row);
        assertThat(removed.problems()).anySatisfy(problem -> assertThat(problem).contains("are missing"));

        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void records_written_at_once_from_many_threads_form_one_unbroken_chain() throws Exception {
        String action = "test.concurrent." + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Callable<List<Long>> writer = () -> {
                List<Long> seqs = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    seqs.add(trail.record(AuditEntry.action(action)).seq());
                }
                return seqs;
            };
            writers.add(threads.submit(writer));
        }
        List<Long> seqs = new ArrayList<>();
        for (Future<List<Long>> writer : writers) {
            seqs.addAll(writer.get());
        }
        threads.shutdown();

        assertThat(seqs).hasSize(100).doesNotHaveDuplicates();
        assertThat(count(action)).isEqualTo(100);
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void the_purge_removes_records_older_than_two_years_and_keeps_younger_ones() {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Seoul"));
        insertOld(-20, now.minusYears(3));
        insertOld(-19, now.minusYears(2).plusDays(3));
        try {
            int removed = retention.purgeExpired();

            assertThat(removed).isEqualTo(1);
            assertThat(jdbc.queryForList("SELECT seq FROM audit_log WHERE seq < 0", Long.class)).containsExactly(-19L);
            assertThat(retention.cutoff()).isBefore(now.minusYears(2).plusDays(1).toInstant());
        } finally {
            jdbc.update("DELETE FROM audit_log WHERE seq < 0");
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    /**
     * The triggers docs/operations.md gives production on MySQL/MariaDB: no update ever, no delete of a row younger
     * than two years, whoever connects. The application's own appends and purge keep working under them.
     */
    @Test
    void the_production_triggers_of_the_operations_guide_make_the_table_append_only_in_the_database() {
        AuditRecord recent = trail.record(AuditEntry.action("test.triggers"));
        jdbc.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'");
        jdbc.execute("CREATE TRIGGER audit_log_keep_two_years BEFORE DELETE ON audit_log FOR EACH ROW BEGIN "
                + "IF OLD.occurred_at > NOW() - INTERVAL 2 YEAR THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log rows are kept at least two years'; END IF; END");
        try {
            assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET summary = 'x' WHERE seq = ?", recent.seq()))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE seq = ?", recent.seq()))
                    .hasMessageContaining("two years");
            insertOld(-30, ZonedDateTime.now(ZoneId.of("Asia/Seoul")).minusYears(3));
            assertThat(retention.purgeExpired()).isEqualTo(1);
            assertThat(trail.record(AuditEntry.action("test.triggers")).seq()).isGreaterThan(recent.seq());
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS audit_log_no_update");
            jdbc.execute("DROP TRIGGER IF EXISTS audit_log_keep_two_years");
            jdbc.update("DELETE FROM audit_log WHERE seq < 0");
        }
    }

    private long count(String action) {
        return search.search(new AuditQuery(null, action, null, null, null, null, 0, 1)).total();
    }

    /** A row from before the chain's first record (negative seq), as if written years ago. */
    private void insertOld(long seq, ZonedDateTime when) {
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO audit_log (seq, occurred_at, actor, action, prev_hash, "
                    + "row_hash) VALUES (?, ?, 'system', 'test.ancient', ?, ?)");
            insert.setLong(1, seq);
            insert.setTimestamp(2, Timestamp.from(when.toInstant()), Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            insert.setString(3, "0".repeat(64));
            insert.setString(4, "0".repeat(64));
            return insert;
        });
    }

    private void reinsert(Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        jdbc.update("INSERT INTO audit_log (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                columns.stream().map(row::get).toArray());
    }
}
