/**
 * One rate-limit gate per execution: when any request gets a 429, every in-flight and new
 * request of the same execution waits until the same moment before sending, instead of N
 * parallel items each hammering Fivetran with their own retries.
 *
 * The gate is keyed on the execution's context object (`this` of execute(), shared by every
 * item the router runs concurrently); a WeakMap lets it go with the execution.
 */
export type Sleeper = (ms: number) => Promise<void>;
export type Clock = () => number;

export class RateGate {
	private resumeAt = 0;

	constructor(
		private readonly sleeper: Sleeper,
		private readonly now: Clock = Date.now,
	) {}

	/** Pauses every request through this gate for `ms` from now (never shortens a pause). */
	pause(ms: number): void {
		this.resumeAt = Math.max(this.resumeAt, this.now() + ms);
	}

	/** Resolves once no pause is in force; returns how long it waited. */
	async pass(): Promise<number> {
		let waited = 0;
		for (
			let remaining = this.resumeAt - this.now();
			remaining > 0;
			remaining = this.resumeAt - this.now()
		) {
			await this.sleeper(remaining);
			waited += remaining;
		}
		return waited;
	}
}

const gates = new WeakMap<object, RateGate>();

export function rateGateFor(context: object, sleeper: Sleeper, now?: Clock): RateGate {
	let gate = gates.get(context);
	if (gate === undefined) {
		gate = new RateGate(sleeper, now);
		gates.set(context, gate);
	}
	return gate;
}
