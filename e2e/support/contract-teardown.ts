import { existsSync, readFileSync } from 'node:fs';

/**
 * Fails the end-to-end run when an API answer broke mock-api/openapi.yaml: the validating proxy in
 * front of the mock API (mock-api/test/contract-proxy.ts) lists each violation, naming the operation
 * and the field, in $CONTRACT_VIOLATIONS.
 */
export default function contractTeardown(): void {
  const file = process.env['CONTRACT_VIOLATIONS'];
  const text = file && existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (text) {
    const lines = [...new Set(text.split('\n'))];
    throw new Error(
      `${lines.length} API answers broke mock-api/openapi.yaml:\n  ${lines.join('\n  ')}`,
    );
  }
}
