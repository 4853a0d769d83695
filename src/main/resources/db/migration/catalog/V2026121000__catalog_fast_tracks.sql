-- The fast tracks of a matter version (issue 17; R4.3, R5.5, R5.6, R15.6, R15.7, R16.6): what the matter touches
-- (informed commitment is refused for the excluded categories), the working days of a commitment's
-- post-verification, the rules of automatic approval and of eligibility (JSON documents, versioned with the
-- version), and which materials may follow an acceptance with gaps. Runs unchanged on PostgreSQL and on H2.
alter table catalog_matter_version add column category varchar(32);
alter table catalog_matter_version add column post_verification_days integer check (post_verification_days >= 1);
alter table catalog_matter_version add column automatic_rules text;
alter table catalog_matter_version add column eligibility_rules text;
alter table catalog_material add column may_follow boolean default false not null;
