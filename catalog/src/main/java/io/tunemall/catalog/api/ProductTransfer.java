package io.tunemall.catalog.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Bulk import and export of products with their variants, as CSV or XLSX files in one documented format
 * (docs/catalog-import.md). An import runs as a background job whose state is kept in the database, so its progress
 * and report can be read from any node and survive a page reload.
 */
public interface ProductTransfer {

    /**
     * Stores the file and starts importing it in the background.
     *
     * @throws io.tunemall.platform.error.ShopException 409 {@code import-running} while another import runs, or 422
     *         {@code import-file} for a file that is neither CSV nor XLSX
     */
    ProductImport startImport(String fileName, InputStream content, ProductImportMode mode, String startedBy)
            throws IOException;

    Optional<ProductImport> importJob(long id);

    /** The latest imports, newest first. */
    List<ProductImport> recentImports(int limit);

    /**
     * The first problems of an import for showing on a page: the rows' own problems in line order, then the rows
     * left out only because another row of their product is bad.
     */
    List<ProductImportProblem> importProblems(long jobId, int limit);

    /** Every problem of an import in line order, read in pages so that a report of 100,000 rows stays small. */
    void forEachImportProblem(long jobId, Consumer<ProductImportProblem> consumer);

    /**
     * The products the filter selects, one row per variant, in the import format. The filter is checked at once;
     * the file is read from the catalog and written only as the returned writer streams it.
     *
     * @throws io.tunemall.platform.error.ShopException 422 for a category or status that does not exist
     */
    ProductExportWriter export(ProductExportFilter filter, ProductFileFormat format);

    /** Streams an export to wherever it goes (an HTTP response, a file). */
    @FunctionalInterface
    interface ProductExportWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
