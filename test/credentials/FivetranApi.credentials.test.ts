import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IHttpRequestOptions,
	type INodeTypes,
} from 'n8n-workflow';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { normaliseBaseUrl } from '../../nodes/Fivetran/v1/transport';
import { startEmulator, type Emulator } from '../emulator';
import { TEST_NODE, TestCredentialsHelper } from '../harness';

const credential = new FivetranApi();
const node = TEST_NODE;
const workflow = new Workflow({
	nodes: [node],
	connections: {},
	active: false,
	nodeTypes: {
		getByName: () => undefined,
		getByNameAndVersion: () => undefined,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes,
});

/** Evaluates a credential expression the way n8n does for the credential test request. */
function evaluate(expression: string, credentials: ICredentialDataDecryptedObject): unknown {
	return workflow.expression.getSimpleParameterValue(
		node,
		expression,
		'internal',
		{ $credentials: credentials },
		undefined,
		'',
	);
}

describe('Fivetran API credential', () => {
	it('declares key and secret as password fields and a base URL defaulting to Fivetran', () => {
		const byName = Object.fromEntries(
			credential.properties.map((property) => [property.name, property]),
		);
		expect(credential.name).toBe('fivetranApi');
		expect(credential.displayName).toBe('Fivetran API');
		expect(byName.apiKey.typeOptions?.password).toBe(true);
		expect(byName.apiSecret.typeOptions?.password).toBe(true);
		expect(byName.baseUrl.default).toBe('https://api.fivetran.com');
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: {
				auth: { username: '={{$credentials.apiKey}}', password: '={{$credentials.apiSecret}}' },
			},
		});
		expect(credential.test.request).toMatchObject({ url: '/v1/account/info', method: 'GET' });
	});

	it.each([
		'https://api.fivetran.com',
		'https://api.fivetran.com/',
		'https://api.fivetran.com/v1',
		'https://api.fivetran.com/v1/',
		'http://127.0.0.1:4000/V1//',
		'',
		'   ',
		' https://api.fivetran.com/v1 ',
	])('test request base URL for %p matches the transport (never /v1/v1)', (baseUrl) => {
		expect(evaluate(credential.test.request.baseURL as string, { baseUrl })).toBe(
			normaliseBaseUrl(baseUrl),
		);
	});

	describe('against the emulator', () => {
		let emu: Emulator;
		beforeAll(async () => {
			emu = await startEmulator();
		});
		afterAll(async () => {
			await emu.close();
		});

		/** Runs the credential's test request as n8n would: resolve, authenticate, send. */
		async function runCredentialTest(values: ICredentialDataDecryptedObject): Promise<number> {
			const helper = new TestCredentialsHelper({ fivetranApi: credential }, {});
			const request = credential.test.request;
			const options = await helper.authenticate(
				values,
				'fivetranApi',
				{
					url: request.url as string,
					method: 'GET',
					headers: { ...request.headers },
				} as IHttpRequestOptions,
				workflow,
				node,
			);
			const auth = options.auth as { username: string; password: string };
			const response = await fetch(
				`${String(evaluate(request.baseURL as string, values))}${options.url}`,
				{
					headers: {
						...(options.headers as Record<string, string>),
						authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`,
					},
				},
			);
			return response.status;
		}

		it('succeeds with the right key and secret, even with /v1 in the base URL', async () => {
			expect(
				await runCredentialTest({
					apiKey: emu.apiKey,
					apiSecret: emu.apiSecret,
					baseUrl: `${emu.baseUrl}/v1`,
				}),
			).toBe(200);
			expect(emu.requestLog.last()).toMatchObject({
				path: '/v1/account/info',
				headers: { authorization: `Basic ${emu.apiKey}` },
			});
		});

		it('fails with a wrong secret', async () => {
			expect(
				await runCredentialTest({ apiKey: emu.apiKey, apiSecret: 'not-it', baseUrl: emu.baseUrl }),
			).toBe(401);
		});
	});
});
