-- The audit trail is append-only for the application: an update, delete or truncate of
-- audit_entry fails, whoever sends it through the portal's database user. (Removing old entries
-- is a database administrator's act: drop the trigger, delete, create it again.)
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
