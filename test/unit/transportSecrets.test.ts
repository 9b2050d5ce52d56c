/**
 * The API secret must never appear in an error: not in the message, description, cause or any
 * nested field, however n8n's HTTP helper failed (its errors carry the request config with the
 * Authorization header).
 */
import { NodeApiError } from 'n8n-workflow';

import { fivetranApiRequest, type TransportContext } from '../../nodes/shared/transport';
import { TEST_NODE, useFakeTransportTime, type FakeTransportTime } from '../harness';
import { allStrings } from '../harness/secrets';

const KEY_ID = 'visible_1234';
const CANARY = 'canary-9f8e7d';
const BASIC = Buffer.from(`${KEY_ID}:${CANARY}`).toString('base64');

const node = TEST_NODE;

/** An axios-like failure that carries the full request config, as n8n's helper throws it. */
function leakyNetworkError(code: string): NodeApiError {
	const error = Object.assign(new Error(`socket hang up ${code}`), {
		code,
		config: {
			headers: { Authorization: `Basic ${BASIC}` },
			auth: { username: KEY_ID, password: CANARY },
		},
	});
	return new NodeApiError(node, error as never);
}

function contextAnswering(answer: () => Promise<unknown>): TransportContext {
	return {
		getNode: () => node,
		getCredentials: async () => ({
			apiKey: KEY_ID,
			apiSecret: CANARY,
			baseUrl: 'https://api.example.test/v1',
		}),
		helpers: { httpRequestWithAuthentication: answer },
	} as unknown as TransportContext;
}

async function failureOf(
	context: TransportContext,
	method: 'GET' | 'POST' = 'GET',
): Promise<unknown> {
	try {
		await fivetranApiRequest.call(context, { method, path: '/v1/account/info', itemIndex: 3 });
	} catch (error) {
		return error;
	}
	throw new Error('expected the request to fail');
}

function expectNoSecret(error: unknown): void {
	for (const text of [JSON.stringify(error), String(error), ...allStrings(error)]) {
		expect(text).not.toContain(CANARY);
		expect(text).not.toContain(BASIC);
	}
}

describe('transport errors never carry the secret', () => {
	let time: FakeTransportTime;
	beforeEach(() => {
		time = useFakeTransportTime();
	});
	afterEach(() => time.restore());

	it.each(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED'])(
		'network failure %s (GET, after retries)',
		async (code) => {
			const error = await failureOf(
				contextAnswering(async () => await Promise.reject(leakyNetworkError(code))),
			);
			expect(error).toBeInstanceOf(NodeApiError);
			expect((error as NodeApiError).message).toMatch(
				/^Fivetran: Could not reach Fivetran .* after 4 attempts/,
			);
			expect((error as NodeApiError).context.itemIndex).toBe(3);
			expectNoSecret(error);
		},
	);

	it('ambiguous failure of a POST', async () => {
		const error = await failureOf(
			contextAnswering(async () => await Promise.reject(leakyNetworkError('ECONNRESET'))),
			'POST',
		);
		expect((error as NodeApiError).message).toMatch(
			/outcome of this request is unknown \(connection reset\)/,
		);
		expectNoSecret(error);
	});

	it('an error answer from Fivetran (401)', async () => {
		const error = await failureOf(
			contextAnswering(async () => ({
				statusCode: 401,
				headers: {},
				body: '{"code":"Unauthorized","message":"Invalid API key or secret"}',
			})),
		);
		expect((error as NodeApiError).httpCode).toBe('401');
		expect((error as NodeApiError).message).toBe(
			'Fivetran: Invalid API key or secret [Unauthorized]',
		);
		expectNoSecret(error);
	});

	it('sends to the normalised base URL, never /v1/v1', async () => {
		const urls: string[] = [];
		await fivetranApiRequest.call(
			contextAnswering(async function (this: unknown, ...args: unknown[]) {
				urls.push((args[1] as { url: string }).url);
				return { statusCode: 200, headers: {}, body: '{"code":"Success","data":{}}' };
			}),
			{ method: 'GET', path: '/v1/account/info' },
		);
		expect(urls).toEqual(['https://api.example.test/v1/account/info']);
	});
});
