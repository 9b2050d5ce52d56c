import type { INodeProperties } from 'n8n-workflow';

import { groupLocator } from '../shared/descriptions';
import { connectionIdsOption, onlyFailedSyncsOption } from '../shared/eventOptions';
import { FIVETRAN_EVENTS } from '../shared/events';

/** Options › Connection IDs and Only Failed Syncs: the same filters in both triggers. */
export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			"Fivetran only delivers webhooks to public HTTPS URLs: set n8n's WEBHOOK_URL to your public address before activating",
		name: 'httpsNotice',
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
				description: 'Receive events of every connection in the account',
			},
			{
				name: 'Group',
				value: 'group',
				description: 'Receive events of the connections in one group (destination)',
			},
		],
		default: 'account',
	},
	{ ...groupLocator, displayOptions: { show: { scope: ['group'] } } },
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: FIVETRAN_EVENTS,
		default: [],
		description: 'The events Fivetran sends to this workflow',
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
