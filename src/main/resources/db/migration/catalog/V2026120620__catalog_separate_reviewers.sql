-- R12.7: whether the review steps of a case (INITIAL_REVIEW, RE_REVIEW) are done by different people; on by default.
alter table catalog_matter_version add column separate_reviewers boolean default true not null;
