package io.tunemall.examples.delivery;

import io.tunemall.sdk.admin.Setting;

/**
 * What the owner sets: how far ahead shoppers may book, and how many orders each time slot of a day takes (0 closes
 * the slot).
 */
public record DeliverySettings(
        @Setting(label = "예약 가능 일수", englishLabel = "Days open for booking", min = 1, max = 14) int days,
        @Setting(label = "주문일로부터 첫 배송일까지 (일)", englishLabel = "Days from order to first delivery", min = 0, max = 7)
        int leadDays,
        @Setting(label = "오전 시간대 주문 수", englishLabel = "Morning capacity", min = 0, max = 10000) int morning,
        @Setting(label = "오후 시간대 주문 수", englishLabel = "Afternoon capacity", min = 0, max = 10000) int afternoon,
        @Setting(label = "저녁 시간대 주문 수", englishLabel = "Evening capacity", min = 0, max = 10000) int evening,
        @Setting(label = "배송 시간 선택 필수", englishLabel = "A delivery slot is required") boolean required) {

    public DeliverySettings {
        if (morning + afternoon + evening == 0 && required) {
            throw new IllegalArgumentException("모든 시간대를 닫은 채로 배송 시간 선택을 필수로 할 수 없습니다.");
        }
    }

    static DeliverySettings defaults() {
        return new DeliverySettings(7, 1, 20, 20, 20, true);
    }

    int capacity(TimeSlot slot) {
        return switch (slot) {
            case MORNING -> morning;
            case AFTERNOON -> afternoon;
            case EVENING -> evening;
        };
    }
}
