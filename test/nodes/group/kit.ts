/**
 * What the Group, Destination and Webhook workflow tests share: a runner per resource, fixtures
 * put straight into the emulator's state (so the request log stays clean), a scoped system key,
 * and the error and validation suites every resource runs with Continue On Fail off and on.
 * The emulator lifecycle and request assertions come from the User kit.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { track } from '../../emulator/pagination';
import type {
	DestinationRecord,
	GroupRecord,
	SystemKeyPermission,
	WebhookRecord,
} from '../../emulator/state';
import { emulatorCredentials, runFivetranNode, type FivetranCredentials } from '../../harness';
import { useFakeTransportTime } from '../../harness/fakeTime';
import { jsonOf, pairedOf } from '../user/userTestKit';

export { byId, onlyRequest, useEmulator } from '../../harness';
export { asSent, jsonOf, pairedOf } from '../user/userTestKit';

/** What the harness's `onlyRequest` returns for a request made with the emulator's admin key. */
export function expectedRequest(
	emu: Emulator,
	request: { method: string; path: string; body?: unknown; status?: number; query?: IDataObject },
) {
	return {
		method: request.method,
		path: request.path,
		query: request.query ?? {},
		authorization: `Basic ${emu.apiKey}`,
		body: request.body,
		status: request.status ?? 200,
	};
}

export interface RunOptions {
	inputItems?: IDataObject[];
	continueOnFail?: boolean;
	credentials?: Partial<FivetranCredentials>;
}

export type Run = (
	emu: Emulator,
	operation: string,
	parameters?: INodeParameters,
	options?: RunOptions,
) => ReturnType<typeof runFivetranNode>;

/** Runs operations of one resource through a real n8n workflow execution. */
export function runnerFor(resource: string): Run {
	return async (emu, operation, parameters = {}, options = {}) =>
		await runFivetranNode({
			parameters: { resource, operation, ...parameters },
			credentials: { ...emulatorCredentials(emu), ...options.credentials },
			inputItems: options.inputItems,
			continueOnFail: options.continueOnFail,
		});
}

let fixtureCounter = 0;
const CREATED_AT = '2025-12-01T00:00:00.000Z';

export function addGroup(emu: Emulator, name?: string): GroupRecord {
	fixtureCounter += 1;
	const group = track({
		id: emu.state.newId(),
		name: name ?? `fixture_group_${fixtureCounter}`,
		created_at: CREATED_AT,
	});
	emu.state.groups.set(group.id, group);
	return group;
}

/** A group with a connected destination. */
export function addDestination(
	emu: Emulator,
	overrides: Partial<DestinationRecord> = {},
): DestinationRecord {
	const group = addGroup(emu);
	const destination = track<DestinationRecord>({
		id: group.id,
		group_id: group.id,
		service: 'postgres_warehouse',
		region: 'GCP_US_EAST4',
		time_zone_offset: '0',
		setup_status: 'CONNECTED',
		daylight_saving_time_enabled: false,
		config: { host: 'db.example.com', port: 5432, password: 'stored-in-clear' },
		networking_method: 'Directly',
		...overrides,
	});
	emu.state.destinations.set(destination.id, destination);
	return destination;
}

export function addWebhook(emu: Emulator, overrides: Partial<WebhookRecord> = {}): WebhookRecord {
	const webhook = track<WebhookRecord>({
		id: emu.state.newId(),
		type: 'account',
		url: 'https://example.com/fivetran',
		events: ['sync_end'],
		active: false,
		secret: '',
		created_at: CREATED_AT,
		created_by: emu.adminUserId,
		...overrides,
	});
	emu.state.webhooks.set(webhook.id, webhook);
	return webhook;
}

/** A system key with only these permissions; returns its credential fields. */
export function addScopedKey(
	emu: Emulator,
	permissions: SystemKeyPermission[],
): Pick<FivetranCredentials, 'apiKey' | 'apiSecret'> {
	fixtureCounter += 1;
	const apiKey = `ft_Scoped${fixtureCounter}`;
	// Built, not written out: a test value shaped like a real secret.
	const apiSecret = `${fixtureCounter}`.padStart(32, 'a');
	emu.state.systemKeys.set(
		`key_scoped_${fixtureCounter}`,
		track({
			id: `key_scoped_${fixtureCounter}`,
			name: `scoped_${fixtureCounter}`,
			key: apiKey,
			secret: apiSecret,
			permissions,
			expiration_period: 'INFINITE',
			created_at: CREATED_AT,
			updated_at: CREATED_AT,
			expired_at: null,
			last_used_at: null,
		}),
	);
	return { apiKey, apiSecret };
}

/**
 * Runs a delete whose first DELETE succeeds but loses its answer (503 after the handler ran);
 * the transport retries, gets 404 and reports the record as already deleted. Returns the items.
 */
export async function runAmbiguousDelete(
	emu: Emulator,
	path: string,
	runDelete: () => ReturnType<Run>,
) {
	emu.faults.add({ kind: 'status', status: 503, when: 'after', method: 'DELETE', path });
	const time = useFakeTransportTime();
	try {
		const { items, error } = await runDelete();
		expect(error).toBeUndefined();
		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.path, entry.status])).toEqual(
			[
				['DELETE', path, 503],
				['DELETE', path, 404],
			],
		);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
		return jsonOf(items);
	} finally {
		time.restore();
	}
}

/** The item a delete of record `id` outputs when the retry found it already gone. */
export function alreadyDeletedItem(id: string) {
	return {
		success: true,
		id,
		alreadyDeleted: true,
		message: `'${id}' was already gone: an earlier attempt of this request most likely removed it`,
	};
}

/**
 * The test every delete gets: a retried DELETE that then answers 404 counts as done and the item
 * says so. `setup` makes the record and names its id, path and the operation's parameters.
 */
export function itCountsRetriedDeleteAsDone(
	getEmu: () => Emulator,
	run: Run,
	setup: (emu: Emulator) => { id: string; path: string; parameters: INodeParameters },
	operation = 'delete',
): void {
	it('counts a retried DELETE that now answers 404 as done, and says so', async () => {
		const emu = getEmu();
		const { id, path, parameters } = setup(emu);

		const json = await runAmbiguousDelete(
			emu,
			path,
			async () => await run(emu, operation, parameters),
		);

		expect(json).toEqual([alreadyDeletedItem(id)]);
	});
}

export interface ApiErrorCase {
	name: string;
	operation: string;
	parameters: () => INodeParameters;
	credentials?: () => Partial<FivetranCredentials>;
	status: number;
	code: string;
	message: () => string;
}

/** 401: the right key with a wrong secret (built per resource, so each resource proves it). */
export function unauthorizedCase(
	operation: string,
	parameters: () => INodeParameters,
): ApiErrorCase {
	return {
		name: '401 with a wrong API secret',
		operation,
		parameters,
		credentials: () => ({ apiSecret: 'f'.repeat(32) }),
		status: 401,
		code: 'Unauthorized',
		message: () => 'Fivetran: Invalid API key or secret [Unauthorized]',
	};
}

/** 403: a scoped system key without `permission` (e.g. DESTINATION_READ). */
export function forbiddenCase(
	name: string,
	operation: string,
	parameters: () => INodeParameters,
	credentials: () => Partial<FivetranCredentials>,
	permission: string,
): ApiErrorCase {
	return {
		name,
		operation,
		parameters,
		credentials,
		status: 403,
		code: 'Forbidden',
		message: () => `Fivetran: Access denied. Required permission: ${permission} [Forbidden]`,
	};
}

/**
 * Each case twice: without Continue On Fail the execution fails naming item 0; with it the item
 * carries the error. Either way exactly one request was sent and no secret shows up.
 */
export function describeApiErrors(getEmu: () => Emulator, run: Run, cases: ApiErrorCase[]): void {
	describe.each(cases)('$name', (testCase) => {
		function options(continueOnFail: boolean): RunOptions {
			return { credentials: testCase.credentials?.(), continueOnFail };
		}

		function expectOneFailedRequest(emu: Emulator, secrets: string) {
			expect(emu.requestLog.entries.map((entry) => entry.status)).toEqual([testCase.status]);
			expect(secrets).not.toContain(emu.apiSecret);
			const scopedSecret = testCase.credentials?.().apiSecret;
			if (scopedSecret) expect(secrets).not.toContain(scopedSecret);
		}

		it('fails the execution, naming the item, without Continue On Fail', async () => {
			const emu = getEmu();
			const { items, error } = await run(
				emu,
				testCase.operation,
				testCase.parameters(),
				options(false),
			);

			expect(items).toEqual([]);
			expect(error?.message).toBe(testCase.message());
			expect(error?.httpCode).toBe(String(testCase.status));
			expect(error?.context?.itemIndex).toBe(0);
			expectOneFailedRequest(emu, JSON.stringify(error));
		});

		it('puts the error in the item with Continue On Fail', async () => {
			const emu = getEmu();
			const { items, error } = await run(
				emu,
				testCase.operation,
				testCase.parameters(),
				options(true),
			);

			expect(error).toBeUndefined();
			expect(jsonOf(items)).toEqual([
				expect.objectContaining({
					error: testCase.message(),
					code: testCase.code,
					httpCode: String(testCase.status),
				}),
			]);
			expect(pairedOf(items)).toEqual([{ item: 0 }]);
			expectOneFailedRequest(emu, JSON.stringify(items));
		});
	});
}

export interface ValidationCase {
	rule: string;
	operation: string;
	parameters: () => INodeParameters;
	message: string;
}

/** Each rule refuses with the message users see and sends nothing, Continue On Fail off or on. */
export function describeValidation(
	getEmu: () => Emulator,
	run: Run,
	cases: ValidationCase[],
): void {
	describe.each(cases)('validation: $rule', ({ operation, parameters, message }) => {
		it('fails with the message and sends nothing', async () => {
			const emu = getEmu();
			const { items, error } = await run(emu, operation, parameters());

			expect(items).toEqual([]);
			expect(error?.message).toBe(message);
			expect(error?.context?.itemIndex).toBe(0);
			expect(emu.requestLog.entries).toEqual([]);
		});

		it('puts the message in the item with Continue On Fail, still sending nothing', async () => {
			const emu = getEmu();
			const { items, error } = await run(emu, operation, parameters(), { continueOnFail: true });

			expect(error).toBeUndefined();
			expect(jsonOf(items)).toEqual([{ error: message }]);
			expect(pairedOf(items)).toEqual([{ item: 0 }]);
			expect(emu.requestLog.entries).toEqual([]);
		});
	});
}
