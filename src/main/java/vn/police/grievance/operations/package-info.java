/**
 * What the operators watch: business metrics for Prometheus, the engine's and the job executor's
 * part of readiness, and the background verification of the journal's hash chain. At the edge:
 * reads the features' state, nothing depends on it.
 */
package vn.police.grievance.operations;
