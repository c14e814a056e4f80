package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductImportStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last pass: reads the file again and writes the good products, a batch of products at a time. All-or-nothing
 * runs every batch in one transaction, which any problem rolls back whole. Partial commits each batch on its own;
 * a batch the database refuses (a slug someone created meanwhile) is retried product by product, so only the
 * product at fault is left out. Products are locked while compared and written, so an edit made in admin at the
 * same moment is never silently overwritten.
 */
final class ImportWrite {

    /** Problems found only at write time (the catalog changed since the check): all-or-nothing stops on them. */
    static final class Refused extends RuntimeException {
        final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super("refused at write time");
            this.problems = problems;
        }
    }

    private final ImportContext job;
    private final StoredProducts stored;
    private final ProductWrites writes;
    private final ChangeSignals signals;
    private final TransactionTemplate transaction;
    private final List<ImportedProduct> batch = new ArrayList<>();
    private final List<Long> changedInTransaction = new ArrayList<>();

    ImportWrite(ImportContext job, StoredProducts stored, ProductWrites writes, ChangeSignals signals,
            PlatformTransactionManager transactions) {
        this.job = job;
        this.stored = stored;
        this.writes = writes;
        this.signals = signals;
        this.transaction = new TransactionTemplate(transactions);
    }

    void write() {
        job.phase(ProductImportStatus.WRITING);
        if (job.partial()) {
            readAndWrite();
        } else {
            Instant since = job.now();
            transaction.executeWithoutResult(status -> {
                readAndWrite();
                signals.changed(List.copyOf(changedInTransaction), since, job.now());
            });
        }
        job.report();
    }

    private void readAndWrite() {
        RowGroups groups = new RowGroups(job.lastLines, this::product);
        try (SheetReader reader = job.open()) {
            reader.header();
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                if (row.blank() || job.tally.isBad(row.line())) {
                    continue;
                }
                groups.add(job.parser.parse(row));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        flush();
    }

    private void product(List<ParsedRow> rows) {
        ProductBuilder.Built built = job.builder.build(rows);
        if (built.product() == null) {
            throw new IllegalStateException("Product " + rows.get(0).productKey() + " passed the check but not now");
        }
        batch.add(built.product());
        if (batch.size() >= ImportCheck.PRODUCTS_PER_BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<ImportedProduct> products = List.copyOf(batch);
        batch.clear();
        if (!job.partial()) {
            count(write(products));
        } else {
            try {
                count(inOwnTransaction(products));
            } catch (DataAccessException refusedByDatabase) {
                products.forEach(this::writeAlone);
            }
        }
        // A batch is seconds of work: report each one, so the page never sits on a stale count.
        job.report();
    }

    private Written inOwnTransaction(List<ImportedProduct> products) {
        Instant since = job.now();
        return transaction.execute(status -> {
            changedInTransaction.clear();
            Written written = write(products);
            signals.changed(List.copyOf(changedInTransaction), since, job.now());
            return written;
        });
    }

    private void writeAlone(ImportedProduct product) {
        try {
            count(inOwnTransaction(List.of(product)));
        } catch (DataAccessException refused) {
            job.problems(List.of(new Problem(product.firstLine(), product.slug(), null, null, "write-failed",
                    List.of(rootMessage(refused)))));
            job.reject(product.slug(), product.lines());
        }
    }

    /** What one batch did; counted only once its transaction has committed (or, all-or-nothing, will). */
    private record Written(int created, int updated, int unchanged, int rows, List<ImportedProduct> refused,
            List<Problem> problems) {
    }

    private void count(Written written) {
        job.tally.created += written.created();
        job.tally.updated += written.updated();
        job.tally.unchanged += written.unchanged();
        job.tally.writtenRows += written.rows();
        job.problems(written.problems());
        written.refused().forEach(p -> job.reject(p.slug(), p.lines()));
    }

    /** Compares and writes one batch in the current transaction. */
    private Written write(List<ImportedProduct> products) {
        Map<String, StoredProduct> current = stored.bySlugs(products.stream().map(ImportedProduct::slug).toList(), true);
        Map<String, String> owners = stored.skuOwners(products.stream()
                .flatMap(p -> p.variants().stream().map(line -> line.variant().sku())).toList());
        List<ProductPlan> accepted = new ArrayList<>();
        List<ImportedProduct> refused = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] outcomes = new int[ProductPlan.Outcome.values().length];
        int rows = 0;
        for (ImportedProduct product : products) {
            ProductPlan plan = job.planner.plan(product, current.get(product.slug()), owners);
            outcomes[plan.outcome().ordinal()]++;
            if (plan.outcome() == ProductPlan.Outcome.REFUSED) {
                refused.add(product);
                problems.addAll(plan.problems());
            } else {
                rows += product.variants().size();
                accepted.add(plan);
            }
        }
        if (!problems.isEmpty() && !job.partial()) {
            throw new Refused(problems);
        }
        changedInTransaction.addAll(writes.write(accepted, job.now()));
        return new Written(outcomes[ProductPlan.Outcome.CREATED.ordinal()],
                outcomes[ProductPlan.Outcome.UPDATED.ordinal()], outcomes[ProductPlan.Outcome.UNCHANGED.ordinal()],
                rows, refused, problems);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
