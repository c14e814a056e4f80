package io.tunemall.member.admin;

import io.tunemall.member.account.MemberAccount;
import io.tunemall.member.account.Members;
import io.tunemall.member.address.AddressBook;
import io.tunemall.member.api.MemberAdministration;
import io.tunemall.member.api.MemberDetail;
import io.tunemall.member.api.MemberPage;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MemberRow;
import io.tunemall.member.api.MemberSearch;
import io.tunemall.member.api.ShippingAddress;
import io.tunemall.member.api.Under14Policy;
import io.tunemall.member.consent.ConsentRecords;
import io.tunemall.member.settings.MemberSettings;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.platform.privacy.Masked;
import io.tunemall.platform.web.RequestIdFilter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.MDC;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberAdministrationService implements MemberAdministration {

    private final Members members;
    private final ConsentRecords consents;
    private final AddressBook addressBook;
    private final MemberSettings settings;
    private final PiiUnmaskLog unmaskLog;
    private final BlindIndex index;
    private final JdbcTemplate jdbc;

    MemberAdministrationService(Members members, ConsentRecords consents, AddressBook addressBook,
            MemberSettings settings, PiiUnmaskLog unmaskLog, BlindIndex index, JdbcTemplate jdbc) {
        this.members = members;
        this.consents = consents;
        this.addressBook = addressBook;
        this.settings = settings;
        this.unmaskLog = unmaskLog;
        this.index = index;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public MemberPage search(MemberSearch search) {
        String query = search.query() == null ? "" : search.query().strip();
        if (query.isEmpty()) {
            PageRequest page = PageRequest.of(search.page(), search.size(), Sort.by(Sort.Direction.DESC, "id"));
            Page<MemberAccount> found = search.status() == null ? members.findAll(page)
                    : members.findByStatus(search.status(), page);
            return new MemberPage(found.map(MemberAdministrationService::row).getContent(), found.getTotalElements(),
                    search.page(), search.size());
        }
        // An exact email or phone, found through its blind index: the encrypted columns cannot be searched.
        Stream<MemberAccount> matches = query.contains("@")
                ? members.findByEmailIndex(index.email(query)).stream()
                : Optional.ofNullable(index.phone(query)).map(members::findByPhoneIndex).orElse(List.of()).stream();
        List<MemberRow> rows = matches.filter(account -> search.status() == null || account.status() == search.status())
                .map(MemberAdministrationService::row).toList();
        return new MemberPage(rows, rows.size(), 0, search.size());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberDetail> detail(long memberId) {
        return members.findById(memberId).map(account -> detail(account, true));
    }

    @Override
    @Transactional
    public Optional<MemberDetail> unmask(long memberId, String staffUsername, String reason) {
        if (reason == null || reason.isBlank()) {
            throw MemberRejection.of("reason", "reason-required");
        }
        Optional<MemberAccount> account = members.findById(memberId);
        account.ifPresent(found -> unmaskLog.unmasked(memberId, staffUsername, reason.strip(),
                MDC.get(RequestIdFilter.MDC_KEY)));
        return account.map(found -> detail(found, false));
    }

    @Override
    public Under14Policy under14Policy() {
        return settings.under14Policy();
    }

    @Override
    public void changeUnder14Policy(Under14Policy policy, String staffUsername) {
        settings.changeUnder14Policy(policy, staffUsername);
    }

    private MemberDetail detail(MemberAccount account, boolean masked) {
        List<ShippingAddress> addresses = addressBook.list(account.id());
        if (masked) {
            addresses = addresses.stream().map(address -> new ShippingAddress(address.id(), address.label(),
                    Masked.name(address.recipient()), Masked.phone(address.phone()), "*****",
                    Masked.address(address.roadAddress()), null, address.defaultAddress())).toList();
        }
        String birthDate = account.birthDate();
        return new MemberDetail(account.id(), account.status(), masked,
                masked ? Masked.name(account.name()) : account.name(),
                masked ? Masked.email(account.email()) : account.email(),
                masked ? Masked.phone(account.phone()) : account.phone(),
                masked && birthDate != null ? birthDate.substring(0, 4) : birthDate,
                guardianConsented(account.id()), account.joinedAt(), account.lastLoginAt(), account.withdrawnAt(),
                consents.current(account.id()), addresses);
    }

    private boolean guardianConsented(long memberId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM member_guardian_consent WHERE member_id = ?",
                Integer.class, memberId);
        return count != null && count > 0;
    }

    private static MemberRow row(MemberAccount account) {
        return new MemberRow(account.id(), account.status(), Masked.name(account.name()),
                Masked.email(account.email()), Masked.phone(account.phone()), account.joinedAt(),
                account.lastLoginAt());
    }
}
