/**
 * Official letters of an item (công văn): the answer letter to the unit, issued when the
 * leadership approves an answer, and the proposal to a higher authority, issued when the
 * leadership approves it; each laid out as Decree 30/2020/NĐ-CP wants, numbered in the agency's
 * register of letters, signed by the approving leader (PAdES) and kept with its hashes. Also the
 * outgoing-document register as the clerk reads it: searched and exported as XLSX (ADR 8).
 */
package vn.police.grievance.letter;
