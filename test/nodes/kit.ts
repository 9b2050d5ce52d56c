/**
 * What the workflow tests of every resource share: a runner per resource, a scoped system key,
 * and table-driven suites for Fivetran's errors (Continue On Fail off and on) and for the
 * node's own validation (nothing sent). Resource fixtures stay in each resource's kit.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { track } from '../emulator/pagination';
import type { SystemKeyPermission } from '../emulator/state';
import { byId, emulatorCredentials, runFivetranNode, type FivetranCredentials } from '../harness';
import { jsonOf, pairedOf } from './user/userTestKit';

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

/** Runs one operation of `resource` through a real n8n workflow execution. */
export async function runResource(
	emu: Emulator,
	resource: string,
	operation: string,
	parameters: INodeParameters = {},
	options: RunOptions = {},
) {
	return await runFivetranNode({
		parameters: { resource, operation, ...parameters },
		credentials: { ...emulatorCredentials(emu), ...options.credentials },
		inputItems: options.inputItems,
		continueOnFail: options.continueOnFail,
	});
}

/** Runs operations of one resource through a real n8n workflow execution. */
export function runnerFor(resource: string): Run {
	return async (emu, operation, parameters, options) =>
		await runResource(emu, resource, operation, parameters, options);
}

let scopedKeys = 0;
const CREATED_AT = '2025-12-01T00:00:00.000Z';

/** A system key with only `permissions`, put into the emulator's state; its credentials. */
export function addScopedKey(
	emu: Emulator,
	permissions: SystemKeyPermission[],
): Pick<FivetranCredentials, 'apiKey' | 'apiSecret'> {
	scopedKeys += 1;
	const apiKey = `ft_ScopedKey${scopedKeys}`;
	// Built, not written out: a test value shaped like a real secret.
	const apiSecret = `${scopedKeys}`.padStart(32, 'a');
	emu.state.systemKeys.set(
		`key_scoped_${scopedKeys}`,
		track({
			id: `key_scoped_${scopedKeys}`,
			name: `scoped_${scopedKeys}`,
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

/** A system key that may only read connections: a 403 for every other resource. */
export function addConnectorReader(
	emu: Emulator,
): Pick<FivetranCredentials, 'apiKey' | 'apiSecret'> {
	return addScopedKey(emu, [{ resource_type: 'CONNECTOR', access_level: 'READ' }]);
}

const connectorReaders = new WeakMap<Emulator, Pick<FivetranCredentials, 'apiKey' | 'apiSecret'>>();

/**
 * The connections-only key of `emu` (addConnectorReader), added on first use and the same key
 * afterwards, so a case's run and its secret scan see the same secret.
 */
export function connectorReaderOf(
	emu: Emulator,
): Pick<FivetranCredentials, 'apiKey' | 'apiSecret'> {
	let reader = connectorReaders.get(emu);
	if (!reader) {
		reader = addConnectorReader(emu);
		connectorReaders.set(emu, reader);
	}
	return reader;
}

/** Credentials with a wrong API secret (the emulator answers 401). */
export const WRONG_SECRET = { apiSecret: 'f'.repeat(32) };

export interface ApiErrorCase {
	name: string;
	operation: string;
	parameters: () => INodeParameters;
	credentials?: () => Partial<FivetranCredentials>;
	status: number;
	code: string;
	message: string | (() => string);
	/** Requests before the failing one (e.g. a list read first); default none. */
	requestsBefore?: number;
	/** The failing request's Authorization as the request log shows it, when the case checks it. */
	authorization?: () => string;
}

/** `wrap` turns Fivetran's message into what the operation shows (Offboard prefixes it). */
type MessageWrap = (fivetranMessage: string) => string;

const unwrapped: MessageWrap = (message) => message;

/** The 401 case of an operation: the credential's secret is wrong. */
export function unauthorizedCase(
	operation: string,
	parameters: () => INodeParameters,
	wrap: MessageWrap = unwrapped,
): ApiErrorCase {
	return {
		name: '401 with a wrong API secret',
		operation,
		parameters,
		credentials: () => WRONG_SECRET,
		status: 401,
		code: 'Unauthorized',
		message: () => wrap('Fivetran: Invalid API key or secret [Unauthorized]'),
	};
}

/** The 403 case of an operation: a system key without `permission` (e.g. TEAM_READ). */
export function forbiddenCase(
	operation: string,
	parameters: () => INodeParameters,
	credentials: () => Partial<FivetranCredentials>,
	permission: string,
	wrap: MessageWrap = unwrapped,
): ApiErrorCase {
	return {
		name: `403 with a system key lacking ${permission}`,
		operation,
		parameters,
		credentials,
		status: 403,
		code: 'Forbidden',
		message: () => wrap(`Fivetran: Access denied. Required permission: ${permission} [Forbidden]`),
	};
}

/** The 403 case of an operation run with the connections-only key of `getEmu()`. */
export function forbiddenForConnectorReader(
	getEmu: () => Emulator,
	operation: string,
	parameters: () => INodeParameters,
	permission: string,
	wrap: MessageWrap = unwrapped,
): ApiErrorCase {
	const credentials = () => connectorReaderOf(getEmu());
	return forbiddenCase(operation, parameters, credentials, permission, wrap);
}

/** The 401 (wrong secret) and 403 (connections-only key lacking `permission`) of one operation. */
export function accessCases(
	getEmu: () => Emulator,
	operation: string,
	parameters: () => INodeParameters,
	permission: string,
	wrap: MessageWrap = unwrapped,
): ApiErrorCase[] {
	return [
		unauthorizedCase(operation, parameters, wrap),
		forbiddenForConnectorReader(getEmu, operation, parameters, permission, wrap),
	];
}

/** Return All of a list operation: the parameters of most 401 and 403 cases. */
export const returnAll = (): INodeParameters => ({ returnAll: true });

/**
 * Each case twice: without Continue On Fail the execution fails naming item 0; with it the item
 * carries the error, its code and HTTP status, paired with input item 0. Either way the failing
 * request was the last one sent and no secret shows up.
 */
export function describeApiErrors(getEmu: () => Emulator, run: Run, cases: ApiErrorCase[]): void {
	describe.each(cases)('$name', (testCase) => {
		const message = () =>
			typeof testCase.message === 'string' ? testCase.message : testCase.message();
		const runCase = async (continueOnFail: boolean) =>
			await run(getEmu(), testCase.operation, testCase.parameters(), {
				credentials: testCase.credentials?.(),
				continueOnFail,
			});

		function expectFailedRequest(output: string) {
			const emu = getEmu();
			const statuses = emu.requestLog.entries.map((entry) => entry.status);
			expect(statuses).toHaveLength((testCase.requestsBefore ?? 0) + 1);
			expect(statuses[statuses.length - 1]).toBe(testCase.status);
			if (testCase.authorization)
				expect(emu.requestLog.entries.at(-1)?.headers.authorization).toBe(testCase.authorization());
			expect(output).not.toContain(emu.apiSecret);
			const scopedSecret = testCase.credentials?.().apiSecret;
			if (scopedSecret) expect(output).not.toContain(scopedSecret);
		}

		it('fails the execution, naming the item, without Continue On Fail', async () => {
			const { items, error } = await runCase(false);

			expect(items).toEqual([]);
			// toEqual: a case may give an asymmetric matcher (expect.stringContaining) as its message.
			expect(error?.message).toEqual(message());
			expect(error?.httpCode).toBe(String(testCase.status));
			expect(error?.context?.itemIndex).toBe(0);
			expectFailedRequest(JSON.stringify(error));
		});

		it('puts the error in the item with Continue On Fail', async () => {
			const { items, error } = await runCase(true);

			expect(error).toBeUndefined();
			expect(jsonOf(items)).toEqual([
				expect.objectContaining({
					error: message(),
					code: testCase.code,
					httpCode: String(testCase.status),
				}),
			]);
			expect(pairedOf(items)).toEqual([{ item: 0 }]);
			expectFailedRequest(JSON.stringify(items));
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

/** The rule every record id follows: not empty (`blank` is e.g. spaces or an expression). */
export function emptyIdRule(
	operation: string,
	parameter: string,
	label: string,
	blank: string,
): ValidationCase {
	return {
		rule: `a ${label.toLowerCase()} id cannot be empty`,
		operation,
		parameters: () => ({ [parameter]: byId(blank) }),
		message: `'${label}' is empty: pick one from the list or enter its ID`,
	};
}

/** The rule every record id follows: not a dot segment, which would change the URL's path. */
export function dotSegmentIdRule(
	operation: string,
	parameter: string,
	label: string,
	segment: '.' | '..',
): ValidationCase {
	return {
		rule: `a ${label.toLowerCase()} id cannot be a dot segment`,
		operation,
		parameters: () => ({ [parameter]: byId(segment) }),
		message: `'${label}' cannot be "${segment}": enter a real ID`,
	};
}
