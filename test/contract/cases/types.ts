/**
 * One call of an emulator route whose answer the contract tests validate against the response
 * schema of the matching operation (emulator.contract.test.ts). Each `<area>.cases.ts` file in
 * this folder exports `seed` (what its emulator starts with) and `cases`, run in order against
 * one emulator per file: put cases that delete or change records after those that read them.
 */
import type { Emulator, SeedOptions } from '../../emulator';
import type { Credentials } from '../../emulator/testUtils';
import type { HttpMethod } from '../../emulator/types';

type OfEmulator<T> = T | ((emu: Emulator) => T);

export interface ContractCase {
	/** What the case shows, e.g. 'unknown user: 404'. */
	name: string;
	method: HttpMethod;
	/** Concrete path, query included (`/v1/users?limit=1`); a function reads ids from the emulator. */
	path: OfEmulator<string>;
	/** JSON body (always an object on Fivetran's API). */
	body?: OfEmulator<Record<string, unknown>>;
	/** Extra request headers (Accept, Content-Type) and a raw body instead of `body`. */
	headers?: Record<string, string>;
	rawBody?: string;
	/** The status the emulator must answer; the case fails on any other. */
	status: number;
	/** Runs before the call: pause a connection, move the clock, add a record. */
	setup?: (emu: Emulator) => void | Promise<void>;
	/** Credentials other than the Account Administrator's user key. */
	as?: (emu: Emulator) => Credentials;
}

export interface CaseFile {
	seed: SeedOptions;
	cases: ContractCase[];
}

export function resolve<T>(value: OfEmulator<T>, emu: Emulator): T {
	return typeof value === 'function' ? (value as (emu: Emulator) => T)(emu) : value;
}

/** The id of the n-th record of a state map (seeded records are in a stable order). */
export function nth(records: { keys(): IterableIterator<string> }, index = 0): string {
	const id = [...records.keys()][index];
	if (id === undefined) throw new Error(`No record #${index} in the seeded state`);
	return id;
}
