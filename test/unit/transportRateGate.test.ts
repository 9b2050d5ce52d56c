import { sleep } from 'n8n-workflow';

import { RateGate, rateGateFor } from '../../nodes/shared/transport/rateGate';
import { runBounded } from '../../nodes/shared/transport/concurrency';

/** A virtual clock whose sleep advances time instead of waiting. */
function virtualTime() {
	let now = 1_000;
	const sleeps: number[] = [];
	return {
		now: () => now,
		sleep: async (ms: number) => {
			sleeps.push(ms);
			now += ms;
		},
		sleeps,
		advance: (ms: number) => {
			now += ms;
		},
	};
}

describe('RateGate', () => {
	it('lets requests through when not paused', async () => {
		const time = virtualTime();
		const gate = new RateGate(time.sleep, time.now);
		expect(await gate.pass()).toBe(0);
		expect(time.sleeps).toEqual([]);
	});

	it('holds every request until the pause ends, and never shortens a pause', async () => {
		const time = virtualTime();
		const gate = new RateGate(time.sleep, time.now);
		gate.pause(5_000);
		gate.pause(1_000);
		expect(await gate.pass()).toBe(5_000);
		// The pause is over for everyone now.
		expect(await gate.pass()).toBe(0);
	});

	it('extends a pause when a later 429 asks for longer', async () => {
		const time = virtualTime();
		const gate = new RateGate(time.sleep, time.now);
		gate.pause(2_000);
		time.advance(1_000);
		gate.pause(3_000);
		expect(await gate.pass()).toBe(3_000);
	});

	it('is shared per execution context', () => {
		const time = virtualTime();
		const execution = {};
		expect(rateGateFor(execution, time.sleep)).toBe(rateGateFor(execution, time.sleep));
		expect(rateGateFor({}, time.sleep)).not.toBe(rateGateFor(execution, time.sleep));
	});
});

describe('runBounded', () => {
	const tick = async () => await sleep(0);

	it('returns results in index order with at most `limit` tasks in flight', async () => {
		let inFlight = 0;
		let peak = 0;
		const results = await runBounded(20, 4, async (index) => {
			inFlight += 1;
			peak = Math.max(peak, inFlight);
			// Uneven durations so completion order differs from index order.
			for (let i = 0; i < (index * 7) % 5; i++) await tick();
			inFlight -= 1;
			return index * 10;
		});
		expect(results).toEqual(Array.from({ length: 20 }, (_, index) => index * 10));
		expect(peak).toBe(4);
	});

	it('starts no new task after a failure, lets in-flight ones finish, throws the lowest failing index', async () => {
		const started: number[] = [];
		const finished: number[] = [];
		const failing = runBounded(100, 3, async (index) => {
			started.push(index);
			await tick();
			if (index === 1 || index === 2) throw new Error(`item ${index}`);
			await tick();
			finished.push(index);
			return index;
		});
		await expect(failing).rejects.toThrow('item 1');
		expect(started).toEqual([0, 1, 2]);
		expect(finished).toEqual([0]);
	});

	it('handles no items', async () => {
		expect(await runBounded(0, 5, async () => 1)).toEqual([]);
	});
});
