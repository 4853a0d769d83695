-- The base registry of electronic licences (issue 18; R15.10): a department's read of a licence is logged like any
-- registry read (R9.3, R16.1). The check of the registry was given its name by V2026121001, so it is replaced by name.
-- Runs unchanged on PostgreSQL and on H2.
alter table exchange_access_log drop constraint exchange_access_log_registry;
alter table exchange_access_log add constraint exchange_access_log_registry
	check (registry in ('POPULATION', 'LEGAL_PERSON', 'CREDIT', 'LICENCE'));
