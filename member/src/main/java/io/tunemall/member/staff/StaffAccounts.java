package io.tunemall.member.staff;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StaffAccounts extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    /** Locks the row: failure counts and TOTP steps of one account are updated one request at a time, on every node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<StaffAccount> findForUpdateByUsername(String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from StaffAccount a where a.id = :id")
    Optional<StaffAccount> findForUpdateById(Long id);

    long countByRoleCode(String role);

    @Query("select count(a) from StaffAccount a where a.role.code = 'OWNER' and a.enabled = true")
    long countEnabledOwners();
}
