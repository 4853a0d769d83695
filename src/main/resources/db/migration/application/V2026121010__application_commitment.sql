-- The informed commitment (告知承诺书) an applicant signed on a draft (R5.5, R15.7): the text as it was shown, its SHA-256
-- digest, how it was signed, by whom and when, under the matter version whose conditions it states. One per
-- application; kept with it for the post-verification and any revocation.
create table application_commitment (
	application_id uuid primary key references application_application (id) on delete cascade,
	matter_version integer not null,
	body varchar(20000) not null,
	digest varchar(64) not null,
	method varchar(20) not null check (method in ('SMS_CODE', 'CERTIFICATE')),
	signer_id uuid not null,
	signed_at timestamp with time zone not null
);
