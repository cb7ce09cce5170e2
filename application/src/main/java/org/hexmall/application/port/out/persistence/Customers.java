package org.hexmall.application.port.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Page;

/** Where customer accounts are kept. Phone numbers and email addresses are unique. */
public interface Customers {

    /** Stores a new account; throws {@link DuplicateKeyException} if its phone or email is taken. */
    void add(Customer customer);

    /** Replaces the stored state of an existing account. */
    void update(Customer customer);

    Optional<Customer> findById(CustomerId id);

    /** The customers with these ids, in one round trip, in no particular order; unknown ids are left out. */
    List<Customer> findAllById(Set<CustomerId> ids);

    Optional<Customer> findByPhone(PhoneNumber phone);

    Optional<Customer> findByEmail(EmailAddress email);

    /**
     * Customers whose phone, email or name contains {@code text} (ignoring case), newest first;
     * every customer when the text is blank.
     */
    Page<Customer> search(String text, int pageNumber, int pageSize);
}
