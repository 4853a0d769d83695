-- Proposed Flyway migration (issue 6, item 3), for src/main/resources/db/migration/application/ after review, e.g.
-- V2026112804__application_last_received.sql. Measured on 1,000,000 applications (benchmarks/data/plans.md, 4b).
--
-- The applicant's last application, which pre-fills a new draft (ApplicationStore: applicant_id = ? and number is
-- not null order by received_at desc fetch first 1): application_by_applicant (applicant_id, updated_at) finds all of
-- the applicant's rows and sorts them: 2 ms warm and 1,050 heap pages for an enterprise with 1,050 applications.
-- With (applicant_id, received_at) it reads the index backwards and stops at the first numbered row. A plain
-- two-column index: partial and INCLUDE indexes do not run on H2.
create index application_by_applicant_received on application_application (applicant_id, received_at);

-- Not an index, for the coordinator: everything else in plans.md is served by an index already (task list 7 ms for
-- 500 of 50,000 tasks, case page, public query and history well under 1 ms). What grows with the data is:
--  * "My applications" has no limit: 1,050 rows cost 8.8 ms and one heap page each (cold); it wants paging
--    (order by updated_at desc fetch first :n, then keyset on updated_at), which the existing index already serves.
--  * The task list reads each listed case's legal clock one case at a time (LegalClockStore: 3-4 queries per case,
--    each ~0.03 ms in the database), i.e. up to 2,000 round trips for a full page of 500 tasks: batch them
--    (where case_id in (...)) rather than index them.
