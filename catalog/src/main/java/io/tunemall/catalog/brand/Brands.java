package io.tunemall.catalog.brand;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Brands extends JpaRepository<Brand, Long> {

    List<Brand> findAllByOrderByNameAsc();

    Optional<Brand> findBySlug(String slug);
}
