import type { FivetranCredentials } from '../../harness';
import { byId, startConnectionKit, type ConnectionKit, type RunResult } from './kit';

let kit: ConnectionKit;
let connectionId: string;
/** A system key that may read connections but not manage them. */
let readOnlyKey: FivetranCredentials & { key: string };

beforeAll(async () => {
	kit = await startConnectionKit();
	connectionId = String((await kit.createConnection()).id);
	const answer = await kit.call('POST', '/v1/system-keys', {
		name: 'connections_reader',
		permissions: [{ resource_type: 'CONNECTOR', access_level: 'READ' }],
	});
	const key = answer.body.data as { key: string; secret: string };
	readOnlyKey = { ...kit.credentials, apiKey: key.key, apiSecret: key.secret, key: key.key };
});

afterAll(async () => await kit.close());

/** Values the tests must never find in an error or an item (not real secrets). */
const WRONG_API_SECRET = ['wrong', 'api', 'secret', '123'].join('-');
const AUTH_VALUE = ['auth', 'value', 'never', 'shown'].join('-');

/** Each failure case: how to run it and what the user is told. */
interface FailureCase {
	name: string;
	run: (continueOnFail: boolean) => Promise<RunResult>;
	status: string;
	code: string;
	message: RegExp;
	/** The secret that must appear nowhere in the error or the items. */
	secret?: string;
}

const cases: FailureCase[] = [
	{
		name: '401 with a wrong API secret',
		run: (continueOnFail) =>
			kit.run(
				'get',
				{ connectionId: byId(connectionId) },
				{ continueOnFail, credentials: { ...kit.credentials, apiSecret: WRONG_API_SECRET } },
			),
		status: '401',
		code: 'Unauthorized',
		message: /Invalid API key or secret/,
		secret: WRONG_API_SECRET,
	},
	{
		name: '403 with a system key that may only read connections',
		run: (continueOnFail) =>
			kit.run(
				'pause',
				{ connectionId: byId(connectionId) },
				{ continueOnFail, credentials: readOnlyKey },
			),
		status: '403',
		code: 'Forbidden',
		message: /Access denied/,
	},
	{
		name: '404 for an unknown connection',
		run: (continueOnFail) =>
			kit.run('get', { connectionId: byId('no_such_connection') }, { continueOnFail }),
		status: '404',
		code: 'NotFound_Connection',
		message: /Connection with id 'no_such_connection' does not exist/,
	},
	{
		name: '400 InvalidInput for a service Fivetran does not know',
		run: (continueOnFail) =>
			kit.run(
				'create',
				{
					groupId: byId(kit.groupId),
					service: 'no_such_service',
					destinationSchema: 'x_schema',
					additionalFields: { auth: JSON.stringify({ client_secret: AUTH_VALUE }) },
				},
				{ continueOnFail },
			),
		status: '400',
		code: 'InvalidInput',
		message: /Unsupported service 'no_such_service'/,
		secret: AUTH_VALUE,
	},
];

/**
 * The secret is in neither the items nor what the error says (message, description, context,
 * response, stack). `error.node` is left out: it is n8n's copy of the node, whose parameters hold
 * whatever the user typed, Auth (JSON) included, exactly as the saved workflow does.
 */
function expectNoSecret(result: RunResult, secret: string | undefined): void {
	if (secret === undefined) return;
	const error: Record<string, unknown> = { ...result.error, stack: result.error?.stack };
	delete error.node;
	expect(JSON.stringify({ items: result.items, error })).not.toContain(secret);
	expect(String(result.error?.message)).not.toContain(secret);
}

describe.each(cases)('Connection errors: $name', ({ run, status, code, message, secret }) => {
	it('fails the node, naming the item, without Continue On Fail', async () => {
		const result = await run(false);
		expect(kit.requests()).toHaveLength(1);
		expect(result.items).toEqual([]);
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toContain(`[${code}]`);
		expect(result.error?.httpCode).toBe(status);
		expect(result.error?.context?.itemIndex).toBe(0);
		expectNoSecret(result, secret);
	});

	it('returns an error item paired with its input with Continue On Fail', async () => {
		const result = await run(true);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[0].json).toMatchObject({ code, httpCode: status });
		expect(String(result.items[0].json.error)).toMatch(message);
		expectNoSecret(result, secret);
	});
});

describe('Connection errors with several items', () => {
	const items = () => [{ id: connectionId }, { id: 'missing_one' }, { id: connectionId }];

	it('keeps the good items and pairs the error item with Continue On Fail', async () => {
		const result = await kit.run(
			'get',
			{ connectionId: byId('={{ $json.id }}'), simplify: true },
			{ inputItems: items(), continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(result.items.map((item) => item.json.id ?? item.json.code)).toEqual([
			connectionId,
			'NotFound_Connection',
			connectionId,
		]);
	});

	it('stops at the failing item and names it without Continue On Fail', async () => {
		const result = await kit.run(
			'get',
			{ connectionId: byId('={{ $json.id }}') },
			{ inputItems: items() },
		);
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(result.error?.message).toMatch(/missing_one/);
	});

	it('lets a read-only system key read', async () => {
		const result = await kit.run(
			'get',
			{ connectionId: byId(connectionId) },
			{ credentials: readOnlyKey },
		);
		expect(result.error).toBeUndefined();
		expect(kit.requests()[0].headers.authorization).toBe(`Basic ${readOnlyKey.key}`);
		expect(result.items[0].json.id).toBe(connectionId);
	});
});
