/**
 * Connector Type → Get Many and Get (with config and auth field metadata), the service picker
 * methods (loadOptions getConnectorTypes, listSearch searchConnectorTypes), and the failures.
 * Fivetran lets any authenticated key read this metadata, so there is no 403 case.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { ensureConnectorTypes } from '../../emulator/catalog/connectorTypes';
import { track } from '../../emulator/pagination';
import type { ConnectorTypeRecord } from '../../emulator/state';
import { byId, emulatorCredentials, methodContext, onlyRequest, useEmulator } from '../../harness';
import * as listSearch from '../../../nodes/shared/listSearch';
import * as loadOptions from '../../../nodes/Fivetran/v1/methods/loadOptions';
import { asSent, expectedRequest, jsonOf, pairedOf } from '../user/userTestKit';
import { describePagination } from '../team/paginationSuite';
import {
	describeApiErrors,
	describeValidation,
	runnerFor,
	runResource,
	unauthorizedCase,
} from '../kit';

let emu: Emulator;

useEmulator({}, (started) => {
	emu = started;
});

/** A list item: the record without its field metadata. */
function summary(record: ConnectorTypeRecord): IDataObject {
	const item: IDataObject = asSent(record);
	delete item.config;
	delete item.auth;
	return item;
}

const catalog = () => [...ensureConnectorTypes(emu.state).values()];

describe('Connector Type', () => {
	it('Get Many lists services without field metadata, limited', async () => {
		const { items } = await runResource(emu, 'connectorType', 'getMany', { limit: 5 });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'GET', '/v1/metadata/connector-types', undefined, { limit: '5' }),
		);
		expect(jsonOf(items)).toEqual(catalog().slice(0, 5).map(summary));
		expect(pairedOf(items)).toHaveLength(5);
	});

	it('Get returns one service with its config and auth fields', async () => {
		const { items } = await runResource(emu, 'connectorType', 'get', {
			service: byId('google_sheets'),
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'GET', '/v1/metadata/connector-types/google_sheets'),
		);
		const expected = asSent(ensureConnectorTypes(emu.state).get('google_sheets'));
		expect(jsonOf(items)).toEqual([expected]);
		expect(items[0].json.config).toMatchObject({
			properties: { sheet_id: { type: 'string' } },
		});
		expect(items[0].json.auth).toEqual(expect.objectContaining({ type: 'object' }));
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('searchConnectorTypes labels services "Name (id)" and filters by the search text', async () => {
		const context = methodContext(emulatorCredentials(emu));
		const { results } = await listSearch.searchConnectorTypes.call(context, 'sheets');

		expect(results).toEqual([
			{
				name: 'Google Sheets (google_sheets)',
				value: 'google_sheets',
				url: 'https://fivetran.com/docs/connectors/google-sheets',
			},
		]);
	});
});

describeApiErrors(() => emu, runnerFor('connectorType'), [
	unauthorizedCase('getMany', () => ({ returnAll: true })),
	{
		name: '404 for a service Fivetran does not know',
		operation: 'get',
		parameters: () => ({ service: byId('no_such_service') }),
		status: 404,
		code: 'NotFound_ConnectorType',
		message:
			"Fivetran: ConnectorType with id 'no_such_service' does not exist. [NotFound_ConnectorType]",
	},
]);

describeValidation(() => emu, runnerFor('connectorType'), [
	{
		rule: 'Get needs a service',
		operation: 'get',
		parameters: () => ({ service: byId(' ') }),
		message: "'Connector Type' is empty: pick one from the list or enter its ID",
	},
	{
		rule: 'a service cannot be a dot segment',
		operation: 'get',
		parameters: () => ({ service: byId('.') }),
		message: '\'Connector Type\' cannot be ".": enter a real ID',
	},
]);

describe('with more than a page of services', () => {
	beforeAll(() => {
		const types = ensureConnectorTypes(emu.state);
		const template = types.get('google_sheets') as ConnectorTypeRecord;
		for (let index = 0; index < 1100; index++) {
			const id = `custom_${String(index).padStart(4, '0')}`;
			types.set(id, track({ ...template, id, name: `Custom ${index}` }));
		}
	});

	describePagination(() => emu, {
		resource: 'connectorType',
		operation: 'getMany',
		path: '/v1/metadata/connector-types',
		expected: () => catalog().map(summary),
	});

	it('getConnectorTypes (the service picker of Create Connection) reads every page', async () => {
		const options = await loadOptions.getConnectorTypes.call(
			methodContext(emulatorCredentials(emu)),
		);

		expect(emu.requestLog.entries.map((entry) => entry.query.cursor !== undefined)).toEqual([
			false,
			true,
		]);
		expect(options).toHaveLength(catalog().length);
		expect(options.map((option) => option.value)).toEqual(
			expect.arrayContaining(['google_sheets', 'custom_1099']),
		);
		const names = options.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});
});
