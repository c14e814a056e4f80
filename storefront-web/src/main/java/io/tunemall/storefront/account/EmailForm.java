package io.tunemall.storefront.account;

/** A new login email, with the current password; also the reset request (email only). */
public class EmailForm {

    private String newEmail;
    private String currentPassword;

    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
}
