import {
  type ConvTheme,
  classicTheme,
  darkTheme,
  highContrastTheme,
  slideTheme,
} from '@conv-arithmetic/react';
import tokensSource from '../../packages/react/src/theme/tokens.ts?raw';
import { parseTokenDocs, tokenValue } from './tokenDocs';

const PRESETS: ReadonlyArray<[name: string, theme: ConvTheme]> = [
  ['classicTheme', classicTheme],
  ['darkTheme', darkTheme],
  ['highContrastTheme', highContrastTheme],
  ['slideTheme', slideTheme],
];

const isColour = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);

function Value({ value }: { value: unknown }) {
  if (!isColour(value)) return <code>{String(value)}</code>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: 12,
          height: 12,
          marginRight: 4,
          verticalAlign: 'middle',
          background: value,
          border: '1px solid #586E75',
        }}
      />
      <code>{value}</code>
    </span>
  );
}

/** A doc comment with its `code` spans set as code. */
function Doc({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
        i % 2 ? <code key={i}>{part}</code> : <span key={i}>{part}</span>,
      )}
    </>
  );
}

/** Every theme token, read from tokens.ts at build time, with its default in each preset. */
export function TokenTable() {
  const tokens = parseTokenDocs(tokensSource);
  return (
    <table data-token-table="">
      <thead>
        <tr>
          <th scope="col">token</th>
          <th scope="col">type</th>
          {PRESETS.map(([name]) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
          <th scope="col">meaning</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.path}>
            <th scope="row">
              <code>{token.path}</code>
            </th>
            <td>
              <code>{token.type}</code>
            </td>
            {PRESETS.map(([name, theme]) => (
              <td key={name}>
                <Value value={tokenValue(theme, token.path)} />
              </td>
            ))}
            <td>
              <Doc text={token.doc} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
