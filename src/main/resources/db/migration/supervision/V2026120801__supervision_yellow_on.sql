-- Deadline warnings by matter version (R8.3, issue 15 item 1). Runs unchanged on PostgreSQL and on H2.
-- The yellow thresholds a clock learned when it started (from its matter version, else the platform's defaults);
-- null for clocks started before: the platform's defaults apply.
alter table supervision_clock add column case_yellow_days integer;
alter table supervision_clock add column step_yellow_days integer;
-- The first day on which each clock is yellow, kept next to its due day and null whenever the due day is: the scan is
-- one indexed query "yellow_on <= today" whatever the thresholds of each clock. Existing rows are dated when the
-- platform starts (supervision.clock.JdbcCaseClocks dates every running clock whose days are missing).
alter table supervision_clock add column yellow_on date;
create index supervision_clock_yellow on supervision_clock (yellow_on);
alter table supervision_clock_step add column yellow_on date;
create index supervision_clock_step_yellow on supervision_clock_step (yellow_on);
