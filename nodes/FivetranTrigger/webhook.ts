import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { isRedelivery, triggerScope } from './dedupe';
import { flattenEvent, isFailedSync, type FivetranEventItem } from './payload';
import { SIGNATURE_HEADER, isValidSignature } from './signature';
import { readStoredWebhook } from './staticData';

/** Writes the answer ourselves so the status is explicit, and starts no execution. */
function answerWithoutRunning(
	ctx: IWebhookFunctions,
	status: 200 | 401,
	message: string,
): IWebhookResponseData {
	ctx.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

/** "a, b" or ["a", "b"] (an expression may return a list) → ['a', 'b']. */
export function parseConnectionIds(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((part) => String(part).trim()).filter((part) => part !== '');
}

/** Why the options filter this event out, or undefined when it passes. */
function filteredOutReason(ctx: IWebhookFunctions, item: FivetranEventItem): string | undefined {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const connectionIds = parseConnectionIds(options.connectionIds);
	if (connectionIds.length > 0 && !connectionIds.includes(item.connectionId ?? '')) {
		return 'Ignored: event of a connection not in Connection IDs';
	}
	if (options.onlyFailedSyncs === true && !isFailedSync(item)) {
		return 'Ignored: not a failed sync';
	}
	return undefined;
}

/**
 * Handles one delivery. In order:
 * 1. An event this trigger did not subscribe to is acknowledged (200) and ignored. This is
 *    how Fivetran's creation ping is recognised: its payload is not a selectable event (the
 *    emulator sends `event: "test"`; Fivetran does not document the shape). It is answered
 *    before any signature check because it runs nothing, and because n8n's stored copy of the
 *    static data may still hold the previous webhook's secret while create() is running.
 * 2. No stored secret yet (create() has not returned; n8n persists static data afterwards):
 *    200, no execution.
 * 3. The signature over the exact received bytes (`req.rawBody`) must match: else 401.
 * 4. The Options filters, then the in-memory re-delivery check: 200, no execution.
 * Everything else starts one execution with one item.
 */
export function receiveWebhook(this: IWebhookFunctions): IWebhookResponseData {
	const item = flattenEvent(this.getBodyData());
	const events = this.getNodeParameter('events', []) as string[];
	if (item.event === null || !events.includes(item.event)) {
		return answerWithoutRunning(this, 200, 'Acknowledged: not a subscribed event');
	}

	const stored = readStoredWebhook(this.getWorkflowStaticData('node'));
	if (stored === undefined) {
		return answerWithoutRunning(this, 200, 'Acknowledged: the trigger is still being activated');
	}
	const signature = this.getHeaderData()[SIGNATURE_HEADER];
	if (!isValidSignature(this.getRequestObject().rawBody, stored.secret, signature)) {
		this.logger.debug('Fivetran Trigger: rejected a delivery with a missing or wrong signature');
		return answerWithoutRunning(
			this,
			401,
			'Unauthorized: missing or invalid X-Fivetran-Signature-256',
		);
	}

	const filtered = filteredOutReason(this, item);
	if (filtered !== undefined) return answerWithoutRunning(this, 200, filtered);
	if (isRedelivery(triggerScope(this.getWorkflow().id, this.getNode().id), item)) {
		return answerWithoutRunning(this, 200, 'Acknowledged: already delivered');
	}
	return { workflowData: [[{ json: item }]] };
}
