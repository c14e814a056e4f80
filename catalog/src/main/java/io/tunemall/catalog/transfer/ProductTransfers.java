package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductExportFilter;
import io.tunemall.catalog.api.ProductFileFormat;
import io.tunemall.catalog.api.ProductImport;
import io.tunemall.catalog.api.ProductImportMode;
import io.tunemall.catalog.api.ProductImportProblem;
import io.tunemall.catalog.api.ProductImportStatus;
import io.tunemall.catalog.api.ProductTransfer;
import io.tunemall.platform.PlatformProperties;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Starts imports on this node's import thread and answers for their state from the database. One import runs at a
 * time in the whole shop (the running slot of catalog_import_job); a job whose node stopped beating for
 * {@link #STALE_AFTER} is taken to be dead, so a crashed node cannot block imports for ever.
 */
@Service
class ProductTransfers implements ProductTransfer, DisposableBean {

    static final Duration STALE_AFTER = Duration.ofMinutes(3);

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final ProductExport export;
    private final ShopClock clock;
    private final Path workDir;
    private final String node;
    private final ExecutorService importThread = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "product-import");
        thread.setDaemon(true);
        return thread;
    });

    ProductTransfers(ImportJobs jobs, ImportRunner runner, ProductExport export, ShopClock clock,
            PlatformProperties properties) {
        this.jobs = jobs;
        this.runner = runner;
        this.export = export;
        this.clock = clock;
        this.workDir = properties.dataDir().resolve("imports").toAbsolutePath().normalize();
        this.node = nodeName();
    }

    @Override
    public ProductImport startImport(String fileName, InputStream content, ProductImportMode mode, String startedBy)
            throws IOException {
        ProductFileFormat format = ProductFileFormat.of(fileName).orElseThrow(() -> ShopException.invalid(
                "import-file", "Only CSV and XLSX files can be imported: " + fileName));
        jobs.abandonIfStale(clock.now().minus(STALE_AFTER), "The node running this import stopped.", clock.now());
        long id = jobs.claim(fileName, format, mode, startedBy, node, clock.now()).orElseThrow(() -> {
            ProductImport running = jobs.running().orElse(null);
            return ShopException.conflict("import-running", running == null ? "Another import is running."
                    : "Import #" + running.id() + " (" + running.fileName() + ") is running; wait for it to finish.");
        });
        Path file = workDir.resolve("import-" + id + "." + format.extension());
        try {
            Files.createDirectories(workDir);
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            if (format == ProductFileFormat.XLSX && !zip(file)) {
                throw ShopException.invalid("import-file", fileName + " is not an XLSX workbook (an old .xls?)");
            }
        } catch (IOException | RuntimeException failure) {
            Files.deleteIfExists(file);
            jobs.finish(id, ProductImportStatus.REJECTED, new ImportTally(),
                    failure.getMessage(), clock.now());
            throw failure;
        }
        ImportContext context = new ImportContext(id, file, format, mode, jobs, clock);
        importThread.submit(() -> runner.run(context));
        return jobs.find(id).orElseThrow();
    }

    private static boolean zip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    @Override
    public Optional<ProductImport> importJob(long id) {
        jobs.abandonIfStale(clock.now().minus(STALE_AFTER), "The node running this import stopped.", clock.now());
        return jobs.find(id);
    }

    @Override
    public List<ProductImport> recentImports(int limit) {
        return jobs.recent(limit);
    }

    @Override
    public List<ProductImportProblem> importProblems(long jobId, int limit) {
        return jobs.problems(jobId, limit);
    }

    @Override
    public void forEachImportProblem(long jobId, Consumer<ProductImportProblem> consumer) {
        jobs.forEachProblem(jobId, consumer);
    }

    @Override
    public ProductExportWriter export(ProductExportFilter filter, ProductFileFormat format) {
        return export.prepare(filter, format);
    }

    @Override
    public void destroy() {
        importThread.shutdownNow();
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (IOException unknown) {
            return "node/" + ProcessHandle.current().pid();
        }
    }
}
