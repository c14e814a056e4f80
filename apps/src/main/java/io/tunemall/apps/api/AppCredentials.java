package io.tunemall.apps.api;

/**
 * An app's client id and secret, right after it was registered or its secret rotated. The secret is shown to the owner
 * this once: only its hash is kept.
 */
public record AppCredentials(long appId, String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "AppCredentials[appId=" + appId + ", clientId=" + clientId + ", clientSecret=***]";
    }
}
