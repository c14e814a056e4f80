package io.tunemall.admin.transfer;

import io.tunemall.catalog.api.ProductExportFilter;
import io.tunemall.catalog.api.ProductFileFormat;
import io.tunemall.catalog.api.ProductTransfer;
import io.tunemall.platform.error.ShopException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The files admin hands out: a product export and an import's problem report, both streamed as they are written. */
@Controller
class ProductFileController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final ProductTransfer transfer;
    private final ImportProblemMessages messages;
    private final MessageSource messageSource;
    private final ZoneId zone;

    ProductFileController(ProductTransfer transfer, ImportProblemMessages messages, MessageSource messageSource,
            java.time.Clock clock) {
        this.transfer = transfer;
        this.messages = messages;
        this.messageSource = messageSource;
        this.zone = clock.getZone();
    }

    @GetMapping("/admin/products/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String category, @RequestParam(required = false) String status) {
        ProductFileFormat fileFormat = ProductFileFormat.of(format).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be csv or xlsx"));
        ProductTransfer.ProductExportWriter writer;
        try {
            writer = transfer.export(new ProductExportFilter(category, status), fileFormat);
        } catch (ShopException unknownFilter) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, unknownFilter.getMessage());
        }
        String name = "products-" + STAMP.format(ZonedDateTime.now(zone)) + "." + fileFormat.extension();
        StreamingResponseBody body = writer::writeTo;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(fileFormat.mediaType()))
                .body(body);
    }

    @GetMapping("/admin/products/import/{id}/problems.csv")
    ResponseEntity<StreamingResponseBody> problems(@PathVariable long id, Locale locale) {
        transfer.importJob(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                csv.printRecord(header("line", locale), header("product-key", locale), header("sku", locale),
                        header("column", locale), header("reason", locale));
                transfer.forEachImportProblem(id, problem -> {
                    ImportProblemMessages.Described row = messages.describe(problem, locale);
                    try {
                        csv.printRecord(row.line(), row.productKey(), row.sku(), row.column(), row.reason());
                    } catch (IOException failure) {
                        throw new java.io.UncheckedIOException(failure);
                    }
                });
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("import-" + id + "-problems.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private String header(String key, Locale locale) {
        return messageSource.getMessage("admin.import.report." + key, null, locale);
    }
}
