/**
 * n8n-core hands every node failure to its ErrorReporter, which logs it (message and stack) to
 * the console. During a test run the harness keeps those reports instead: the output stays
 * quiet, and the secret scan reads them as the run's logs.
 */
import { ErrorReporter } from 'n8n-core';

export interface ErrorReportCapture {
	/** What the ErrorReporter was given (errors and their `extra` context). */
	reports: unknown[];
	stop(): void;
}

export function captureErrorReports(): ErrorReportCapture {
	const reports: unknown[] = [];
	// Outside jest (npm run bench runs the harness under plain Node) n8n logs as usual.
	if (typeof jest === 'undefined') return { reports, stop: () => {} };
	const spy = jest
		.spyOn(ErrorReporter.prototype, 'error')
		.mockImplementation((error: unknown, options?: { extra?: unknown }) => {
			reports.push({ error, extra: options?.extra });
		});
	return { reports, stop: () => spy.mockRestore() };
}
