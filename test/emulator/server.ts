/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * The emulator's HTTP edge (node:http, no dependencies). Everything that is not sockets and
 * timers lives in pure modules: `pipeline.ts` answers a parsed request, `faults.ts` breaks
 * answers on demand.
 */
import http from 'node:http';

import { answer, type Pipeline, type ParsedRequest } from './pipeline';

/** How often tickers run in real-clock mode. */
const REAL_TICK_MS = 250;

export interface RunningServer {
	baseUrl: string;
	close(): Promise<void>;
}

/** Real-time wait (latency option, `slow` faults); handed to the pipeline. */
export function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function readBody(req: http.IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

function lowerCaseHeaders(req: http.IncomingMessage): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (value !== undefined)
			headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
	}
	return headers;
}

async function handle(
	pipeline: Pipeline,
	req: http.IncomingMessage,
	res: http.ServerResponse,
): Promise<void> {
	const request: ParsedRequest = {
		method: req.method ?? 'GET',
		url: req.url ?? '/',
		headers: lowerCaseHeaders(req),
		rawBody: await readBody(req),
	};
	const response = await answer(pipeline, request);
	if (response === 'reset') {
		req.socket.destroy();
		return;
	}
	// Encode once: Buffer.byteLength plus res.end(string) would scan a 1 MB page twice.
	const body = Buffer.from(response.body, 'utf8');
	res.writeHead(response.status, { ...response.headers, 'content-length': body.length });
	res.end(body);
}

export async function startServer(
	pipeline: Pipeline,
	port: number,
	host: string,
): Promise<RunningServer> {
	const server = http.createServer({ noDelay: true, keepAlive: true }, (req, res) => {
		handle(pipeline, req, res).catch((error: Error) => {
			console.error('emulator: unexpected error', error);
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ code: 'InternalError', message: 'Emulator failure' }));
		});
	});
	server.keepAliveTimeout = 60_000;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	const ticker = setInterval(() => {
		if (pipeline.clock.mode === 'real')
			pipeline.clock.tick().catch((error) => console.error('emulator: ticker failed', error));
	}, REAL_TICK_MS);
	ticker.unref();
	const address = server.address();
	const boundPort = typeof address === 'object' && address !== null ? address.port : port;
	const urlHost = host.includes(':') ? `[${host}]` : host;
	return {
		baseUrl: `http://${urlHost}:${boundPort}`,
		close: () =>
			new Promise<void>((resolve, reject) => {
				clearInterval(ticker);
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};
}
