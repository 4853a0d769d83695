-- The applicant's last numbered application pre-fills a new draft (R3.3): read backwards from this index, it stops at
-- the first row instead of sorting all of an enterprise's applications (benchmarks/data/plans.md, 4b: 1,050 rows).
create index application_by_applicant_received on application_application (applicant_id, received_at);
