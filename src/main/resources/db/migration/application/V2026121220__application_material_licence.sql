-- A material given as the applicant's electronic licence (issue 18; R6.5, R3.2): the licence's id, which the platform
-- verified was the applicant's, valid and of the material's licence type when it was given; null for a file uploaded
-- or reused. Runs unchanged on PostgreSQL and on H2.
alter table application_material add column licence_id varchar(40);
