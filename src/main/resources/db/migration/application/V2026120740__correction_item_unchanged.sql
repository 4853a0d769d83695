-- A correction resubmitted unchanged (R4.2, R15.2): what the applicant had given for each listed item when the notice
-- was issued, as a keyed hash (the answers themselves are sealed elsewhere), to tell them which items they left as
-- they were; and, once resubmitted, which items were left so, for the clerk who accepts again.
alter table application_correction_item add column given_index varchar(200);
alter table application_correction_item add column unchanged boolean;
