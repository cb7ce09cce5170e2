-- When a customer has as many wallets as the store allows, they choose which one a new wallet replaces. The choice is
-- kept on the new binding until the wallet app authorizes it, when the chosen wallet (if still active) is replaced.
-- Plain SQL that H2 and PostgreSQL both run unchanged.

-- replaces_binding_id: the active binding the customer chose to replace; NULL when the new one replaces none, or
-- when it was stored before customers chose (the one bound first is replaced then, as before).
ALTER TABLE wallet_bindings ADD COLUMN replaces_binding_id VARCHAR(36);
