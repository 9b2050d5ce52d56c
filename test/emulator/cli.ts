/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * `npm run emulator [-- --port 8787] [--connections 12] [--users 7] [--groups 3]
 *  [--system-keys 1] [--seed 1] [--latency 0] [--host 127.0.0.1]`
 *
 * Starts the emulator with a real clock and the demo account `npm start` shows (destinations,
 * connections in every state that can sync, users, a system key; scripts/lib/demoAccount.ts),
 * sized by the flags; prints the base URL and the administrator's key and secret (this is a
 * local stand-in: the secret is for pasting into an n8n credential), and runs until Ctrl-C.
 */
import { parseArgs } from 'node:util';

import {
	DEMO_SIZE,
	startDemoEmulator,
	type DemoAccount,
	type DemoEmulatorOptions,
} from '../../scripts/lib/demoAccount';

const NUMERIC_FLAGS = [
	'port',
	'users',
	'groups',
	'connections',
	'system-keys',
	'seed',
	'latency',
] as const;
type NumericFlag = (typeof NUMERIC_FLAGS)[number];

export interface CliArguments {
	numbers: Partial<Record<NumericFlag, number>>;
	host?: string;
}

/** Parses the flags; throws on an unknown flag or a value that is not a non-negative integer. */
export function parseArguments(argv: string[]): CliArguments {
	const options = Object.fromEntries(
		[...NUMERIC_FLAGS, 'host'].map((flag) => [flag, { type: 'string' as const }]),
	);
	const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
	const parsed: CliArguments = { numbers: {}, host: values.host as string | undefined };
	for (const flag of NUMERIC_FLAGS) {
		const raw = values[flag];
		if (raw === undefined) continue;
		const number = Number(raw);
		if (!Number.isInteger(number) || number < 0)
			throw new Error(`--${flag} needs a non-negative integer`);
		parsed.numbers[flag] = number;
	}
	return parsed;
}

/** The demo emulator the flags ask for; a flag left out keeps `npm start`'s demo account. */
export function toOptions({ numbers, host }: CliArguments): DemoEmulatorOptions {
	return {
		port: numbers.port ?? 8787,
		host: host ?? '127.0.0.1',
		clock: { mode: 'real' },
		latencyMs: numbers.latency ?? 0,
		random: numbers.seed ?? 1,
		size: {
			users: numbers.users ?? DEMO_SIZE.users,
			groups: numbers.groups ?? DEMO_SIZE.groups,
			connections: numbers.connections ?? DEMO_SIZE.connections,
			systemKeys: numbers['system-keys'] ?? DEMO_SIZE.systemKeys,
		},
	};
}

/** One line on what the account holds, e.g. "12 connections (5 healthy, 1 syncing, ...)". */
export function describeAccount(account: DemoAccount): string {
	const states = new Map<string, number>();
	for (const { state } of account.connections) states.set(state, (states.get(state) ?? 0) + 1);
	const byState = [...states].map(([state, count]) => `${count} ${state}`).join(', ');
	const connections = `${account.connections.length} connections${byState ? ` (${byState})` : ''}`;
	return `${account.groups} groups with a destination each, ${connections}, ${account.users} users (administrator included), ${account.systemKeys} system keys`;
}

async function main(): Promise<void> {
	const { emu: emulator, account } = await startDemoEmulator(
		toOptions(parseArguments(process.argv.slice(2))),
	);
	console.log(`Fivetran emulator listening on ${emulator.baseUrl}`);
	console.log(`  Demo account: ${describeAccount(account)}`);
	console.log('  For an n8n "Fivetran API" credential:');
	console.log(`    Base URL:   ${emulator.baseUrl}`);
	console.log(`    API key:    ${emulator.apiKey}`);
	console.log(`    API secret: ${emulator.apiSecret}`);
	console.log('Press Ctrl-C to stop.');
	const stop = (signal: string) => {
		console.log(`\n${signal}: closing the emulator`);
		emulator.close().then(
			() => process.exit(0),
			(error: Error) => {
				console.error(error);
				process.exit(1);
			},
		);
	};
	process.once('SIGINT', () => stop('SIGINT'));
	process.once('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
	main().catch((error: Error) => {
		console.error(`emulator: ${error.message}`);
		process.exit(1);
	});
}
