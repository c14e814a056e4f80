package io.tunemall.platform.audit;

import java.util.List;

/**
 * The result of walking the audit log's hash chain: how many rows were checked and, if any row was changed, removed
 * or inserted outside the application, where the chain breaks first.
 */
public record ChainCheck(long rowsChecked, Long firstSeq, Long lastSeq, List<String> problems) {

    public boolean intact() {
        return problems.isEmpty();
    }
}
