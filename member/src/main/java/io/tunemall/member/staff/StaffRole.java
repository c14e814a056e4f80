package io.tunemall.member.staff;

/** What a staff member may do in the admin console. */
enum StaffRole {
    OWNER,
    MANAGER,
    CUSTOMER_SERVICE,
    AGENCY_DEVELOPER,
    READ_ONLY
}
