package io.tunemall.member.address;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberAddresses extends JpaRepository<MemberAddress, Long> {

    List<MemberAddress> findByMemberIdOrderByIdAsc(long memberId);
}
