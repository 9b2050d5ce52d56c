/**
 * Parent side of emulatorHost.ts: starts an emulator in its own process and forwards
 * commands to it (`await emu.command('setLatency', { ms: 20 })`).
 */
import type { EmulatorOptions } from '../../test/emulator';
import { forkTs } from './child';
import { benchFile } from './paths';
import { emulatorCommands, type EmulatorCommand } from './emulatorCommands';

type Args<C extends EmulatorCommand> = Parameters<(typeof emulatorCommands)[C]>[1];
type Result<C extends EmulatorCommand> = ReturnType<(typeof emulatorCommands)[C]>;

/** What a client needs to reach the emulator: also the credentials of the Fivetran node. */
export interface EmulatorAddress {
	baseUrl: string;
	apiKey: string;
	apiSecret: string;
}

export interface RemoteEmulator extends EmulatorAddress {
	command<C extends EmulatorCommand>(
		command: C,
		...args: Args<C> extends undefined ? [] : [Args<C>]
	): Promise<Result<C>>;
	close(): Promise<void>;
}

interface Reply {
	id?: number;
	ok?: boolean;
	result?: unknown;
	error?: string;
	ready?: EmulatorAddress;
	failed?: string;
}

export async function startRemoteEmulator(options: EmulatorOptions): Promise<RemoteEmulator> {
	const child = forkTs(benchFile('lib/emulatorHost.ts'));
	const pending = new Map<
		number,
		{ resolve: (value: unknown) => void; reject: (error: Error) => void }
	>();
	let nextId = 0;
	const address = await new Promise<EmulatorAddress>((resolve, reject) => {
		child.on('message', (reply: Reply) => {
			if (reply.ready) resolve(reply.ready);
			if (reply.failed) reject(new Error(`emulator process: ${reply.failed}`));
			if (reply.id === undefined) return;
			const waiter = pending.get(reply.id);
			pending.delete(reply.id);
			if (reply.ok) waiter?.resolve(reply.result);
			else waiter?.reject(new Error(`emulator command failed: ${reply.error}`));
		});
		child.once('exit', (code) => reject(new Error(`emulator process exited (${code})`)));
		child.send(options);
	});
	return {
		...address,
		command: async (command, ...args) =>
			await new Promise((resolve, reject) => {
				nextId += 1;
				pending.set(nextId, { resolve: resolve as (value: unknown) => void, reject });
				child.send({ id: nextId, command, args: args[0] });
			}),
		close: async () =>
			await new Promise<void>((resolve) => {
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}
