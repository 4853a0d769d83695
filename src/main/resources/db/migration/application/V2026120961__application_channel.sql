-- Where an application was made (R4.5, R13.4): online by the applicant, or at the integrated window by a clerk on the
-- applicant's behalf (registered_by, the clerk's account), whose scanned paper materials are marked as such.
alter table application_application add column channel varchar(10) default 'ONLINE' not null;
alter table application_application add column registered_by uuid;
alter table application_material add column scanned_at_window boolean default false not null;
