// The results a snippet claims: `expression; // value` states the value of that expression. The
// snippet is rewritten so that running it reports each claimed expression's actual value.
import ts from 'typescript';
import { type Literal, LiteralError, leadingLiteral } from './literal';

/** One `expression; // value` of a snippet. */
export interface Claim {
  id: number;
  /** 1-based line of the comment in the snippet's file. */
  line: number;
  expression: string;
  expected: Literal;
}

/** The snippet rewritten to report its claims, and the claims it makes. */
export interface Instrumented {
  source: string;
  claims: Claim[];
}

/** The global function an instrumented snippet calls with each claimed expression's value. */
export const REPORT = '__readmeClaim';

function trailingLineComments(text: string, position: number): ts.CommentRange[] {
  return (ts.getTrailingCommentRanges(text, position) ?? []).filter(
    (c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia,
  );
}

/**
 * Finds the claims of a snippet and rewrites each claimed `expression` to
 * `__readmeClaim(id, (expression))`, keeping every line where it was. A value comment anywhere
 * else (after a declaration or a block, or a value that is not a literal) throws, naming its
 * line: a claim the suite cannot check must not pass as checked.
 *
 * @example
 * instrument('f(2); // 4\n', 'a.ts').claims // [{ id: 0, line: 1, expression: 'f(2)', expected: 4 }]
 */
export function instrument(source: string, fileName: string): Instrumented {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const lineOf = (position: number) => file.getLineAndCharacterOfPosition(position).line + 1;
  const read = (comment: ts.CommentRange) => {
    try {
      return leadingLiteral(source.slice(comment.pos + 2, comment.end));
    } catch (error) {
      if (!(error instanceof LiteralError)) throw error;
      throw new Error(`line ${lineOf(comment.pos)}: ${error.message}`);
    }
  };
  const claims: Claim[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const claimed = new Set<number>();
  // First every expression statement: a claim belongs to the statement it ends, even where an
  // enclosing node (`if (ok) x; // 1`) ends at the same place.
  const claimsOf = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) {
      for (const comment of trailingLineComments(source, node.end)) {
        const claim = read(comment);
        if (!claim) continue;
        claimed.add(comment.pos);
        const expression = node.expression.getText(file);
        const id = claims.length;
        claims.push({ id, line: lineOf(comment.pos), expression, expected: claim.value });
        edits.push({
          start: node.expression.getStart(file),
          end: node.expression.end,
          text: `${REPORT}(${id}, (${expression}))`,
        });
      }
    }
    ts.forEachChild(node, claimsOf);
  };
  claimsOf(file);
  // Then a value comment after anything else: a claim the suite cannot check.
  const stray = new Set<number>();
  const strays = (node: ts.Node) => {
    for (const comment of trailingLineComments(source, node.end)) {
      if (!claimed.has(comment.pos) && read(comment)) stray.add(lineOf(comment.pos));
    }
    ts.forEachChild(node, strays);
  };
  strays(file);
  if (stray.size > 0) {
    throw new Error(
      `line ${[...stray].join(', ')}: a result comment must follow an expression statement ` +
        '(`expression; // value`), where the suite can check it',
    );
  }
  let rewritten = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  }
  return { source: rewritten, claims };
}
