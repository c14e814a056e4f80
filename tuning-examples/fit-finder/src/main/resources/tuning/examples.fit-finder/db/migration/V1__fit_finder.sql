-- Stock per SKU as the ERP last reported it: the ERP knows the warehouse better than the shop does.
CREATE TABLE tm_examples_fit_finder_stock
(
    sku         VARCHAR(64)  NOT NULL,
    quantity    INT          NOT NULL,
    received_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (sku)
);

-- The quiz's answers, for the merchandiser: which fits and sizes shoppers look for, and whether they found any.
CREATE TABLE tm_examples_fit_finder_answer
(
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    gender      VARCHAR(10)  NOT NULL,
    size        VARCHAR(20)  NOT NULL,
    fit         VARCHAR(10)  NOT NULL,
    recommended INT          NOT NULL,
    answered_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
);
