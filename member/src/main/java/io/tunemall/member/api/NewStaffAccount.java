package io.tunemall.member.api;

/** What an owner types to add a staff member. The password is an initial one the staff member should change. */
public record NewStaffAccount(String username, String displayName, String role, String password) {
}
