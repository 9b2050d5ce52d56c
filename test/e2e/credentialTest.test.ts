/**
 * The credential's Test button inside a running n8n (`POST /rest/credentials/test`, what the
 * editor calls): n8n finds the test on the nodes of the installed package (`testedBy`), runs it
 * against the emulator, and a system key without ACCOUNT read permission passes although Fivetran
 * answers 403 to the test request; a wrong secret fails.
 */
import { startN8n, type N8nApi, type RunningN8n } from '../../scripts/lib/n8n';
import { FIVETRAN_CREDENTIAL_ID } from '../../scripts/lib/workflowBuilder';
import { addScopedKey } from '../nodes/kit';
import { CREDENTIAL_NAME, setUpN8nWithEmulator, type E2eSetup } from './kit';

let setup: E2eSetup;
let n8n: RunningN8n;
let api: N8nApi;

beforeAll(async () => {
	setup = await setUpN8nWithEmulator('credential-test', { seed: { groups: 1 } });
	n8n = await startN8n({ userFolder: setup.userFolder });
	api = await n8n.api();
});

afterAll(async () => {
	await n8n?.stop();
	await setup?.emu.close();
});

/** The stored credential, tested with these values (n8n merges them over the stored ones). */
async function testCredential(data: Record<string, string>) {
	return await api.rest<{ status: string; message: string }>('POST', '/credentials/test', {
		credentials: {
			id: FIVETRAN_CREDENTIAL_ID,
			name: CREDENTIAL_NAME,
			type: 'fivetranApi',
			data: { baseUrl: setup.emu.baseUrl, ...data },
		},
	});
}

test('an administrator key passes', async () => {
	const { emu } = setup;
	const result = await testCredential({ apiKey: emu.apiKey, apiSecret: emu.apiSecret });

	expect(result).toEqual({
		status: 'OK',
		message: 'Connection successful: Fivetran accepted the API key',
	});
	expect(emu.requestLog.last()).toMatchObject({ path: '/v1/account/info', status: 200 });
});

test('a system key without ACCOUNT read passes on the 403, naming the permission', async () => {
	const { emu } = setup;
	const key = addScopedKey(emu, [{ resource_type: 'CONNECTOR', access_level: 'MANAGE' }]);

	const result = await testCredential(key);

	expect(emu.requestLog.last()).toMatchObject({ path: '/v1/account/info', status: 403 });
	expect(result.status).toBe('OK');
	expect(result.message).toContain('the ACCOUNT permission with READ access');
});

test('a wrong secret fails (401)', async () => {
	const { emu } = setup;
	const result = await testCredential({ apiKey: emu.apiKey, apiSecret: 'not-the-secret' });

	expect(emu.requestLog.last()).toMatchObject({ path: '/v1/account/info', status: 401 });
	expect(result.status).toBe('Error');
	expect(result.message).toMatch(/^Fivetran refused the API key and secret \(401\)/);
});
