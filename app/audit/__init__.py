"""The interaction audit (互动记录): every customer interaction in a boss's or HQ's scope,
read from the activity log, and the log of who read whose (app.audit.models.AuditRead)."""
