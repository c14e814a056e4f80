package io.tunemall.storefront.account;

/** The optional consents on the my-page; {@code reconfirm} when it answers the two-year notice. */
public class ConsentForm {

    private boolean marketingEmail;
    private boolean marketingSms;
    private boolean marketingPush;
    private boolean nightTime;
    private boolean reconfirm;

    public boolean isMarketingEmail() { return marketingEmail; }
    public void setMarketingEmail(boolean marketingEmail) { this.marketingEmail = marketingEmail; }
    public boolean isMarketingSms() { return marketingSms; }
    public void setMarketingSms(boolean marketingSms) { this.marketingSms = marketingSms; }
    public boolean isMarketingPush() { return marketingPush; }
    public void setMarketingPush(boolean marketingPush) { this.marketingPush = marketingPush; }
    public boolean isNightTime() { return nightTime; }
    public void setNightTime(boolean nightTime) { this.nightTime = nightTime; }
    public boolean isReconfirm() { return reconfirm; }
    public void setReconfirm(boolean reconfirm) { this.reconfirm = reconfirm; }
}
