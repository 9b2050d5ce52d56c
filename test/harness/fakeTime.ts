/**
 * Replaces the transport's sleep/clock/random with a virtual clock for one test: back-off and
 * Retry-After waits are recorded instead of slept. Call the returned restore() in afterEach
 * (or rely on jest's restoreMocks).
 */
import { transportRuntime } from '../../nodes/Fivetran/v1/transport';

export interface FakeTransportTime {
	/** Every wait the transport asked for, in ms, in order. */
	sleeps: number[];
	totalSleptMs(): number;
	restore(): void;
}

export function useFakeTransportTime(random = 0.5): FakeTransportTime {
	const sleeps: number[] = [];
	let offset = 0;
	const start = Date.now();
	const spies = [
		jest.spyOn(transportRuntime, 'sleep').mockImplementation(async (ms: number) => {
			sleeps.push(ms);
			offset += ms;
		}),
		jest.spyOn(transportRuntime, 'now').mockImplementation(() => start + offset),
		jest.spyOn(transportRuntime, 'random').mockImplementation(() => random),
	];
	return {
		sleeps,
		totalSleptMs: () => sleeps.reduce((sum, ms) => sum + ms, 0),
		restore: () => spies.forEach((spy) => spy.mockRestore()),
	};
}
