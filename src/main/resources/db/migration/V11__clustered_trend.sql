-- Issue 14: the same stakeholders rate every wave. slope_se, slope_ci_* and slope_p now come from
-- the stakeholder-clustered (CR1) standard error on slope_df = G - 1 degrees of freedom (G =
-- stakeholders with ratings for the goal); slope_p is NULL with fewer than 3 stakeholders.
alter table trend_result add column slope_df int;
-- Stakeholders who rated both the first and the final wave with ratings: their mean change
-- (final - first) with a paired-t 95 % interval. NULL figures when nobody (or one) rated both.
alter table trend_result add column paired_n int not null default 0;
alter table trend_result add column paired_change double precision;
alter table trend_result add column paired_ci_low double precision;
alter table trend_result add column paired_ci_high double precision;
