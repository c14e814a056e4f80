package io.tunemall.member.login;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OneTimeTokens extends JpaRepository<OneTimeToken, Long> {

    /** Locked, so that two clicks on the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from OneTimeToken t where t.tokenHash = ?1")
    Optional<OneTimeToken> findForUse(String tokenHash);

    Optional<OneTimeToken> findByTokenHash(String tokenHash);

    List<OneTimeToken> findByMemberIdAndPurpose(long memberId, TokenPurpose purpose);

    List<OneTimeToken> findByMemberId(long memberId);
}
