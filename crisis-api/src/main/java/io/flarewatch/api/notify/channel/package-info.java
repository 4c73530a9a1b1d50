/**
 * The channels: pure formatters (Slack Block Kit, email HTML and text, webhook JSON, the HMAC signature) and thin
 * senders over HTTP and SMTP, one class per channel.
 */
package io.flarewatch.api.notify.channel;
