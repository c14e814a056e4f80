package io.tunemall.catalog.product;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Products extends JpaRepository<Product, Long> {

    List<Product> findByStatusInOrderByCreatedAtDescIdDesc(Collection<ProductStatus> statuses, Pageable page);

    long countByStatus(ProductStatus status);

    /**
     * Moves a SKU's stock by {@code delta} units in one statement, never below zero: the row lock orders it with the
     * orders' conditional decrements, so neither overwrites the other.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "UPDATE product_variant SET stock = GREATEST(stock + :delta, 0) WHERE sku = :sku", nativeQuery = true)
    int shiftStock(@Param("sku") String sku, @Param("delta") int delta);
}
