// 常用清单 (requisition templates): named lists of products and quantities a buyer orders again. The owner
// edits; `shared` ones are also listed to the buyers of the owner's department, who order from them but
// cannot change them (403). Another company's, or another department's unshared, answer 404 like missing.
import type { RequisitionTemplate, RequisitionTemplateDetail } from '../../src/domain/index.ts';
import type { RequisitionTemplateCommand } from '../../src/domain/schemas.ts';
import { fail } from './errors.ts';
import { lineProblems, type ProductLookup } from './pricing.ts';
import { newId, type Caller, type Tx } from './tx.ts';

export const TEMPLATES = 'requisitionTemplates';
/** Per owner: enough for every routine purchase, few enough to find one. */
export const MAX_TEMPLATES = 50;

const visibleTo = (t: RequisitionTemplate, caller: Caller) =>
  t.companyId === caller.companyId &&
  (t.ownerId === caller.id || (t.shared && t.departmentId === caller.departmentId));

/** The caller's own templates and those shared in their department, the latest changed first. */
export function listTemplates(tx: Tx, caller: Caller): RequisitionTemplate[] {
  return tx
    .all<RequisitionTemplate>(TEMPLATES)
    .filter((t) => visibleTo(t, caller))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

function visible(tx: Tx, caller: Caller, id: string): RequisitionTemplate {
  const t = tx.get<RequisitionTemplate>(TEMPLATES, id);
  if (!t || !visibleTo(t, caller)) fail('NOT_FOUND', `Template ${id} was not found`);
  return t;
}

function owned(tx: Tx, caller: Caller, id: string): RequisitionTemplate {
  const t = visible(tx, caller, id);
  if (t.ownerId !== caller.id) fail('FORBIDDEN', 'Only the owner of a template changes it');
  return t;
}

/** One template with each line's product as sold today (null when it no longer is). */
export function templateDetail(
  tx: Tx,
  caller: Caller,
  id: string,
  findProduct: ProductLookup,
): RequisitionTemplateDetail {
  const t = visible(tx, caller, id);
  return {
    ...t,
    lines: t.lines.map((l) => {
      const p = findProduct(l.productId);
      return { ...l, product: p && p.channels.includes('procurement') ? p : null };
    }),
  };
}

function validLines(cmd: RequisitionTemplateCommand, findProduct: ProductLookup) {
  const errors = lineProblems(cmd.lines, findProduct);
  if (errors.length) fail('VALIDATION_FAILED', 'Some lines cannot be ordered', errors);
  return cmd.lines.map(({ productId, qty }) => ({ productId, qty }));
}

export function createTemplate(
  tx: Tx,
  caller: Caller,
  cmd: RequisitionTemplateCommand,
  findProduct: ProductLookup,
  now: string,
): RequisitionTemplate {
  const lines = validLines(cmd, findProduct);
  const mine = tx.all<RequisitionTemplate>(TEMPLATES).filter((t) => t.ownerId === caller.id);
  if (mine.length >= MAX_TEMPLATES)
    fail('VALIDATION_FAILED', `At most ${MAX_TEMPLATES} templates`, [
      { path: '', message: `At most ${MAX_TEMPLATES} templates; delete one first` },
    ]);
  const t: RequisitionTemplate = {
    id: newId(tx, TEMPLATES, 'RT', now),
    companyId: caller.companyId,
    ownerId: caller.id,
    ownerName: caller.name,
    ownerNameEn: caller.nameEn ?? caller.name,
    departmentId: caller.departmentId,
    name: cmd.name,
    shared: cmd.shared === true,
    lines,
    createdAt: now,
    updatedAt: now,
  };
  tx.insert(TEMPLATES, t);
  return t;
}

export function replaceTemplate(
  tx: Tx,
  caller: Caller,
  id: string,
  cmd: RequisitionTemplateCommand,
  findProduct: ProductLookup,
  now: string,
): RequisitionTemplate {
  const old = owned(tx, caller, id);
  const t: RequisitionTemplate = {
    ...old,
    name: cmd.name,
    shared: cmd.shared === true,
    lines: validLines(cmd, findProduct),
    updatedAt: now,
  };
  tx.update(TEMPLATES, t);
  return t;
}

export function deleteTemplate(tx: Tx, caller: Caller, id: string): void {
  owned(tx, caller, id);
  tx.remove(TEMPLATES, id);
}
