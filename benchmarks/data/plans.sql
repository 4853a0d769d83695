-- The queries behind the staff task list, the case page, the public query and "my applications", as the platform
-- sends them (ApplicationStore, approval CaseStore, LegalClockStore, Flowable's Task.xml), with sample parameters
-- taken from the generated data. Run by plans.sh, which turns the output into plans.md.
\set QUIET on
\pset pager off
select applicant_id as demo_applicant from bench_sample_demo \gset
select number as open_number, id as open_case, process_instance_id as open_pi from approval_case
	where ended_at is null and process_instance_id like 'bench-pi-%' order by number limit 1
	offset (select count(*) / 2 from approval_case where ended_at is null) \gset
select number as done_number, id as done_case from approval_case where ended_at is not null
	order by number limit 1
	offset (select count(*) / 2 from approval_case where ended_at is not null) \gset
select md5('tb-applicant-4242')::uuid as some_applicant \gset

\echo '## 1. Staff task list (CaseDesk.queue): the clerk''s candidate tasks, oldest first, 500 at most'
\echo '```'
explain (analyze, buffers, costs off)
SELECT RES.* from ACT_RU_TASK RES WHERE RES.SUSPENSION_STATE_ = 1
	and exists(select LINK.ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.TASK_ID_ = RES.ID_
		and ((LINK.GROUP_ID_ IN ('dept:SCJGJ:window_clerk'))))
	order by RES.CREATE_TIME_ asc LIMIT 500 OFFSET 0;
\echo '```'
\echo '### 1b. The same, filtered by step (taskCategory) and matter (process variable matterCode), reviewer'
\echo '```'
explain (analyze, buffers, costs off)
SELECT RES.* from ACT_RU_TASK RES WHERE RES.CATEGORY_ = 'INITIAL_REVIEW' and RES.SUSPENSION_STATE_ = 1
	and exists(select LINK.ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.TASK_ID_ = RES.ID_
		and ((LINK.GROUP_ID_ IN ('dept:SCJGJ:reviewer'))))
	and EXISTS(select ID_ from ACT_RU_VARIABLE WHERE NAME_ = 'matterCode' and RES.PROC_INST_ID_ = PROC_INST_ID_
		and TASK_ID_ is null and TYPE_ = 'string' and TEXT_ = 'SCJGJ-SPJYXK')
	order by RES.CREATE_TIME_ asc LIMIT 500 OFFSET 0;
\echo '```'
\echo '### 1c. The cases of the 500 tasks (CaseStore.findByProcessInstances)'
\echo '```'
explain (analyze, buffers, costs off)
select * from approval_case where process_instance_id in (
	select PROC_INST_ID_ from ACT_RU_TASK order by CREATE_TIME_ limit 500);
\echo '```'
\echo '### 1d. The legal clocks of the 500 listed cases at once (LegalClockStore.findAll: clocks, steps, pauses, extensions)'
\echo '```'
explain (analyze, buffers, costs off) select * from supervision_clock where case_id in (
	select c.id from approval_case c join ACT_RU_TASK t on t.PROC_INST_ID_ = c.process_instance_id
	order by t.CREATE_TIME_ limit 500);
explain (analyze, buffers, costs off)
select case_id, step, limit_days, started_at, finished_at from supervision_clock_step where case_id in (
	select c.id from approval_case c join ACT_RU_TASK t on t.PROC_INST_ID_ = c.process_instance_id
	order by t.CREATE_TIME_ limit 500) order by case_id, seq_no;
explain (analyze, buffers, costs off)
select case_id, reason, note, started_at, ended_at from supervision_clock_pause where case_id in (
	select c.id from approval_case c join ACT_RU_TASK t on t.PROC_INST_ID_ = c.process_instance_id
	order by t.CREATE_TIME_ limit 500) order by case_id, seq_no;
\echo '```'

\echo '## 2. Case page (CaseDesk.open): the case by number, its open task, its history'
\echo '```'
explain (analyze, buffers, costs off) select * from approval_case where number = :'open_number';
explain (analyze, buffers, costs off)
SELECT RES.* from ACT_RU_TASK RES WHERE RES.PROC_INST_ID_ = :'open_pi' and RES.SUSPENSION_STATE_ = 1;
explain (analyze, buffers, costs off)
select happened_at, actor_name, actor_role, department_code, step, action, opinion, outcome
from approval_history where case_id = :'done_case' order by entry_order;
\echo '```'

\echo '## 3. Public status query (number + query code): the application by number, its timeline'
\echo '```'
explain (analyze, buffers, costs off) select * from application_application where number = :'done_number';
explain (analyze, buffers, costs off)
select step, department_code, started_at, due_on, finished_at from application_timeline
where application_id = (select id from application_application where number = :'done_number') order by seq;
\echo '```'

\echo '## 4. My applications (ApplicationStore.summaries), a page of 20 and the count: an applicant with about 10, and'
\echo '## the demo enterprise with about 1,000 (its first and its last page)'
\echo '```'
explain (analyze, buffers, costs off)
select id, number, matter_code, matter_name_zh, matter_name_en, status, updated_at, received_at
from application_application where applicant_id = :'some_applicant'
order by updated_at desc, id offset 0 rows fetch next 20 rows only;
explain (analyze, buffers, costs off)
select id, number, matter_code, matter_name_zh, matter_name_en, status, updated_at, received_at
from application_application where applicant_id = :'demo_applicant'
order by updated_at desc, id offset 0 rows fetch next 20 rows only;
explain (analyze, buffers, costs off)
select id, number, matter_code, matter_name_zh, matter_name_en, status, updated_at, received_at
from application_application where applicant_id = :'demo_applicant'
order by updated_at desc, id offset 1040 rows fetch next 20 rows only;
explain (analyze, buffers, costs off)
select count(*) from application_application where applicant_id = :'demo_applicant';
\echo '```'
\echo '### 4b. The applicant''s last application, for auto-fill (ApplicationStore.lastSubmitted)'
\echo '```'
explain (analyze, buffers, costs off)
select * from application_application where applicant_id = :'demo_applicant' and number is not null
order by received_at desc fetch first 1 rows only;
\echo '```'
\echo '### 4c. My materials (every material of the applicant''s applications, newest first)'
\echo '```'
explain (analyze, buffers, costs off)
select m.attachment_id, m.material_code, coalesce(m.reused_from, a.number) as origin
from application_material m join application_application a on a.id = m.application_id
where a.applicant_id = :'demo_applicant' order by m.added_at desc;
\echo '```'
