-- Letters issued for an item (the answer letter to the unit, the proposal to a higher authority) are
-- kept in the same register as the conference's notices: numbered per year and register, signed,
-- kept unchanged with their SHA-256. What a register row now also says: the item it belongs to,
-- what it is for, to whom it goes, who signed it and with which certificate.
ALTER TABLE issued_document ADD COLUMN item_id BIGINT;
ALTER TABLE issued_document ADD CONSTRAINT fk_issued_document_item FOREIGN KEY (item_id) REFERENCES grievance_item (id);
ALTER TABLE issued_document ADD COLUMN purpose VARCHAR(30);
ALTER TABLE issued_document ADD COLUMN addressee VARCHAR(300);
ALTER TABLE issued_document ADD COLUMN signer_name VARCHAR(200);
-- SHA-256 of the signing certificate (DER) and its subject; demo certificates are marked as such.
ALTER TABLE issued_document ADD COLUMN certificate_sha256 VARCHAR(64);
ALTER TABLE issued_document ADD COLUMN certificate_subject VARCHAR(500);
ALTER TABLE issued_document ADD COLUMN demo_certificate BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_issued_document_item ON issued_document (item_id, purpose);
CREATE INDEX ix_issued_document_issued ON issued_document (doc_year, issued_at);

-- The proposal to a higher authority: the register row it went out under, and so the dispatch
-- number and date its reply is recorded against.
ALTER TABLE item_study ADD COLUMN proposal_document_id BIGINT;
ALTER TABLE item_study ADD CONSTRAINT fk_item_study_proposal FOREIGN KEY (proposal_document_id) REFERENCES issued_document (id);
