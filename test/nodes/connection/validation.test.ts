import { resyncScope } from '../../../nodes/Fivetran/v1/actions/connection/resyncScope';
import {
	configWithSchema,
	connectionSettingsBody,
	hasPersistentChange,
} from '../../../nodes/Fivetran/v1/actions/connection/settings';
import { schemaConfigBody } from '../../../nodes/Fivetran/v1/actions/connection/updateSchemaConfig.operation';
import {
	ConnectionInputError,
	parseJsonObject,
	requireLimit,
	requireText,
} from '../../../nodes/Fivetran/v1/actions/connection/validation';

describe('parseJsonObject', () => {
	it('parses a JSON object string and passes objects from expressions through', () => {
		expect(parseJsonObject('{"a": 1}', 'Config (JSON)')).toEqual({ a: 1 });
		expect(parseJsonObject({ b: 2 }, 'Config (JSON)')).toEqual({ b: 2 });
	});

	it('treats empty input as not given', () => {
		expect(parseJsonObject('', 'Config (JSON)')).toBeUndefined();
		expect(parseJsonObject('   ', 'Config (JSON)')).toBeUndefined();
		expect(parseJsonObject(undefined, 'Config (JSON)')).toBeUndefined();
	});

	it('names the parameter and never repeats the (secret) input on a parse error', () => {
		const secretish = '{"client_secret": "s3cr3t-value", oops}';
		expect(() => parseJsonObject(secretish, 'Auth (JSON)')).toThrow(ConnectionInputError);
		try {
			parseJsonObject(secretish, 'Auth (JSON)');
		} catch (error) {
			expect((error as Error).message).toBe(
				'Auth (JSON) is not valid JSON: check quotes, commas and braces (e.g. {"key": "value"})',
			);
			expect((error as Error).message).not.toContain('s3cr3t');
		}
	});

	it.each(['[1, 2]', '"text"', '42', 'null'])('refuses %s, which is not an object', (input) => {
		expect(() => parseJsonObject(input, 'Config (JSON)')).toThrow(
			'Config (JSON) must be a JSON object, e.g. {"key": "value"}',
		);
	});
});

describe('requireText and requireLimit', () => {
	it('trims text and refuses blanks', () => {
		expect(requireText('  google_sheets ', 'm')).toBe('google_sheets');
		expect(requireText(12, 'm')).toBe('12');
		expect(() => requireText(' ', 'Enter it')).toThrow('Enter it');
		expect(() => requireText(undefined, 'Enter it')).toThrow('Enter it');
	});

	it('accepts whole limits of 1 or more only', () => {
		expect(requireLimit(7)).toBe(7);
		expect(requireLimit('3')).toBe(3);
		expect(() => requireLimit(0)).toThrow("Limit must be a whole number of 1 or more (got '0')");
		expect(() => requireLimit(2.5)).toThrow('Limit must be a whole number');
	});
});

describe('connectionSettingsBody', () => {
	it('maps every UI field to its snake_case body field and parses the JSON ones', () => {
		const body = connectionSettingsBody(
			{
				auth: '{"refresh_token": "t"}',
				config: '{"sheet_id": "abc"}',
				dailySyncTime: '03:00',
				dataDelaySensitivity: 'CUSTOM',
				dataDelayThreshold: 30,
				pauseAfterTrial: true,
				paused: false,
				runSetupTests: false,
				scheduleType: 'manual',
				syncFrequency: 1440,
				trustCertificates: true,
				trustFingerprints: false,
			},
			'create',
		);
		expect(body).toEqual({
			auth: { refresh_token: 't' },
			config: { sheet_id: 'abc' },
			daily_sync_time: '03:00',
			data_delay_sensitivity: 'CUSTOM',
			data_delay_threshold: 30,
			pause_after_trial: true,
			paused: false,
			run_setup_tests: false,
			schedule_type: 'manual',
			sync_frequency: 1440,
			trust_certificates: true,
			trust_fingerprints: false,
		});
	});

	it('leaves out empty JSON objects and empty strings', () => {
		expect(connectionSettingsBody({ config: '{}', auth: '', dailySyncTime: '' }, 'update')).toEqual(
			{},
		);
	});

	it('coerces a sync frequency from an expression and refuses values Fivetran does not accept', () => {
		expect(connectionSettingsBody({ syncFrequency: '60' }, 'update')).toEqual({
			sync_frequency: 60,
		});
		expect(() => connectionSettingsBody({ syncFrequency: 45 }, 'update')).toThrow(
			"Sync Frequency must be one of 1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440 minutes (got '45')",
		);
	});

	it.each(['3:00', '03:30', '24:00', 'noon'])('refuses the daily sync time %s', (time) => {
		expect(() =>
			connectionSettingsBody({ dailySyncTime: time, syncFrequency: 1440 }, 'create'),
		).toThrow(`Daily Sync Time must be a whole hour as HH:00, e.g. 03:00 (got '${time}')`);
	});

	it('allows a daily sync time only with daily syncs', () => {
		const onlyDaily =
			'Daily Sync Time only applies to daily syncs: set Sync Frequency to 24 Hours or remove Daily Sync Time';
		// Create: Fivetran's default frequency is 6 hours.
		expect(() => connectionSettingsBody({ dailySyncTime: '03:00' }, 'create')).toThrow(onlyDaily);
		expect(() =>
			connectionSettingsBody({ dailySyncTime: '03:00', syncFrequency: 60 }, 'update'),
		).toThrow(onlyDaily);
		// Update without a new frequency: the connection may already sync daily.
		expect(connectionSettingsBody({ dailySyncTime: '23:00' }, 'update')).toEqual({
			daily_sync_time: '23:00',
		});
	});

	it('allows a data delay threshold only with a custom sensitivity', () => {
		const onlyCustom = /Data Delay Threshold only applies to a custom sensitivity/;
		expect(() => connectionSettingsBody({ dataDelayThreshold: 10 }, 'create')).toThrow(onlyCustom);
		expect(() =>
			connectionSettingsBody({ dataDelayThreshold: 10, dataDelaySensitivity: 'HIGH' }, 'update'),
		).toThrow(onlyCustom);
		expect(connectionSettingsBody({ dataDelayThreshold: 10 }, 'update')).toEqual({
			data_delay_threshold: 10,
		});
	});

	it('tells persistent changes from setup-test flags', () => {
		expect(hasPersistentChange({ run_setup_tests: true, trust_certificates: true })).toBe(false);
		expect(hasPersistentChange({})).toBe(false);
		expect(hasPersistentChange({ run_setup_tests: true, paused: true })).toBe(true);
	});
});

describe('configWithSchema', () => {
	it('adds the destination schema name to the config', () => {
		expect(configWithSchema({ sheet_id: 'a' }, ' sales ')).toEqual({
			sheet_id: 'a',
			schema: 'sales',
		});
		expect(configWithSchema(undefined, 'sales')).toEqual({ schema: 'sales' });
	});

	it('accepts naming keys from the config alone', () => {
		expect(configWithSchema({ schema: 'sales' }, '')).toEqual({ schema: 'sales' });
		expect(configWithSchema({ schema_prefix: 'pg' }, '')).toEqual({ schema_prefix: 'pg' });
	});

	it('refuses a missing or conflicting schema name', () => {
		expect(() => configWithSchema({}, ' ')).toThrow(
			'Enter a Destination Schema Name (or put "schema_prefix" in Config (JSON) for database connectors)',
		);
		expect(() => configWithSchema({ schema: 'a' }, 'b')).toThrow(
			`Destination Schema Name 'b' differs from "schema" in Config (JSON): remove one of them`,
		);
	});
});

describe('resyncScope', () => {
	it('groups tables by schema and drops repeats', () => {
		expect(
			resyncScope([
				{ schema: 'public', table: 'orders' },
				{ schema: 'public', table: 'users' },
				{ schema: 'sales', table: 'leads' },
				{ schema: 'public', table: 'orders' },
			]),
		).toEqual({ public: ['orders', 'users'], sales: ['leads'] });
	});

	it('refuses an empty scope and blank names, saying which row', () => {
		expect(() => resyncScope([])).toThrow(
			'Add at least one table to re-sync, or choose Whole Connection',
		);
		expect(() => resyncScope(undefined)).toThrow('Add at least one table to re-sync');
		expect(() =>
			resyncScope([
				{ schema: 'a', table: 't' },
				{ schema: '', table: 't' },
			]),
		).toThrow('Enter the Schema Name of table 2 to re-sync');
		expect(() => resyncScope([{ schema: 'a', table: ' ' }])).toThrow(
			'Enter the Table Name of table 1 to re-sync',
		);
	});
});

describe('schemaConfigBody', () => {
	it('sends the schema change handling and/or the schemas', () => {
		expect(schemaConfigBody({ schemaChangeHandling: 'BLOCK_ALL' })).toEqual({
			schema_change_handling: 'BLOCK_ALL',
		});
		expect(schemaConfigBody({ schemas: '{"public": {"enabled": false}}' })).toEqual({
			schemas: { public: { enabled: false } },
		});
	});

	it('refuses an update that changes nothing and bad JSON', () => {
		const nothing =
			'Nothing to update: add Schema Change Handling or Schemas (JSON) under Update Fields';
		expect(() => schemaConfigBody({})).toThrow(nothing);
		expect(() => schemaConfigBody({ schemas: '{}' })).toThrow(nothing);
		expect(() => schemaConfigBody({ schemas: '{bad' })).toThrow('Schemas (JSON) is not valid JSON');
	});
});
