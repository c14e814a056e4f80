package io.tunemall.admin.catalog;

/** The category form as typed; the order stays text so that "1o" comes back next to its error. */
public class CategoryForm {

    private Long parentId;
    private String name;
    private String slug;
    private String sortOrder = "0";
    private boolean visible = true;

    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSortOrder() { return sortOrder; }
    public void setSortOrder(String sortOrder) { this.sortOrder = sortOrder; }
    public boolean isVisible() { return visible; }
    public void setVisible(boolean visible) { this.visible = visible; }
}
