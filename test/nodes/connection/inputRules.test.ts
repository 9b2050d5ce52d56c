/**
 * Every validation rule of the Connection operations, run through the node: the user sees the
 * message, the error names the item, and nothing reaches Fivetran.
 */
import type { INodeParameters } from 'n8n-workflow';

import { byId, startConnectionKit, type ConnectionKit } from './kit';

let kit: ConnectionKit;

beforeAll(async () => {
	kit = await startConnectionKit();
});

afterAll(async () => await kit.close());

const CONNECTION = { connectionId: byId('speak_inexpensive') };

function createWith(
	additionalFields: INodeParameters,
	destinationSchema = 'sales',
): INodeParameters {
	return {
		groupId: byId('projected_sickle'),
		service: 'google_sheets',
		destinationSchema,
		additionalFields,
	};
}

const rules: Array<[string, string, INodeParameters, string]> = [
	[
		'an ID that resolves to blanks',
		'get',
		{ connectionId: byId('={{ "  " }}') },
		'Choose a Connection from the list or enter its ID',
	],
	[
		"an ID of '..'",
		'delete',
		{ connectionId: byId('..') },
		"Invalid ID for 'connections': the value is '..'. Enter the Fivetran ID of the record.",
	],
	[
		'a group scope without a group',
		'getMany',
		{ scope: 'group', groupId: byId('={{ "" }}') },
		'Choose a Group from the list or enter its ID',
	],
	[
		'a limit below 1',
		'getMany',
		{ scope: 'account', limit: '={{ 0 }}' },
		"Limit must be a whole number of 1 or more (got '0')",
	],
	[
		'a create without a service',
		'create',
		{ ...createWith({}), service: '={{ "" }}' },
		'Choose a Service (the connector type) from the list or enter its ID',
	],
	[
		'a create without a schema name',
		'create',
		createWith({}, ''),
		'Enter a Destination Schema Name (or put "schema_prefix" in Config (JSON) for database connectors)',
	],
	[
		'a schema name that contradicts the config',
		'create',
		createWith({ config: '{"schema": "other"}' }),
		`Destination Schema Name 'sales' differs from "schema" in Config (JSON): remove one of them`,
	],
	[
		'config that is not JSON',
		'create',
		createWith({ config: '{sheet_id: 1}' }),
		'Config (JSON) is not valid JSON: check quotes, commas and braces (e.g. {"key": "value"})',
	],
	[
		'auth that is a JSON array',
		'create',
		createWith({ auth: '["token"]' }),
		'Auth (JSON) must be a JSON object, e.g. {"key": "value"}',
	],
	[
		'a daily sync time without daily syncs',
		'create',
		createWith({ dailySyncTime: '03:00' }),
		'Daily Sync Time only applies to daily syncs: set Sync Frequency to 24 Hours or remove Daily Sync Time',
	],
	[
		'a daily sync time that is not a whole hour',
		'update',
		{ ...CONNECTION, updateFields: { syncFrequency: 1440, dailySyncTime: '03:30' } },
		"Daily Sync Time must be a whole hour as HH:00, e.g. 03:00 (got '03:30')",
	],
	[
		'a sync frequency Fivetran does not offer',
		'update',
		{ ...CONNECTION, updateFields: { syncFrequency: '={{ 45 }}' } },
		"Sync Frequency must be one of 1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440 minutes (got '45')",
	],
	[
		'a data delay threshold without a custom sensitivity',
		'update',
		{ ...CONNECTION, updateFields: { dataDelaySensitivity: 'LOW', dataDelayThreshold: 5 } },
		'Data Delay Threshold only applies to a custom sensitivity: set Data Delay Sensitivity to Custom or remove Data Delay Threshold',
	],
	[
		'an update with no fields',
		'update',
		{ ...CONNECTION, updateFields: {} },
		'Nothing to update: add at least one field under Update Fields (the setup-test options alone change nothing; use Run Setup Tests for that)',
	],
	[
		'an update with only setup-test options',
		'update',
		{ ...CONNECTION, updateFields: { runSetupTests: true, trustFingerprints: true } },
		'Nothing to update: add at least one field under Update Fields (the setup-test options alone change nothing; use Run Setup Tests for that)',
	],
	[
		'a table re-sync without tables',
		'resync',
		{ ...CONNECTION, resyncScope: 'tables', tables: {} },
		'Add at least one table to re-sync, or choose Whole Connection',
	],
	[
		'a table re-sync with a blank table name',
		'resync',
		{ ...CONNECTION, resyncScope: 'tables', tables: { table: [{ schema: 'public', table: '' }] } },
		'Enter the Table Name of table 1 to re-sync',
	],
	[
		'a schema config update with nothing to change',
		'updateSchemaConfig',
		{ ...CONNECTION, updateFields: { schemas: '{}' } },
		'Nothing to update: add Schema Change Handling or Schemas (JSON) under Update Fields',
	],
];

describe.each(rules)('Connection input rules: %s', (_rule, operation, parameters, message) => {
	it('fails with the message and the item, sending nothing', async () => {
		const result = await kit.run(operation, parameters);
		expect(result.error?.message).toBe(message);
		expect(result.error?.context?.itemIndex).toBe(0);
		expect(result.items).toEqual([]);
		expect(kit.requests()).toEqual([]);
	});
});

describe('Connection input rules with Continue On Fail', () => {
	it('reports the invalid item and still runs the valid one', async () => {
		const connection = await kit.createConnection();
		const result = await kit.run(
			'update',
			{
				connectionId: byId(String(connection.id)),
				updateFields: { syncFrequency: '={{ $json.minutes }}' },
			},
			{ inputItems: [{ minutes: 7 }, { minutes: 120 }], continueOnFail: true },
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toEqual({
			error:
				"Sync Frequency must be one of 1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440 minutes (got '7')",
		});
		expect(result.items[1].json).toMatchObject({ id: connection.id, sync_frequency: 120 });
		expect(kit.requests().map((request) => request.body)).toEqual([{ sync_frequency: 120 }]);
	});
});
