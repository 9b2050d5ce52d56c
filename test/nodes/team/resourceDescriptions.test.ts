/**
 * The UI of the Connection Schema, Connector Type, Role and Team resources and of User →
 * Offboard: operations sorted by name, each with action and description, destructive ones
 * saying so, and every field shown only for its own resource and operation.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as connectionSchema from '../../../nodes/Fivetran/v1/actions/connectionSchema/ConnectionSchema.resource';
import * as connectorType from '../../../nodes/Fivetran/v1/actions/connectorType/ConnectorType.resource';
import { resources } from '../../../nodes/Fivetran/v1/actions/resources';
import * as role from '../../../nodes/Fivetran/v1/actions/role/Role.resource';
import * as team from '../../../nodes/Fivetran/v1/actions/team/Team.resource';
import * as user from '../../../nodes/Fivetran/v1/actions/user/User.resource';
import { versionDescription } from '../../../nodes/Fivetran/v1/actions/versionDescription';

const RESOURCES = [
	{ value: 'connectionSchema', name: 'Connection Schema', module: connectionSchema },
	{ value: 'connectorType', name: 'Connector Type', module: connectorType },
	{ value: 'role', name: 'Role', module: role },
	{ value: 'team', name: 'Team', module: team },
];

function operationOptions(description: INodeProperties[]): INodePropertyOptions[] {
	const selector = description.find((property) => property.name === 'operation');
	return (selector?.options ?? []) as INodePropertyOptions[];
}

describe.each(RESOURCES)('$name resource', ({ value, name, module }) => {
	const options = operationOptions(module.description);

	it('is registered and listed under its name', () => {
		expect(resources[value]).toBe(module.operations);
		const resource = versionDescription.properties.find((property) => property.name === 'resource');
		expect(resource?.options).toContainEqual({ name, value });
	});

	it('offers exactly its operations, sorted by name, each with an action and a description', () => {
		expect(options.map((option) => option.value).sort()).toEqual(
			Object.keys(module.operations).sort(),
		);
		const names = options.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		for (const option of options) {
			expect(option.action).toMatch(/^[A-Z][a-z]+ [a-z]/);
			expect(option.description).toMatch(/^[A-Z]/);
		}
	});

	it('shows every field only for its own resource and operation', () => {
		for (const [operation, operationModule] of Object.entries(module.operations)) {
			for (const property of operationModule.description) {
				expect(property.displayOptions?.show?.resource).toEqual([value]);
				expect(property.displayOptions?.show?.operation).toEqual([operation]);
				expect(property.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
			}
		}
	});
});

describe('destructive operations', () => {
	const descriptionOf = (description: INodeProperties[], operation: string) =>
		operationOptions(description).find((option) => option.value === operation)?.description;

	it.each([
		['Team Delete', team.description, 'delete'],
		['Connection Schema Drop Blocked Columns', connectionSchema.description, 'dropBlockedColumns'],
		['User Offboard', user.description, 'offboard'],
	])('%s says it is permanent', (_label, description, operation) => {
		expect(descriptionOf(description, operation)).toMatch(/permanently deletes/i);
		expect(descriptionOf(description, operation)).toMatch(/Cannot be undone\.$/);
	});
});
