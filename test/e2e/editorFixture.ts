/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * What the browser tests run against: the emulator in this process (real clock, a dozen
 * connections in three destinations), a fresh n8n with this repo installed as a community
 * package and the credential "Fivetran (local emulator)" (test/e2e/kit.ts), and a headless
 * Chromium whose screenshots go to test-results/e2e/<label>.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { startN8n, type RunningN8n } from '../../scripts/lib/n8n';
import type { Emulator } from '../emulator';
import { setUpN8nWithEmulator } from './kit';
import { openBrowser, RESULTS_DIR, type BrowserSession } from './support/browser';

export interface EditorFixture {
	emulator: Emulator;
	n8n: RunningN8n;
	browser: BrowserSession;
	/** Stops the browser, n8n and the emulator, and deletes the user folder. */
	close(): Promise<void>;
}

/** Starts everything; `label` names the user folder and the screenshot folder. */
export async function startEditorFixture(label: string): Promise<EditorFixture> {
	const stops: Array<() => Promise<void>> = [];
	const close = async () => {
		while (stops.length > 0) await stops.pop()?.();
	};
	let started = false;
	try {
		const { emu, userFolder } = await setUpN8nWithEmulator(label, {
			clock: { mode: 'real' },
			seed: { users: 3, groups: 3, connections: 12 },
		});
		stops.push(() => emu.close());
		stops.push(async () => rmSync(userFolder, { recursive: true, force: true }));
		const n8n = await startN8n({ userFolder });
		stops.push(() => n8n.stop());
		const browser = await openBrowser({ resultsDir: join(RESULTS_DIR, label) });
		stops.push(() => browser.close());
		started = true;
		return { emulator: emu, n8n, browser, close };
	} finally {
		// A failed start leaves nothing running.
		if (!started) await close();
	}
}
