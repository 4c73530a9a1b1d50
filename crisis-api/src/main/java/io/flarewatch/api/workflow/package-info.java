/**
 * The alert workflow of the people on duty: acknowledge, assign, note, resolve by hand, reopen; the rules as a
 * pure class ({@link io.flarewatch.api.workflow.AlertWorkflow}) and the timeline that merges the detector's
 * events with the people's actions ({@link io.flarewatch.api.workflow.Timeline}).
 */
package io.flarewatch.api.workflow;
