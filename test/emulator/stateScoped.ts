/**
 * Run-time bookkeeping kept beside the emulator's state rather than in it (EmulatorState stays
 * data only): `const jobsOf = stateScoped(() => new Map())`, then `jobsOf(state)`.
 */
import type { EmulatorState } from './state';

export function stateScoped<T>(create: () => T): (state: EmulatorState) => T {
	const stores = new WeakMap<EmulatorState, T>();
	return (state) => {
		let store = stores.get(state);
		if (store === undefined) {
			store = create();
			stores.set(state, store);
		}
		return store;
	};
}
