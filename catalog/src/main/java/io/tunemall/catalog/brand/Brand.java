package io.tunemall.catalog.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "brand")
public class Brand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String slug;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Brand() {
    }

    public Brand(String name, String slug, Instant now) {
        this.name = name;
        this.slug = slug;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public void rename(String newName, String newSlug) {
        this.name = newName;
        this.slug = newSlug;
    }
}
