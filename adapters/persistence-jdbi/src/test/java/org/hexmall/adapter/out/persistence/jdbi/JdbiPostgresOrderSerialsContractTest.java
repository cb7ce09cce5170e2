package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.OrderSerials;
import org.hexmall.application.port.out.persistence.OrderSerialsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresOrderSerialsContractTest extends OrderSerialsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    private JdbiPersistence anotherNode;

    @Override
    protected OrderSerials serials() {
        return database.persistence().orderSerials();
    }

    /** A second pool on the same database, as a second node of the store has. */
    @Override
    protected OrderSerials anotherNodesSerials() {
        if (anotherNode == null) {
            anotherNode = JdbiPersistence.start(new DatabaseSettings(database.url(), null, null),
                    new FakeFieldEncryption());
        }
        return anotherNode.orderSerials();
    }

    @AfterEach
    void stopTheOtherNode() {
        if (anotherNode != null) {
            anotherNode.close();
        }
    }
}
