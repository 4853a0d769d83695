-- Where a material comes from: uploaded, made from the online form, or shared by the government (R15.10).
alter table catalog_material add column source varchar(20) default 'UPLOAD' not null;
