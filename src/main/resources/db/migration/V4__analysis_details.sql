-- Detail for the analytics (DESIGN.md §5): distributions, group breakdown with anonymity, cohort.
-- goal_no 0 holds the optional overall-effectiveness question wherever goal_no appears.

alter table wave_result add column response_rate double precision;
alter table wave_result add column target_met boolean;
-- distribution over the scale: count of ratings -3, -2, -1, 0, +1, +2, +3
alter table wave_result add column dist_m3 int not null default 0;
alter table wave_result add column dist_m2 int not null default 0;
alter table wave_result add column dist_m1 int not null default 0;
alter table wave_result add column dist_0 int not null default 0;
alter table wave_result add column dist_p1 int not null default 0;
alter table wave_result add column dist_p2 int not null default 0;
alter table wave_result add column dist_p3 int not null default 0;

alter table trend_result add column slope_ci_low double precision;
alter table trend_result add column slope_ci_high double precision;
alter table trend_result add column final_wave int;
alter table trend_result add column final_n int;
alter table trend_result add column final_mean double precision;
alter table trend_result add column final_t double precision;

-- Per leader x goal x wave x relationship group. Figures are NULL unless shown = true; suppressed
-- rows still exist so reports can say "fewer than k responses" (or "combined with another group").
create table group_result (
  programme_id varchar(64) not null,
  leader_id    varchar(64) not null,
  goal_no      int         not null,
  wave_no      int         not null,
  relationship varchar(32) not null,
  shown        boolean     not null,
  suppression  varchar(16),          -- null when shown; BELOW_K or COMPLEMENTARY
  n            int,
  mean         double precision,
  sd           double precision,
  ci_low       double precision,
  ci_high      double precision,
  primary key (programme_id, leader_id, goal_no, wave_no, relationship)
);

-- Cohort: per habit across leaders and waves.
create table cohort_habit_result (
  programme_id varchar(64) not null,
  habit_code   varchar(64) not null,
  wave_no      int         not null,
  leaders      int         not null,
  n            int         not null,
  mean         double precision,
  sd           double precision,
  ci_low       double precision,
  ci_high      double precision,
  primary key (programme_id, habit_code, wave_no)
);

-- Cohort: perceived change by follow-up level (the contact-sport table), all goals, final waves.
create table cohort_followup_result (
  programme_id varchar(64) not null,
  follow_up    varchar(16) not null,
  n            int         not null,
  mean         double precision,
  dist_m3 int not null default 0, dist_m2 int not null default 0, dist_m1 int not null default 0,
  dist_0  int not null default 0,
  dist_p1 int not null default 0, dist_p2 int not null default 0, dist_p3 int not null default 0,
  primary key (programme_id, follow_up)
);

-- Cohort: response rates per wave.
create table cohort_wave_result (
  programme_id varchar(64) not null,
  wave_no      int         not null,
  invited      int         not null,
  responded    int         not null,
  response_rate double precision,
  primary key (programme_id, wave_no)
);
