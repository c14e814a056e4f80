package io.tunemall.admin.transfer;

import io.tunemall.catalog.api.ProductImportProblem;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says an import problem in the owner's language: {@code admin.import.problem.<code>} filled with its arguments. */
@Component
class ImportProblemMessages {

    record Described(int line, String productKey, String sku, String column, String reason) {
    }

    private final MessageSource messages;

    ImportProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    List<Described> describe(List<ProductImportProblem> problems, Locale locale) {
        return problems.stream().map(problem -> describe(problem, locale)).toList();
    }

    Described describe(ProductImportProblem problem, Locale locale) {
        String reason = messages.getMessage("admin.import.problem." + problem.code(), problem.arguments().toArray(),
                problem.code() + " " + String.join(", ", problem.arguments()), locale);
        return new Described(problem.line(), nullToEmpty(problem.productKey()), nullToEmpty(problem.sku()),
                nullToEmpty(problem.column()), reason);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
