-- The leaders' waves an imported file names in its rows but imported no answer for
-- ("L03 wave 1, 2; L05 wave 2"): data lost although the file's reject share may be small.
alter table imported_file add column unanswered varchar(2000);
