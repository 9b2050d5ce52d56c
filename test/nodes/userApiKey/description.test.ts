/**
 * The UI of the User API Key resource: registered, operations sorted with action and
 * description, Delete worded as destructive, Rotate saying the old secret stays valid during the
 * overlap, every field shown only for its own operation.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resources } from '../../../nodes/Fivetran/v1/actions/resources';
import * as userApiKey from '../../../nodes/Fivetran/v1/actions/userApiKey/UserApiKey.resource';
import { versionDescription } from '../../../nodes/Fivetran/v1/actions/versionDescription';

const options = (userApiKey.description.find((property) => property.name === 'operation')
	?.options ?? []) as INodePropertyOptions[];
const option = (value: string) => options.find((candidate) => candidate.value === value);
const fieldsOf = (operation: string): INodeProperties[] =>
	resources.userApiKey[operation].description;

it('is registered and listed as User API Key', () => {
	expect(resources.userApiKey).toBe(userApiKey.operations);
	const resource = versionDescription.properties.find((property) => property.name === 'resource');
	expect(resource?.options).toContainEqual({ name: 'User API Key', value: 'userApiKey' });
});

it('offers its five operations, sorted, each with an action and a description', () => {
	expect(options.map((candidate) => candidate.value)).toEqual([
		'create',
		'delete',
		'get',
		'getMany',
		'rotate',
	]);
	for (const candidate of options) {
		expect(candidate.action).toMatch(/^[A-Z][a-z]+ [a-z]/);
		expect(candidate.description).toMatch(/^[A-Z]/);
	}
});

it('words Delete as destructive and Create / Rotate as showing the secret once', () => {
	expect(option('delete')?.description).toMatch(/^Permanently deletes .*Cannot be undone\.$/);
	for (const operation of ['create', 'rotate']) {
		expect(option(operation)?.description).toContain('secretShownOnce');
		expect(fieldsOf(operation)[0]).toMatchObject({
			name: 'secretShownOnceNotice',
			type: 'notice',
		});
	}
});

it('says the old secret stays valid during the overlap, and bounds the days', () => {
	expect(option('rotate')?.description).toContain('old secret stays valid');
	const overlap = fieldsOf('rotate').find((field) => field.name === 'overlapDays');
	expect(overlap?.description).toContain('old secret stays valid');
	expect(overlap?.typeOptions).toMatchObject({ minValue: 0, maxValue: 30 });
	const expiration = fieldsOf('create').find((field) => field.name === 'expirationDays');
	expect(expiration).toMatchObject({ default: 90, typeOptions: { minValue: 1, maxValue: 365 } });
});

it('shows every field only for its own operation', () => {
	for (const [operation, module] of Object.entries(resources.userApiKey)) {
		for (const property of module.description) {
			expect(property.displayOptions?.show).toMatchObject({
				resource: ['userApiKey'],
				operation: [operation],
			});
		}
	}
});
