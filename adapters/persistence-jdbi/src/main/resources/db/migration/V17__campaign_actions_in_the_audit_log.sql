-- Supervisors' actions on promotion campaigns go into the same append-only audit log as agents' actions on
-- customers. Such an entry is about a campaign, not a customer: customer_id becomes optional, and the new
-- campaign_id names the campaign. Every entry names exactly one of the two. Plain SQL that H2 and PostgreSQL both
-- run unchanged; no foreign key, as before, so that the log outlives what it mentions.
ALTER TABLE audit_log ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE audit_log ADD COLUMN campaign_id VARCHAR(36);
ALTER TABLE audit_log ADD CONSTRAINT audit_log_names_one_target CHECK (
    (customer_id IS NOT NULL AND campaign_id IS NULL) OR (customer_id IS NULL AND campaign_id IS NOT NULL));

-- The campaign's page shows its latest entries.
CREATE INDEX audit_log_by_campaign ON audit_log (campaign_id, acted_at);

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_known;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_known CHECK (action IN ('FORCE_UNBIND_WALLET', 'CLEAR_LOGIN_LOCK',
    'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'RESOLVE_RISK_ALERT', 'REVOKE_DEVICE', 'CREATE_CAMPAIGN', 'CHANGE_CAMPAIGN',
    'PAUSE_CAMPAIGN', 'RESUME_CAMPAIGN', 'END_CAMPAIGN'));
