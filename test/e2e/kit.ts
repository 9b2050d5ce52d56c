/**
 * Shared setup of the e2e files: an emulator in the test process, a fresh n8n user folder
 * with this package installed as a community package, and the credential pointing at the
 * emulator. n8n runs as a separate process (Node 24) and calls the emulator over HTTP.
 */
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator';
import { createUserFolder, importCredential, installPackageInto } from '../../scripts/lib/n8n';
import { fivetranCredential } from '../../scripts/lib/workflowBuilder';

export const CREDENTIAL_NAME = 'Fivetran (local emulator)';

export interface E2eSetup {
	emu: Emulator;
	userFolder: string;
}

/** Emulator on a free port + user folder with the package and the credential imported. */
export async function setUpN8nWithEmulator(
	label: string,
	options: EmulatorOptions,
): Promise<E2eSetup> {
	const emu = await startEmulator({ port: 0, ...options });
	const userFolder = createUserFolder(label);
	await installPackageInto(userFolder);
	const credential = fivetranCredential(
		{ apiKey: emu.apiKey, apiSecret: emu.apiSecret, baseUrl: emu.baseUrl },
		CREDENTIAL_NAME,
	);
	await importCredential(credential, { userFolder });
	return { emu, userFolder };
}
