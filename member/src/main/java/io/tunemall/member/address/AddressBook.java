package io.tunemall.member.address;

import io.tunemall.member.account.AccountRules;
import io.tunemall.member.api.AddressDraft;
import io.tunemall.member.api.InputProblem;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.ShippingAddress;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's addresses. Exactly one is the default as soon as there is any: the first one saved, or the one the
 * member picked last. A member only ever reaches their own entries: another member's id answers "not found".
 */
@Service
public class AddressBook {

    static final int MAX_ADDRESSES = 20;

    private final MemberAddresses addresses;
    private final ShopClock clock;

    AddressBook(MemberAddresses addresses, ShopClock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ShippingAddress> list(long memberId) {
        return addresses.findByMemberIdOrderByIdAsc(memberId).stream()
                .sorted(Comparator.comparing(MemberAddress::defaultAddress).reversed())
                .map(MemberAddress::view)
                .toList();
    }

    @Transactional
    public long save(long memberId, Long addressId, AddressDraft draft) {
        AddressDraft cleaned = check(draft);
        List<MemberAddress> book = addresses.findByMemberIdOrderByIdAsc(memberId);
        MemberAddress address;
        if (addressId == null) {
            if (book.size() >= MAX_ADDRESSES) {
                throw MemberRejection.of("", "address-book-full");
            }
            address = new MemberAddress(memberId, clock.now());
        } else {
            address = own(memberId, addressId);
        }
        address.fill(cleaned, AccountRules.formatPhone(cleaned.phone()), clock.now());
        MemberAddress saved = addresses.save(address);
        if (cleaned.makeDefault() || book.stream().noneMatch(MemberAddress::defaultAddress)) {
            makeDefault(memberId, saved.id());
        }
        return saved.id();
    }

    @Transactional
    public void delete(long memberId, long addressId) {
        MemberAddress address = own(memberId, addressId);
        addresses.delete(address);
        addresses.flush();
        if (address.defaultAddress()) {
            addresses.findByMemberIdOrderByIdAsc(memberId).stream().findFirst()
                    .ifPresent(next -> next.markDefault(true));
        }
    }

    @Transactional
    public void makeDefault(long memberId, long addressId) {
        own(memberId, addressId);
        addresses.findByMemberIdOrderByIdAsc(memberId).forEach(entry -> entry.markDefault(entry.id() == addressId));
    }

    /** Withdrawal: an address book is personal data with no reason to keep it (orders keep their own copy). */
    @Transactional
    public void deleteAll(long memberId) {
        addresses.deleteAll(addresses.findByMemberIdOrderByIdAsc(memberId));
    }

    private MemberAddress own(long memberId, long addressId) {
        return addresses.findById(addressId).filter(address -> address.memberId() == memberId)
                .orElseThrow(() -> ShopException.notFound("Address " + addressId));
    }

    private static AddressDraft check(AddressDraft draft) {
        List<InputProblem> problems = new ArrayList<>();
        AccountRules.required("recipient", draft.recipient(), 50, problems);
        AccountRules.phone("phone", draft.phone(), problems);
        AccountRules.postalCode("postalCode", draft.postalCode(), problems);
        AccountRules.required("roadAddress", draft.roadAddress(), 200, problems);
        if (draft.detailAddress() != null && draft.detailAddress().strip().length() > 200) {
            problems.add(new InputProblem("detailAddress", "too-long"));
        }
        if (draft.label() != null && draft.label().strip().length() > 30) {
            problems.add(new InputProblem("label", "too-long"));
        }
        if (!problems.isEmpty()) {
            throw new MemberRejection(problems);
        }
        return new AddressDraft(AccountRules.trimmed(draft.label()), draft.recipient().strip(), draft.phone(),
                draft.postalCode().strip(), draft.roadAddress().strip(), AccountRules.trimmed(draft.detailAddress()),
                draft.makeDefault());
    }
}
