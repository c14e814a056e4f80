package io.tunemall.catalog.manage;

import io.tunemall.catalog.api.FieldProblem;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a product draft: its problems, and the uploads converted on the way (by their index in the
 * draft's images), ready to store once the draft is saved.
 */
record CheckedDraft(List<FieldProblem> problems, Map<Integer, PreparedPicture> pictures) {

    boolean acceptable() {
        return problems.isEmpty();
    }
}
