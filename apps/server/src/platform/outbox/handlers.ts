import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { defaultTransportFor, EXCHANGE_TOPIC, exchangeHandler } from '../../modules/exchange/index';
import { DVC_TOPIC, dvcHandler } from './dvc-handler';
import { EMAIL_TOPIC, emailHandler } from './email-handler';
import type { OutboxHandler } from './outbox';

/**
 * The delivery of each outbox topic. A module that sends something outside adds its topic here
 * and calls `enqueue(tx, { tenantId, topic, payload })` in its transaction. A message whose topic
 * has no handler is retried, then marked DEAD.
 */
export function outboxHandlers(config: Config, db?: Db): Record<string, OutboxHandler> {
  return {
    [EMAIL_TOPIC]: emailHandler({ ...config.mail, publicBaseUrl: config.publicBaseUrl }),
    [DVC_TOPIC]: dvcHandler(config.dvc, db ? { db } : {}),
    // Packages between levels (docs/interop.md): the one topic whose delivery is module code, so
    // it is composed here, where the server builds the handlers, rather than in the platform.
    ...(db
      ? {
          [EXCHANGE_TOPIC]: exchangeHandler(
            db,
            defaultTransportFor(db, config.dataDir, config.exchange.peers),
          ),
        }
      : {}),
  };
}
