import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	description,
	operations,
} from '../../../nodes/Fivetran/v1/actions/connection/Connection.resource';

const selector = description.find((property) => property.name === 'operation') as INodeProperties;
const options = selector.options as INodePropertyOptions[];

function fieldsOf(operation: string): INodeProperties[] {
	return operations[operation].description;
}

describe('Connection resource description', () => {
	it('offers exactly the operations it can run', () => {
		expect(options.map((option) => option.value).sort()).toEqual(Object.keys(operations).sort());
		expect(selector.displayOptions).toEqual({ show: { resource: ['connection'] } });
	});

	it('sorts the operations by name and gives each an action and a description', () => {
		const names = options.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		for (const option of options) {
			expect(option.action).toMatch(/^[A-Z][a-z]+ /);
			expect(option.description).toMatch(/connector/);
		}
	});

	it('says what the destructive operations destroy or re-import', () => {
		const byValue = Object.fromEntries(options.map((option) => [option.value, option.description]));
		expect(byValue.delete).toMatch(/^Permanently delete/);
		expect(byValue.resync).toMatch(/re-imports their full history/);
		expect(byValue.sync).toMatch(/Force on, a running sync is stopped and restarted/);
	});

	it('shows every field only for its own operation of the Connection resource', () => {
		for (const [operation, module] of Object.entries(operations)) {
			for (const field of module.description) {
				expect(field.displayOptions?.show?.resource).toEqual(['connection']);
				expect(field.displayOptions?.show?.operation).toEqual([operation]);
				expect(field.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
			}
		}
	});

	it('uses the shared locators and puts Simplify where the issue asks', () => {
		for (const operation of Object.keys(operations).filter(
			(name) => !['create', 'getMany'].includes(name),
		)) {
			const locator = fieldsOf(operation).find((field) => field.name === 'connectionId');
			expect(locator?.type).toBe('resourceLocator');
		}
		const simplifyDefault = (operation: string) =>
			fieldsOf(operation).find((field) => field.name === 'simplify')?.default;
		expect(simplifyDefault('getMany')).toBe(true);
		expect(simplifyDefault('get')).toBe(false);
		expect(fieldsOf('create').find((field) => field.name === 'groupId')?.type).toBe(
			'resourceLocator',
		);
	});

	it('takes the service from the connector types list and sorts the settings by name', () => {
		const create = fieldsOf('create');
		expect(create.find((field) => field.name === 'service')?.typeOptions).toEqual({
			loadOptionsMethod: 'getConnectorTypes',
		});
		for (const collection of ['create', 'update'].map(
			(operation) =>
				fieldsOf(operation).find((field) => field.type === 'collection') as INodeProperties,
		)) {
			const names = (collection.options as INodeProperties[]).map((field) => field.displayName);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
			expect(names).toContain('Sync Frequency');
			expect(names).toContain('Auth (JSON)');
		}
	});

	it('lists the sync frequencies Fivetran accepts, shortest first', () => {
		const settings = fieldsOf('update').find((field) => field.name === 'updateFields')
			?.options as INodeProperties[];
		const frequency = settings.find((field) => field.name === 'syncFrequency') as INodeProperties;
		const values = (frequency.options as INodePropertyOptions[]).map((option) => option.value);
		expect(values).toEqual([1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440]);
		expect((frequency.options as INodePropertyOptions[])[10].name).toBe('Every 24 Hours (Daily)');
		expect((frequency.options as INodePropertyOptions[])[7].name).toBe('Every 6 Hours');
	});

	it('declares read concurrency for reads, wait for the waits and write for changes', () => {
		const reads = [
			'checkFreshness',
			'get',
			'getMany',
			'getMoveStatus',
			'getSchemaConfig',
			'getState',
			'getSyncHistory',
			'getWarnings',
		];
		const waits = ['resyncAndWait', 'syncAndWait'];
		for (const [operation, module] of Object.entries(operations)) {
			const wait = waits.includes(operation) ? 'wait' : 'write';
			expect(module.concurrency).toBe(reads.includes(operation) ? 'read' : wait);
		}
	});
});
