-- An application that renews a licence (R15.5, 行政许可法 art. 50): the id of the electronic licence it renews, null for
-- every other application; the licences module asks for the renewals of a licence by it.
alter table application_application add column renews_licence_id varchar(40);
create index application_by_renewed_licence on application_application (renews_licence_id);
