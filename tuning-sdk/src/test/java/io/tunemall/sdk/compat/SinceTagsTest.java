package io.tunemall.sdk.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the SDK says since which SDK version it exists, so an agency knows which platforms its module
 * can run on. Checked on the sources: a new public type without {@code @since} fails the build.
 */
class SinceTagsTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^[ \\t]*public\\s+(?:(?:static|final|abstract|sealed|non-sealed)\\s+)*(?:class|interface|record|enum|@interface)\\s+(\\w+)");
    static final Pattern JAVADOC_THEN_ANNOTATIONS = Pattern.compile("(?s)/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*$");

    @Test
    void every_public_type_and_package_carries_a_since_tag() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (file.endsWith("package-info.java")) {
                    if (!source.contains("@since")) {
                        missing.add(file.toString());
                    }
                    continue;
                }
                missing.addAll(typesWithoutSince(file, source));
            }
        }
        assertThat(missing).as("public types without @since").isEmpty();
    }

    @Test
    void the_check_notices_a_type_without_a_since_tag() {
        String source = """
                /** A thing. */
                public record Thing(int a) {
                    /**
                     * Nested.
                     *
                     * @since 1.0.0
                     */
                    public enum Kind { A }
                }
                """;
        assertThat(typesWithoutSince(Path.of("Thing.java"), source)).containsExactly("Thing.java: Thing");
    }

    static List<String> typesWithoutSince(Path file, String source) {
        List<String> missing = new ArrayList<>();
        Matcher type = PUBLIC_TYPE.matcher(source);
        while (type.find()) {
            Matcher doc = JAVADOC_THEN_ANNOTATIONS.matcher(source.substring(0, type.start()));
            if (!doc.find() || !doc.group(1).contains("@since")) {
                missing.add(file.getFileName() + ": " + type.group(1));
            }
        }
        return missing;
    }
}
