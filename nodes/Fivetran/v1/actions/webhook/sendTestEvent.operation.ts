import type { IExecuteFunctions } from 'n8n-workflow';

import { requireText, throwIfInvalid } from '../../helpers/validation';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { EVENT_OPTIONS, webhookIdField, webhookOperationFields } from './fields';
import { readWebhookId } from './parameters';
import { webhookRequest } from './request';

export const description = webhookOperationFields('sendTestEvent', [
	webhookIdField,
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		options: EVENT_OPTIONS,
		default: 'sync_end',
		description: 'The event to send, made up for the dummy connection _connection_1',
	},
]);

export const concurrency: ConcurrencyKind = 'write';

/**
 * Outputs Fivetran's report of the delivery: `succeed`, the `status` the URL answered and a
 * `message`. A delivery that failed is a result to check (e.g. with an IF node), not an error.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const webhookId = readWebhookId(this, itemIndex);
	const event = String(this.getNodeParameter('event', itemIndex, '') ?? '').trim();
	throwIfInvalid(this.getNode(), itemIndex, requireText(event, 'Event'));
	// Not retried (POST): a repeat would deliver a second test event. Fivetran answers after
	// the delivery, so the request is long-running.
	const { data } = await webhookRequest(this, itemIndex, {
		method: 'POST',
		webhookId,
		subPath: '/test',
		body: { event },
		longRunning: true,
		outcomeUnknownAdvice:
			'Fivetran may have delivered the test event: check the receiving URL before sending another.',
	});
	return { id: webhookId, event, ...data };
}
