-- An informed commitment signed with a CA certificate (R5.5, R15.7): the certificate by serial number, issuer and
-- subject (sealed: it names the holder and their ID number, R12.1), and the signature over the commitment's digest,
-- as verified at signing. Present exactly for the method CERTIFICATE.
alter table application_commitment add column certificate_serial varchar(64);
alter table application_commitment add column certificate_issuer varchar(1000);
alter table application_commitment add column certificate_subject_sealed varchar(4000);
alter table application_commitment add column signature_algorithm varchar(32);
alter table application_commitment add column signature varchar(4000);
alter table application_commitment add constraint application_commitment_certificate check (
	(method = 'CERTIFICATE') = (certificate_serial is not null and certificate_issuer is not null
		and certificate_subject_sealed is not null and signature_algorithm is not null and signature is not null));
