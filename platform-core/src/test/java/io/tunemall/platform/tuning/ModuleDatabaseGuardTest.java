package io.tunemall.platform.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.platform.tuning.data.ModuleDatabases;
import io.tunemall.sdk.data.ModuleDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class ModuleDatabaseGuardTest {

    final DriverManagerDataSource h2 = new DriverManagerDataSource(
            "jdbc:h2:mem:guard;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    final ModuleDatabase db = new ModuleDatabases(new JdbcTemplate(h2), new DataSourceTransactionManager(h2))
            .forModule("acme.notes");

    @Test
    void a_module_works_on_its_own_tables() {
        // What the module's migration did at install.
        new JdbcTemplate(h2).execute("CREATE TABLE IF NOT EXISTS tm_acme_notes_note (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(50))");
        long id = db.insert("INSERT INTO " + db.table("note") + " (text) VALUES (?)", "안녕");

        assertThat(db.table("note")).isEqualTo("tm_acme_notes_note");
        assertThat(db.queryOne("SELECT text FROM tm_acme_notes_note n WHERE n.id = ?", row -> row.text("text"), id))
                .contains("안녕");
    }

    @Test
    void a_statement_naming_a_platform_table_is_refused_before_it_runs() {
        assertThatThrownBy(() -> db.query("SELECT * FROM staff_account", row -> row.text("username")))
                .hasMessageContaining("own tables (tm_acme_notes_*) only, not staff_account");
        assertThatThrownBy(() -> db.update("UPDATE tm_acme_notes_note n JOIN product p ON p.id = n.id SET n.text = p.name"))
                .hasMessageContaining("not product");
        assertThatThrownBy(() -> db.update("DELETE FROM `tuning_module`")).hasMessageContaining("not tuning_module");
    }
}
