package io.tunemall.storefront.account;

/** The name and phone on the my-page. */
public class ProfileForm {

    private String name;
    private String phone;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
