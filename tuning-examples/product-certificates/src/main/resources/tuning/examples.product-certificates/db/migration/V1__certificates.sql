-- Quality certificates (KC, HACCP, 친환경 인증, test reports) attached to products, with the file itself: they are
-- small documents the shop must be able to show for years, kept with the module's data.
CREATE TABLE tm_examples_product_certificates_certificate
(
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    product_id   BIGINT       NOT NULL,
    title        VARCHAR(100) NOT NULL,
    issuer       VARCHAR(100) NULL,
    filename     VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    uploaded_at  TIMESTAMP(6) NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX tm_examples_product_certificates_by_product ON tm_examples_product_certificates_certificate (product_id);
