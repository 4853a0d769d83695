-- The database and its two roles (issue 21, R14.1, R8.4), run once as a superuser:
--   psql -v owner_password="'…'" -v app_password="'…'" -f deploy/postgres/roles.sql
-- tongban_owner owns the schema and runs the migrations (SPRING_FLYWAY_USER); the nodes connect as tongban_app
-- (TONGBAN_DB_USER), which reads and writes rows but changes no table. After each migration the platform leaves
-- tongban_app only insert and select on the audit records (supervision.audit.AuditGrants), so that not even the
-- application can rewrite the trail.
\set ON_ERROR_STOP on
create role tongban_owner login password :owner_password;
create role tongban_app login password :app_password;
create database tongban owner tongban_owner encoding 'UTF8' template template0;
\connect tongban
revoke all on schema public from public;
grant usage on schema public to tongban_app;
alter default privileges for role tongban_owner in schema public
    grant select, insert, update, delete on tables to tongban_app;
alter default privileges for role tongban_owner in schema public
    grant usage, select, update on sequences to tongban_app;
