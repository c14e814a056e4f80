package io.tunemall.member.dormancy;

import org.springframework.data.jpa.repository.JpaRepository;

interface DormantRecords extends JpaRepository<DormantRecord, Long> {
}
