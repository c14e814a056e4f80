package io.tunemall.admin.catalog;

import io.tunemall.catalog.api.FieldProblem;
import io.tunemall.catalog.api.ProductDraft;
import java.util.List;
import java.util.Map;

/**
 * A product form turned into a draft, with what could not be read (a price that is no number) as problems on the
 * form's own fields, and where each of the draft's images came from in the form ({@code images[0]}, {@code uploads[1]}).
 */
record DraftFromForm(ProductDraft draft, List<FieldProblem> unreadable, Map<Integer, String> imageFields) {

    /** The form field a problem of the draft belongs to. */
    String formField(String draftField) {
        if (draftField.startsWith("images[")) {
            int index = Integer.parseInt(draftField.substring("images[".length(), draftField.indexOf(']')));
            return imageFields.getOrDefault(index, "images");
        }
        return switch (draftField) {
            case "sale.price" -> "salePrice";
            case "sale.startsAt" -> "saleStartsAt";
            case "sale.endsAt" -> "saleEndsAt";
            default -> draftField;
        };
    }
}
