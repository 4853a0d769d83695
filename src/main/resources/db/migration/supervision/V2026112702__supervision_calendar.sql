-- Working-day calendar (R8.1, R15.1). Runs unchanged on PostgreSQL and on H2.
-- A date of a loaded year that is not listed is a working day from Monday to Friday and a rest day on Saturday
-- and Sunday. Listed days are the exceptions of the State Council's arrangement: holidays (放假, rest days
-- whatever the day of the week) and adjusted working days (调休上班, a Saturday or Sunday that is worked).
-- The arrangements are real data for every profile, not demo data.

create table supervision_calendar_year (
    calendar_year   integer      primary key,
    source_zh       varchar(300) not null,
    source_en       varchar(300),
    published_on    date         not null
);

create table supervision_calendar_day (
    calendar_date   date         primary key,
    calendar_year   integer      not null references supervision_calendar_year (calendar_year),
    kind            varchar(24)  not null check (kind in ('HOLIDAY', 'ADJUSTED_WORKING_DAY')),
    name_zh         varchar(100) not null,
    name_en         varchar(100),
    check (extract(year from calendar_date) = calendar_year)
);
create index supervision_calendar_day_year on supervision_calendar_day (calendar_year);

-- 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）
insert into supervision_calendar_year (calendar_year, source_zh, source_en, published_on) values
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
        'Notice of the General Office of the State Council on the arrangement of certain holidays in 2025 (Guo Ban Fa Ming Dian [2024] No. 12)',
        date '2024-11-12');

insert into supervision_calendar_day (calendar_date, calendar_year, kind, name_zh, name_en) values
    -- 一、元旦：1月1日（周三）放假1天，不调休。
    (date '2025-01-01', 2025, 'HOLIDAY', '元旦', 'New Year''s Day'),
    -- 二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
    (date '2025-01-26', 2025, 'ADJUSTED_WORKING_DAY', '春节调休上班', 'Adjusted working day for the Spring Festival'),
    (date '2025-01-28', 2025, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2025-01-29', 2025, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2025-01-30', 2025, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2025-01-31', 2025, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2025-02-01', 2025, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2025-02-02', 2025, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2025-02-03', 2025, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2025-02-04', 2025, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2025-02-08', 2025, 'ADJUSTED_WORKING_DAY', '春节调休上班', 'Adjusted working day for the Spring Festival'),
    -- 三、清明节：4月4日（周五）至6日（周日）放假，共3天。
    (date '2025-04-04', 2025, 'HOLIDAY', '清明节', 'Qingming Festival'),
    (date '2025-04-05', 2025, 'HOLIDAY', '清明节', 'Qingming Festival'),
    (date '2025-04-06', 2025, 'HOLIDAY', '清明节', 'Qingming Festival'),
    -- 四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
    (date '2025-04-27', 2025, 'ADJUSTED_WORKING_DAY', '劳动节调休上班', 'Adjusted working day for Labour Day'),
    (date '2025-05-01', 2025, 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2025-05-02', 2025, 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2025-05-03', 2025, 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2025-05-04', 2025, 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2025-05-05', 2025, 'HOLIDAY', '劳动节', 'Labour Day'),
    -- 五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
    (date '2025-05-31', 2025, 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (date '2025-06-01', 2025, 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (date '2025-06-02', 2025, 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    -- 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
    (date '2025-09-28', 2025, 'ADJUSTED_WORKING_DAY', '国庆节、中秋节调休上班', 'Adjusted working day for National Day and the Mid-Autumn Festival'),
    (date '2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (date '2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (date '2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (date '2025-10-04', 2025, 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (date '2025-10-05', 2025, 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (date '2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (date '2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (date '2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (date '2025-10-11', 2025, 'ADJUSTED_WORKING_DAY', '国庆节、中秋节调休上班', 'Adjusted working day for National Day and the Mid-Autumn Festival');

-- 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
insert into supervision_calendar_year (calendar_year, source_zh, source_en, published_on) values
    (2026, '国务院办公厅关于2026年部分节假日安排的通知',
        'Notice of the General Office of the State Council on the arrangement of certain holidays in 2026',
        date '2025-11-04');

insert into supervision_calendar_day (calendar_date, calendar_year, kind, name_zh, name_en) values
    -- 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    (date '2026-01-01', 2026, 'HOLIDAY', '元旦', 'New Year''s Day'),
    (date '2026-01-02', 2026, 'HOLIDAY', '元旦', 'New Year''s Day'),
    (date '2026-01-03', 2026, 'HOLIDAY', '元旦', 'New Year''s Day'),
    (date '2026-01-04', 2026, 'ADJUSTED_WORKING_DAY', '元旦调休上班', 'Adjusted working day for New Year''s Day'),
    -- 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
    (date '2026-02-14', 2026, 'ADJUSTED_WORKING_DAY', '春节调休上班', 'Adjusted working day for the Spring Festival'),
    (date '2026-02-15', 2026, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-16', 2026, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-17', 2026, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-18', 2026, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-19', 2026, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-20', 2026, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-21', 2026, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-22', 2026, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-23', 2026, 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-28', 2026, 'ADJUSTED_WORKING_DAY', '春节调休上班', 'Adjusted working day for the Spring Festival'),
    -- 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
    (date '2026-04-04', 2026, 'HOLIDAY', '清明节', 'Qingming Festival'),
    (date '2026-04-05', 2026, 'HOLIDAY', '清明节', 'Qingming Festival'),
    (date '2026-04-06', 2026, 'HOLIDAY', '清明节', 'Qingming Festival'),
    -- 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
    (date '2026-05-01', 2026, 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2026-05-02', 2026, 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2026-05-03', 2026, 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2026-05-04', 2026, 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2026-05-05', 2026, 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2026-05-09', 2026, 'ADJUSTED_WORKING_DAY', '劳动节调休上班', 'Adjusted working day for Labour Day'),
    -- 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
    (date '2026-06-19', 2026, 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (date '2026-06-20', 2026, 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (date '2026-06-21', 2026, 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    -- 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
    (date '2026-09-25', 2026, 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (date '2026-09-26', 2026, 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (date '2026-09-27', 2026, 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    -- 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
    (date '2026-09-20', 2026, 'ADJUSTED_WORKING_DAY', '国庆节调休上班', 'Adjusted working day for National Day'),
    (date '2026-10-01', 2026, 'HOLIDAY', '国庆节', 'National Day'),
    (date '2026-10-02', 2026, 'HOLIDAY', '国庆节', 'National Day'),
    (date '2026-10-03', 2026, 'HOLIDAY', '国庆节', 'National Day'),
    (date '2026-10-04', 2026, 'HOLIDAY', '国庆节', 'National Day'),
    (date '2026-10-05', 2026, 'HOLIDAY', '国庆节', 'National Day'),
    (date '2026-10-06', 2026, 'HOLIDAY', '国庆节', 'National Day'),
    (date '2026-10-07', 2026, 'HOLIDAY', '国庆节', 'National Day'),
    (date '2026-10-10', 2026, 'ADJUSTED_WORKING_DAY', '国庆节调休上班', 'Adjusted working day for National Day');
