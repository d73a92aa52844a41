import type { WebhookDelivery, WebhookQueue } from '../modules/consent/service';
import type { JobQueue, QueueDefinition } from './queue';

/**
 * Consent-request webhooks (issue 19). A partner that is down is retried for about an hour
 * (12 tries, 5 minutes apart); it can always ask for the request's state instead.
 */
export const consentWebhookQueue: QueueDefinition = {
  name: 'consent-webhook',
  expireInSeconds: 60,
  retryLimit: 12,
  retryDelaySeconds: 300,
};

export function consentWebhookQueueOf(queue: JobQueue): WebhookQueue {
  return { enqueue: (delivery) => queue.send(consentWebhookQueue.name, delivery) };
}

/** Works deliveries in this process; `deliver` builds the services of one job. */
export async function startConsentWebhookWorker(
  queue: JobQueue,
  deliver: (delivery: WebhookDelivery) => Promise<void>,
  options: { work?: boolean; onError: (error: Error) => void },
): Promise<void> {
  if (options.work === false) return;
  await queue.work<WebhookDelivery>(
    consentWebhookQueue.name,
    (delivery) =>
      deliver(delivery).catch((error: Error) => {
        options.onError(error);
        throw error;
      }),
    0.5,
  );
}
