/**
 * Every request the emulator answered, oldest first. Tests assert on it to prove what the
 * node sent: the Authorization header is replaced by `Basic <apiKey>` of the key that
 * authenticated (or `<invalid>`), so the log never holds a secret.
 */
import type { HttpMethod } from './types';

export interface LoggedRequest {
	method: string;
	/** Path as requested (before legacy aliases are rewritten), without the query. */
	path: string;
	query: Record<string, string>;
	/** Lower-case header names. */
	headers: Record<string, string>;
	/** Parsed JSON body, `undefined` when there was none (or the raw text when it was not JSON). */
	body: unknown;
	/** Status answered; 0 when the connection was reset by a fault. */
	status: number;
	/** Emulator clock (ms) when the request was handled. */
	at: number;
}

export class RequestLog {
	readonly entries: LoggedRequest[] = [];
	/** Turn off for long benchmarks to keep memory flat. */
	enabled = true;

	record(entry: LoggedRequest): void {
		if (this.enabled) this.entries.push(entry);
	}

	clear(): void {
		this.entries.length = 0;
	}

	/** Entries matching a method and a path prefix (string) or pattern (RegExp). */
	filter(method?: HttpMethod, path?: string | RegExp): LoggedRequest[] {
		return this.entries.filter(
			(entry) =>
				(method === undefined || entry.method === method) &&
				(path === undefined ||
					(typeof path === 'string' ? entry.path.startsWith(path) : path.test(entry.path))),
		);
	}

	count(method?: HttpMethod, path?: string | RegExp): number {
		return this.filter(method, path).length;
	}

	last(): LoggedRequest | undefined {
		return this.entries[this.entries.length - 1];
	}
}
