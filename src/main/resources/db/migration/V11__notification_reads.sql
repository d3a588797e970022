-- Read and unread: a notice goes to a group (a unit, a department, the leadership); each member
-- reads it on their own, so who has read which notice is kept per person.
CREATE TABLE notification_read (
    notification_id BIGINT       NOT NULL REFERENCES notification (id),
    user_id         VARCHAR(64)  NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (notification_id, user_id)
);
CREATE INDEX ix_notification_read_user ON notification_read (user_id);
