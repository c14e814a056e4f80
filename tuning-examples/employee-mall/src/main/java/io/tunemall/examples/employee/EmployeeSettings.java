package io.tunemall.examples.employee;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.admin.Setting;

/** What the owner sets for the employee mall, on the generated settings form. */
public record EmployeeSettings(
        @Setting(label = "임직원 할인율 (%)", englishLabel = "Employee discount (%)", min = 0, max = 90)
        int discountPercent,
        @Setting(label = "매월 1일 지급 포인트", englishLabel = "Points given on the 1st of each month")
        Money monthlyPoints,
        @Setting(label = "포인트 유효 일수", englishLabel = "Days the points stay valid", min = 1, max = 3650)
        int pointsValidDays,
        @Setting(label = "그룹웨어 로그인 등록 ID", englishLabel = "Groupware login registration id", maxLength = 40,
                required = true)
        String groupwareProvider) {

    public EmployeeSettings {
        if (monthlyPoints != null && monthlyPoints.won() > 1_000_000) {
            throw new IllegalArgumentException("월 포인트는 1,000,000원을 넘을 수 없습니다.");
        }
    }

    static EmployeeSettings defaults() {
        return new EmployeeSettings(10, Money.won(30_000), 90, "groupware");
    }
}
