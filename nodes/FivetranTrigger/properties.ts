import type { INodeProperties } from 'n8n-workflow';

import { groupLocator } from '../Fivetran/v1/actions/common.descriptions';
import { FIVETRAN_EVENTS } from './events';

/** Options › Connection IDs and Only Failed Syncs: the same filters in both triggers. */
export const connectionIdsOption: INodeProperties = {
	displayName: 'Connection IDs',
	name: 'connectionIds',
	type: 'string',
	default: '',
	placeholder: 'e.g. speak_inexpensive, program_airworthy',
	description:
		'Only run for events of these connections (comma-separated IDs, or an expression returning a list of IDs). Empty: every connection.',
};

export const onlyFailedSyncsOption: INodeProperties = {
	displayName: 'Only Failed Syncs',
	name: 'onlyFailedSyncs',
	type: 'boolean',
	default: false,
	description:
		'Whether to run only for "Sync Ended" events whose status is FAILURE or FAILURE_WITH_TASK (rescheduled syncs and other events are ignored)',
};

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
