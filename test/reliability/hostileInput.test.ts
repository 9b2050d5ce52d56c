/**
 * Hostile input through real workflow runs: ids built to escape their endpoint stay one encoded
 * path segment (the emulator's log proves where each request went) or are refused before
 * anything is sent; JSON parameters that do not parse are named in the error.
 */
import type { INodeParameters } from 'n8n-workflow';

import { startConnectionKit, type ConnectionKit } from '../nodes/connection/kit';
import { runResource } from './reliabilityKit';

let kit: ConnectionKit;

beforeAll(async () => {
	kit = await startConnectionKit();
});
afterAll(async () => await kit.close());

interface IdOperation {
	resource: string;
	operation: string;
	idParameter: string;
	/** Where every request of the operation must go: this prefix plus one path segment. */
	prefix: string;
	/** Other parameters the operation needs to send anything. */
	extra?: INodeParameters;
}

const CONNECTION = {
	resource: 'connection',
	idParameter: 'connectionId',
	prefix: '/v1/connections/',
};
const USER = { resource: 'user', idParameter: 'userId', prefix: '/v1/users/' };
const SYSTEM_KEY = {
	resource: 'systemKey',
	idParameter: 'systemKeyId',
	prefix: '/v1/system-keys/',
};

const ID_OPERATIONS: IdOperation[] = [
	{ ...CONNECTION, operation: 'get' },
	{ ...CONNECTION, operation: 'update', extra: { updateFields: { syncFrequency: 60 } } },
	{ ...CONNECTION, operation: 'delete' },
	{ ...USER, operation: 'get' },
	{ ...USER, operation: 'update', extra: { updateFields: { givenName: 'Eve' } } },
	{ ...USER, operation: 'delete' },
	{ ...SYSTEM_KEY, operation: 'get' },
	{ ...SYSTEM_KEY, operation: 'update', extra: { name: 'renamed_key', permissionsInput: 'keep' } },
	{ ...SYSTEM_KEY, operation: 'delete' },
];

/** Each would reach another endpoint, add a query or fragment, or break the path if sent raw. */
const HOSTILE_IDS = [
	'a/b',
	'x/../../account/info',
	'../users',
	'id?limit=1000',
	'id#fragment',
	'100%',
	'%2e%2e',
	'%2F..%2Fv1',
	'ünïcødé_名前_🚀',
	'inner space',
	'tab\tand\nnewline',
];

/** Resolve to nothing or to a path step: refused before any request. */
const REFUSED_IDS = ['.', '..', '', '   '];

/** One item per id; the id parameter reads it from the item, as a workflow would. */
async function runWithIds(target: IdOperation, ids: string[]) {
	return await runResource(
		kit,
		target.resource,
		target.operation,
		{ [target.idParameter]: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, ...target.extra },
		{ inputItems: ids.map((id) => ({ id })), continueOnFail: true },
	);
}

describe.each(ID_OPERATIONS)('$resource $operation', (target) => {
	it('sends each hostile id as one encoded segment of its own endpoint', async () => {
		const result = await runWithIds(target, HOSTILE_IDS);

		const requests = kit.requests();
		expect(requests).toHaveLength(HOSTILE_IDS.length);
		const segments = requests.map((request) => {
			expect(request.path.startsWith(target.prefix)).toBe(true);
			expect(request.query).toEqual({});
			return request.path.slice(target.prefix.length);
		});
		expect(segments).toEqual(HOSTILE_IDS.map((id) => encodeURIComponent(id)));
		// None exists: every item is a 404 of its own endpoint, none a success elsewhere.
		expect(result.items.map((item) => item.json.httpCode)).toEqual(HOSTILE_IDS.map(() => '404'));
	});

	it("refuses '.', '..', empty and blank ids before sending anything", async () => {
		const result = await runWithIds(target, REFUSED_IDS);

		expect(kit.requests()).toHaveLength(0);
		expect(result.items).toHaveLength(REFUSED_IDS.length);
		for (const item of result.items) expect(item.json.error).toEqual(expect.stringMatching(/ID/));
	});
});

describe('JSON parameters that do not parse', () => {
	const connectionCreate = (additionalFields: INodeParameters): INodeParameters => ({
		groupId: { __rl: true, mode: 'id', value: kit.groupId },
		service: 'google_sheets',
		destinationSchema: 'sales',
		additionalFields,
	});
	const BROKEN = '{"unterminated": ';

	const cases: Array<[string, string, string, (json: string) => INodeParameters, RegExp]> = [
		[
			'connection',
			'create',
			'Config (JSON)',
			(json) => connectionCreate({ config: json }),
			/^Config \(JSON\) is not valid JSON/,
		],
		[
			'connection',
			'create',
			'Auth (JSON)',
			(json) => connectionCreate({ auth: json }),
			/^Auth \(JSON\) is not valid JSON/,
		],
		[
			'connection',
			'updateSchemaConfig',
			'Schemas (JSON)',
			(json) => ({
				connectionId: { __rl: true, mode: 'id', value: 'any_id' },
				updateFields: { schemas: json },
			}),
			/^Schemas \(JSON\) is not valid JSON/,
		],
		[
			'systemKey',
			'create',
			'Permissions (JSON)',
			(json) => ({ name: 'json_key', permissionsInput: 'json', permissionsJson: json }),
			/Permissions \(JSON\)'? is not valid JSON/,
		],
	];

	// Issue 16, item 3: JSON.parse's own message quotes the input ("sk_canary..." is not valid JSON).
	it.each(cases)(
		'%s %s: %s never quotes the input in the error',
		async (resource, operation, name, parameters) => {
			// Short enough that the parser's message would quote it whole.
			const canary = 's3cr3t';
			const { error } = await runResource(
				kit,
				resource,
				operation,
				parameters(`{"pw": ${canary}}`),
			);

			expect(error?.message).toContain(name);
			expect(JSON.stringify([error?.message, error?.description])).not.toContain(canary);
			expect(kit.requests()).toHaveLength(0);
		},
	);

	it.each(cases)(
		'%s %s: %s is named, nothing is sent',
		async (resource, operation, _name, parameters, message) => {
			const { error } = await runResource(kit, resource, operation, parameters(BROKEN));

			expect(error?.message).toMatch(message);
			expect(error?.context?.itemIndex).toBe(0);
			expect(kit.requests()).toHaveLength(0);
		},
	);
});
