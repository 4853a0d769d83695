-- The decision limits count from the working day after acceptance (行政许可法 art. 42 "自受理之日起", R15.3), not from
-- receipt: the day the case was accepted, or the day of receipt when acceptance is deemed (art. 32). Null until then.
-- Open clocks of cases accepted before this column existed are dated again when the platform starts
-- (approval.internal.AcceptedClocks).
alter table supervision_clock add column accepted_on date;
