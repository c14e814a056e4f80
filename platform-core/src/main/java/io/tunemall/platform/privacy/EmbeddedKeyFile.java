package io.tunemall.platform.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys of a shop that configured none: generated on the first start and kept in {@code privacy-keys.properties}
 * in the data directory, beside the embedded database they protect. Losing this file makes the personal data in the
 * database unreadable, so the first start says so in the log. Several nodes must be given the keys by configuration
 * instead (docs/members.md).
 */
final class EmbeddedKeyFile {

    static final String FILE_NAME = "privacy-keys.properties";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKeyFile.class);

    private final Path file;

    EmbeddedKeyFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    PiiKeys loadOrCreate() {
        if (!Files.exists(file)) {
            create();
        }
        Properties stored = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(reader);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read the personal data keys in " + file.toAbsolutePath(), failure);
        }
        String active = stored.getProperty("active-key");
        return new PiiKeys(Map.of(active, stored.getProperty("keys." + active, "")), active,
                stored.getProperty("blind-index-key"));
    }

    private void create() {
        SecureRandom random = new SecureRandom();
        Properties generated = new Properties();
        generated.setProperty("active-key", "k1");
        generated.setProperty("keys.k1", randomKey(random));
        generated.setProperty("blind-index-key", randomKey(random));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "privacy-keys", ".tmp");
            restrictToOwner(temporary);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                generated.store(writer, "Tunemall personal data keys. Back this file up with the database: without it "
                        + "the encrypted names, emails, phones and addresses cannot be read.");
            }
            try {
                // No REPLACE_EXISTING: a node that lost the race keeps the winner's keys.
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException anotherNodeWasFaster) {
                Files.deleteIfExists(temporary);
                return;
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the personal data keys to " + file.toAbsolutePath(), failure);
        }
        log.warn("""

                ==============================================================
                  Generated the key that encrypts personal data (names, emails,
                  phones, addresses) and stored it in
                  {}
                  Back this file up with the database: without it that data
                  cannot be read. For several nodes, set tunemall.privacy.* on
                  every node instead (docs/members.md).
                ==============================================================""", file.toAbsolutePath());
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("The file system of {} has no POSIX permissions; the key file keeps its default ones", path);
        }
    }
}
