-- The purpose code an exchange request named (R9.3), kept apart from the purpose in words that the data subject is
-- shown in purpose_zh and purpose_en (R16.1): the granted purpose's text when a grant answered, the code otherwise.
-- Runs unchanged on PostgreSQL and on H2.
alter table exchange_access_log add column purpose_code varchar(40);
