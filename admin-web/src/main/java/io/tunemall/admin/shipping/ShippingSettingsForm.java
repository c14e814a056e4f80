package io.tunemall.admin.shipping;

import io.tunemall.sdk.Money;
import io.tunemall.shipping.api.RemoteArea;
import io.tunemall.shipping.api.ShippingPolicy;
import io.tunemall.shipping.api.ShippingPolicyDraft;
import java.util.ArrayList;
import java.util.List;

/** The shipping settings form as typed: the fees, and one row per remote area (blank rows are ignored). */
public class ShippingSettingsForm {

    /** Empty rows offered under the existing ones, to add areas without JavaScript. */
    static final int BLANK_ROWS = 3;

    private Long baseFee;
    private Long freeOver;
    private List<AreaRow> areas = new ArrayList<>();

    static ShippingSettingsForm of(ShippingPolicy policy) {
        ShippingSettingsForm form = new ShippingSettingsForm();
        form.baseFee = policy.baseFee().won();
        form.freeOver = policy.freeOver() == null ? null : policy.freeOver().won();
        policy.remoteAreas().forEach(area -> form.areas.add(new AreaRow(area.name(), area.fromPostalCode(),
                area.toPostalCode(), area.surcharge().won())));
        form.addBlankRows();
        return form;
    }

    void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            areas.add(new AreaRow(null, null, null, null));
        }
    }

    /** The rows kept: filled in and not marked for removal; {@code kept} gets each kept row's index in the form. */
    ShippingPolicyDraft draft(List<Integer> kept) {
        List<RemoteArea> remote = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            AreaRow row = areas.get(i);
            if (row.isRemove() || row.isBlank()) {
                continue;
            }
            kept.add(i);
            remote.add(new RemoteArea(strip(row.getName()), strip(row.getFromPostalCode()), strip(row.getToPostalCode()),
                    row.getSurcharge() == null || row.getSurcharge() < 0 ? null : Money.won(row.getSurcharge())));
        }
        return new ShippingPolicyDraft(baseFee == null || baseFee < 0 ? null : Money.won(baseFee),
                freeOver == null || freeOver < 0 ? null : Money.won(freeOver), remote);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public Long getBaseFee() { return baseFee; }
    public void setBaseFee(Long baseFee) { this.baseFee = baseFee; }
    public Long getFreeOver() { return freeOver; }
    public void setFreeOver(Long freeOver) { this.freeOver = freeOver; }
    public List<AreaRow> getAreas() { return areas; }
    public void setAreas(List<AreaRow> areas) { this.areas = areas; }

    /** One remote area as typed. */
    public static class AreaRow {

        private String name;
        private String fromPostalCode;
        private String toPostalCode;
        private Long surcharge;
        private boolean remove;

        public AreaRow() {
        }

        AreaRow(String name, String from, String to, Long surcharge) {
            this.name = name;
            this.fromPostalCode = from;
            this.toPostalCode = to;
            this.surcharge = surcharge;
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && (fromPostalCode == null || fromPostalCode.isBlank())
                    && (toPostalCode == null || toPostalCode.isBlank()) && surcharge == null;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getFromPostalCode() { return fromPostalCode; }
        public void setFromPostalCode(String fromPostalCode) { this.fromPostalCode = fromPostalCode; }
        public String getToPostalCode() { return toPostalCode; }
        public void setToPostalCode(String toPostalCode) { this.toPostalCode = toPostalCode; }
        public Long getSurcharge() { return surcharge; }
        public void setSurcharge(Long surcharge) { this.surcharge = surcharge; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }
}
