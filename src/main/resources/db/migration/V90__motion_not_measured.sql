-- A recording too short for the metrics is kept: the reason its running could not be measured, in
-- the runner's words; null for a measured recording. The baseline is the first measured one.

alter table motion_analysis add column not_measured varchar(1000);
