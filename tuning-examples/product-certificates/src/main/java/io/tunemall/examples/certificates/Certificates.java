package io.tunemall.examples.certificates;

import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.data.Row;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The module's certificate table. */
class Certificates {

    private static final String COLUMNS =
            "id, product_id, title, issuer, filename, content_type, size_bytes, uploaded_at, uploaded_by";

    private final ModuleDatabase db;
    private final Clock clock;
    private final String table;

    Certificates(ModuleDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.table = db.table("certificate");
    }

    long add(long productId, CertificateFile file, String uploadedBy) {
        return db.insert("INSERT INTO " + table + " (product_id, title, issuer, filename, content_type, content, "
                        + "size_bytes, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                productId, file.title().strip(), blankToNull(file.issuer()), file.filename(), file.contentType(),
                file.bytes(), (long) file.bytes().length, clock.instant(), uploadedBy);
    }

    /** A product's certificates, oldest first. */
    List<Certificate> of(long productId) {
        return db.query("SELECT " + COLUMNS + " FROM " + table + " WHERE product_id = ? ORDER BY id", Certificates::read,
                productId);
    }

    /** The latest certificates of every product, newest first. */
    List<Certificate> latest(int limit) {
        return db.query("SELECT " + COLUMNS + " FROM " + table + " ORDER BY id DESC LIMIT ?", Certificates::read, limit);
    }

    Optional<Certificate> find(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM " + table + " WHERE id = ?", Certificates::read, id);
    }

    Optional<byte[]> content(long id) {
        return db.queryOne("SELECT content FROM " + table + " WHERE id = ?", row -> row.bytes("content"), id);
    }

    boolean delete(long id) {
        return db.update("DELETE FROM " + table + " WHERE id = ?", id) > 0;
    }

    private static Certificate read(Row row) {
        return new Certificate(row.integer("id"), row.integer("product_id"), row.text("title"), row.text("issuer"),
                row.text("filename"), row.text("content_type"), row.integer("size_bytes"), row.instant("uploaded_at"),
                row.text("uploaded_by"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
