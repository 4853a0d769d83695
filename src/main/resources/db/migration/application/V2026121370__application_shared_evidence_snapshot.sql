-- A registry record the applicant confirmed is attached to the case as verified evidence (R15.10, R16.1): what it
-- said when confirmed (the preview's lines, personal numbers masked; one "label<TAB>value" a line) and the department
-- that keeps the registry, stored with the application and never re-read from the registry or taken from a form.
-- Runs unchanged on PostgreSQL and on H2.
alter table application_shared_evidence add column snapshot varchar(2000);
alter table application_shared_evidence add column source_department varchar(20);
