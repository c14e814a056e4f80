package io.tunemall.catalog.api;

import java.util.List;

/**
 * One reason a row was refused. {@code line} is the row number as a spreadsheet shows it (the header is line 1);
 * {@code code} names the message ({@code admin.import.problem.<code>}) and {@code arguments} fill it in.
 */
public record ProductImportProblem(int line, String productKey, String sku, String column, String code,
        List<String> arguments) {
}
