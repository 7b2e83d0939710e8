/**
 * Resolving names typed in list and reference cells against the tables that
 * define them, reporting unknown ones at the cell.
 */
import type { ProblemCode, SchoolForm } from '../../../engine/model';
import { SCHOOL_FORMS } from '../../../engine/model';
import { SCHOOL_FORM_CHOICES, matchChoice } from '../../schema/choices';
import type { Texts } from '../../schema/types';
import { invalidValue, unknownName } from '../messages';
import type { NameRegistry } from '../names';
import { isAllWord } from '../parseText';
import type { RowReader } from '../rowReader';

const SOLUTIONS_TABLE: Texts = { sv: 'tabellen Lösningar (Kostnader)', en: 'the Solutions table (Costs)' };

/** A single name → id; unknown names reported (unless the defining table is itself broken). */
export function resolveName<K extends string>(
  r: RowReader<K>,
  key: NoInfer<K>,
  name: string,
  registry: NameRegistry,
  code: ProblemCode,
  where: Texts,
): string | undefined {
  const id = registry.resolve(name);
  if (id === undefined && registry.complete)
    r.report(unknownName(code, r.at(key), name, registry.kind, where, 'error', registry.hintFor(name)));
  return id;
}

/** A list of solution names ("alla" = every solution) → ids. */
export function solutionList<K extends string>(
  r: RowReader<K>,
  key: NoInfer<K>,
  registry: NameRegistry,
): string[] | undefined {
  const items = r.list(key, true);
  if (!items) return undefined;
  if (items.some(isAllWord)) return registry.ids();
  const ids = items.map((item) => resolveName(r, key, item, registry, 'unknownSolution', SOLUTIONS_TABLE));
  return ids.every((id): id is string => id !== undefined) ? ids : undefined;
}

/** A list of school forms, current or former names ("alla" = every form). */
export function schoolFormList<K extends string>(r: RowReader<K>, key: NoInfer<K>): SchoolForm[] | undefined {
  const items = r.list(key, true);
  if (!items) return undefined;
  if (items.some(isAllWord)) return [...SCHOOL_FORMS];
  const forms: SchoolForm[] = [];
  let bad = false;
  for (const item of items) {
    const form = matchChoice(SCHOOL_FORM_CHOICES, item);
    if (form === undefined) {
      bad = true;
      r.report(
        invalidValue('unknownSchoolForm', r.at(key), item, r.what(key), {
          sv: `en skolform: ${SCHOOL_FORM_CHOICES.options.map((o) => o.sv).join(', ')} (eller tidigare namn som grundsärskola)`,
          en: `a school form: ${SCHOOL_FORM_CHOICES.options.map((o) => o.en).join(', ')} (or a Swedish name)`,
        }),
      );
    } else if (!forms.includes(form)) forms.push(form);
  }
  return bad ? undefined : forms;
}
