-- Notices also go out by e-mail (when a mail server is configured); each person may opt out of
-- the e-mails for themselves. No row: e-mails are sent.
CREATE TABLE notification_preference (
    user_id      VARCHAR(64)  PRIMARY KEY,
    email        BOOLEAN      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
