package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductFileFormat;
import io.tunemall.catalog.api.ProductImportMode;
import io.tunemall.catalog.api.ProductImportStatus;
import io.tunemall.platform.time.ShopClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One import job's file, choices and running state, shared by its passes: the header, the last line of every
 * product, the counts, and the problems waiting to be stored. Progress goes to the database at most every half
 * second, so a 100,000-row file costs a few hundred small updates, not 100,000.
 */
final class ImportContext {

    private static final long PROGRESS_EVERY_MILLIS = 500;
    private static final int PROBLEMS_PER_BATCH = 500;

    final long jobId;
    final Path file;
    final ProductFileFormat format;
    final ProductImportMode mode;
    final ImportTally tally = new ImportTally();
    final ImportJobs jobs;
    final ShopClock clock;
    SheetHeader header;
    RowParser parser;
    ProductBuilder builder;
    ProductPlanner planner;
    /** The last line of each product key, from the counting pass. */
    Map<String, Integer> lastLines;

    private final List<Problem> problems = new ArrayList<>();
    private ProductImportStatus status = ProductImportStatus.VALIDATING;
    private long lastProgress;

    ImportContext(long jobId, Path file, ProductFileFormat format, ProductImportMode mode, ImportJobs jobs,
            ShopClock clock) {
        this.jobId = jobId;
        this.file = file;
        this.format = format;
        this.mode = mode;
        this.jobs = jobs;
        this.clock = clock;
    }

    SheetReader open() throws IOException {
        return SheetReader.open(file, format);
    }

    boolean partial() {
        return mode == ProductImportMode.PARTIAL;
    }

    void problems(List<Problem> found) {
        for (Problem problem : found) {
            problems.add(problem);
            tally.bad(problem.line());
        }
        if (problems.size() >= PROBLEMS_PER_BATCH) {
            flushProblems();
        }
    }

    /**
     * Keeps a whole product out. In partial mode its rows without a problem of their own are reported too, so the
     * owner sees that they were left out and why.
     */
    void reject(String productKey, List<Integer> lines) {
        tally.reject(productKey);
        if (!partial()) {
            return;
        }
        List<Problem> siblings = new ArrayList<>();
        for (int line : lines) {
            if (!tally.isBad(line)) {
                siblings.add(new Problem(line, productKey, null, null, "product-has-bad-rows", List.of()));
            }
        }
        problems(siblings);
    }

    void flushProblems() {
        jobs.addProblems(jobId, List.copyOf(problems));
        problems.clear();
    }

    void phase(ProductImportStatus next) {
        status = next;
        report();
    }

    /** Stores progress if the last report is old enough; also the node's sign of life for other nodes. */
    void progress() {
        if (System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
            report();
        }
    }

    void report() {
        flushProblems();
        jobs.progress(jobId, status, tally, now());
        lastProgress = System.currentTimeMillis();
    }

    void finish(ProductImportStatus end, String message) {
        flushProblems();
        jobs.finish(jobId, end, tally, message, now());
    }

    Instant now() {
        return clock.now();
    }
}
