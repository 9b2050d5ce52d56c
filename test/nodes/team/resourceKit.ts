/**
 * What the workflow tests of Team, Role, Connector Type, Connection Schema and User → Offboard
 * share: a runner for any resource, a scoped system key, and table-driven suites for Fivetran's
 * errors (Continue On Fail off and on) and for the node's own validation (nothing sent).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { track } from '../../emulator/pagination';
import type { SystemKeyPermission } from '../../emulator/state';
import { emulatorCredentials, runFivetranNode, type FivetranCredentials } from '../../harness';
import { jsonOf, pairedOf } from '../user/userTestKit';

export interface RunOptions {
	inputItems?: IDataObject[];
	continueOnFail?: boolean;
	credentials?: Partial<FivetranCredentials>;
}

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

let scopedKeys = 0;

/** A system key with only `permissions`, put into the emulator's state; its credentials. */
export function addScopedSystemKey(
	emu: Emulator,
	permissions: SystemKeyPermission[],
): { apiKey: string; apiSecret: string } {
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
			created_at: '2025-12-01T00:00:00.000Z',
			updated_at: '2025-12-01T00:00:00.000Z',
			expired_at: null,
			last_used_at: null,
		}),
	);
	return { apiKey, apiSecret };
}

/** Credentials with a wrong API secret (the emulator answers 401). */
export const WRONG_SECRET = { apiSecret: 'f'.repeat(32) };

const FIVETRAN_401 = 'Fivetran: Invalid API key or secret [Unauthorized]';

/** `wrap` turns Fivetran's message into what the operation shows (Offboard prefixes it). */
type MessageWrap = (fivetranMessage: string) => string;

/** The 401 case of an operation: the credential's secret is wrong. */
export function unauthorizedCase(
	operation: string,
	parameters: () => INodeParameters,
	wrap: MessageWrap = (message) => message,
): ApiErrorCase {
	return {
		name: '401 with a wrong API secret',
		operation,
		parameters,
		credentials: () => WRONG_SECRET,
		status: 401,
		code: 'Unauthorized',
		message: () => wrap(FIVETRAN_401),
	};
}

/** The 403 case of an operation: a system key without `permission` (e.g. TEAM_READ). */
export function forbiddenCase(
	operation: string,
	parameters: () => INodeParameters,
	credentials: () => Partial<FivetranCredentials>,
	permission: string,
	wrap: MessageWrap = (message) => message,
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

/** A system key that may only read connections: a 403 for every other resource. */
export function addConnectorReader(emu: Emulator): { apiKey: string; apiSecret: string } {
	return addScopedSystemKey(emu, [{ resource_type: 'CONNECTOR', access_level: 'READ' }]);
}

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
}

/**
 * Each case twice: without Continue On Fail the execution fails naming item 0; with it the
 * item carries the error, its code and HTTP status, paired with input item 0.
 */
export function describeApiErrors(
	resource: string,
	emulator: () => Emulator,
	cases: ApiErrorCase[],
): void {
	describe.each(cases)('$name', (testCase) => {
		const message = () =>
			typeof testCase.message === 'string' ? testCase.message : testCase.message();
		const run = (continueOnFail: boolean) =>
			runResource(emulator(), resource, testCase.operation, testCase.parameters(), {
				continueOnFail,
				credentials: testCase.credentials?.(),
			});
		const expectFailedRequest = () => {
			const statuses = emulator().requestLog.entries.map((entry) => entry.status);
			expect(statuses).toHaveLength((testCase.requestsBefore ?? 0) + 1);
			expect(statuses[statuses.length - 1]).toBe(testCase.status);
		};

		it('fails the execution, naming the item, without Continue On Fail', async () => {
			const { items, error } = await run(false);

			expect(items).toEqual([]);
			expect(error?.message).toEqual(message());
			expect(error?.httpCode).toBe(String(testCase.status));
			expect(error?.context?.itemIndex).toBe(0);
			expectFailedRequest();
		});

		it('puts the error in the item with Continue On Fail', async () => {
			const { items, error } = await run(true);

			expect(error).toBeUndefined();
			expect(jsonOf(items)).toEqual([
				expect.objectContaining({
					error: message(),
					code: testCase.code,
					httpCode: String(testCase.status),
				}),
			]);
			expect(pairedOf(items)).toEqual([{ item: 0 }]);
			expectFailedRequest();
		});
	});
}

export interface ValidationCase {
	rule: string;
	operation: string;
	parameters: () => INodeParameters;
	message: string;
}

/** Each rule fails with the message users see, names item 0, and sends nothing. */
export function describeValidation(
	resource: string,
	emulator: () => Emulator,
	cases: ValidationCase[],
): void {
	describe.each(cases)('validation: $rule', ({ operation, parameters, message }) => {
		it('fails with the message and sends nothing', async () => {
			const { items, error } = await runResource(emulator(), resource, operation, parameters());

			expect(items).toEqual([]);
			expect(error?.message).toBe(message);
			expect(error?.context?.itemIndex).toBe(0);
			expect(emulator().requestLog.entries).toEqual([]);
		});

		it('puts the message in the item with Continue On Fail', async () => {
			const { items } = await runResource(emulator(), resource, operation, parameters(), {
				continueOnFail: true,
			});

			expect(jsonOf(items)).toEqual([expect.objectContaining({ error: message })]);
			expect(emulator().requestLog.entries).toEqual([]);
		});
	});
}
