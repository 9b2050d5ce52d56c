/** The only place that does HTTP. See CONTRIBUTING.md, section "Transport". */
export {
	apiPath,
	normaliseBaseUrl,
	checkBaseUrl,
	DEFAULT_BASE_URL,
	InvalidPathSegmentError,
} from './path';
export { fivetranApiRequest, CREDENTIAL_TYPE, type FivetranRequest } from './request';
export {
	fivetranApiRequestAllItems,
	fivetranApiRequestPage,
	MAX_PAGE_SIZE,
	type ListRequest,
	type Page,
} from './pagination';
export type { FivetranResponse } from './envelope';
export type { TransportContext } from './send';
export { transportOptionsFor, DEFAULT_TRANSPORT_OPTIONS, type TransportOptions } from './options';
export { transportRuntime } from './runtime';
