/**
 * The requests of a wait, all through the transport (retries, 429 back-off, timeouts live there).
 */
import { NodeApiError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import {
	apiPath,
	fivetranApiRequest,
	fivetranApiRequestAllItems,
	transportRuntime,
} from '../../../../shared/transport';
import { readHistory, type HistoryEntry } from '../../../../shared/syncHistory/history';
import type { SyncKind } from './policies';
import { readSnapshot, type ConnectionSnapshot } from '../../../../shared/syncHistory/snapshot';
import { historyQuery } from '../../../../shared/syncHistory/window';

function apiErrorFacts(error: unknown): { status: number; code?: unknown } | undefined {
	if (!(error instanceof NodeApiError)) return undefined;
	const response = (error as NodeApiError & { errorResponse?: { code?: unknown } }).errorResponse;
	return { status: Number(error.httpCode ?? 0), code: response?.code };
}

/**
 * An API trouble that says nothing about the sync (rate limit, 5xx, network), left after the
 * transport's own retries: the wait polls again at the next interval instead of failing.
 */
export function isTransientApiError(error: unknown): boolean {
	const facts = apiErrorFacts(error);
	if (facts === undefined) return false;
	return facts.status === 429 || facts.status >= 500 || facts.code === 'NetworkError';
}

/** The sync history cannot be used (endpoint missing, refused): fall back to timestamps. */
function historyUnavailable(error: unknown): boolean {
	const facts = apiErrorFacts(error);
	return (
		facts !== undefined &&
		facts.status >= 400 &&
		facts.status < 500 &&
		facts.status !== 401 &&
		facts.status !== 429
	);
}

export class ConnectionApi {
	constructor(
		private readonly context: IExecuteFunctions,
		readonly connectionId: string,
		private readonly itemIndex: number,
	) {}

	private get path(): string {
		return apiPath`/v1/connections/${this.connectionId}`;
	}

	async get(): Promise<ConnectionSnapshot> {
		const { data } = await fivetranApiRequest.call(this.context, {
			method: 'GET',
			path: this.path,
			acceptVersion2: true,
			itemIndex: this.itemIndex,
		});
		return readSnapshot(data, this.connectionId);
	}

	/**
	 * The syncs of the window that starts at `windowStartMs` and ends now (window.ts); undefined
	 * when the history is unusable (refused, missing, or items without `sync_id` / `status`).
	 */
	async history(windowStartMs: number): Promise<HistoryEntry[] | undefined> {
		const qs = { ...historyQuery(windowStartMs, transportRuntime.now()) };
		const items = await fivetranApiRequestAllItems
			.call(
				this.context,
				{ path: `${this.path}/sync-history`, qs, acceptVersion2: true, itemIndex: this.itemIndex },
				{ returnAll: true },
			)
			.catch((error: unknown) => {
				if (historyUnavailable(error)) return undefined;
				throw error;
			});
		return items === undefined ? undefined : readHistory(items);
	}

	/**
	 * POST sync or resync (`resyncBody`: the re-sync's scope, whole connection when absent).
	 * Not idempotent: the transport never re-sends it after an ambiguous failure.
	 */
	async trigger(kind: SyncKind, force: boolean, resyncBody: IDataObject = {}): Promise<void> {
		await fivetranApiRequest.call(this.context, {
			method: 'POST',
			path: `${this.path}/${kind}`,
			body: kind === 'sync' ? { force } : resyncBody,
			acceptVersion2: true,
			itemIndex: this.itemIndex,
		});
	}

	/** Policy "Resume It First": the only change besides the sync this node may make. */
	async resume(): Promise<ConnectionSnapshot> {
		const { data } = await fivetranApiRequest.call(this.context, {
			method: 'PATCH',
			path: this.path,
			body: { paused: false },
			acceptVersion2: true,
			itemIndex: this.itemIndex,
		});
		return readSnapshot(data, this.connectionId);
	}
}
