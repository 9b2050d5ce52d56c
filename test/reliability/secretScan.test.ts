/**
 * The harness's secret scan (test/harness/secrets.ts) is what makes every workflow test a
 * secret test. These tests plant leaks on purpose and prove the scan catches each kind of
 * secret in each place, names where it was found without repeating it, and lets only the
 * one-time `secretShownOnce` of System Key Create / Rotate through.
 */
import { NodeOperationError, type IDataObject } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { track } from '../emulator/pagination';
import {
	emulatorCredentials,
	findSecretLeaks,
	probeNodeType,
	runFivetranNode,
	SecretLeakError,
	setProbeScript,
	useEmulator,
	type ProbeScript,
} from '../harness';

let emu: Emulator;
useEmulator({ systemKeys: 1 }, (started) => {
	emu = started;
});

// Built, not written out: a test value shaped like a signing secret.
const PLANTED_SIGNING_VALUE = `whsec_${'0123456789'.repeat(3)}`;

beforeAll(() => {
	emu.state.webhooks.set(
		'planted_webhook',
		track({
			id: 'planted_webhook',
			type: 'account' as const,
			url: 'https://example.com/hook',
			events: ['sync_end'],
			active: true,
			secret: PLANTED_SIGNING_VALUE,
			created_at: '2026-01-01T00:00:00.000Z',
			created_by: emu.adminUserId,
		}),
	);
});

function systemKeySecret(): string {
	const [key] = emu.state.systemKeys.values();
	return key.secret;
}

const probe = probeNodeType();

async function runScript(script: ProbeScript, continueOnFail = false) {
	setProbeScript(script);
	return await runFivetranNode({
		parameters: { resource: 'probe', operation: 'script' },
		credentials: emulatorCredentials(emu),
		nodeType: probe,
		continueOnFail,
	});
}

/** The scan's rejection; fails the test when the run was let through. */
async function leakReport(script: ProbeScript, continueOnFail = false): Promise<Error> {
	const rejection = await runScript(script, continueOnFail).then(
		() => new Error('the leak was not detected'),
		(error: Error) => error,
	);
	expect(rejection).toBeInstanceOf(SecretLeakError);
	return rejection;
}

const SECRETS: Array<[string, () => string]> = [
	['the API secret of the credential', () => emu.apiSecret],
	["a system key's secret", systemKeySecret],
	["a webhook's signing secret", () => PLANTED_SIGNING_VALUE],
];

describe.each(SECRETS)('%s', (_name, secret) => {
	it('is caught in an output item, nested', async () => {
		const report = await leakReport(async () => ({ data: { note: `key=${secret()}` } }));

		expect(report.message).toContain('items[0].json.data.note');
		expect(report.message).not.toContain(secret());
	});

	it("is caught in an error's description", async () => {
		const report = await leakReport(async function () {
			throw new NodeOperationError(this.getNode(), 'Request failed', {
				description: `sent ${secret()}`,
			});
		});

		expect(report.message).toContain('error.description');
		expect(report.message).not.toContain(secret());
	});

	it("is caught in an error's cause", async () => {
		const report = await leakReport(async function () {
			const error = new NodeOperationError(this.getNode(), 'Request failed');
			Object.defineProperty(error, 'cause', {
				value: new Error(`socket said ${secret()}`),
				enumerable: true,
			});
			throw error;
		});

		expect(report.message).toContain('error.cause.message');
		expect(report.message).not.toContain(secret());
	});

	it('is caught in a non-enumerable cause and stack, which JSON does not show', () => {
		const error = new Error('Request failed');
		Object.defineProperty(error, 'cause', {
			value: new Error(`said ${secret()}`),
			enumerable: false,
		});
		error.stack = `Error: at ${secret()}`;

		expect(findSecretLeaks({ items: [], error }, [secret()])).toEqual([
			'error.stack',
			'error.cause.stack',
			'error.cause.message',
		]);
	});

	it("is caught in what n8n's ErrorReporter would have logged", () => {
		const logged = [
			{ error: new Error('Request failed'), extra: { url: `https://x?k=${secret()}` } },
		];

		expect(findSecretLeaks({ items: [], logged }, [secret()])).toEqual(['logged.0.extra.url']);
	});

	it('is caught in a Continue On Fail error item', async () => {
		const report = await leakReport(async () => {
			throw new Error(`leaked ${secret()}`);
		}, true);

		expect(report.message).toContain('items[0].json.error');
	});
});

describe('what the scan lets through', () => {
	it('a clean run', async () => {
		const { items } = await runScript(async () => ({ ok: true }));
		expect(items.map((item) => item.json)).toEqual([{ ok: true }]);
	});

	it('the one-time secret of a real System Key Create, in secretShownOnce only', async () => {
		const { items, error } = await runFivetranNode({
			parameters: {
				resource: 'systemKey',
				operation: 'create',
				name: 'scanned_key',
				permissionsInput: 'builder',
				permissions: { permission: [{ resourceType: 'USER', accessLevel: 'READ' }] },
			},
			credentials: emulatorCredentials(emu),
		});

		expect(error).toBeUndefined();
		const created = [...emu.state.systemKeys.values()].find((key) => key.name === 'scanned_key');
		expect(items[0].json.secretShownOnce).toBe(created?.secret);
	});

	it('but not the same secret in any other field, nor outside Create / Rotate', () => {
		const secret = systemKeySecret();
		const items = [{ json: { secretShownOnce: secret, copy: secret } as IDataObject }];

		expect(findSecretLeaks({ items }, [secret], true)).toEqual([
			'items[0].json.copy',
			'items[0] as JSON',
		]);
		expect(findSecretLeaks({ items }, [secret], false)).toContain('items[0].json.secretShownOnce');
	});
});
