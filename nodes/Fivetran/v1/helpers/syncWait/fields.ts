/** The fields of Sync and Wait and Re-Sync and Wait (without the connection locator). */
import type { INodeProperties } from 'n8n-workflow';

import type { SyncKind } from './policies';

import {
	DEFAULT_POLL_INTERVAL_SECONDS,
	DEFAULT_TIMEOUT_MINUTES,
	MIN_POLL_INTERVAL_SECONDS,
} from './settings';

const pausedPolicyField: INodeProperties = {
	displayName: 'When Paused',
	name: 'pausedPolicy',
	type: 'options',
	options: [
		{
			name: 'Fail',
			value: 'fail',
			description: 'Stop with an error; the connection stays paused',
		},
		{
			name: 'Resume It First',
			value: 'resume',
			description: 'Un-pause the connection, then sync. It stays resumed afterwards.',
		},
		{
			name: 'Skip the Item',
			value: 'skip',
			description: 'Start nothing and output the item with status "skipped"',
		},
	],
	default: 'fail',
	description: 'What to do when the connection is paused',
};

const syncingPolicyField: INodeProperties = {
	displayName: 'When Already Syncing',
	name: 'syncingPolicy',
	type: 'options',
	options: [
		{
			name: 'Wait for the Running Sync',
			value: 'wait',
			description: 'Start nothing: await the running sync and output it',
		},
		{
			name: 'Restart It',
			value: 'restart',
			description: 'Stop the running sync and start a new one (force); the new sync is output',
		},
	],
	default: 'wait',
	description: 'What to do when a sync of the connection is already running',
};

/**
 * Re-Sync has no "restart": Fivetran completes a running sync before it re-syncs
 * (resync_connection), so the node lets it finish, then asks for the re-sync and waits for it.
 */
const resyncWhileSyncingNotice: INodeProperties = {
	displayName:
		'If a sync is running, Fivetran completes it before re-syncing: the node waits for that sync to end, then asks for the re-sync and outputs the re-sync itself',
	name: 'resyncWhileSyncingNotice',
	type: 'notice',
	default: '',
};

const laterFields: INodeProperties[] = [
	{
		displayName: 'When Rescheduled',
		name: 'rescheduledPolicy',
		type: 'options',
		options: [
			{
				name: 'Keep Waiting',
				value: 'wait',
				description:
					'Wait until Fivetran resumes the sync at its rescheduled time (with a manual schedule Fivetran does not resume it by itself)',
			},
			{
				name: 'Fail',
				value: 'fail',
				description: 'Stop with an error naming the rescheduled time',
			},
			{
				name: 'Re-Trigger After Rescheduled Time',
				value: 'retrigger',
				description:
					'With a manual schedule: ask for the sync again once the rescheduled time has passed. Otherwise the same as Keep Waiting.',
			},
		],
		default: 'wait',
		description:
			'What to do when Fivetran reschedules the sync (e.g. the source hit its API quota). A rescheduled time after the timeout fails at once.',
	},
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollInterval',
		type: 'number',
		typeOptions: { minValue: MIN_POLL_INTERVAL_SECONDS, numberPrecision: 2 },
		default: DEFAULT_POLL_INTERVAL_SECONDS,
		description:
			"How often to check the sync. Each check is one request against Fivetran's rate limit (20,000 per hour per account); values under 10 seconds are meant for tests.",
	},
	{
		displayName: 'Timeout (Minutes)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 0.01, numberPrecision: 2 },
		default: DEFAULT_TIMEOUT_MINUTES,
		description:
			'Longest time to wait for the sync to finish before failing. The sync itself goes on in Fivetran.',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the connection instead of the raw data (ID, group, service, schema, schedule, status and last sync times)',
	},
];

export function waitFields(kind: SyncKind): INodeProperties[] {
	const whenSyncing = kind === 'sync' ? syncingPolicyField : resyncWhileSyncingNotice;
	return [pausedPolicyField, whenSyncing, ...laterFields];
}
