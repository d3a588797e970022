/**
 * What the operators watch: business metrics for Prometheus, the engine's and the job executor's
 * part of readiness, the background verification of the journal's hash chain, and whether
 * PostgreSQL keeps the planner's statistics current. At the edge:
 * reads the features' state, nothing depends on it.
 */
package vn.police.grievance.operations;
