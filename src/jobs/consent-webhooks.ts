import type { WebhookDelivery, WebhookQueue } from '../modules/consent/service';
import type { JobQueue, QueueDefinition } from './queue';

const queueName = 'consent-webhook';

/**
 * Consent-request webhooks (issue 19). A partner that is down is retried 12 times,
 * `retryDelaySeconds` apart (an hour at the default 5 minutes); it can always ask for the
 * request's state instead.
 */
export function consentWebhookQueue(retryDelaySeconds: number): QueueDefinition {
  return { name: queueName, expireInSeconds: 60, retryLimit: 12, retryDelaySeconds };
}

/** Each job carries its retry delay: a queue made by an earlier start keeps the delay it was made with. */
export function consentWebhookQueueOf(queue: JobQueue, retryDelaySeconds: number): WebhookQueue {
  return { enqueue: (delivery) => queue.send(queueName, delivery, { retryDelaySeconds }) };
}

/** Works deliveries in this process; `deliver` builds the services of one job. */
export async function startConsentWebhookWorker(
  queue: JobQueue,
  deliver: (delivery: WebhookDelivery) => Promise<void>,
  options: { work?: boolean; onError: (error: Error) => void },
): Promise<void> {
  if (options.work === false) return;
  await queue.work<WebhookDelivery>(
    queueName,
    (delivery) =>
      deliver(delivery).catch((error: Error) => {
        options.onError(error);
        throw error;
      }),
    0.5,
  );
}
