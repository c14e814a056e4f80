package io.tunemall.member.account;

import io.tunemall.member.api.MemberStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Members extends JpaRepository<MemberAccount, Long> {

    Optional<MemberAccount> findByEmailIndex(String emailIndex);

    boolean existsByEmailIndex(String emailIndex);

    List<MemberAccount> findByPhoneIndex(String phoneIndex);

    Page<MemberAccount> findByStatus(MemberStatus status, Pageable page);
}
