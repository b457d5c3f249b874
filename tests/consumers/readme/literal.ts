// The value at the start of a `// result` comment: a JSON-ish literal, read with TypeScript's own
// scanner and parser so that single quotes, unquoted keys and trailing commas read as in code.
import ts from 'typescript';

/** What a result comment can state. */
export type Literal =
  | null
  | undefined
  | boolean
  | number
  | string
  | Literal[]
  | { [key: string]: Literal };

/** A comment that starts like a value but is not one (or runs straight into prose). */
export class LiteralError extends Error {}

const WORDS: Record<string, Literal> = {
  true: true,
  false: false,
  null: null,
  undefined: undefined,
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
};

/** Where the leading literal of `text` ends, or undefined when `text` does not start with one. */
function literalEnd(text: string): number | undefined {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const first = scanner.scan();
  const scalar =
    first === ts.SyntaxKind.StringLiteral ||
    first === ts.SyntaxKind.NumericLiteral ||
    Object.hasOwn(WORDS, scanner.getTokenText());
  if (scalar) return scanner.getTokenEnd();
  if (first === ts.SyntaxKind.MinusToken) {
    scanner.scan();
    return scanner.getTokenEnd();
  }
  if (first !== ts.SyntaxKind.OpenBracketToken && first !== ts.SyntaxKind.OpenBraceToken) {
    return undefined;
  }
  let depth = 1;
  while (depth > 0) {
    const token = scanner.scan();
    if (token === ts.SyntaxKind.EndOfFileToken) throw new LiteralError(`unclosed value: ${text}`);
    if (token === ts.SyntaxKind.OpenBracketToken || token === ts.SyntaxKind.OpenBraceToken) depth++;
    if (token === ts.SyntaxKind.CloseBracketToken || token === ts.SyntaxKind.CloseBraceToken) {
      depth--;
    }
  }
  return scanner.getTokenEnd();
}

function propertyName(name: ts.PropertyName, source: string): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    return name.text;
  }
  throw new LiteralError(`not a literal key: ${name.getText()} in ${source}`);
}

/** The value of a literal expression; anything else (a call, a name, `…`) is refused. */
function literalValue(node: ts.Expression, source: string): Literal {
  if (ts.isParenthesizedExpression(node)) return literalValue(node.expression, source);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isIdentifier(node) && Object.hasOwn(WORDS, node.text)) return WORDS[node.text];
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const operand = literalValue(node.operand, source);
    if (typeof operand === 'number') return -operand;
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((e) => literalValue(e, source));
  if (ts.isObjectLiteralExpression(node)) {
    const object: { [key: string]: Literal } = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) {
        throw new LiteralError(`not a literal property: ${property.getText()} in ${source}`);
      }
      // defineProperty: a `__proto__` key is a key, as in JSON.parse.
      Object.defineProperty(object, propertyName(property.name, source), {
        value: literalValue(property.initializer, source),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return object;
  }
  throw new LiteralError(`not a literal: '${node.getText()}' in ${source}`);
}

/**
 * Reads the value a result comment starts with. Returns undefined when the comment is prose (it
 * does not start with a value); throws a LiteralError when it starts like a value but is not a
 * literal (`[1, …]`), or when words follow the value without a separator (`5×5`).
 *
 * @example
 * leadingLiteral("{ rows: 8, cols: 8 }: the grid as drawn") // { value: { rows: 8, cols: 8 } }
 * leadingLiteral('the exact adjoint of convolve') // undefined
 */
export function leadingLiteral(comment: string): { value: Literal } | undefined {
  const text = comment.trim();
  const end = literalEnd(text);
  if (end === undefined) return undefined;
  const rest = text.slice(end);
  if (rest !== '' && !/^[\s,;:)]/.test(rest)) {
    throw new LiteralError(`text right after the value (separate it with a space): ${text}`);
  }
  const literal = text.slice(0, end);
  const code = `(${literal});`;
  // The parser recovers from mistakes (`[1 2]` reads as [1, 2]): refuse any syntax error.
  const syntax = ts.transpileModule(code, { reportDiagnostics: true }).diagnostics ?? [];
  if (syntax.length > 0) {
    throw new LiteralError(
      `not a literal: ${literal} (${ts.flattenDiagnosticMessageText(syntax[0]?.messageText, ' ')})`,
    );
  }
  const file = ts.createSourceFile('claim.ts', code, ts.ScriptTarget.Latest, true);
  const [statement, ...others] = file.statements;
  if (!statement || others.length > 0 || !ts.isExpressionStatement(statement)) {
    throw new LiteralError(`not a single value: ${literal}`);
  }
  return { value: literalValue(statement.expression, literal) };
}
