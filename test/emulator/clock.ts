/**
 * The emulator's controllable clock. Every time the emulator reads (record timestamps,
 * sync progress, rate-limit windows, key expiry) comes from here, so tests never sleep:
 *
 * - `real`: wall-clock time (plus whatever `advance` added); the server runs the tickers
 *   every 250 ms.
 * - `manual`: time stands still until `advance(ms)`.
 * - `auto`: time stands still between requests and each request advances it by `stepMs`
 *   first, so a ten-minute simulated sync finishes after a few fast polls.
 */
export type ClockOptions =
	| { mode: 'real' }
	| { mode: 'manual'; start?: number }
	| { mode: 'auto'; stepMs: number; start?: number };

export type ClockMode = ClockOptions['mode'];

/** 2026-01-01T00:00:00Z: the default start of manual and auto clocks. */
export const DEFAULT_CLOCK_START = Date.UTC(2026, 0, 1);

export class Clock {
	private currentMode: ClockMode = 'manual';
	private stepMs = 0;
	/** Current time in manual and auto modes. */
	private frozenNow = DEFAULT_CLOCK_START;
	/** What `advance` added in real mode. */
	private realOffset = 0;
	/** Tickers never run concurrently: each run waits for the previous one. */
	private tickChain: Promise<void> = Promise.resolve();

	constructor(
		private readonly runTickers: (now: number) => void | Promise<void>,
		options: ClockOptions = { mode: 'manual' },
	) {
		this.setMode(options);
	}

	get mode(): ClockMode {
		return this.currentMode;
	}

	/** Milliseconds since the epoch. */
	now(): number {
		return this.currentMode === 'real' ? Date.now() + this.realOffset : this.frozenNow;
	}

	/** Switches mode; the time carries on from the current value unless `start` is given. */
	setMode(options: ClockOptions): void {
		const current = this.now();
		this.currentMode = options.mode;
		if (options.mode === 'real') {
			this.realOffset = 0;
			return;
		}
		this.frozenNow = options.start ?? current;
		this.stepMs = options.mode === 'auto' ? options.stepMs : 0;
	}

	/** Switches to auto mode with this step, keeping the current time. */
	setAutoStep(stepMs: number): void {
		this.setMode({ mode: 'auto', stepMs });
	}

	/** Moves time forward and runs the tickers (syncs progress, webhooks go out). */
	async advance(ms: number): Promise<void> {
		if (!Number.isFinite(ms) || ms < 0)
			throw new Error(`Clock.advance needs a non-negative number, got ${ms}`);
		if (this.currentMode === 'real') this.realOffset += ms;
		else this.frozenNow += ms;
		await this.tick();
	}

	/** Called by the server before it handles a request. */
	async beforeRequest(): Promise<void> {
		if (this.currentMode === 'auto') this.frozenNow += this.stepMs;
		await this.tick();
	}

	/** Runs the tickers once at the current time (serialised with any run in progress). */
	tick(): Promise<void> {
		const run = this.tickChain.then(() => this.runTickers(this.now()));
		// Keep the chain alive after a failing ticker; the caller still sees the error.
		this.tickChain = run.catch(() => undefined);
		return run;
	}
}
