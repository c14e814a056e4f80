package io.tunemall.admin.transfer;

import io.tunemall.catalog.api.CatalogQueries;
import io.tunemall.catalog.api.CategorySummary;
import io.tunemall.catalog.api.ProductImport;
import io.tunemall.catalog.api.ProductImportMode;
import io.tunemall.catalog.api.ProductTransfer;
import io.tunemall.platform.error.ShopException;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The bulk import pages: the upload form (with the export form beside it), and a job's page, which follows its
 * progress from the database and so keeps working across reloads and nodes.
 */
@Controller
class ProductImportController {

    static final int PROBLEMS_ON_PAGE = 200;

    private final ProductTransfer transfer;
    private final CatalogQueries catalog;
    private final ImportProblemMessages messages;
    private final MessageSource messageSource;

    ProductImportController(ProductTransfer transfer, CatalogQueries catalog, ImportProblemMessages messages,
            MessageSource messageSource) {
        this.transfer = transfer;
        this.catalog = catalog;
        this.messages = messages;
        this.messageSource = messageSource;
    }

    @GetMapping("/admin/products/import")
    String form(Model model) {
        model.addAttribute("recent", transfer.recentImports(10));
        model.addAttribute("categories", flatten(catalog.categoryMenu()));
        model.addAttribute("modes", ProductImportMode.values());
        return "admin/transfer/import";
    }

    @PostMapping("/admin/products/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mode", defaultValue = "ALL_OR_NOTHING") ProductImportMode mode, Principal staff,
            Model model, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(model, "admin.import.error.no-file", null, locale);
        }
        try (InputStream content = file.getInputStream()) {
            ProductImport job = transfer.startImport(file.getOriginalFilename(), content, mode, staff.getName());
            return "redirect:/admin/products/import/" + job.id();
        } catch (ShopException refused) {
            return refused(model, "admin.import.error." + refused.code(), refused.getMessage(), locale);
        }
    }

    private String refused(Model model, String key, String detail, Locale locale) {
        model.addAttribute("fileError", messageSource.getMessage(key, new Object[] {detail}, detail, locale));
        return form(model);
    }

    @GetMapping("/admin/products/import/{id}")
    String job(@PathVariable long id, Model model, Locale locale) {
        ProductImport job = transfer.importJob(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        model.addAttribute("problems", job.running() ? List.of()
                : messages.describe(transfer.importProblems(id, PROBLEMS_ON_PAGE), locale));
        model.addAttribute("moreProblems", !job.running() && job.badRows() > PROBLEMS_ON_PAGE);
        return "admin/transfer/job";
    }

    /** What the job page's script polls: small, and read from the database like the page itself. */
    @GetMapping(path = "/admin/products/import/{id}/status", produces = "application/json")
    @ResponseBody
    ImportProgress status(@PathVariable long id, Locale locale) {
        ProductImport job = transfer.importJob(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new ImportProgress(job.id(), job.status().name(),
                messageSource.getMessage("admin.import.status." + job.status().name(), null, locale), job.running(),
                job.percent(), job.totalRows(), job.validatedRows(), job.writtenRows(), job.goodRows(), job.badRows(),
                job.productsCreated(), job.productsUpdated(), job.productsUnchanged(), job.productsRejected());
    }

    record ImportProgress(long id, String status, String statusLabel, boolean running, int percent, int totalRows,
            int validatedRows, int writtenRows, int goodRows, int badRows, int productsCreated, int productsUpdated,
            int productsUnchanged, int productsRejected) {
    }

    static List<CategorySummary> flatten(List<CategorySummary> tree) {
        List<CategorySummary> all = new ArrayList<>();
        for (CategorySummary category : tree) {
            all.add(category);
            all.addAll(flatten(category.children()));
        }
        return all;
    }
}
