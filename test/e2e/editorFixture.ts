/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * What the browser tests run against: the emulator in this process (real clock, a dozen
 * connections in three destinations), a fresh n8n with this repo installed as a community
 * package and the credential "Fivetran (local emulator)", and a headless Chromium.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import {
	createUserFolder,
	importCredentials,
	installPackageInto,
	startN8n,
	type CredentialImport,
	type RunningN8n,
} from '../../scripts/lib/n8n';
import { startEmulator, type Emulator } from '../emulator';
import { openBrowser, RESULTS_DIR, type BrowserSession } from './support/browser';

export const EMULATOR_CREDENTIAL_NAME = 'Fivetran (local emulator)';
export const EMULATOR_CREDENTIAL_ID = 'fivetranLocalEmulator';

export interface EditorFixture {
	emulator: Emulator;
	n8n: RunningN8n;
	browser: BrowserSession;
	/** Stops the browser, n8n and the emulator, and deletes the user folder. */
	close(): Promise<void>;
}

/** The credential n8n imports: the emulator's administrator key (a local stand-in secret). */
export function emulatorCredential(emulator: Emulator): CredentialImport {
	return {
		id: EMULATOR_CREDENTIAL_ID,
		name: EMULATOR_CREDENTIAL_NAME,
		type: 'fivetranApi',
		data: { apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, baseUrl: emulator.baseUrl },
	};
}

/** Starts everything; `label` names the user folder and the screenshot folder. */
export async function startEditorFixture(label: string): Promise<EditorFixture> {
	const stops: Array<() => Promise<void>> = [];
	const close = async () => {
		for (const stop of stops.reverse()) await stop();
	};
	try {
		const emulator = await startEmulator({
			clock: { mode: 'real' },
			seed: { users: 3, groups: 3, connections: 12 },
		});
		stops.push(() => emulator.close());
		const userFolder = createUserFolder(label);
		stops.push(async () => rmSync(userFolder, { recursive: true, force: true }));
		await installPackageInto(userFolder);
		await importCredentials([emulatorCredential(emulator)], { userFolder });
		const n8n = await startN8n({ userFolder });
		stops.push(() => n8n.stop());
		const browser = await openBrowser({ resultsDir: join(RESULTS_DIR, label) });
		stops.push(() => browser.close());
		return { emulator, n8n, browser, close };
	} catch (error) {
		await close();
		throw error;
	}
}
