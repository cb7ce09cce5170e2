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
     * One page of the customers the search finds ({@link CustomerSearch} says which), newest first. The page's total
     * counts the matches only up to {@code countAtMost} and stops there, so that a search that finds half the store
     * costs about what one that finds a thousand costs.
     */
    Page<Customer> search(CustomerSearch search, int pageNumber, int pageSize, int countAtMost);
}
