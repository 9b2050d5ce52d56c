import type { INodeProperties } from 'n8n-workflow';

import { FIVETRAN_EVENTS } from '../shared/events';
import { connectionIdsOption, onlyFailedSyncsOption } from '../shared/eventOptions';

/** The webhook events this trigger can read from the API (the webhook trigger's values). */
const POLLED_EVENTS = new Set([
	'sync_end',
	'sync_start',
	'pause_connector',
	'resume_connector',
	'connection_failure',
	'connection_successful',
]);

export const pollingTriggerProperties: INodeProperties[] = [
	{
		displayName:
			'For n8n instances Fivetran cannot reach. Each poll lists the connections in scope (one request per 1,000) and reads the sync history only of those that changed. Fivetran keeps 7 days of sync history.',
		name: 'pollingNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Account',
				value: 'account',
				description: 'Watch every connection in the account',
			},
			{
				name: 'Groups',
				value: 'groups',
				description: 'Watch the connections of the chosen groups (destinations)',
			},
		],
		default: 'account',
	},
	{
		displayName: 'Group IDs',
		name: 'groupIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. projected_sickle, decent_dropsy',
		description: 'The groups whose connections to watch (comma-separated IDs)',
		displayOptions: { show: { scope: ['groups'] } },
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: FIVETRAN_EVENTS.filter((event) => POLLED_EVENTS.has(String(event.value))),
		default: ['sync_end'],
		description:
			'The events to run for. "Connection Failure" and "Connection Successful" are emitted when the setup state becomes broken or is fixed.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [connectionIdsOption, onlyFailedSyncsOption],
	},
];
