-- How the holder of an API token logged in (R1.3): a commitment is signed with a certificate only in a log-in made
-- with one (R5.5). Null for the tokens issued before it was kept, which allow nothing that a method does.
alter table identity_api_token add column login_method varchar(16);
