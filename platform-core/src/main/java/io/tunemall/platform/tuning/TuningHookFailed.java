package io.tunemall.platform.tuning;

import io.tunemall.platform.error.ShopException;

/** A hook at a point whose policy is FAIL_OPERATION threw: the operation stops, and says which module stopped it. */
public class TuningHookFailed extends ShopException {

    public TuningHookFailed(String module, String point, RuntimeException cause) {
        super(422, "tuning-hook-failed", "The tuning module " + module + " refused this at " + point + ": "
                + cause.getMessage());
        initCause(cause);
    }
}
