-- The auditor's console searches the audit trail by time, actor, object and action, newest first (R8.4).
create index supervision_audit_record_time on supervision_audit_record (recorded_at);
create index supervision_audit_record_actor on supervision_audit_record (actor_id, recorded_at);
create index supervision_audit_record_object on supervision_audit_record (object_id, object_type);
create index supervision_audit_record_action on supervision_audit_record (action, recorded_at);
