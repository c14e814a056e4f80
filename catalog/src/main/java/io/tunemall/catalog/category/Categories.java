package io.tunemall.catalog.category;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Categories extends JpaRepository<Category, Long> {

    List<Category> findByVisibleTrueOrderBySortOrderAscIdAsc();
}
