-- The embedded H2 database has no trigger without a Java class: there, the application's own
-- code (an entity without setters, inserted only) is what keeps audit_entry append-only.
comment on table audit_entry is 'append-only audit trail';
