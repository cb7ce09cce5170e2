-- The catalog, customers' carts, and orders with their lines. Plain SQL that H2 and PostgreSQL both run
-- unchanged, like V1. Money is a whole number of fen in a BIGINT, never a floating-point type.

CREATE TABLE products (
    id              VARCHAR(16)                 NOT NULL,
    name_en         VARCHAR(200)                NOT NULL,
    name_zh         VARCHAR(200)                NOT NULL,
    category        VARCHAR(16)                 NOT NULL,
    price_fen       BIGINT                      NOT NULL,
    CONSTRAINT products_pk PRIMARY KEY (id),
    CONSTRAINT products_category_known CHECK (category IN
        ('ELECTRONICS', 'GROCERIES', 'BOOKS', 'HOME', 'CLOTHING', 'SPORTS')),
    CONSTRAINT products_price_positive CHECK (price_fen > 0)
);

-- The catalog pages list one category's products by id.
CREATE INDEX products_by_category ON products (category, id);

-- A cart is its lines: a customer without any has an empty cart. position keeps the order they were added.
CREATE TABLE cart_lines (
    customer_id     VARCHAR(36)                 NOT NULL,
    product_id      VARCHAR(16)                 NOT NULL,
    position        INTEGER                     NOT NULL,
    quantity        INTEGER                     NOT NULL,
    CONSTRAINT cart_lines_pk PRIMARY KEY (customer_id, product_id),
    CONSTRAINT cart_lines_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT cart_lines_product_fk FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT cart_lines_quantity_in_range CHECK (quantity BETWEEN 1 AND 99)
);

-- The primary key, which starts with customer_id, finds a customer's cart; no other index is needed.

CREATE TABLE orders (
    id                  VARCHAR(36)                 NOT NULL,
    order_number        CHAR(12)                    NOT NULL,
    customer_id         VARCHAR(36)                 NOT NULL,
    placed_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status              VARCHAR(16)                 NOT NULL,
    status_changed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT orders_pk PRIMARY KEY (id),
    -- Customers and agents look an order up by its number, so no two orders share one.
    CONSTRAINT orders_number_unique UNIQUE (order_number),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT orders_status_known CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'CLOSED'))
);

-- The customer's order page lists their orders newest first.
CREATE INDEX orders_by_customer ON orders (customer_id, placed_at);
-- Housekeeping closes orders left unpaid too long.
CREATE INDEX orders_by_status ON orders (status, placed_at);

-- What each product was called and cost when the customer settled. No foreign key to products on purpose:
-- the snapshot outlives the product, and a later rename or new price must not reach a placed order.
CREATE TABLE order_lines (
    order_id        VARCHAR(36)                 NOT NULL,
    line_number     INTEGER                     NOT NULL,
    product_id      VARCHAR(16)                 NOT NULL,
    name_en         VARCHAR(200)                NOT NULL,
    name_zh         VARCHAR(200)                NOT NULL,
    category        VARCHAR(16)                 NOT NULL,
    unit_price_fen  BIGINT                      NOT NULL,
    quantity        INTEGER                     NOT NULL,
    CONSTRAINT order_lines_pk PRIMARY KEY (order_id, line_number),
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT order_lines_category_known CHECK (category IN
        ('ELECTRONICS', 'GROCERIES', 'BOOKS', 'HOME', 'CLOTHING', 'SPORTS')),
    CONSTRAINT order_lines_unit_price_not_negative CHECK (unit_price_fen >= 0),
    CONSTRAINT order_lines_quantity_positive CHECK (quantity > 0)
);
