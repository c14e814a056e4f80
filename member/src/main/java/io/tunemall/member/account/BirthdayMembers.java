package io.tunemall.member.account;

import io.tunemall.member.api.MemberBirthdays;
import io.tunemall.member.api.MemberStatus;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Birthdays by reading every active account's birth date in pages: the birth date is encrypted (personal data), so
 * no index can find the day, and a once-a-day scan of decrypted dates is the price of keeping it encrypted.
 */
@Service
class BirthdayMembers implements MemberBirthdays {

    private static final int PAGE = 500;
    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    private final Members members;

    BirthdayMembers(Members members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> bornOn(MonthDay day, boolean leapYear) {
        List<Long> found = new ArrayList<>();
        int number = 0;
        Page<MemberAccount> page;
        do {
            page = members.findByStatus(MemberStatus.ACTIVE, PageRequest.of(number++, PAGE, Sort.by("id")));
            for (MemberAccount account : page) {
                if (account.birthDate() != null && celebrates(MonthDay.from(LocalDate.parse(account.birthDate())), day,
                        leapYear)) {
                    found.add(account.id());
                }
            }
        } while (page.hasNext());
        return found;
    }

    static boolean celebrates(MonthDay born, MonthDay day, boolean leapYear) {
        if (born.equals(day)) {
            return true;
        }
        return !leapYear && born.equals(LEAP_DAY) && day.equals(MonthDay.of(2, 28));
    }
}
