/**
 * Our changes to the engine's own SQL: a patched copy of Camunda's task mapping whose
 * authorization check stays index-driven however many tasks are open (ADR 0006), and the engine
 * configuration that loads it.
 */
package vn.police.grievance.process.mapping;
