package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductImportProblem;
import java.util.List;

/** One reason a row (or, at line 1, the whole file) was refused; {@code code} names the message to show. */
record Problem(int line, String productKey, String sku, String column, String code, List<String> arguments) {

    static Problem ofFile(String code, String... arguments) {
        return new Problem(1, null, null, null, code, List.of(arguments));
    }

    ProductImportProblem view() {
        return new ProductImportProblem(line, productKey, sku, column, code, arguments);
    }
}
