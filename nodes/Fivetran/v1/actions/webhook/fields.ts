/** Field builders shared by the Webhook operations, each field spelt once. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { FIVETRAN_EVENTS } from '../../../../shared/events';
import { webhookLocator } from '../../../../shared/descriptions';
import { operationFieldsFor } from '../../helpers/operationFields';

/** An operation's fields, shown only for resource Webhook and that operation. */
export const webhookOperationFields = operationFieldsFor('webhook');

export const webhookIdField: INodeProperties = {
	...webhookLocator,
	name: 'webhookId',
	required: true,
};

/** The trigger's event list, sorted by name as n8n shows options. */
export const EVENT_OPTIONS: INodePropertyOptions[] = [...FIVETRAN_EVENTS].sort((a, b) =>
	a.name.localeCompare(b.name),
);

export const urlField: INodeProperties = {
	displayName: 'URL',
	name: 'url',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/fivetran-events',
	description:
		'Where Fivetran POSTs the events. Must be an https:// URL that answers 2xx: Fivetran sends a test event when the webhook is made active.',
};

export const eventsField: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	options: EVENT_OPTIONS,
	default: [],
	description: 'The events Fivetran sends to the URL',
};

export const activeField: INodeProperties = {
	displayName: 'Active',
	name: 'active',
	type: 'boolean',
	default: true,
	description: 'Whether Fivetran sends events to the webhook',
};

export const secretField: INodeProperties = {
	displayName: 'Secret',
	name: 'secret',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description:
		'Key Fivetran signs each event with (X-Fivetran-Signature-256, HMAC-SHA256) so the receiver can verify it. Fivetran never returns it: outputs show "******".',
};
