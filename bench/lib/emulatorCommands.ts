/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * What a benchmark may ask of an emulator running in another process (see emulatorHost.ts).
 * Arguments and results cross the IPC channel, so they are plain JSON.
 */
import type { Emulator } from '../../test/emulator';
import { scriptSync, type SyncScript } from '../../test/emulator/sync';

export const emulatorCommands = {
	setLatency: (emu: Emulator, args: { ms: number }) => emu.setLatency(args.ms),
	/** Ids of the first `count` connections in list order; `syncable`: set up and not paused. */
	connectionIds: (emu: Emulator, args: { count: number; syncable?: boolean }) =>
		[...emu.state.connections.values()]
			.filter(
				(connection) =>
					!args.syncable || (connection.status.setup_state === 'connected' && !connection.paused),
			)
			.slice(0, args.count)
			.map((connection) => connection.id),
	/** Starts counting requests afresh. */
	resetRequestCount: (emu: Emulator) => {
		emu.requestLog.clear();
		emu.requestLog.enabled = true;
	},
	/** Requests since resetRequestCount; stops counting. */
	requestCount: (emu: Emulator) => {
		emu.requestLog.enabled = false;
		return emu.requestLog.count();
	},
	/** CPU time this emulator process has used, in ms: what a benchmark's requests cost it. */
	cpuMs: () => {
		const usage = process.cpuUsage();
		return (usage.user + usage.system) / 1000;
	},
	scriptSyncs: (emu: Emulator, args: { scripts: Record<string, SyncScript> }) => {
		for (const [connectionId, script] of Object.entries(args.scripts)) {
			scriptSync(emu.state, connectionId, script);
		}
	},
} satisfies Record<string, (emu: Emulator, args: never) => unknown>;

export type EmulatorCommand = keyof typeof emulatorCommands;

export interface CommandMessage {
	id: number;
	command: EmulatorCommand;
	args: never;
}
