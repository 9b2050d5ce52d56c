import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupIdField } from '../group/fields';
import { readGroupId } from '../group/parameters';
import { activeField, eventsField, secretField, urlField, webhookOperationFields } from './fields';
import { webhookOutput } from './output';
import { webhookSettingsBody } from './settings';
import { bodyOrThrow } from '../../helpers/parameters';

export const description = webhookOperationFields('create', [
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Account',
				value: 'account',
				description: 'Events of every connection in the account',
			},
			{
				name: 'Group',
				value: 'group',
				description: 'Events of the connections of one group (destination)',
			},
		],
		default: 'account',
		description: 'Whether the webhook receives the events of the whole account or of one group',
	},
	{
		...groupIdField,
		description: 'The group whose events the webhook receives',
		displayOptions: { show: { scope: ['group'] } },
	},
	{ ...urlField, required: true },
	{ ...eventsField, required: true },
	activeField,
	secretField,
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const scope = this.getNodeParameter('scope', itemIndex, 'account') as string;
	const path =
		scope === 'group'
			? apiPath`/v1/webhooks/group/${readGroupId(this, itemIndex)}`
			: '/v1/webhooks/account';
	const settings = webhookSettingsBody({
		url: this.getNodeParameter('url', itemIndex, ''),
		events: this.getNodeParameter('events', itemIndex, []),
		active: this.getNodeParameter('active', itemIndex, true),
		secret: this.getNodeParameter('secret', itemIndex, ''),
	});
	const body = bodyOrThrow(this, itemIndex, settings);
	// Not retried: a repeat after an ambiguous failure could create a second webhook. Fivetran
	// answers after sending its test request to the URL.
	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path,
		body,
		longRunning: true,
		outcomeUnknownAdvice:
			'Check with Webhook › Get Many whether the webhook was created before creating it again.',
		itemIndex,
	});
	return webhookOutput(data);
}
