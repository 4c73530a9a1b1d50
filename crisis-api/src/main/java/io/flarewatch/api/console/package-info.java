/** The web console for the PR team on duty: its routes; the page is static files under {@code /console}. */
package io.flarewatch.api.console;
