-- Supervisors manage the console's agents: a disabled agent cannot log in, and an agent whose password a supervisor
-- chose must change it at their next login. Plain SQL that H2 and PostgreSQL both run unchanged.
ALTER TABLE agents ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE agents ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- Actions on an agent's console login (created, disabled, enabled, password reset or changed) go into the same
-- append-only audit log; such an entry names the agent it was about in target_agent_id. Every entry still names
-- exactly one target.
ALTER TABLE audit_log ADD COLUMN target_agent_id VARCHAR(36);
ALTER TABLE audit_log DROP CONSTRAINT audit_log_names_one_target;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_names_one_target CHECK (
    (customer_id IS NOT NULL AND campaign_id IS NULL AND target_agent_id IS NULL)
    OR (customer_id IS NULL AND campaign_id IS NOT NULL AND target_agent_id IS NULL)
    OR (customer_id IS NULL AND campaign_id IS NULL AND target_agent_id IS NOT NULL));

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_known;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_known CHECK (action IN ('FORCE_UNBIND_WALLET', 'CLEAR_LOGIN_LOCK',
    'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'RESOLVE_RISK_ALERT', 'REVOKE_DEVICE', 'CREATE_CAMPAIGN', 'CHANGE_CAMPAIGN',
    'PAUSE_CAMPAIGN', 'RESUME_CAMPAIGN', 'END_CAMPAIGN', 'CREATE_AGENT', 'RESET_AGENT_PASSWORD', 'DISABLE_AGENT',
    'ENABLE_AGENT', 'CHANGE_OWN_PASSWORD'));

-- The audit log page lists the newest entries first, filtered by agent, action or customer (audit_log_by_customer
-- exists) and a date range.
CREATE INDEX audit_log_by_time ON audit_log (acted_at);
CREATE INDEX audit_log_by_agent ON audit_log (agent_id, acted_at);
CREATE INDEX audit_log_by_action ON audit_log (action, acted_at);
CREATE INDEX audit_log_by_target_agent ON audit_log (target_agent_id, acted_at);
