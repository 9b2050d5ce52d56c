/**
 * The UI of the Group, Destination and Webhook resources: operations named and sorted in n8n's
 * style, destructive ones described as such, fields scoped to their operation, the shared
 * locators with "From List" methods the node provides, and the default concurrency.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as destinationResource from '../../../nodes/Fivetran/v1/actions/destination/Destination.resource';
import * as groupResource from '../../../nodes/Fivetran/v1/actions/group/Group.resource';
import type { OperationModule } from '../../../nodes/Fivetran/v1/actions/node.type';
import { resources } from '../../../nodes/Fivetran/v1/actions/resources';
import { versionDescription } from '../../../nodes/Fivetran/v1/actions/versionDescription';
import * as webhookResource from '../../../nodes/Fivetran/v1/actions/webhook/Webhook.resource';
import * as listSearch from '../../../nodes/shared/listSearch';
import type { Emulator } from '../../emulator';
import { emulatorCredentials, methodContext } from '../../harness';
import { addDestination, addWebhook, useEmulator } from './kit';

interface ResourceCase {
	resource: string;
	module: { description: INodeProperties[]; operations: Record<string, OperationModule> };
	reads: string[];
	/** The locator field every operation but these has. */
	locator: string;
	withoutLocator: string[];
	/** Operations whose description must say what is lost. */
	destructive: Record<string, RegExp>;
}

const CASES: ResourceCase[] = [
	{
		resource: 'group',
		module: groupResource,
		reads: ['get', 'getConnections', 'getMany', 'getPublicKey', 'getServiceAccount', 'getUsers'],
		locator: 'groupId',
		withoutLocator: ['create', 'getMany'],
		destructive: {
			delete: /^Permanently deletes a group with its destination/,
			removeUser: /loses that access/,
		},
	},
	{
		resource: 'destination',
		module: destinationResource,
		reads: ['get', 'getMany'],
		locator: 'destinationId',
		withoutLocator: ['create', 'getMany'],
		destructive: { delete: /^Permanently deletes the destination of a group/ },
	},
	{
		resource: 'webhook',
		module: webhookResource,
		reads: ['get', 'getMany'],
		locator: 'webhookId',
		withoutLocator: ['create', 'getMany'],
		destructive: { delete: /^Permanently deletes a webhook/ },
	},
];

describe.each(CASES)('$resource resource description', (testCase) => {
	const { description, operations } = testCase.module;
	const selector = description.find((property) => property.name === 'operation') as INodeProperties;
	const options = selector.options as INodePropertyOptions[];

	it('is registered and offers exactly the operations it can run', () => {
		expect(resources[testCase.resource]).toBe(operations);
		expect(options.map((option) => option.value).sort()).toEqual(Object.keys(operations).sort());
		expect(selector.displayOptions).toEqual({ show: { resource: [testCase.resource] } });
	});

	it('sorts the operations by name and gives each an action and a description', () => {
		const names = options.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		for (const option of options) {
			expect(option.action).toMatch(/^[A-Z][a-z]+ /);
			expect(option.description).toMatch(/^[A-Z]/);
		}
	});

	it('says what the destructive operations take away', () => {
		const byValue = Object.fromEntries(options.map((option) => [option.value, option.description]));
		for (const [operation, pattern] of Object.entries(testCase.destructive)) {
			expect(byValue[operation]).toMatch(pattern);
		}
	});

	it('shows every field only for its own operation, with camelCase names', () => {
		for (const [operation, module] of Object.entries(operations)) {
			for (const field of module.description) {
				expect(field.displayOptions?.show?.resource).toEqual([testCase.resource]);
				expect(field.displayOptions?.show?.operation).toEqual([operation]);
				expect(field.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
			}
		}
	});

	it('picks the record with a resource locator whose list method exists', () => {
		for (const operation of Object.keys(operations)) {
			const locator = operations[operation].description.find(
				(field) => field.name === testCase.locator,
			);
			if (testCase.withoutLocator.includes(operation)) continue;
			expect(locator?.type).toBe('resourceLocator');
			const method = locator?.modes?.find((mode) => mode.name === 'list')?.typeOptions
				?.searchListMethod;
			expect(typeof (listSearch as Record<string, unknown>)[String(method)]).toBe('function');
		}
	});

	it('runs reads five at a time and changes one at a time by default', () => {
		const reads = Object.keys(operations).filter((name) => operations[name].concurrency === 'read');
		expect(reads.sort()).toEqual(testCase.reads);
		for (const name of Object.keys(operations).filter((operation) => !reads.includes(operation))) {
			expect(operations[name].concurrency).toBe('write');
		}
	});
});

describe('node description', () => {
	it('lists Destination, Group and Webhook among the resources, sorted by name', () => {
		const resource = versionDescription.properties.find((property) => property.name === 'resource');
		const names = (resource?.options as INodePropertyOptions[]).map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(names).toEqual(expect.arrayContaining(['Destination', 'Group', 'Webhook']));
	});

	it('makes the webhook secret a password field', () => {
		for (const operation of ['create', 'update']) {
			const fields = webhookResource.operations[operation].description;
			const secret =
				fields.find((field) => field.name === 'secret') ??
				(fields.find((field) => field.name === 'updateFields')?.options as INodeProperties[]).find(
					(field) => field.name === 'secret',
				);
			expect(secret?.typeOptions?.password).toBe(true);
		}
	});
});

describe('"From List" searches', () => {
	let emu: Emulator;
	useEmulator({}, (started) => {
		emu = started;
	});

	it('searchDestinations names each destination by service and group, linked to the dashboard', async () => {
		const destination = addDestination(emu, { service: 'big_query' });
		const groupName = emu.state.groups.get(destination.id)?.name;

		const found = await listSearch.searchDestinations.call(methodContext(emulatorCredentials(emu)));

		expect(found.results).toEqual([
			{
				name: `big_query · ${groupName}`,
				value: destination.id,
				url: `https://fivetran.com/dashboard/destinations/${destination.id}`,
			},
		]);
		const destinationsRequest = emu.requestLog.entries.find(
			(entry) => entry.path === '/v1/destinations',
		);
		expect(destinationsRequest?.headers.accept).toBe('application/json;version=2');
	});

	it('searchWebhooks names each webhook by URL and scope, and filters by the search text', async () => {
		const account = addWebhook(emu, { url: 'https://a.example.com/hook' });
		const grouped = addWebhook(emu, {
			url: 'https://b.example.com/hook',
			type: 'group',
			group_id: 'some_group',
		});
		const context = methodContext(emulatorCredentials(emu));

		const all = await listSearch.searchWebhooks.call(context);
		const filtered = await listSearch.searchWebhooks.call(context, 'B.EXAMPLE');

		expect(all.results).toEqual([
			{ name: 'https://a.example.com/hook (account)', value: account.id },
			{ name: 'https://b.example.com/hook (group some_group)', value: grouped.id },
		]);
		expect(filtered.results.map((result) => result.value)).toEqual([grouped.id]);
	});
});
