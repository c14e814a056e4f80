package io.tunemall.examples.certificates;

import io.tunemall.sdk.catalog.CatalogReader;
import io.tunemall.sdk.web.Reply;
import io.tunemall.sdk.web.RouteRequest;
import io.tunemall.sdk.web.Upload;
import java.util.Map;
import java.util.Optional;

/** The module's pages: upload and delete from the admin product page, the admin list, downloads for shoppers. */
class CertificatePages {

    private final Certificates certificates;
    private final CatalogReader catalog;

    CertificatePages(Certificates certificates, CatalogReader catalog) {
        this.certificates = certificates;
        this.catalog = catalog;
    }

    /** From the panel on the admin product page; back to that page, with the problem when the file is refused. */
    Reply upload(RouteRequest request) {
        long productId = Long.parseLong(request.pathVariable("productId"));
        String title = request.parameter("title").orElse("");
        Optional<Upload> file = request.upload("file");
        String problem = CertificateFile.problemWith(title, file.map(Upload::filename).orElse(""),
                file.map(Upload::bytes).orElse(null));
        if (problem != null) {
            return Reply.page("certificates", "인증서를 올리지 못했습니다", Map.of("problem", problem,
                    "productId", productId));
        }
        Upload upload = file.orElseThrow();
        certificates.add(productId, new CertificateFile(title, request.parameter("issuer").orElse(null),
                upload.filename(), CertificateFile.typeOf(upload.bytes()), upload.bytes()),
                request.user().orElse("unknown"));
        return Reply.redirect("/admin/products/" + productId + "#certificates");
    }

    Reply delete(RouteRequest request) {
        Optional<Certificate> certificate = certificates.find(Long.parseLong(request.pathVariable("id")));
        if (certificate.isEmpty()) {
            return Reply.notFound();
        }
        certificates.delete(certificate.get().id());
        return Reply.redirect("/admin/products/" + certificate.get().productId() + "#certificates");
    }

    Reply list(RouteRequest request) {
        return Reply.page("list", "품질 인증서", Map.of("certificates", certificates.latest(100)));
    }

    /** Only certificates of products shoppers can see are downloadable. */
    Reply download(RouteRequest request) {
        long id;
        try {
            id = Long.parseLong(request.pathVariable("id"));
        } catch (NumberFormatException notAnId) {
            return Reply.notFound();
        }
        Optional<Certificate> certificate = certificates.find(id)
                .filter(found -> catalog.product(found.productId()).isPresent());
        if (certificate.isEmpty()) {
            return Reply.notFound();
        }
        return Reply.file(certificate.get().filename(), certificate.get().contentType(),
                certificates.content(id).orElseThrow());
    }
}
