package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UniqueValues.refusingDuplicates;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.out.persistence.CustomerSearch;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Page;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Customer accounts in the {@code customers} table. */
public final class JdbiCustomers implements Customers {

    private static final String COLUMNS =
            "id, phone, email, display_name, password_hash, status, registered_at, failed_logins, locked_until";

    private static final RowMapper<Customer> CUSTOMER = new CustomerRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiCustomers(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Customer customer) {
        refusingDuplicates("a customer with this phone or email already exists", () ->
                transactions.useCurrentHandle(handle -> bindColumns(handle.createUpdate("""
                        INSERT INTO customers (%s)
                        VALUES (:id, :phone, :email, :displayName, :passwordHash, :status, :registeredAt,
                                :failedLogins, :lockedUntil)""".formatted(COLUMNS)), customer).execute()));
    }

    @Override
    public void update(Customer customer) {
        refusingDuplicates("another customer has this phone or email", () ->
                transactions.useCurrentHandle(handle -> bindColumns(handle.createUpdate("""
                        UPDATE customers
                        SET phone = :phone, email = :email, display_name = :displayName,
                            password_hash = :passwordHash, status = :status, registered_at = :registeredAt,
                            failed_logins = :failedLogins, locked_until = :lockedUntil
                        WHERE id = :id"""), customer).execute()));
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return findOneWhere("id = :value", id.toString());
    }

    @Override
    public List<Customer> findAllById(Set<CustomerId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM customers WHERE id IN (<ids>)")
                .bindList("ids", ids.stream().map(CustomerId::toString).toList())
                .map(CUSTOMER)
                .list());
    }

    @Override
    public Optional<Customer> findByPhone(PhoneNumber phone) {
        return findOneWhere("phone = :value", phone.value());
    }

    @Override
    public Optional<Customer> findByEmail(EmailAddress email) {
        return findOneWhere("email = :value", email.value());
    }

    /**
     * Each kind of search is one condition that an index answers on PostgreSQL (V33: the phone number, the email
     * address and the lower-case name, each in a btree for the start and a trigram index for anywhere); H2 reads
     * the table. Agents search with plain text, so {@code %} and {@code _} in it are escaped to mean themselves; the
     * escape character is {@code !} because JDBI's parser reads a backslash before a quote as escaping it. The count
     * reads at most {@code countAtMost} matching rows.
     */
    @Override
    public Page<Customer> search(CustomerSearch search, int pageNumber, int pageSize, int countAtMost) {
        String pattern = search.anywhere() ? "%" + literally(search.text()) + "%" : literally(search.text()) + "%";
        String condition = switch (search.field()) {
            case EVERYONE -> "1 = 1";
            case EXACT_PHONE -> "phone = :text";
            case PHONE -> "phone LIKE :pattern ESCAPE '!'";
            case NO_ONE -> "1 = 0";
            case EXACT_EMAIL -> "email = :text";
            case EMAIL -> "email LIKE :pattern ESCAPE '!'";
            case NAME_OR_EMAIL -> "(LOWER(display_name) LIKE :pattern ESCAPE '!' OR email LIKE :pattern ESCAPE '!')";
        };
        return transactions.withCurrentHandle(handle -> {
            long total = handle.createQuery("""
                            SELECT COUNT(*) FROM (SELECT 1 FROM customers WHERE %s LIMIT :countAtMost) counted"""
                            .formatted(condition))
                    .bindMap(values(condition, search.text(), pattern))
                    .bind("countAtMost", countAtMost)
                    .mapTo(Long.class)
                    .one();
            List<Customer> items = handle.createQuery("""
                            SELECT %s FROM customers WHERE %s
                            ORDER BY registered_at DESC, id
                            LIMIT :limit OFFSET :offset""".formatted(COLUMNS, condition))
                    .bindMap(values(condition, search.text(), pattern))
                    .bind("limit", pageSize)
                    .bind("offset", (long) (pageNumber - 1) * pageSize)
                    .map(CUSTOMER)
                    .list();
            return new Page<>(items, pageNumber, pageSize, total);
        });
    }

    /** The search's values that its condition names (JDBI refuses values a statement does not use). */
    private static Map<String, Object> values(String condition, String text, String pattern) {
        Map<String, Object> values = new HashMap<>();
        if (condition.contains(":text")) {
            values.put("text", text);
        }
        if (condition.contains(":pattern")) {
            values.put("pattern", pattern);
        }
        return values;
    }

    private Optional<Customer> findOneWhere(String condition, String value) {
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM customers WHERE " + condition)
                .bind("value", value)
                .map(CUSTOMER)
                .findOne());
    }

    private static Update bindColumns(Update statement, Customer customer) {
        return statement
                .bind("id", customer.id().toString())
                .bind("phone", customer.phone().value())
                .bind("email", customer.email().map(EmailAddress::value).orElse(null))
                .bind("displayName", customer.displayName().value())
                .bind("passwordHash", customer.passwordHash().value())
                .bind("status", customer.status().name())
                .bind("registeredAt", utc(customer.registeredAt()))
                .bind("failedLogins", customer.loginThrottle().consecutiveFailures())
                .bind("lockedUntil", utc(customer.loginThrottle().lockedUntil()));
    }

    /** Escapes the characters that LIKE would read as wildcards, and the escape character itself. */
    private static String literally(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
