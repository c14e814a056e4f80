package io.tunemall.storefront.account;

/** A new password, typed twice, with the current one (changing) or the mailed token (resetting). */
public class PasswordForm {

    private String currentPassword;
    private String token;
    private String newPassword;
    private String newPasswordConfirm;

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getNewPasswordConfirm() { return newPasswordConfirm; }
    public void setNewPasswordConfirm(String newPasswordConfirm) { this.newPasswordConfirm = newPasswordConfirm; }

    boolean confirmed() {
        return newPassword == null || newPassword.isEmpty() || newPassword.equals(newPasswordConfirm);
    }

    void forgetPasswords() {
        currentPassword = null;
        newPassword = null;
        newPasswordConfirm = null;
    }
}
