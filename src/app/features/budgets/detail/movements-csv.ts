import { unparse } from 'papaparse';
import type { Lang } from '../../../core/i18n/i18n';
import { localName } from '../../../core/i18n/local-name';
import type { MovementRow } from '../data/budget.model';

/** Movements as CSV text (UTF-8 with a BOM so that spreadsheet programs read Chinese correctly); money in yuan with two decimals; actors named in `lang`. */
export function movementsCsv(
  rows: readonly MovementRow[],
  headers: {
    time: string;
    type: string;
    amount: string;
    actor: string;
    reason: string;
    subjectType: string;
    subjectId: string;
  },
  typeLabel: (t: string) => string,
  lang: Lang = 'zh-CN',
  reasonOf: (m: MovementRow) => string = (m) => m.reason,
): string {
  const data = rows.map((m) => [
    m.createdAt,
    typeLabel(m.type),
    (m.amountFen / 100).toFixed(2),
    localName(m, lang, 'actorName'),
    reasonOf(m),
    m.subjectType ?? '',
    m.subjectId ?? '',
  ]);
  const csv = unparse(
    {
      fields: [
        headers.time,
        headers.type,
        headers.amount,
        headers.actor,
        headers.reason,
        headers.subjectType,
        headers.subjectId,
      ],
      data,
    },
    { escapeFormulae: true },
  );
  return '\uFEFF' + csv;
}
