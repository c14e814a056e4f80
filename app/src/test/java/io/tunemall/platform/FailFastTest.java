package io.tunemall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.TunemallApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A node told to use a database or a Redis it cannot reach refuses to start and says which, where and what to check. */
@ExtendWith(OutputCaptureExtension.class)
class FailFastTest {

    @Test
    void an_unreachable_database_stops_the_start_with_a_clear_message(@TempDir Path dataDir, CapturedOutput output) {
        assertThatThrownBy(() -> start(dataDir, "tunemall.db.url=jdbc:mariadb://127.0.0.1:1/tunemall",
                "tunemall.db.username=tunemall")).isInstanceOf(Exception.class);

        assertThat(output.getOut() + output.getErr())
                .contains("Tunemall cannot reach its database at jdbc:mariadb://127.0.0.1:1/tunemall")
                .contains("TUNEMALL_DB_URL");
    }

    @Test
    void a_rejected_database_login_stops_the_start_and_names_the_user(@TempDir Path dataDir, CapturedOutput output) {
        assertThatThrownBy(() -> start(dataDir, "tunemall.db.url=jdbc:mariadb://127.0.0.1:3306/tunemall_test",
                "tunemall.db.username=no_such_user", "tunemall.db.password=wrong")).isInstanceOf(Exception.class);

        assertThat(output.getOut() + output.getErr())
                .contains("The database at jdbc:mariadb://127.0.0.1:3306/tunemall_test rejected the login of user 'no_such_user'")
                .contains("TUNEMALL_DB_PASSWORD");
    }

    @Test
    void an_unreachable_redis_stops_the_start_with_a_clear_message(@TempDir Path dataDir, CapturedOutput output) {
        assertThatThrownBy(() -> start(dataDir, "tunemall.redis.url=redis://127.0.0.1:1")).isInstanceOf(Exception.class);

        assertThat(output.getOut() + output.getErr())
                .contains("Tunemall cannot reach Redis at redis://127.0.0.1:1")
                .contains("TUNEMALL_REDIS_URL");
    }

    private static void start(Path dataDir, String... settings) {
        List<String> args = new ArrayList<>(List.of("--tunemall.data-dir=" + dataDir, "--server.port=0",
                "--tunemall.demo-data=false"));
        Arrays.stream(settings).map(setting -> "--" + setting).forEach(args::add);
        new SpringApplicationBuilder(TunemallApplication.class).run(args.toArray(String[]::new)).close();
    }
}
