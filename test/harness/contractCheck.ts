/**
 * Node side of the contract tests: every request the node under test sends to an emulator is
 * checked against the request side of its operation in Fivetran's definition
 * (test/contract/contract.ts). One non-conforming request fails the run with
 * ContractViolationError, naming the operation and the field.
 *
 * - runNode (and so runFivetranNode and every kit) reads each running emulator's request log:
 *   whatever was logged while the node ran is the node's. The probe node types of the
 *   router/transport tests (probe.ts) send made-up requests on purpose and are not checked.
 * - Contexts that send requests themselves (methodContext for listSearch / loadOptions, the
 *   trigger's hook context) call assertNodeRequest before sending.
 */
import { contract, type RequestToCheck } from '../contract/contract';
import { recordReached } from '../contract/reach';
import { runningEmulators, type Emulator } from '../emulator';

export class ContractViolationError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The node sent ${problems.length === 1 ? 'a request' : 'requests'} that Fivetran's definition does not allow:\n- ${problems.join('\n- ')}`,
		);
		this.name = 'ContractViolationError';
	}
}

/** Throws ContractViolationError when the request does not conform. */
export function assertNodeRequest(request: RequestToCheck): void {
	const problems = contract().checkRequest(request);
	if (problems.length > 0) throw new ContractViolationError(problems);
	recordReached(request);
}

/** The request as sent by a context that builds URLs itself (full URL plus `qs`). */
export function requestOfUrl(
	method: string,
	url: string,
	qs: object | undefined,
	body: unknown,
): RequestToCheck {
	const parsed = new URL(url);
	const query = Object.fromEntries(parsed.searchParams);
	for (const [key, value] of Object.entries(qs ?? {})) query[key] = String(value);
	return {
		method,
		path: parsed.pathname,
		query,
		body: typeof body === 'string' && body !== '' ? (JSON.parse(body) as unknown) : body,
	};
}

/**
 * Marks where every running emulator's request log stands; `check()` validates what each logged
 * since and throws on the first run with a non-conforming request.
 */
export function watchNodeRequests(): { check(): void } {
	const marks = new Map<Emulator, number>(
		runningEmulators().map((emu) => [emu, emu.requestLog.entries.length]),
	);
	return {
		check() {
			const problems: string[] = [];
			for (const emu of runningEmulators()) {
				const entries = emu.requestLog.entries.slice(marks.get(emu) ?? 0);
				for (const entry of entries) {
					const found = contract().checkRequest(entry);
					problems.push(...found);
					if (found.length === 0) recordReached(entry);
				}
			}
			if (problems.length > 0) throw new ContractViolationError(problems);
		},
	};
}
