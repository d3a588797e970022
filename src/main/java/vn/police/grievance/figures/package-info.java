/**
 * The leadership's figures: a read model kept beside the items as the process moves (figure_item
 * from the journal, figure_step from every user task), the dashboard API behind the Cockpit plugin
 * (figures-plugin.js), the weekly and monthly reports (XLSX and PDF) and their archive. Reads items,
 * the journal, deadlines and the organisation; changes none of them.
 */
package vn.police.grievance.figures;
