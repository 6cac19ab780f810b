import { existsSync, readFileSync } from 'node:fs';

const lines = (file: string | undefined): string[] => {
  const text = file && existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  return text ? [...new Set(text.split('\n'))] : [];
};

/**
 * Fails the end-to-end run when an API answer broke mock-api/openapi.yaml or a page broke the
 * server's Content-Security-Policy: the validating proxy in front of the server
 * (mock-api/test/contract-proxy.ts) lists each contract violation, naming the operation and the
 * field, in $CONTRACT_VIOLATIONS, and each CSP violation report the server received in
 * $CSP_VIOLATIONS.
 */
export default function violationsTeardown(): void {
  const contract = lines(process.env['CONTRACT_VIOLATIONS']);
  const csp = lines(process.env['CSP_VIOLATIONS']);
  const problems = [
    ...(contract.length
      ? [`${contract.length} API answers broke mock-api/openapi.yaml:\n  ${contract.join('\n  ')}`]
      : []),
    ...(csp.length
      ? [`${csp.length} CSP violation reports reached the server:\n  ${csp.join('\n  ')}`]
      : []),
  ];
  if (problems.length) throw new Error(problems.join('\n'));
}
