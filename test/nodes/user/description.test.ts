import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { loadOptions } from '../../../nodes/Fivetran/v1/methods';
import { description, operations } from '../../../nodes/Fivetran/v1/actions/user/User.resource';

const selector = description.find((property) => property.name === 'operation') as INodeProperties;
const options = selector.options as INodePropertyOptions[];

function field(operation: string, name: string): INodeProperties | undefined {
	return operations[operation].description.find((property) => property.name === name);
}

describe('User resource description', () => {
	it('offers exactly the operations it can run', () => {
		expect(options.map((option) => option.value).sort()).toEqual(Object.keys(operations).sort());
		expect(selector.displayOptions).toEqual({ show: { resource: ['user'] } });
	});

	it('sorts the operations by name and gives each an action and a description', () => {
		const names = options.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		for (const option of options) {
			expect(option.action).toMatch(/^[A-Z][a-z]+ /);
			expect(option.description).toEqual(expect.any(String));
		}
	});

	it('says that Delete is permanent and what the removals take away', () => {
		const byValue = Object.fromEntries(options.map((option) => [option.value, option.description]));
		expect(byValue.delete).toMatch(/^Permanently deletes a user/);
		expect(byValue.removeAccountRole).toMatch(/^Removes the user's account-level role/);
		expect(byValue.removeMembership).toMatch(/loses that access/);
	});

	it('shows every field only for its own operation of the User resource', () => {
		for (const [operation, module] of Object.entries(operations)) {
			for (const property of module.description) {
				expect(property.displayOptions?.show?.resource).toEqual(['user']);
				expect(property.displayOptions?.show?.operation).toEqual([operation]);
				expect(property.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
			}
		}
	});

	it('picks users, connections and groups with the shared locators', () => {
		for (const operation of Object.keys(operations).filter(
			(name) => !['getMany', 'invite'].includes(name),
		)) {
			expect(field(operation, 'userId')?.type).toBe('resourceLocator');
		}
		for (const operation of [
			'addMembership',
			'getMembership',
			'updateMembership',
			'removeMembership',
		]) {
			expect(field(operation, 'connectionId')?.displayOptions?.show?.membershipType).toEqual([
				'connection',
			]);
			expect(field(operation, 'groupId')?.displayOptions?.show?.membershipType).toEqual(['group']);
		}
	});

	it('loads roles with a method the node provides', () => {
		const role = field('addMembership', 'role');
		expect(role?.typeOptions?.loadOptionsMethod).toBe('getMembershipRoles');
		expect(typeof loadOptions.getMembershipRoles).toBe('function');
	});

	it('runs reads five at a time and changes one at a time by default', () => {
		const reads = Object.keys(operations).filter((name) => operations[name].concurrency === 'read');
		expect(reads.sort()).toEqual(['get', 'getMany', 'getMembership', 'getMemberships']);
		for (const name of Object.keys(operations).filter((operation) => !reads.includes(operation))) {
			expect(operations[name].concurrency).toBe('write');
		}
	});
});
