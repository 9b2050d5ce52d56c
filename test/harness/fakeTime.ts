/**
 * Replaces the transport's sleep/clock/random with a virtual clock for one test: back-off and
 * Retry-After waits are recorded instead of slept. Call the returned restore() in afterEach
 * (or rely on jest's restoreMocks).
 */
import { transportRuntime } from '../../nodes/shared/transport';

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

export interface HeldTransportTime extends FakeTransportTime {
	/** Resolves when the transport first asks to sleep. */
	firstSleep: Promise<void>;
	/**
	 * Wakes every held sleep (the clock moves on by the longest one); from then on sleeps pass
	 * at once, as with useFakeTransportTime. Called by itself when a second sleep is asked for
	 * while one is held: two requests waiting for the same moment.
	 */
	release(): void;
}

/**
 * Like useFakeTransportTime, except that sleeps are held until release(): while the first
 * back-off is in force, the test can start another request and see whether it waits too
 * (the shared rate-limit gate) or goes straight to Fivetran. The clock stands still meanwhile.
 */
export function useHeldTransportTime(onRelease: () => void = () => {}): HeldTransportTime {
	const sleeps: number[] = [];
	const held: Array<{ ms: number; wake: () => void }> = [];
	let offset = 0;
	let released = false;
	let firstAsked = () => {};
	const firstSleep = new Promise<void>((resolve) => {
		firstAsked = resolve;
	});
	const start = Date.now();
	const release = () => {
		if (released) return;
		released = true;
		onRelease();
		offset += Math.max(0, ...held.map((sleep) => sleep.ms));
		for (const sleep of held.splice(0)) sleep.wake();
	};
	const spies = [
		jest.spyOn(transportRuntime, 'sleep').mockImplementation(async (ms: number) => {
			sleeps.push(ms);
			if (released) {
				offset += ms;
				return;
			}
			await new Promise<void>((wake) => {
				held.push({ ms, wake });
				firstAsked();
				if (held.length >= 2) release();
			});
		}),
		jest.spyOn(transportRuntime, 'now').mockImplementation(() => start + offset),
		jest.spyOn(transportRuntime, 'random').mockImplementation(() => 0.5),
	];
	return {
		sleeps,
		firstSleep,
		release,
		totalSleptMs: () => sleeps.reduce((sum, ms) => sum + ms, 0),
		restore: () => spies.forEach((spy) => spy.mockRestore()),
	};
}
