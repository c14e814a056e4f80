package io.tunemall.apps.api;

/** A new endpoint with its signing secret ({@code whsec_...}), shown to the owner this once. */
public record WebhookEndpointCreated(long endpointId, String signingSecret) {

    @Override
    public String toString() {
        return "WebhookEndpointCreated[endpointId=" + endpointId + ", signingSecret=***]";
    }
}
