package io.tunemall.catalog.api;

/** A brand as the owner wants it saved. */
public record BrandDraft(String name, String slug) {
}
