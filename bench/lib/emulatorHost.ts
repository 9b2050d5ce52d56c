/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * Child process entry: runs one emulator on its own core, so that the client being measured
 * never shares an event loop with the server. Controlled over IPC by remoteEmulator.ts.
 */
import { startEmulator, type Emulator, type EmulatorOptions } from '../../test/emulator';
import { emulatorCommands, type CommandMessage } from './emulatorCommands';

async function main(options: EmulatorOptions): Promise<void> {
	const emu: Emulator = await startEmulator(options);
	// A benchmark sends up to 100,000 requests: the log would only grow.
	emu.requestLog.enabled = false;
	process.on('message', (message: CommandMessage) => {
		Promise.resolve()
			.then(() => emulatorCommands[message.command](emu, message.args))
			.then(
				(result) => process.send?.({ id: message.id, ok: true, result }),
				(error: Error) => process.send?.({ id: message.id, ok: false, error: error.message }),
			);
	});
	process.send?.({
		ready: { baseUrl: emu.baseUrl, apiKey: emu.apiKey, apiSecret: emu.apiSecret },
	});
}

// Exit normally on the parent's SIGTERM, so that a --cpu-prof profile gets written.
process.once('SIGTERM', () => process.exit(0));

process.once('message', (options: EmulatorOptions) => {
	main(options).catch((error: Error) => {
		process.send?.({ failed: error.message });
		process.exit(1);
	});
});
