package io.tunemall.examples.fitfinder;

import io.tunemall.sdk.admin.Setting;

/**
 * What the shop owner sets in admin (the platform generates the form from this record).
 *
 * @param results how many products the quiz recommends
 * @param sizeAxis the option axis that holds sizes (사이즈)
 * @param erpKey the key the ERP sends with every stock report ({@code X-ERP-Key}); reports are refused without one
 */
public record FitFinderSettings(
        @Setting(label = "추천 상품 수", englishLabel = "Products recommended", min = 1, max = 24) int results,
        @Setting(label = "사이즈 옵션 이름", englishLabel = "Size option name", maxLength = 20, required = true) String sizeAxis,
        @Setting(label = "ERP 연동 키", englishLabel = "ERP key", help = "ERP가 재고를 보낼 때 X-ERP-Key 헤더에 담는 값",
                secret = true, maxLength = 64) String erpKey) {

    static final FitFinderSettings DEFAULTS = new FitFinderSettings(4, "사이즈", "");

    public FitFinderSettings {
        if (erpKey != null && !erpKey.isEmpty() && erpKey.length() < 16) {
            throw new IllegalArgumentException("ERP 연동 키는 16자 이상이어야 합니다.");
        }
    }
}
