/** The event filters both triggers offer (Options of the webhook and of the polling trigger). */
import type { INodeProperties } from 'n8n-workflow';

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
