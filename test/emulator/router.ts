/**
 * Matches a request path against the `Route.path` patterns (`:name` segments).
 *
 * The raw path is split on `/` before decoding, so an id containing an encoded slash
 * (`a%2Fb`) stays one parameter and can never reach a different route.
 * Legacy `connectors` paths are rewritten to their `connections` routes first.
 */
import type { HttpMethod, Route } from './types';

interface CompiledRoute {
	route: Route;
	/** Literal segment, or `null` for a parameter. */
	segments: Array<string | null>;
	paramNames: string[];
}

export type RouteMatch =
	| { kind: 'found'; route: Route; params: Record<string, string>; legacy: boolean }
	| { kind: 'methodNotAllowed'; legacy: boolean }
	| { kind: 'notFound'; legacy: boolean }
	/** A parameter segment with malformed percent-encoding. */
	| { kind: 'badPath'; legacy: boolean };

/** Rewrites legacy segments in place; returns whether the path was a legacy alias. */
export function rewriteLegacy(segments: string[]): boolean {
	// segments[0] is '' (leading slash), segments[1] is 'v1'.
	if (segments[1] !== 'v1') return false;
	if (segments[2] === 'connectors') {
		segments[2] = 'connections';
		return true;
	}
	if (segments[2] === 'metadata' && segments[3] === 'connectors') {
		segments[3] = 'connector-types';
		return true;
	}
	if (['groups', 'users', 'teams'].includes(segments[2]) && segments[4] === 'connectors') {
		segments[4] = 'connections';
		return true;
	}
	return false;
}

export class Router {
	/** Routes grouped by segment count: a lookup only scans patterns of the right length. */
	private readonly bySegmentCount = new Map<number, CompiledRoute[]>();

	constructor(routes: readonly Route[]) {
		for (const route of routes) {
			const parts = route.path.split('/');
			const compiled: CompiledRoute = {
				route,
				segments: parts.map((part) => (part.startsWith(':') ? null : part)),
				paramNames: parts.filter((part) => part.startsWith(':')).map((part) => part.slice(1)),
			};
			const list = this.bySegmentCount.get(parts.length) ?? [];
			list.push(compiled);
			this.bySegmentCount.set(parts.length, list);
		}
		// A literal segment wins over a parameter (`/schemas/reload` before `/schemas/:name`).
		for (const list of this.bySegmentCount.values()) {
			list.sort((a, b) => literalCount(b) - literalCount(a));
		}
	}

	match(method: string, rawPath: string): RouteMatch {
		const segments = rawPath.split('/');
		const legacy = rewriteLegacy(segments);
		let pathMatched = false;
		for (const candidate of this.bySegmentCount.get(segments.length) ?? []) {
			if (!segmentsMatch(candidate.segments, segments)) continue;
			pathMatched = true;
			if (candidate.route.method !== (method as HttpMethod)) continue;
			const params = extractParams(candidate, segments);
			if (!params) return { kind: 'badPath', legacy };
			return { kind: 'found', route: candidate.route, params, legacy };
		}
		return { kind: pathMatched ? 'methodNotAllowed' : 'notFound', legacy };
	}
}

function literalCount(compiled: CompiledRoute): number {
	return compiled.segments.length - compiled.paramNames.length;
}

function segmentsMatch(pattern: Array<string | null>, segments: string[]): boolean {
	for (let i = 0; i < pattern.length; i++) {
		const literal = pattern[i];
		if (literal === null ? segments[i] === '' : literal !== segments[i]) return false;
	}
	return true;
}

/** Decoded parameters, or undefined when a segment is not valid percent-encoding. */
function extractParams(
	compiled: CompiledRoute,
	segments: string[],
): Record<string, string> | undefined {
	const params: Record<string, string> = {};
	let name = 0;
	for (let i = 0; i < compiled.segments.length; i++) {
		if (compiled.segments[i] !== null) continue;
		try {
			params[compiled.paramNames[name]] = decodeURIComponent(segments[i]);
		} catch {
			return undefined;
		}
		name += 1;
	}
	return params;
}
