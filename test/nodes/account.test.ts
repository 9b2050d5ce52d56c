import { startEmulator, type Emulator } from '../emulator';
import { emulatorCredentials, runFivetranNode } from '../harness';

describe('Account: Get Info (through n8n-core against the emulator)', () => {
	let emu: Emulator;

	beforeAll(async () => {
		emu = await startEmulator();
	});
	afterAll(async () => {
		await emu.close();
	});
	beforeEach(() => emu.requestLog.clear());

	it('returns the account info as one item paired with the input', async () => {
		const { items, error } = await runFivetranNode({
			parameters: { resource: 'account', operation: 'getInfo' },
			credentials: emulatorCredentials(emu),
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			account_id: emu.state.accountId,
			user_id: emu.adminUserId,
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('authenticates with Basic auth of the API key and sends Accept: application/json', async () => {
		await runFivetranNode({
			parameters: { resource: 'account', operation: 'getInfo' },
			credentials: emulatorCredentials(emu),
		});

		const [request] = emu.requestLog.filter('GET', '/v1/account/info');
		expect(request.headers.authorization).toBe(`Basic ${emu.apiKey}`);
		expect(request.headers.accept).toBe('application/json');
		expect(emu.requestLog.count()).toBe(1);
	});

	it.each(['/', '/v1', '/v1/'])(
		'normalises a base URL ending in %s (never /v1/v1)',
		async (suffix) => {
			const { error } = await runFivetranNode({
				parameters: { resource: 'account', operation: 'getInfo' },
				credentials: { ...emulatorCredentials(emu), baseUrl: emu.baseUrl + suffix },
			});

			expect(error).toBeUndefined();
			expect(emu.requestLog.last()?.path).toBe('/v1/account/info');
		},
	);

	it('answers a wrong secret with a 401 error that names the credential and hides the secret', async () => {
		const canary = 'canary-value-123';
		const { items, error } = await runFivetranNode({
			parameters: { resource: 'account', operation: 'getInfo' },
			credentials: { ...emulatorCredentials(emu), apiSecret: canary },
		});

		expect(items).toHaveLength(0);
		expect(error?.httpCode).toBe('401');
		expect(error?.message).toMatch(/^Fivetran: /);
		expect(error?.description).toMatch(/API key and API secret/);
		expect(JSON.stringify(error)).not.toContain(canary);
	});
});
