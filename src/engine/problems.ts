/** A small collector so that checks read as one line each: every problem is kept, none thrown. */

import type { Text } from './messages';
import type { CellRef, Problem, ProblemCode } from './model';

export class ProblemList {
  readonly items: Problem[] = [];

  error(code: ProblemCode, at: CellRef | undefined, message: Text): void {
    this.push(code, 'error', at, message);
  }

  warning(code: ProblemCode, at: CellRef | undefined, message: Text): void {
    this.push(code, 'warning', at, message);
  }

  private push(code: ProblemCode, severity: Problem['severity'], at: CellRef | undefined, message: Text): void {
    this.items.push(at ? { code, severity, at, message } : { code, severity, message });
  }
}
