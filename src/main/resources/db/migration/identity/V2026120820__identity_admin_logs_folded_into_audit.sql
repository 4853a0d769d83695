-- The administrators' log and the unmasking log are folded into the tamper-evident audit trail
-- (supervision_audit_record, R8.4): administrators' changes are recorded there as staff.create, role.grant, ...,
-- calendar.change, process.deploy, and each showing of a personal number as person.unmask. Nothing reads the old
-- tables any more.

drop table identity_unmasking_log;
drop table identity_admin_event;
