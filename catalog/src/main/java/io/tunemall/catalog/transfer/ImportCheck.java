package io.tunemall.catalog.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first two passes over an import file. Counting: the header, the number of rows and each product's last line.
 * Checking: every row on its own, every product across its rows, and every product against the catalog (SKUs of
 * other products, option axes, a kept sale price above a new price), in batches of products. Nothing is written to
 * the catalog; every problem is stored with its line.
 */
final class ImportCheck {

    static final int PRODUCTS_PER_BATCH = 500;

    private final ImportContext job;
    private final StoredProducts stored;
    private final Map<String, Integer> skuLines = new HashMap<>();
    private final List<ImportedProduct> pending = new ArrayList<>();

    ImportCheck(ImportContext job, StoredProducts stored) {
        this.job = job;
        this.stored = stored;
    }

    /** Reads the header and counts; answers false (with the problems stored) when the header is unusable. */
    boolean count() throws IOException {
        Map<String, Integer> lastLines = new HashMap<>();
        try (SheetReader reader = job.open()) {
            SheetRow first = reader.header();
            if (first == null) {
                job.problems(List.of(Problem.ofFile("file-empty")));
                return false;
            }
            job.header = new SheetHeader(first);
            if (!job.header.problems().isEmpty()) {
                job.problems(job.header.problems());
                return false;
            }
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                if (row.blank()) {
                    continue;
                }
                job.tally.totalRows++;
                String key = job.header.value(row, TransferColumn.PRODUCT_KEY);
                if (!key.isEmpty()) {
                    lastLines.put(key, row.line());
                }
                if (job.tally.totalRows % 1000 == 0) {
                    job.progress();
                }
            }
        }
        job.lastLines = lastLines;
        if (job.tally.totalRows == 0) {
            job.problems(List.of(Problem.ofFile("file-no-rows")));
            return false;
        }
        job.report();
        return true;
    }

    void check() throws IOException {
        RowGroups groups = new RowGroups(job.lastLines, this::product);
        try (SheetReader reader = job.open()) {
            reader.header();
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                if (row.blank()) {
                    continue;
                }
                groups.add(withDuplicateSku(job.parser.parse(row)));
                job.tally.validatedRows++;
                job.progress();
            }
        }
        checkAgainstCatalog();
        job.report();
    }

    private ParsedRow withDuplicateSku(ParsedRow row) {
        if (row.sku().isEmpty()) {
            return row;
        }
        Integer first = skuLines.putIfAbsent(row.sku(), row.line());
        if (first == null) {
            return row;
        }
        List<Problem> problems = new ArrayList<>(row.problems());
        problems.add(new Problem(row.line(), row.productKey(), row.sku(), TransferColumn.SKU.key(),
                "duplicate-sku-in-file", List.of(row.sku(), Integer.toString(first))));
        return new ParsedRow(row.line(), row.productKey(), row.sku(), null, null, row.options(), row.optionImages(),
                problems);
    }

    private void product(List<ParsedRow> rows) {
        rows.forEach(row -> job.problems(row.problems()));
        ProductBuilder.Built built = job.builder.build(rows);
        job.problems(built.problems());
        if (built.product() == null) {
            String key = rows.get(0).productKey();
            job.reject(key.isEmpty() ? "#" + rows.get(0).line() : key, rows.stream().map(ParsedRow::line).toList());
            return;
        }
        pending.add(built.product());
        if (pending.size() >= PRODUCTS_PER_BATCH) {
            checkAgainstCatalog();
        }
    }

    private void checkAgainstCatalog() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, StoredProduct> current = stored.bySlugs(pending.stream().map(ImportedProduct::slug).toList(), false);
        Map<String, String> owners = stored.skuOwners(pending.stream()
                .flatMap(p -> p.variants().stream().map(line -> line.variant().sku())).toList());
        for (ImportedProduct product : pending) {
            ProductPlan plan = job.planner.plan(product, current.get(product.slug()), owners);
            if (!plan.problems().isEmpty()) {
                job.problems(plan.problems());
                job.reject(product.slug(), product.lines());
            }
        }
        pending.clear();
    }
}
