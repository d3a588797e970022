-- The journal becomes typed: each new row stores its event's facts as JSON (item/JournalEvent),
-- with the version of that JSON. Rows written before keep their free-text step and detail and no
-- payload; they are read by the one legacy reader (item/JournalEvents.fromLegacy) and still verify
-- with the hash format they were sealed with (journal/ChainHash, version 1; typed rows use version 2).
ALTER TABLE item_event ADD COLUMN payload_version INT;
ALTER TABLE item_event ADD COLUMN payload VARCHAR(20000);
