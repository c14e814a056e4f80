package io.tunemall.member.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffRoles extends JpaRepository<StaffRole, String> {
}
