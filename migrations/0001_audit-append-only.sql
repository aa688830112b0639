-- Custom SQL migration file, put your code below! --
-- The audit log is append-only: the database itself refuses to rewrite or remove an event.
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events`
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only: DELETE refused');
END;
