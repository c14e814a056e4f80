package io.tunemall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No application code changes an audit record: the sources of every module hold no UPDATE of audit_log and exactly
 * one DELETE, the retention purge.
 */
class AuditAppendOnlyTest {

    static final Pattern CHANGE = Pattern.compile("(?i)(update\\s+audit_log\\b|delete\\s+from\\s+audit_log\\b)");

    @Test
    void only_the_retention_purge_deletes_and_nothing_updates_audit_records() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().contains("/src/main/"))
                    .filter(file -> CHANGE.matcher(read(file)).find())
                    .map(file -> root.relativize(file).toString())
                    .toList();
        }

        assertThat(offenders).containsExactly("platform-core/src/main/java/io/tunemall/platform/audit/AuditRetention.java");
        assertThat(read(root.resolve(offenders.get(0)))).doesNotContainIgnoringCase("update audit_log");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
