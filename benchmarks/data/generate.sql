-- Loads a platform database at scale (issue 6, item 3): :finished finished applications with their history and
-- :open open cases waiting in Flowable, in bulk SQL (generate_series), not through the API.
--
--   psql -h 127.0.0.1 -U postgres -d tongban_scale -v finished=1000000 -v open=50000 -f benchmarks/data/generate.sql
--
-- The database must have been migrated by the platform first (Flyway + Flowable schema and the deployed process
-- models): benchmarks/data/load.sh does both. Rows are keyed by md5 of their ordinal, so a second run on the same
-- database fails on the primary keys instead of doubling the data.
--
-- What is not real: the sealed columns (answers, query code) hold a placeholder, not a ciphertext the platform can
-- open, so generated applications are for plans and list/page queries, not for opening their answers; the
-- applicants are 100,000 made-up ids (about 10 applications each) plus the demo enterprise, which gets 1,000.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
set maintenance_work_mem = '256MB';
set work_mem = '64MB';

-- The demo enterprise's account, so that "my applications" can be measured for a real applicant too.
create temporary table bench_demo as
	select coalesce((select id from identity_enterprise where credit_code = '91210202MA0Q5K7D3U'),
		'00000000-0000-0000-0000-00000000d3e0'::uuid) as applicant_id;

-- One row per generated application: the finished ones first, then the open ones (kind F / O).
create temporary table bench_app as
select i,
	md5('tb-app-' || i)::uuid as id,
	case when i % 1000 = 0 then (select applicant_id from bench_demo)
		else md5('tb-applicant-' || (i % 100000))::uuid end as applicant_id,
	case when i <= :finished then 'F' else 'O' end as kind,
	case when i % 5 = 0 then 'ZJJ' else 'SCJGJ' end as department_code,
	case when i % 5 = 0 then 'ZJJ-JZGCSGXK' else 'SCJGJ-SPJYXK' end as matter_code,
	-- Finished: received over 2022-01-01 .. 2026-09; open: over the last 40 days.
	case when i <= :finished
		then timestamptz '2022-01-01 01:00:00+00' + ((i % 1700) || ' days')::interval + ((i % 480) || ' minutes')::interval
		else timestamptz '2026-11-27 01:00:00+00' - ((i % 40) || ' days')::interval + ((i % 480) || ' minutes')::interval
	end as received_at
from generate_series(1, :finished + :open) as i;

alter table bench_app add column number varchar(20);
-- Serials 5xxxxx / 6xxxxx: the platform's own serials start at 1 each day, so the two never meet.
update bench_app set number = 'TB' || to_char(received_at at time zone 'Asia/Shanghai', 'YYYYMMDD')
	|| lpad(case when kind = 'F' then (500000 + i / 1700) else (600000 + (i - :finished) / 40) end::text, 6, '0');
-- The status of a finished case: mostly granted, some denied, refused at acceptance or withdrawn.
alter table bench_app add column status varchar(20);
update bench_app set status = case
	when kind = 'O' then case when i % 3 = 0 then 'SUBMITTED' else 'ACCEPTED' end
	when i % 20 = 1 then 'DENIED' when i % 20 = 2 then 'REFUSED' when i % 20 = 3 then 'WITHDRAWN' else 'GRANTED' end;
analyze bench_app;

insert into application_application (id, applicant_id, applicant_kind, matter_code, matter_version, started_version,
	matter_name_zh, matter_name_en, department_code, status, answers_sealed, answer_sources, number,
	query_code_sealed, received_at, clock_starts_on, acceptance_due_on, withdrawn_at, created_at, updated_at, revision)
select id, applicant_id, 'LEGAL_PERSON', matter_code, 1, 1,
	case when matter_code = 'SCJGJ-SPJYXK' then '食品经营许可' else '建筑工程施工许可' end,
	case when matter_code = 'SCJGJ-SPJYXK' then 'Food business licence' else 'Construction permit' end,
	department_code, status, 'bench', '{}', number, 'bench', received_at,
	(received_at + interval '1 day')::date, (received_at + interval '7 days')::date,
	case when status = 'WITHDRAWN' then received_at + interval '2 days' end,
	received_at - interval '1 hour',
	case when kind = 'O' then received_at else received_at + interval '6 days' end, 3
from bench_app;

-- The applicant's timeline: acceptance, review, decision for a finished case; acceptance (and review) for an open one.
insert into application_timeline (application_id, seq, step, department_code, started_at, due_on, finished_at)
select a.id, s.seq, s.step, a.department_code, a.received_at + ((s.seq - 1) || ' days')::interval,
	(a.received_at + ((s.seq + 4) || ' days')::interval)::date,
	case when a.kind = 'F' or s.seq < 2 then a.received_at + (s.seq || ' days')::interval end
from bench_app a
cross join (values (1, 'ACCEPTANCE'), (2, 'REVIEW'), (3, 'DECISION')) as s(seq, step)
where (a.kind = 'F' and (s.seq = 1 or a.status not in ('REFUSED', 'WITHDRAWN')))
	or (a.kind = 'O' and (s.seq = 1 or (s.seq = 2 and a.status = 'ACCEPTED')));

-- The processes deployed by the platform: the open cases' tasks must point to a real definition.
create temporary table bench_procdef as
select key_, (array_agg(id_ order by version_ desc))[1] as id_
from act_re_procdef where key_ in ('approval-standard', 'approval-with-inspection') group by key_;

insert into approval_case (id, number, applicant_id, applicant_name, matter_code, matter_version, matter_name_zh,
	matter_name_en, department_code, process_key, process_instance_id, step, step_started_at, received_at,
	accepted_on, ended_at, revision)
select a.id, a.number, a.applicant_id, '大连某某餐饮有限公司' || (a.i % 100000), a.matter_code, 1,
	case when a.matter_code = 'SCJGJ-SPJYXK' then '食品经营许可' else '建筑工程施工许可' end,
	case when a.matter_code = 'SCJGJ-SPJYXK' then 'Food business licence' else 'Construction permit' end,
	a.department_code,
	case when a.matter_code = 'SCJGJ-SPJYXK' then 'approval-with-inspection' else 'approval-standard' end,
	'bench-pi-' || a.i,
	case when a.kind = 'F' then 'DECISION' when a.status = 'SUBMITTED' then 'ACCEPTANCE'
		when a.matter_code = 'SCJGJ-SPJYXK' then 'INITIAL_REVIEW' else 'REVIEW' end,
	a.received_at + case when a.status = 'ACCEPTED' then interval '1 day' else interval '0' end,
	a.received_at,
	case when a.status not in ('SUBMITTED', 'REFUSED', 'WITHDRAWN') then (a.received_at + interval '1 day')::date end,
	case when a.kind = 'F' then a.received_at + interval '6 days' end, 3
from bench_app a;

-- What happened on each case: one entry per step done (R5.4).
insert into approval_history (id, case_id, happened_at, actor_id, actor_name, actor_role, department_code, step,
	action, opinion, outcome)
select md5('tb-history-' || a.i || '-' || s.seq)::uuid, a.id, a.received_at + (s.seq || ' days')::interval,
	md5('tb-staff-' || a.department_code || s.role)::uuid, a.department_code || '.' || lower(s.role), s.role,
	a.department_code, s.step, s.action, '材料齐全，符合法定形式。', s.action
from bench_app a
cross join (values (1, 'ACCEPTANCE', 'WINDOW_CLERK', 'ACCEPT'), (2, 'REVIEW', 'REVIEWER', 'FORWARD'),
	(3, 'DECISION', 'APPROVER', 'GRANT')) as s(seq, step, role, action)
where (a.kind = 'F' and (s.seq = 1 or a.status not in ('REFUSED', 'WITHDRAWN')))
	or (a.kind = 'O' and s.seq = 1 and a.status = 'ACCEPTED');

insert into supervision_clock (case_id, case_number, received_at, starts_on, statutory_limit_days,
	committed_limit_days, joint, stopped_at, version)
select id, number, received_at, (received_at + interval '1 day')::date, 20, 10, false,
	case when kind = 'F' then received_at + interval '6 days' end, 3
from bench_app;

insert into supervision_clock_step (case_id, seq_no, step, limit_days, started_at, finished_at)
select a.id, s.seq, s.step, s.days, a.received_at + ((s.seq - 1) || ' days')::interval,
	case when a.kind = 'F' or s.seq < 2 then a.received_at + (s.seq || ' days')::interval end
from bench_app a
cross join (values (1, 'ACCEPTANCE', 5), (2, 'REVIEW', 5), (3, 'DECISION', 3)) as s(seq, step, days)
where (a.kind = 'F' and (s.seq = 1 or a.status not in ('REFUSED', 'WITHDRAWN')))
	or (a.kind = 'O' and (s.seq = 1 or (s.seq = 2 and a.status = 'ACCEPTED')));

-- The open cases in Flowable: a process instance, its execution at the user task, the task, the task's candidate
-- group and the process variables the task list filters on (matterCode). Shaped like what the engine writes.
insert into act_ru_execution (id_, rev_, proc_inst_id_, business_key_, parent_id_, proc_def_id_, root_proc_inst_id_,
	act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, is_mi_root_, suspension_state_,
	cached_ent_state_, tenant_id_, start_time_, is_count_enabled_, evt_subscr_count_, task_count_, job_count_,
	timer_job_count_, susp_job_count_, deadletter_job_count_, external_worker_job_count_, var_count_, id_link_count_)
select x.id_, 1, 'bench-pi-' || a.i, x.business_key, x.parent, p.id_, 'bench-pi-' || a.i, x.act, x.active, false,
	x.scope, false, false, 1, 0, '', a.received_at at time zone 'UTC', false, 0, 0, 0, 0, 0, 0, 0, 0, 0
from bench_app a
join bench_procdef p on p.key_ = case when a.matter_code = 'SCJGJ-SPJYXK' then 'approval-with-inspection'
	else 'approval-standard' end
cross join lateral (values
	('bench-pi-' || a.i, a.number, null, null, false, true),
	('bench-ex-' || a.i, null, 'bench-pi-' || a.i,
		case when a.status = 'SUBMITTED' then 'acceptance' when a.matter_code = 'SCJGJ-SPJYXK' then 'initialReview'
			else 'review' end, true, false)) as x(id_, business_key, parent, act, active, scope)
where a.kind = 'O'
order by x.parent nulls first;

insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, assignee_,
	priority_, create_time_, category_, suspension_state_, tenant_id_, is_count_enabled_, var_count_,
	id_link_count_, sub_task_count_)
select 'bench-task-' || a.i, 1, 'bench-ex-' || a.i, 'bench-pi-' || a.i, p.id_,
	case when a.status = 'SUBMITTED' then '受理' else '审查' end,
	case when a.status = 'SUBMITTED' then 'acceptance' when a.matter_code = 'SCJGJ-SPJYXK' then 'initialReview'
		else 'review' end,
	-- A third of the tasks claimed by somebody.
	case when a.i % 3 = 1 then md5('tb-staff-' || a.i % 7)::uuid::varchar end,
	50, (a.received_at + case when a.status = 'ACCEPTED' then interval '1 day' else interval '0' end) at time zone 'UTC',
	case when a.status = 'SUBMITTED' then 'ACCEPTANCE' when a.matter_code = 'SCJGJ-SPJYXK' then 'INITIAL_REVIEW'
		else 'REVIEW' end,
	1, '', false, 0, 0, 0
from bench_app a
join bench_procdef p on p.key_ = case when a.matter_code = 'SCJGJ-SPJYXK' then 'approval-with-inspection'
	else 'approval-standard' end
where a.kind = 'O';

insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
select 'bench-link-' || a.i, 1,
	'dept:' || a.department_code || ':' || case when a.status = 'SUBMITTED' then 'window_clerk' else 'reviewer' end,
	'candidate', 'bench-task-' || a.i
from bench_app a where a.kind = 'O';

insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, text_)
select 'bench-var-' || a.i || '-' || v.name, 1, 'string', v.name, 'bench-pi-' || a.i, 'bench-pi-' || a.i,
	case v.name when 'matterCode' then a.matter_code when 'departmentCode' then a.department_code
		else a.id::varchar end
from bench_app a
cross join (values ('matterCode'), ('departmentCode'), ('caseId')) as v(name)
where a.kind = 'O';

analyze;
select kind, status, count(*) from bench_app group by 1, 2 order by 1, 2;
