/**
 * Fivetran answers that carry a secret where its definition has none or a masked one, and
 * answers cut off in the middle of a secret (issue 16, items 3 and 13). The harness scans each
 * run for whole secrets; these tests also look for the first characters of one, which a cut
 * answer can carry and no scan of whole values finds.
 */
import type { Emulator } from '../../emulator';
import { byId, useEmulator } from '../../harness';
import { addWebhook } from '../group/kit';
import { runResource } from '../kit';

let emu: Emulator;
useEmulator({ systemKeys: 2 }, (started) => {
	emu = started;
});
afterEach(() => emu.faults.clear());

function firstSystemKey() {
	const [key] = emu.state.systemKeys.values();
	return key;
}

/** Everything a user sees of a run: items, error message and description. */
function visible(result: { items: Array<{ json: unknown }>; error?: unknown }): string {
	const error = result.error as { message?: string; description?: string } | undefined;
	return JSON.stringify([
		result.items.map((item) => item.json),
		error?.message,
		error?.description,
	]);
}

describe('a system key answer that carries the secret in clear', () => {
	it('Get outputs the key without its secret', async () => {
		const key = firstSystemKey();
		emu.faults.add({
			kind: 'withData',
			when: 'after',
			method: 'GET',
			fields: { secret: key.secret },
		});

		const result = await runResource(emu, 'systemKey', 'get', { systemKeyId: byId(key.id) });

		expect(emu.faults.fired).toBe(1);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ id: key.id });
		expect(result.items[0].json).not.toHaveProperty('secret');
		expect(visible(result)).not.toContain(key.secret);
	});

	it('Get Many outputs every key without its secret', async () => {
		const key = firstSystemKey();
		emu.faults.add({
			kind: 'withData',
			when: 'after',
			method: 'GET',
			fields: { secret: key.secret },
		});

		const result = await runResource(emu, 'systemKey', 'getMany', { returnAll: true });

		expect(emu.faults.fired).toBe(1);
		expect(result.items.length).toBeGreaterThanOrEqual(2);
		for (const item of result.items) expect(item.json).not.toHaveProperty('secret');
		expect(visible(result)).not.toContain(key.secret);
	});
});

describe('a webhook answer that carries the secret in clear', () => {
	const secret = ['whsec', 'in', 'clear', '7c1d9e'].join('_');

	it.each([
		['get', (id: string) => ({ webhookId: byId(id) })],
		['getMany', () => ({ returnAll: true })],
	] as const)('%s masks it', async (operation, parameters) => {
		const webhook = addWebhook(emu, { secret });
		emu.faults.add({ kind: 'withData', when: 'after', method: 'GET', fields: { secret } });

		const result = await runResource(emu, 'webhook', operation, parameters(webhook.id));

		expect(emu.faults.fired).toBe(1);
		expect(result.error).toBeUndefined();
		const shown = result.items.find((item) => item.json.id === webhook.id);
		expect(shown?.json.secret).toBe('******');
		expect(visible(result)).not.toContain(secret);
	});
});

describe('an answer cut off in the middle of a secret (never quoted in the error)', () => {
	it('System Key Rotate names the failure without the first characters of the new secret', async () => {
		const key = firstSystemKey();
		emu.faults.add({
			kind: 'truncated',
			when: 'after',
			method: 'POST',
			after: '"secret":"',
			keep: 12,
		});

		const result = await runResource(emu, 'systemKey', 'rotate', { systemKeyId: byId(key.id) });

		const prefix = emu.state.systemKeys.get(key.id)?.secret.slice(0, 12) ?? '';
		expect(prefix).toHaveLength(12);
		expect(result.error?.message).toMatch(
			/not a JSON envelope \(cut short or invalid, \d+ characters, not quoted\)/,
		);
		expect(result.error?.description).toMatch(/most likely applied/);
		expect(visible(result)).not.toContain(prefix);
	});

	it('an HTML page from a system-key endpoint is not quoted either', async () => {
		const key = firstSystemKey();
		emu.faults.add({ kind: 'nonJson', method: 'GET' });

		const result = await runResource(emu, 'systemKey', 'get', { systemKeyId: byId(key.id) });

		expect(result.error?.message).toMatch(
			/not a JSON envelope \(cut short or invalid, \d+ characters, not quoted\) with HTTP status 200/,
		);
		expect(result.error?.message).not.toContain('<html>');
	});

	it('an HTML page from another endpoint is quoted (it says what went wrong)', async () => {
		emu.faults.add({ kind: 'nonJson', method: 'GET' });

		const result = await runResource(emu, 'account', 'getInfo');

		expect(result.error?.message).toMatch(/not a JSON envelope \("<html>/);
	});
});
