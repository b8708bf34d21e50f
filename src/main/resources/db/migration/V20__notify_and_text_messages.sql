-- GOV.UK Notify: a notice may be a text message to a parent's phone, and a sent notice keeps the id the sending
-- service gave it (Notify's notification id), to follow its delivery in Notify.
alter table notification drop constraint ck_notification_channel;
alter table notification add constraint ck_notification_channel check (channel in ('EMAIL', 'SMS', 'RECORD'));
alter table notification add column provider_id varchar(64);
