package io.tunemall.transfer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.tunemall.catalog.api.ProductImport;
import io.tunemall.catalog.api.ProductTransfer;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Drives the admin import pages as an owner would: logs in, uploads a file, waits for the job to end. */
final class ImportDriver {

    static final String OWNER_PASSWORD = "it-owner-password";

    private final MockMvc mvc;
    private final ProductTransfer transfer;
    private final JdbcTemplate jdbc;
    private Cookie session;

    ImportDriver(MockMvc mvc, ProductTransfer transfer, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.transfer = transfer;
        this.jdbc = jdbc;
    }

    Cookie session() throws Exception {
        if (session == null) {
            session = mvc.perform(formLogin("/admin/login").user("admin").password(OWNER_PASSWORD))
                    .andReturn().getResponse().getCookie("SESSION");
        }
        return session;
    }

    /** Uploads the file and answers the response (a redirect to the job page when the import started). */
    MvcResult upload(String fileName, byte[] content, String mode) throws Exception {
        return mvc.perform(multipart("/admin/products/import")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .param("mode", mode).cookie(session()).with(csrf()))
                .andReturn();
    }

    /** Uploads, waits for the job to end, answers it. */
    ProductImport importAndWait(String fileName, byte[] content, String mode) throws Exception {
        return await(started(upload(fileName, content, mode)));
    }

    static long started(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/admin/products/import/")) {
            String page;
            try {
                page = result.getResponse().getContentAsString();
            } catch (java.io.UnsupportedEncodingException unreadable) {
                page = "";
            }
            int error = page.indexOf("field-error");
            throw new AssertionError("The import did not start: " + result.getResponse().getStatus() + " "
                    + (error < 0 ? location : page.substring(error, Math.min(page.length(), error + 300))));
        }
        return Long.parseLong(location.substring("/admin/products/import/".length()));
    }

    ProductImport await(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            ProductImport job = transfer.importJob(id).orElseThrow();
            if (!job.running()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Import " + id + " did not end in time");
    }

    /** Downloads an export; it is streamed, so MockMvc has to follow the asynchronous dispatch. */
    byte[] export(String query) throws Exception {
        return download("/admin/products/export?" + query);
    }

    byte[] download(String path) throws Exception {
        MvcResult started = mvc.perform(get(path).cookie(session())).andReturn();
        started.getAsyncResult(Duration.ofSeconds(60).toMillis());
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
    }

    /** A category of this test's own, so that its products are apart from every other test's. */
    String newCategory() {
        String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO category (name, slug, sort_order, visible, created_at, updated_at) "
                + "VALUES (?, ?, 99, TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))", "테스트 " + slug, slug);
        return slug;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
