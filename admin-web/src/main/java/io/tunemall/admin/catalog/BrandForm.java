package io.tunemall.admin.catalog;

/** The brand form as typed. */
public class BrandForm {

    private String name;
    private String slug;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
}
