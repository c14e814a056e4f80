package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductFileFormat;
import io.tunemall.catalog.api.ProductImport;
import io.tunemall.catalog.api.ProductImportMode;
import io.tunemall.catalog.api.ProductImportProblem;
import io.tunemall.catalog.api.ProductImportStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import jobs and their problems in the database, where every node sees them. Each write is its own short
 * transaction, so progress shows while an all-or-nothing import still holds its big one open.
 */
@Component
class ImportJobs {

    /** The one value of {@code running_slot}: its unique key lets a single import run at a time. */
    static final String SLOT = "shop";
    private static final String ARGUMENT_SEPARATOR = "\u001F";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private void apart(Runnable write) {
        ownTransaction.executeWithoutResult(status -> write.run());
    }

    /** Records a new running job, or answers empty when another job holds the running slot. */
    Optional<Long> claim(String fileName, ProductFileFormat format, ProductImportMode mode, String startedBy,
            String node, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("INSERT INTO catalog_import_job (file_name, file_format, "
                        + "import_mode, status, running_slot, started_by, node, created_at, heartbeat_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                statement.setString(1, truncate(fileName, 255));
                statement.setString(2, format.name());
                statement.setString(3, mode.name());
                statement.setString(4, ProductImportStatus.QUEUED.name());
                statement.setString(5, SLOT);
                statement.setString(6, truncate(startedBy, 100));
                statement.setString(7, truncate(node, 100));
                statement.setTimestamp(8, timestamp(now));
                statement.setTimestamp(9, timestamp(now));
                return statement;
            }, key);
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
        return Optional.of(key.getKey().longValue());
    }

    /** The job holding the running slot, if any. */
    Optional<ProductImport> running() {
        return jdbc.query("SELECT * FROM catalog_import_job WHERE running_slot = ?", ImportJobs::job, SLOT).stream()
                .findFirst();
    }

    Optional<ProductImport> find(long id) {
        return jdbc.query("SELECT * FROM catalog_import_job WHERE id = ?", ImportJobs::job, id).stream().findFirst();
    }

    List<ProductImport> recent(int limit) {
        return jdbc.query("SELECT * FROM catalog_import_job ORDER BY id DESC LIMIT ?", ImportJobs::job, limit);
    }

    void started(long id, ProductImportStatus status, Instant now) {
        apart(() -> jdbc.update("UPDATE catalog_import_job SET status = ?, started_at = ?, heartbeat_at = ? "
                + "WHERE id = ?", status.name(), timestamp(now), timestamp(now), id));
    }

    void progress(long id, ProductImportStatus status, ImportTally tally, Instant now) {
        apart(() -> jdbc.update("UPDATE catalog_import_job SET status = ?, total_rows = ?, validated_rows = ?, written_rows = ?, "
                        + "good_rows = ?, bad_rows = ?, products_created = ?, products_updated = ?, "
                        + "products_unchanged = ?, products_rejected = ?, heartbeat_at = ? WHERE id = ?",
                status.name(), tally.totalRows, tally.validatedRows, tally.writtenRows, tally.goodRows(),
                tally.badRows(), tally.created, tally.updated, tally.unchanged, tally.rejectedProducts(),
                timestamp(now), id));
    }

    /** Ends the job and frees the running slot for the next one. */
    void finish(long id, ProductImportStatus status, ImportTally tally, String message, Instant now) {
        progress(id, status, tally, now);
        apart(() -> jdbc.update("UPDATE catalog_import_job SET running_slot = NULL, message = ?, finished_at = ? "
                + "WHERE id = ?", truncate(message, 1000), timestamp(now), id));
    }

    /** Ends the running job if its node has not beaten since {@code staleBefore}, so that a new import may run. */
    boolean abandonIfStale(Instant staleBefore, String message, Instant now) {
        return jdbc.update("UPDATE catalog_import_job SET status = ?, running_slot = NULL, message = ?, "
                        + "finished_at = ? WHERE running_slot = ? AND heartbeat_at < ?",
                ProductImportStatus.INTERRUPTED.name(), message, timestamp(now), SLOT, timestamp(staleBefore)) == 1;
    }

    void addProblems(long jobId, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        apart(() -> jdbc.batchUpdate("INSERT INTO catalog_import_problem (job_id, line_no, product_key, sku, "
                + "column_name, code, arguments) VALUES (?, ?, ?, ?, ?, ?, ?)", problems.stream().map(p -> new Object[] {
                jobId, p.line(), truncate(p.productKey(), 220), truncate(p.sku(), 64), truncate(p.column(), 120),
                p.code(), truncate(String.join(ARGUMENT_SEPARATOR, p.arguments()), 1000)}).toList()));
    }

    List<ProductImportProblem> problems(long jobId, int limit) {
        // The rows' own problems first: "left out with its product" notes would otherwise fill the page.
        return jdbc.query("SELECT * FROM catalog_import_problem WHERE job_id = ? ORDER BY "
                + "CASE WHEN code = 'product-has-bad-rows' THEN 1 ELSE 0 END, line_no, id LIMIT ?",
                ImportJobs::problem, jobId, limit);
    }

    /** Every problem in line order, a page at a time (keyset on line and id). */
    void forEachProblem(long jobId, Consumer<ProductImportProblem> consumer) {
        int afterLine = -1;
        long afterId = -1;
        while (true) {
            List<Object[]> page = jdbc.query("SELECT * FROM catalog_import_problem WHERE job_id = ? AND "
                            + "(line_no > ? OR (line_no = ? AND id > ?)) ORDER BY line_no, id LIMIT 1000",
                    (result, i) -> new Object[] {problem(result, i), result.getLong("id")},
                    jobId, afterLine, afterLine, afterId);
            for (Object[] entry : page) {
                consumer.accept((ProductImportProblem) entry[0]);
            }
            if (page.size() < 1000) {
                return;
            }
            Object[] last = page.get(page.size() - 1);
            afterLine = ((ProductImportProblem) last[0]).line();
            afterId = (Long) last[1];
        }
    }

    private static ProductImport job(ResultSet r, int index) throws SQLException {
        return new ProductImport(r.getLong("id"), r.getString("file_name"),
                ProductFileFormat.valueOf(r.getString("file_format")),
                ProductImportMode.valueOf(r.getString("import_mode")),
                ProductImportStatus.valueOf(r.getString("status")), r.getInt("total_rows"), r.getInt("validated_rows"),
                r.getInt("written_rows"), r.getInt("good_rows"), r.getInt("bad_rows"), r.getInt("products_created"),
                r.getInt("products_updated"), r.getInt("products_unchanged"), r.getInt("products_rejected"),
                r.getString("started_by"), r.getString("message"), StoredProducts.instant(r, "created_at"),
                StoredProducts.instant(r, "started_at"), StoredProducts.instant(r, "finished_at"));
    }

    private static ProductImportProblem problem(ResultSet r, int index) throws SQLException {
        String arguments = r.getString("arguments");
        return new ProductImportProblem(r.getInt("line_no"), r.getString("product_key"), r.getString("sku"),
                r.getString("column_name"), r.getString("code"), arguments == null || arguments.isEmpty() ? List.of()
                        : Arrays.asList(arguments.split(ARGUMENT_SEPARATOR, -1)));
    }

    private static Timestamp timestamp(Instant moment) {
        return moment == null ? null : Timestamp.valueOf(StoredProducts.utc(moment));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
