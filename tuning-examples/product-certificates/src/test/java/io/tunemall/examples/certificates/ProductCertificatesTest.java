package io.tunemall.examples.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.tunemall.sdk.catalog.CatalogReader;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.view.Slots;
import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.Reply;
import io.tunemall.tuning.testkit.FakeCatalog;
import io.tunemall.tuning.testkit.FakeModuleContext;
import io.tunemall.tuning.testkit.ModuleHarness;
import io.tunemall.tuning.testkit.TestModuleDatabase;
import io.tunemall.tuning.testkit.TestRequest;
import io.tunemall.tuning.testkit.TestSlot;
import io.tunemall.tuning.testkit.TuningModuleRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductCertificatesTest {

    static final byte[] PDF = "%PDF-1.7 KC certificate".getBytes();
    static final String ID = ProductCertificates.ID;

    final FakeCatalog catalog = new FakeCatalog();
    final long product = catalog.product("유기농 현미 4kg", 32_000);
    final ModuleDatabase db = TestModuleDatabase.of(ID);
    final ModuleHarness module = ModuleHarness.of(new ProductCertificates(),
            new FakeModuleContext(ID).with(ModuleDatabase.class, db).with(CatalogReader.class, catalog));

    Reply upload(String title, String filename, byte[] bytes) {
        return module.route(Area.ADMIN, "POST", "/products/{productId}/certificates").handle(
                TestRequest.post(Area.ADMIN, ID, "/products/" + product + "/certificates")
                        .pathVariable("productId", String.valueOf(product)).user("admin", ProductCertificates.MANAGE)
                        .parameter("title", title).parameter("issuer", "한국인증원").upload("file", filename, "application/pdf", bytes));
    }

    @SuppressWarnings("unchecked")
    List<Certificate> shown(String slot) {
        List<Map<String, Object>> models = module.chain(Slots.point(slot))
                .collect(fill -> fill.model(TestSlot.of(slot).product(catalog.product(product).orElseThrow())));
        return models.isEmpty() ? List.of() : (List<Certificate>) models.get(0).get("certificates");
    }

    @Test
    void staff_upload_a_certificate_from_the_product_page_and_shoppers_download_it() {
        assertThat(shown(Slots.PRODUCT_DETAIL_BOTTOM)).as("no list while there is nothing to download").isEmpty();

        assertThat(upload("친환경 인증", "organic.pdf", PDF))
                .isEqualTo(Reply.redirect("/admin/products/" + product + "#certificates"));

        assertThat(shown(Slots.ADMIN_PRODUCT_FORM)).singleElement().satisfies(certificate -> {
            assertThat(certificate.title()).isEqualTo("친환경 인증");
            assertThat(certificate.issuer()).isEqualTo("한국인증원");
            assertThat(certificate.contentType()).isEqualTo("application/pdf");
            assertThat(certificate.uploadedBy()).isEqualTo("admin");
        });
        Certificate listed = shown(Slots.PRODUCT_DETAIL_BOTTOM).get(0);
        Reply download = module.route(Area.STOREFRONT, "GET", "/certificates/{id}").handle(TestRequest.get(Area.STOREFRONT,
                ID, "/certificates/" + listed.id()).pathVariable("id", String.valueOf(listed.id())));
        assertThat(download).isInstanceOfSatisfying(Reply.File.class, file -> {
            assertThat(file.filename()).isEqualTo("organic.pdf");
            assertThat(file.bytes()).isEqualTo(PDF);
        });
    }

    @Test
    void files_that_are_not_pdf_jpeg_or_png_or_too_big_are_refused_with_the_reason() {
        assertThat(upload("실행 파일", "setup.exe", "MZ...".getBytes())).isInstanceOfSatisfying(Reply.Page.class,
                page -> assertThat(page.model().get("problem")).asString().contains("PDF, JPEG, PNG 파일만"));
        assertThat(upload("", "kc.pdf", PDF)).isInstanceOfSatisfying(Reply.Page.class,
                page -> assertThat(page.model().get("problem")).isEqualTo("인증서 이름을 입력하세요."));
        byte[] huge = new byte[CertificateFile.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThat(upload("큰 파일", "big.pdf", huge)).isInstanceOfSatisfying(Reply.Page.class,
                page -> assertThat(page.model().get("problem")).isEqualTo("인증서 파일은 5MB 이하여야 합니다."));
        assertThat(shown(Slots.ADMIN_PRODUCT_FORM)).isEmpty();
    }

    @Test
    void a_certificate_of_a_product_shoppers_cannot_see_is_not_downloadable_and_deleting_one_removes_it() {
        upload("KC 인증", "kc.pdf", PDF);
        Certificate certificate = shown(Slots.ADMIN_PRODUCT_FORM).get(0);
        FakeCatalog empty = new FakeCatalog();
        ModuleHarness hidden = ModuleHarness.of(new ProductCertificates(),
                new FakeModuleContext(ID).with(ModuleDatabase.class, db).with(CatalogReader.class, empty));

        assertThat(hidden.route(Area.STOREFRONT, "GET", "/certificates/{id}").handle(TestRequest.get(Area.STOREFRONT, ID,
                "/certificates/x").pathVariable("id", String.valueOf(certificate.id())))).isEqualTo(Reply.notFound());

        module.route(Area.ADMIN, "POST", "/certificates/{id}/delete").handle(TestRequest.post(Area.ADMIN, ID, "/x")
                .pathVariable("id", String.valueOf(certificate.id())));
        assertThat(shown(Slots.ADMIN_PRODUCT_FORM)).isEmpty();
    }

    @Test
    void the_module_declares_what_it_needs_and_uses_only_the_sdk() {
        assertThat(module.manifest().permissions()).containsExactly(ProductCertificates.MANAGE);
        assertThat(module.routes()).extracting(route -> route.area() + " " + route.method() + " " + route.path())
                .contains("ADMIN POST /products/{productId}/certificates", "STOREFRONT GET /certificates/{id}");
        TuningModuleRules.usesOnlyTheSdk("io.tunemall.examples.certificates").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tunemall.examples.certificates"));
    }
}
