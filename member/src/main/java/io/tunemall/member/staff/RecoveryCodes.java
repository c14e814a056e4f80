package io.tunemall.member.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodes extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByAccountIdAndCodeHashAndUsedAtIsNull(Long accountId, String codeHash);

    long countByAccountIdAndUsedAtIsNull(Long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteAllOf(Long accountId);
}
