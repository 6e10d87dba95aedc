import type { Config } from '../../config/config';
import type { OutboxHandler } from './outbox';

/**
 * The delivery of each outbox topic. A module that sends something outside adds its topic here
 * (e.g. `email: smtpHandler(config)`) and calls `enqueue(tx, { tenantId, topic, payload })` in its
 * transaction. A message whose topic has no handler is retried, then marked DEAD.
 */
export function outboxHandlers(_config: Config): Record<string, OutboxHandler> {
  return {};
}
