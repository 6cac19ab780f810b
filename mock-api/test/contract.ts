// The API contract, machine-checked: `checkAnswer()` tells whether one HTTP answer conforms to
// mock-api/openapi.yaml — its status is documented for the operation (or a `4XX`/`default` entry),
// its content type is one the response lists, and its body is valid against that media type's schema
// (OpenAPI 3.1 schemas are JSON Schema 2020-12, validated by Ajv). `request()` in kit.ts runs it on
// every answer the API tests receive, so a drifting server or spec fails the test that saw it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

/** A node of the parsed openapi.yaml: its shape is what these checks verify, so it is untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OpenApiNode = any;
type Json = Record<string, OpenApiNode>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
/** The key under which Ajv knows the whole document; schema refs (`#/components/…`) resolve in it. */
const DOC_ID = 'openapi.yaml';

export interface Operation {
  operationId: string;
  method: string;
  /** The path template as written in the document, e.g. `/api/orders/{id}`. */
  path: string;
  /** JSON pointer of the operation in the document. */
  pointer: string;
  responses: Json;
}

export interface Answer {
  status: number;
  /** The Content-Type header, if any. */
  contentType: string | null;
  /** The raw body. */
  text: string;
  /** The answer's headers (checked: those the response documents as `required`). */
  headers?: { get(name: string): string | null };
}

const escapePointer = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');

export class Contract {
  readonly doc: Json;
  private readonly ops: { op: Operation; pattern: RegExp; params: number }[] = [];
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();

  static load(file = OPENAPI_FILE): Contract {
    return new Contract(parse(readFileSync(file, 'utf8')));
  }

  constructor(doc: Json) {
    this.doc = doc;
    // Strict: an unknown keyword in a schema is an error, except OpenAPI's own annotations. The whole
    // document is added as one schema (so `#/components/…` refs resolve); its top-level fields are
    // declared as keywords that validate nothing.
    this.ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
    const annotations = ['example', 'discriminator', 'xml', 'externalDocs'];
    for (const keyword of [
      ...annotations,
      ...Object.keys(doc).filter((k) => !annotations.includes(k)),
    ])
      this.ajv.addKeyword(keyword);
    (addFormats as unknown as (ajv: Ajv2020) => void)(this.ajv);
    this.ajv.addSchema(doc, DOC_ID, undefined, false);
    for (const [path, item] of Object.entries<Json>(doc['paths'] ?? {})) {
      for (const method of METHODS) {
        const raw = item[method];
        if (!raw) continue;
        const op: Operation = {
          operationId: raw.operationId ?? `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          pointer: `/paths/${escapePointer(path)}/${method}`,
          responses: raw.responses ?? {},
        };
        const source = path
          .split(/(\{[^}]+\})/)
          .map((part) =>
            part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
          )
          .join('');
        this.ops.push({
          op,
          pattern: new RegExp(`^${source}$`),
          params: path.split('{').length - 1,
        });
      }
    }
    // A literal segment wins over a template (`/api/products/facets` before `/api/products/{id}`).
    this.ops.sort((a, b) => a.params - b.params);
  }

  /** The operation that serves `method url` (query string ignored), if the document has one. */
  operation(method: string, url: string): Operation | undefined {
    const path = url.split(/[?#]/)[0];
    return this.ops.find((o) => o.op.method === method.toUpperCase() && o.pattern.test(path))?.op;
  }

  /** The contract violations of one answer to `method url`: empty when it conforms. */
  checkAnswer(method: string, url: string, answer: Answer): string[] {
    const op = this.operation(method, url);
    if (!op) {
      // Unknown routes and methods answer 404 NOT_FOUND (openapi.yaml, Conventions).
      const errors =
        answer.status === 404
          ? this.checkBody('/components/responses/NotFound', answer, 'Problem')
          : [`there is no operation ${method.toUpperCase()} ${url.split('?')[0]} in openapi.yaml`];
      return errors.map(
        (e) => `${method.toUpperCase()} ${url.split('?')[0]} → ${answer.status}: ${e}`,
      );
    }
    const status = String(answer.status);
    const key = [status, `${status[0]}XX`, 'default'].find((k) => k in op.responses);
    const where = `${op.operationId} (${op.method} ${op.path}) → ${answer.status}`;
    if (!key) return [`${where}: status ${status} is not documented for this operation`];
    const pointer = this.deref(`${op.pointer}/responses/${escapePointer(key)}`);
    return [
      ...this.checkHeaders(pointer, answer, op.operationId),
      ...this.checkBody(pointer, answer, op.operationId),
    ].map((e) => `${where}: ${e}`);
  }

  /** Headers the response object documents as `required` must be there, with a valid value. */
  private checkHeaders(pointer: string, answer: Answer, name: string): string[] {
    if (!answer.headers) return [];
    const errors: string[] = [];
    for (const header of Object.keys(this.at(pointer)['headers'] ?? {})) {
      const at = this.deref(`${pointer}/headers/${escapePointer(header)}`);
      const spec = this.at(at);
      const value = answer.headers.get(header);
      if (value === null) {
        if (spec['required']) errors.push(`header ${header}: is required but missing`);
        continue;
      }
      const type = spec['schema']?.type;
      const parsed = type === 'integer' || type === 'number' ? Number(value) : value;
      const validate = this.validator(`${at}/schema`, name);
      if (!validate(parsed))
        errors.push(`header ${header}: ${JSON.stringify(value)} ${validate.errors?.[0]?.message}`);
    }
    return errors;
  }

  /** Checks content type and body of an answer against the response object at `pointer`. */
  private checkBody(pointer: string, answer: Answer, name: string): string[] {
    const response = this.at(pointer);
    const content: Json = response['content'] ?? {};
    const mediaType = (answer.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (Object.keys(content).length === 0) {
      return answer.text === ''
        ? []
        : [`a body (${mediaType || 'no content type'}) is not documented`];
    }
    const listed = Object.keys(content).find(
      (m) =>
        m === mediaType ||
        m === '*/*' ||
        (m.endsWith('/*') && mediaType.startsWith(m.slice(0, -1))),
    );
    if (!listed)
      return [
        `content type ${mediaType || '(none)'} is not documented (${Object.keys(content).join(', ')})`,
      ];
    if (!content[listed].schema || !/[/+]json$/.test(mediaType)) return [];
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return [`the body is not JSON although the content type is ${mediaType}`];
    }
    const schemaPointer = `${pointer}/content/${escapePointer(listed)}/schema`;
    const validate = this.validator(schemaPointer, name);
    return validate(body) ? [] : describeErrors(validate.errors ?? []);
  }

  private validator(pointer: string, name: string): ValidateFunction {
    let v = this.validators.get(pointer);
    if (!v) {
      v = this.ajv.getSchema(`${DOC_ID}#${pointer}`);
      if (!v) throw new Error(`openapi.yaml: no schema at ${pointer} (${name})`);
      this.validators.set(pointer, v);
    }
    return v;
  }

  /** Follows `$ref`s of non-schema objects (responses) to the pointer of the object itself. */
  private deref(pointer: string): string {
    for (let i = 0; i < 10; i++) {
      const ref = this.at(pointer)?.['$ref'];
      if (typeof ref !== 'string') return pointer;
      if (!ref.startsWith('#/'))
        throw new Error(`openapi.yaml: only local $refs are supported (${ref})`);
      pointer = ref.slice(1);
    }
    throw new Error(`openapi.yaml: $ref loop at ${pointer}`);
  }

  private at(pointer: string): Json {
    return pointer
      .split('/')
      .slice(1)
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<Json>((node, key) => node?.[key], this.doc);
  }
}

/** Ajv errors as `body.lines.0.qty: must be integer`, naming the field (deduplicated). */
export function describeErrors(errors: ErrorObject[]): string[] {
  const out = errors.map((e) => {
    const at = `body${e.instancePath.replaceAll('/', '.')}`;
    const p = e.params as Record<string, string>;
    if (e.keyword === 'additionalProperties')
      return `${at}.${p['additionalProperty']}: is not in the schema (additionalProperties: false)`;
    if (e.keyword === 'unevaluatedProperties')
      return `${at}.${p['unevaluatedProperty']}: is not in the schema (unevaluatedProperties: false)`;
    if (e.keyword === 'required') return `${at}.${p['missingProperty']}: is required but missing`;
    if (e.keyword === 'enum') return `${at}: must be one of ${JSON.stringify(p['allowedValues'])}`;
    return `${at}: ${e.message}`;
  });
  return [...new Set(out)];
}

let shared: Contract | undefined;

/** The contract of mock-api/openapi.yaml, loaded once per test process. */
export function contract(): Contract {
  return (shared ??= Contract.load());
}
