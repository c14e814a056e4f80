package io.tunemall.catalog.product;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Products extends JpaRepository<Product, Long> {

    List<Product> findByStatusInOrderByCreatedAtDescIdDesc(Collection<ProductStatus> statuses, Pageable page);

    long countByStatus(ProductStatus status);
}
