/**
 * The suite-wide secret check. runFivetranNode scans every run's output items, error and what
 * n8n logged (errorReports.ts) for every secret the emulators in use know: the credential's API secret, every user key's secret,
 * every system key's secret and every webhook's signing secret. A hit fails the test with the
 * place it was found (never the secret itself). The one allowed place is the `secretShownOnce`
 * field of System Key and User API Key Create / Rotate items: Fivetran shows that secret once,
 * by design.
 */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../emulator';

const watched = new Set<Emulator>();

/** Every run scans for this emulator's secrets until the returned function is called. */
export function watchSecretsOf(emu: Emulator): () => void {
	watched.add(emu);
	return () => watched.delete(emu);
}

/** Shorter values (e.g. a test's 'abc' webhook secret) would match ordinary text. */
const MIN_SECRET_LENGTH = 8;

/** Every secret an emulator holds right now. */
export function secretsOf(emu: Emulator): string[] {
	const { state } = emu;
	return [
		emu.apiSecret,
		// A user API key's secret, and the one a rotation replaced while it is still valid.
		...[...state.userKeys.values()].flatMap((key) => [key.secret, key.previous_secret ?? '']),
		...[...state.systemKeys.values()].map((key) => key.secret),
		...[...state.webhooks.values()].map((webhook) => webhook.secret),
	];
}

function secretsToScan(extra: string[]): string[] {
	const all = [...extra, ...[...watched].flatMap(secretsOf)];
	return [...new Set(all)].filter((secret) => secret.length >= MIN_SECRET_LENGTH);
}

/**
 * Every string reachable from a value with the path to it, including non-enumerable own
 * properties (message, stack, cause) that JSON.stringify skips.
 */
function stringsOf(value: unknown, path: string, seen: Set<unknown>, out: Array<[string, string]>) {
	if (typeof value === 'string') {
		out.push([path, value]);
		return;
	}
	if (typeof value !== 'object' || value === null || seen.has(value)) return;
	seen.add(value);
	for (const name of Object.getOwnPropertyNames(value)) {
		stringsOf((value as Record<string, unknown>)[name], `${path}.${name}`, seen, out);
	}
}

/** Every string reachable from a value (see stringsOf), without the paths. */
export function allStrings(value: unknown): string[] {
	const out: Array<[string, string]> = [];
	stringsOf(value, '', new Set(), out);
	return out.map(([, text]) => text);
}

/** A run as the scan sees it: output items, the execution's error, what n8n logged. */
export interface ScannedRun {
	items: INodeExecutionData[];
	error?: unknown;
	logged?: unknown[];
}

/** Where the run holds one of the secrets: paths such as `items[0].json.error` or `logged[0]...`. */
export function findSecretLeaks(
	run: ScannedRun,
	secrets: string[],
	allowShownOnce = false,
): string[] {
	const texts: Array<[string, string]> = [];
	run.items.forEach((item, index) => {
		const json = { ...item.json };
		if (allowShownOnce) delete json.secretShownOnce;
		stringsOf(json, `items[${index}].json`, new Set(), texts);
		texts.push([`items[${index}] as JSON`, JSON.stringify(json)]);
	});
	if (run.error !== undefined) {
		stringsOf(run.error, 'error', new Set(), texts);
		texts.push(
			['error as JSON', JSON.stringify(run.error) ?? ''],
			['error as text', String(run.error)],
		);
	}
	stringsOf(run.logged ?? [], 'logged', new Set(), texts);
	const places = texts
		.filter(([, text]) => secrets.some((secret) => text.includes(secret)))
		.map(([place]) => place);
	return [...new Set(places)];
}

export class SecretLeakError extends Error {}

const SHOWS_SECRET_ONCE = new Set(['create', 'rotate']);
const RESOURCES_SHOWING_SECRET_ONCE = new Set(['systemKey', 'userApiKey']);

/** Throws SecretLeakError when a run's items or error hold a known secret. */
export function assertNoSecretLeak(
	run: ScannedRun,
	parameters: INodeParameters,
	credentialSecret: string,
): void {
	const allowShownOnce =
		RESOURCES_SHOWING_SECRET_ONCE.has(String(parameters.resource)) &&
		SHOWS_SECRET_ONCE.has(String(parameters.operation));
	const places = findSecretLeaks(run, secretsToScan([credentialSecret]), allowShownOnce);
	if (places.length > 0) {
		throw new SecretLeakError(`A secret leaked into the run's output: ${places.join(', ')}`);
	}
}
