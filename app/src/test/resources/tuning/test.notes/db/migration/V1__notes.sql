CREATE TABLE tm_test_notes_note
(
    id   BIGINT       NOT NULL AUTO_INCREMENT,
    text VARCHAR(200) NOT NULL,
    PRIMARY KEY (id)
);
