-- Deadline warnings per matter version (R8.3, issue 15 item 1): how many working days before its due day a case clock
-- and a step clock of the version's cases turn yellow. Null takes the platform's defaults
-- (tongban.supervision.warnings.case-yellow-days, step-yellow-days) when a case's clock starts. Runs unchanged on
-- PostgreSQL and on H2.
alter table catalog_matter_version add column case_yellow_days integer check (case_yellow_days >= 1);
alter table catalog_matter_version add column step_yellow_days integer check (step_yellow_days >= 1);
