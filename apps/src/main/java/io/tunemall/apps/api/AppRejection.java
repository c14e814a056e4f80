package io.tunemall.apps.api;

import io.tunemall.platform.error.ShopException;

/** An app, endpoint or delivery request that cannot be carried out, with the reason in the owner's terms. */
public class AppRejection extends ShopException {

    public AppRejection(int status, String code, String message) {
        super(status, code, message);
    }
}
