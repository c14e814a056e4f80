package io.tunemall.storefront.account;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The sign-up form as typed. */
public class SignUpForm {

    private String email;
    private String password;
    private String passwordConfirm;
    private String name;
    private String phone;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private boolean agreeTerms;
    private boolean agreePrivacy;
    private boolean agreeMarketingEmail;
    private boolean agreeMarketingSms;
    private boolean agreeMarketingPush;
    private boolean agreeNightTime;
    private String guardianName;
    private String guardianPhone;
    private boolean guardianAgreed;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirm() { return passwordConfirm; }
    public void setPasswordConfirm(String passwordConfirm) { this.passwordConfirm = passwordConfirm; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public boolean isAgreeTerms() { return agreeTerms; }
    public void setAgreeTerms(boolean agreeTerms) { this.agreeTerms = agreeTerms; }
    public boolean isAgreePrivacy() { return agreePrivacy; }
    public void setAgreePrivacy(boolean agreePrivacy) { this.agreePrivacy = agreePrivacy; }
    public boolean isAgreeMarketingEmail() { return agreeMarketingEmail; }
    public void setAgreeMarketingEmail(boolean agreeMarketingEmail) { this.agreeMarketingEmail = agreeMarketingEmail; }
    public boolean isAgreeMarketingSms() { return agreeMarketingSms; }
    public void setAgreeMarketingSms(boolean agreeMarketingSms) { this.agreeMarketingSms = agreeMarketingSms; }
    public boolean isAgreeMarketingPush() { return agreeMarketingPush; }
    public void setAgreeMarketingPush(boolean agreeMarketingPush) { this.agreeMarketingPush = agreeMarketingPush; }
    public boolean isAgreeNightTime() { return agreeNightTime; }
    public void setAgreeNightTime(boolean agreeNightTime) { this.agreeNightTime = agreeNightTime; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String guardianName) { this.guardianName = guardianName; }
    public String getGuardianPhone() { return guardianPhone; }
    public void setGuardianPhone(String guardianPhone) { this.guardianPhone = guardianPhone; }
    public boolean isGuardianAgreed() { return guardianAgreed; }
    public void setGuardianAgreed(boolean guardianAgreed) { this.guardianAgreed = guardianAgreed; }
}
