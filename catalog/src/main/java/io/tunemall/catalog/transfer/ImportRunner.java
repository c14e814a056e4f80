package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductImportStatus;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.platform.time.ShopClock;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Runs one import job through its passes, on the import thread, and always ends it with a status and a message. */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final StoredProducts stored;
    private final ProductWrites writes;
    private final ChangeSignals signals;
    private final PlatformTransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final MediaStore media;
    private final ShopClock clock;

    ImportRunner(StoredProducts stored, ProductWrites writes, ChangeSignals signals,
            PlatformTransactionManager transactions, JdbcTemplate jdbc, MediaStore media, ShopClock clock) {
        this.stored = stored;
        this.writes = writes;
        this.signals = signals;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.media = media;
        this.clock = clock;
    }

    void run(ImportContext job) {
        long started = System.nanoTime();
        try {
            job.jobs.started(job.jobId, ProductImportStatus.VALIDATING, clock.now());
            ImportCheck check = new ImportCheck(job, stored);
            if (!check.count()) {
                job.finish(ProductImportStatus.REJECTED, "The file could not be read: see the problems.");
                return;
            }
            Map<String, Boolean> images = new HashMap<>();
            job.parser = new RowParser(job.header, CatalogLookup.load(jdbc), new ShopMoments(clock.zone()),
                    path -> images.computeIfAbsent(path, media::exists));
            job.builder = new ProductBuilder(job.header);
            job.planner = new ProductPlanner(job.header);
            check.check();
            if (job.tally.badRows() > 0 && !job.partial()) {
                job.finish(ProductImportStatus.REJECTED, job.tally.badRows() + " of " + job.tally.totalRows
                        + " rows are bad; nothing was written.");
                return;
            }
            if (job.tally.goodRows() == 0) {
                job.finish(ProductImportStatus.REJECTED, "No row is good; nothing was written.");
                return;
            }
            new ImportWrite(job, stored, writes, signals, transactions).write();
            job.finish(ProductImportStatus.COMPLETED, null);
            log.info("Import {} done in {} ms: {} rows, {} created, {} updated, {} unchanged, {} bad rows",
                    job.jobId, (System.nanoTime() - started) / 1_000_000, job.tally.totalRows, job.tally.created,
                    job.tally.updated, job.tally.unchanged, job.tally.badRows());
        } catch (ImportWrite.Refused refused) {
            // All-or-nothing met a product the catalog no longer accepts (it changed after the check): rolled back.
            nothingWritten(job);
            job.problems(refused.problems);
            job.finish(ProductImportStatus.REJECTED, "The catalog changed during the import; nothing was written.");
        } catch (CsvCharsets.UnsupportedEncoding encoding) {
            job.problems(List.of(Problem.ofFile("file-encoding", encoding.getMessage())));
            job.finish(ProductImportStatus.REJECTED, "The file is in " + encoding.getMessage() + ".");
        } catch (IOException unreadable) {
            // Only the checking passes read the file with checked exceptions: nothing was written yet.
            job.problems(List.of(Problem.ofFile("file-unreadable", String.valueOf(unreadable.getMessage()))));
            job.finish(ProductImportStatus.REJECTED, "The file could not be read: " + unreadable.getMessage());
        } catch (RuntimeException failure) {
            log.warn("Import {} failed", job.jobId, failure);
            if (!job.partial()) {
                nothingWritten(job);
            }
            job.finish(ProductImportStatus.FAILED, failure.getClass().getSimpleName() + ": " + failure.getMessage());
        } finally {
            try {
                Files.deleteIfExists(job.file);
            } catch (IOException ignored) {
                log.warn("Could not delete the import file {}", job.file);
            }
        }
    }

    private static void nothingWritten(ImportContext job) {
        job.tally.created = 0;
        job.tally.updated = 0;
        job.tally.unchanged = 0;
        job.tally.writtenRows = 0;
    }
}
