package io.tunemall.catalog.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    private String name;

    private String slug;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean visible;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Category() {
    }

    public Category(Long parentId, String name, String slug, int sortOrder, Instant now) {
        this.parentId = parentId;
        this.name = name;
        this.slug = slug;
        this.sortOrder = sortOrder;
        this.visible = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean visible() {
        return visible;
    }

    /** Moves, renames, reorders or hides the category; the caller has checked that no cycle arises. */
    public void revise(Long newParentId, String newName, String newSlug, int newSortOrder, boolean nowVisible,
            Instant now) {
        this.parentId = newParentId;
        this.name = newName;
        this.slug = newSlug;
        this.sortOrder = newSortOrder;
        this.visible = nowVisible;
        this.updatedAt = now;
    }
}
