/**
 * Our changes to the engine's own SQL: patched copies of Camunda's task and variable mappings whose
 * authorization checks stay index-driven however many tasks are open (ADR 0006), and the engine
 * configuration that loads them.
 */
package vn.police.grievance.process.mapping;
