package io.tunemall.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.support.IntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared test context migrates a wiped MariaDB schema from V1 (see FreshSchema): every migration must apply. */
@IntegrationTest
class MigrationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_migration_in_db_migrations_applied_successfully_on_mariadb() throws Exception {
        int files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql").length;

        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("MariaDB");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL",
                Integer.class)).isEqualTo(files).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0", Integer.class)).isZero();
    }

    @Test
    void the_outbox_table_has_the_exact_upper_case_name_spring_modulith_queries() {
        var tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                String.class);
        assertThat(tables).contains("EVENT_PUBLICATION", "shedlock", "staff_account", "category", "product",
                "product_variant", "product_option", "product_image");
        assertThat(Arrays.asList(jdbc.queryForObject(
                "SELECT data_type FROM information_schema.columns WHERE table_schema = DATABASE() "
                        + "AND table_name = 'EVENT_PUBLICATION' AND column_name = 'ID'", String.class)))
                .containsExactly("varchar");
    }
}
