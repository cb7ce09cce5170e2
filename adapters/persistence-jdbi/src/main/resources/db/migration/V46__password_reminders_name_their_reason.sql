-- A raised password reminder keeps what raised it (a login lock, a risk hold), which the banner names. The store has
-- never raised one without a security event, and the events raise it again for their reason, so a raised_at kept
-- without a reason is forgotten. Plain SQL that H2 and PostgreSQL both run unchanged.
ALTER TABLE password_reminders ADD COLUMN raised_for VARCHAR(16);
UPDATE password_reminders SET raised_at = NULL WHERE raised_at IS NOT NULL;
ALTER TABLE password_reminders ADD CONSTRAINT password_reminders_raised_for_known CHECK (
    raised_at IS NULL AND raised_for IS NULL
    OR raised_at IS NOT NULL AND raised_for IN ('LOGIN_LOCKED', 'RISK_HOLD'));
