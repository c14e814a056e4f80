package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ModuleLifecycleTest {

    static final String NOTES = "test.notes";

    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    HookChains chains;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void install_disable_enable_uninstall_and_reinstall_a_module_with_its_own_table() {
        assertThat(status(NOTES).state()).isEqualTo("AVAILABLE");
        assertThat(notes()).as("a module that is not installed does not run").isEmpty();

        lifecycle.install(NOTES);
        assertThat(status(NOTES).state()).isEqualTo("ENABLED");
        assertThat(notes()).containsExactly("noted");
        jdbc.update("INSERT INTO tm_test_notes_note (text) VALUES ('kept')");

        lifecycle.disable(NOTES);
        assertThat(notes()).as("disabled at once, no restart").isEmpty();
        lifecycle.enable(NOTES);
        assertThat(notes()).containsExactly("noted");

        lifecycle.uninstall(NOTES, true);
        assertThat(status(NOTES).state()).isEqualTo("AVAILABLE");
        assertThat(notes()).isEmpty();
        lifecycle.install(NOTES);
        assertThat(rows()).as("data kept across uninstall and reinstall").isEqualTo(1);

        lifecycle.uninstall(NOTES, false);
        assertThat(tableExists("tm_test_notes_note")).isFalse();
        lifecycle.install(NOTES);
        assertThat(rows()).as("a reinstall after dropping the data starts empty").isZero();
    }

    @Test
    void a_change_announced_by_another_node_is_applied_here_within_a_second() {
        lifecycle.install(NOTES);
        assertThat(notes()).containsExactly("noted");

        // What another node's disable does: write the state, then announce it.
        jdbc.update("UPDATE tuning_module SET state = 'DISABLED' WHERE id = ?", NOTES);
        redis.convertAndSend("tunemall:tuning-modules", "changed");

        await().atMost(Duration.ofSeconds(1)).until(() -> notes().isEmpty());
    }

    @Test
    void a_module_writing_outside_its_table_prefix_is_not_installed_and_leaves_nothing_behind() {
        assertThatThrownBy(() -> lifecycle.install("test.rogue"))
                .hasMessageContaining("created tables outside its prefix tm_test_rogue_")
                .hasMessageContaining("rogue_in_platform_namespace");

        assertThat(status("test.rogue").state()).isEqualTo("AVAILABLE");
        assertThat(tableExists("rogue_in_platform_namespace")).isFalse();
        assertThat(tableExists("tm_test_rogue_fine")).isFalse();
    }

    @Test
    void installing_twice_or_an_unknown_module_is_refused_clearly() {
        lifecycle.install(NOTES);

        assertThatThrownBy(() -> lifecycle.install(NOTES)).hasMessage("Module test.notes is already installed");
        assertThatThrownBy(() -> lifecycle.install("acme.nothing")).hasMessage("No tuning module acme.nothing was found");
    }

    private List<String> notes() {
        return chains.chain(NotesModule.NOTE).collect(NotesModule.Note::get);
    }

    private ModuleStatus status(String id) {
        return lifecycle.statuses().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tm_test_notes_note", Integer.class);
    }

    private boolean tableExists(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = ?", Integer.class, table) > 0;
    }
}
