import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Webhook events from Fivetran's pages, checked in December 2026:
 * - "Webhooks" (https://fivetran.com/docs/rest-api/getting-started/webhooks, and its beta copy):
 *   sync_start, sync_end, status (deprecated), dbt_run_start, dbt_run_succeeded,
 *   dbt_run_failed, connection_successful, connection_failure, create_connector,
 *   pause_connector, resume_connector, edit_connector, delete_connector, force_update_connec…
 *   (the stored copy is cut off there; its tail follows the emulator's list).
 * - "Webhook Management" (https://fivetran.com/docs/rest-api/webhooks, updated 2023-10-14) and
 *   support article 5539687704471: the transformation events are spelled
 *   `transformation_run_start`, `transformation_run_succeeded` and `transformation_run_failed`
 *   (marked deprecated on the first page); no other spelling is documented.
 * The API has no enum: this list is ours to keep current.
 */
export const FIVETRAN_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Connection Failure',
		value: 'connection_failure',
		description: 'A connection setup test failed',
	},
	{
		name: 'Connection Successful',
		value: 'connection_successful',
		description: 'A connection setup test passed',
	},
	{
		name: 'Connection Created',
		value: 'create_connector',
		description: 'A connection was created',
	},
	{
		name: 'Connection Deleted',
		value: 'delete_connector',
		description: 'A connection was deleted',
	},
	{ name: 'Connection Edited', value: 'edit_connector', description: 'A connection was edited' },
	{ name: 'Connection Paused', value: 'pause_connector', description: 'A connection was paused' },
	{
		name: 'Connection Resumed',
		value: 'resume_connector',
		description: 'A connection was resumed',
	},
	{
		name: 'Connection Force Updated',
		value: 'force_update_connector',
		description: 'A connection was force-updated',
	},
	{
		name: 'Connection Re-Synced',
		value: 'resync_connector',
		description: 'A historical re-sync of a connection was started',
	},
	{
		name: 'Dbt Run Failed',
		value: 'dbt_run_failed',
		description: 'A dbt Core transformation run failed',
	},
	{
		name: 'Dbt Run Started',
		value: 'dbt_run_start',
		description: 'A dbt Core transformation run started',
	},
	{
		name: 'Dbt Run Succeeded',
		value: 'dbt_run_succeeded',
		description: 'A dbt Core transformation run succeeded',
	},
	{
		name: 'Table Re-Synced',
		value: 'resync_table',
		description: 'A historical re-sync of a table was started',
	},
	{
		name: 'Status (Deprecated)',
		value: 'status',
		description: 'Connection status change (deprecated by Fivetran)',
	},
	{ name: 'Sync Ended', value: 'sync_end', description: 'A sync finished, successfully or not' },
	{ name: 'Sync Started', value: 'sync_start', description: 'A sync started' },
	{
		name: 'Transformation Run Failed',
		value: 'transformation_run_failed',
		description: 'A transformation run failed (deprecated by Fivetran)',
	},
	{
		name: 'Transformation Run Started',
		value: 'transformation_run_start',
		description: 'A transformation run started (deprecated by Fivetran)',
	},
	{
		name: 'Transformation Run Succeeded',
		value: 'transformation_run_succeeded',
		description: 'A transformation run succeeded (deprecated by Fivetran)',
	},
];

/**
 * The event of the ping Fivetran POSTs to the URL while it creates or activates a webhook
 * (Fivetran's "Webhooks" page: "we perform a single POST request to the specified URL with a
 * testing payload"; issue 15 names its event `test_event`). Recognised by name only.
 */
export const CREATION_PING_EVENT = 'test_event';
