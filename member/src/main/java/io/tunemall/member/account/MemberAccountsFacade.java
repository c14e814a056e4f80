package io.tunemall.member.account;

import io.tunemall.member.address.AddressBook;
import io.tunemall.member.api.MemberAccounts;
import io.tunemall.member.api.MemberProfile;
import io.tunemall.member.api.ShippingAddress;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberAccountsFacade implements MemberAccounts {

    private final Members members;
    private final AddressBook addressBook;

    MemberAccountsFacade(Members members, AddressBook addressBook) {
        this.members = members;
        this.addressBook = addressBook;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberProfile> find(long memberId) {
        return members.findById(memberId).map(account -> new MemberProfile(account.id(), account.status(),
                account.name(), account.email(), account.phone(), account.joinedAt()));
    }

    @Override
    public List<ShippingAddress> addresses(long memberId) {
        return addressBook.list(memberId);
    }
}
