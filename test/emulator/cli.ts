/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * `npm run emulator -- --port 8787 --users 50 --connections 100 [--groups 5] [--system-keys 2]
 *  [--seed 1] [--latency 0] [--host 127.0.0.1]`
 *
 * Starts the emulator with a real clock, prints the base URL and the administrator's key and
 * secret (this is a local stand-in: the secret is for pasting into an n8n credential), and
 * runs until Ctrl-C.
 */
import { parseArgs } from 'node:util';

import { startEmulator, type EmulatorOptions } from './index';

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

export function toOptions({ numbers, host }: CliArguments): EmulatorOptions {
	return {
		port: numbers.port ?? 8787,
		host: host ?? '127.0.0.1',
		clock: { mode: 'real' },
		latencyMs: numbers.latency ?? 0,
		seed: {
			users: numbers.users ?? 10,
			groups: numbers.groups ?? 3,
			connections: numbers.connections ?? 0,
			systemKeys: numbers['system-keys'] ?? 0,
			random: numbers.seed ?? 1,
		},
	};
}

async function main(): Promise<void> {
	const emulator = await startEmulator(toOptions(parseArguments(process.argv.slice(2))));
	console.log(`Fivetran emulator listening on ${emulator.baseUrl}`);
	console.log(`  API base URL: ${emulator.baseUrl}/v1`);
	console.log(`  API key:      ${emulator.apiKey}`);
	console.log(`  API secret:   ${emulator.apiSecret}`);
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
