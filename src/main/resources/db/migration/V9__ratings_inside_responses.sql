-- Answers are stored one row each, ratings inside the row. With one row per goal the import wrote
-- four rows where one does (a 200,000-row export wrote 800,000 rows, and the rating rows with
-- their key, index and foreign key cost more than parsing the file). A leader has at most three
-- goals (1..3) besides the overall question (0), so four rating columns hold every answer:
-- rated_n says goal n was answered at all, rating_n is then its value, or null for N/A.
-- The view "rating" keeps the shape every query reads: one row per answered goal.
--
-- The table is built anew, since its key changes and constraints named by the database go:
--   * the key starts with the leader: the import looks up the stored answers of a batch's leaders
--     (leader_id in (...)), and H2 uses an index for an IN list only on its first column; the key
--     now serves that look-up, so the separate index of V8 is gone;
--   * no foreign keys. H2 keeps an index for every foreign key, and the two (to stakeholder and
--     to imported_file) made each written answer cost two more index updates and two look-ups:
--     a third of the cost of writing answers on H2. What they guarded is kept by the only writer: the
--     import writes an answer only for a stakeholder of the leader in the roster (RowValidator),
--     roster updates never delete stakeholders, and imported files are never deleted.

create table survey_response_v9 (
  programme_id    varchar(64)  not null,
  leader_id       varchar(64)  not null,
  stakeholder_key varchar(128) not null,
  wave_no         int          not null,
  submitted_at    timestamp,
  follow_up       varchar(16),
  feedforward     text,
  file_id         bigint,
  source_line     int,
  rated_0         boolean      not null default false,
  rating_0        smallint     check (rating_0 between -3 and 3),
  rated_1         boolean      not null default false,
  rating_1        smallint     check (rating_1 between -3 and 3),
  rated_2         boolean      not null default false,
  rating_2        smallint     check (rating_2 between -3 and 3),
  rated_3         boolean      not null default false,
  rating_3        smallint     check (rating_3 between -3 and 3),
  primary key (leader_id, stakeholder_key, wave_no, programme_id)
);

insert into survey_response_v9 (programme_id, leader_id, stakeholder_key, wave_no, submitted_at,
    follow_up, feedforward, file_id, source_line, rated_0, rating_0, rated_1, rating_1, rated_2,
    rating_2, rated_3, rating_3)
  select s.programme_id, s.leader_id, s.stakeholder_key, s.wave_no, s.submitted_at, s.follow_up,
    s.feedforward, s.file_id, s.source_line,
    r0.goal_no is not null, r0.rating,
    r1.goal_no is not null, r1.rating,
    r2.goal_no is not null, r2.rating,
    r3.goal_no is not null, r3.rating
  from survey_response s
  left join rating r0 on r0.programme_id = s.programme_id and r0.leader_id = s.leader_id
    and r0.stakeholder_key = s.stakeholder_key and r0.wave_no = s.wave_no and r0.goal_no = 0
  left join rating r1 on r1.programme_id = s.programme_id and r1.leader_id = s.leader_id
    and r1.stakeholder_key = s.stakeholder_key and r1.wave_no = s.wave_no and r1.goal_no = 1
  left join rating r2 on r2.programme_id = s.programme_id and r2.leader_id = s.leader_id
    and r2.stakeholder_key = s.stakeholder_key and r2.wave_no = s.wave_no and r2.goal_no = 2
  left join rating r3 on r3.programme_id = s.programme_id and r3.leader_id = s.leader_id
    and r3.stakeholder_key = s.stakeholder_key and r3.wave_no = s.wave_no and r3.goal_no = 3;

drop table rating;
drop table survey_response;
alter table survey_response_v9 rename to survey_response;

create view rating as
  select programme_id, leader_id, stakeholder_key, wave_no, 0 as goal_no, rating_0 as rating
    from survey_response where rated_0
  union all
  select programme_id, leader_id, stakeholder_key, wave_no, 1, rating_1
    from survey_response where rated_1
  union all
  select programme_id, leader_id, stakeholder_key, wave_no, 2, rating_2
    from survey_response where rated_2
  union all
  select programme_id, leader_id, stakeholder_key, wave_no, 3, rating_3
    from survey_response where rated_3;
