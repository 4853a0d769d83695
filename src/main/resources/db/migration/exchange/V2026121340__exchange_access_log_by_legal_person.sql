-- An enterprise's account lists the reads of its record by its credit code, newest first (R16.1). Runs unchanged on
-- PostgreSQL and on H2.
create index exchange_access_log_legal_person on exchange_access_log (credit_code, accessed_at);
