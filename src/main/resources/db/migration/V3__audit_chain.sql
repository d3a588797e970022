-- Tamper evidence for the journal. Every row of item_event is sealed into one hash chain when its
-- transaction commits: seq is its position, prev_hash the hash of the row before it, hash the
-- SHA-256 of its canonical form and prev_hash (audit/ChainHash). One row, audit_chain, holds the
-- head of the chain; appends lock it so that concurrent transactions can never fork the chain.
-- Rows removed by the retention policy leave their last position and hash behind as the anchor
-- the remaining chain starts from.
ALTER TABLE item_event ADD COLUMN seq BIGINT;
ALTER TABLE item_event ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE item_event ADD COLUMN hash VARCHAR(64);
CREATE UNIQUE INDEX ux_event_seq ON item_event (seq);

CREATE TABLE audit_chain (
    id               INT         PRIMARY KEY CHECK (id = 1),
    last_seq         BIGINT      NOT NULL,
    last_hash        VARCHAR(64) NOT NULL,
    pruned_upto_seq  BIGINT      NOT NULL,
    pruned_upto_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash, pruned_upto_seq, pruned_upto_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
          0, '0000000000000000000000000000000000000000000000000000000000000000');
