import { ReportShapeError } from './errors.ts';
import type { SourceLine } from './lines.ts';
import { joinLines } from './reflow.ts';
import { leadingSymbol, splitJointSymbol } from './symbols.ts';
import type { ParsedAnnex, ParsedAnnexDocument } from './types.ts';

/** The agenda cell: item numbers such as "1(b)", joined by "和" or "、" ("4 和 5"). */
const AGENDA_SEPARATOR = String.raw`\s*(?:和|及|、|,|，)\s*`;
const AGENDA_ITEM = String.raw`\d{1,2}(?:\([a-z]\))?`;
const AGENDA_CELL = new RegExp(`^(${AGENDA_ITEM}(?:${AGENDA_SEPARATOR}${AGENDA_ITEM})*)(?:\\s+|$)`);
const COLUMN_COUNT = 3;

interface Row {
  symbol: string;
  /** The symbol ended in "-" or "/": its next part is on the next line. */
  open: boolean;
  cells: string[];
  first: number;
}

/**
 * Reads the annex: its heading, the column header line (文件编号 议程项目 标题或说明) and one document per
 * row. Rows are recognised by the document symbol that starts them; the title cell wraps over the lines
 * that follow. A joint symbol may itself wrap after its hyphen, so an open symbol takes the next line first.
 */
export function parseAnnex(lines: readonly SourceLine[]): ParsedAnnex {
  const [annexLine, ...content] = lines.filter((line) => line.text !== '');
  if (!annexLine) throw new ReportShapeError(0, 'an annex heading');
  const firstRow = content.findIndex((line) => startsRow(line.text));
  if (firstRow < 1) {
    throw new ReportShapeError(annexLine.no, 'an annex heading, column header and document rows');
  }
  const columnLine = content[firstRow - 1]!;
  const headingLines = content.slice(0, firstRow - 1);
  if (headingLines.length === 0) throw new ReportShapeError(annexLine.no + 1, 'the heading of the annex');
  const columns = columnLine.text.split(/\s+/);
  if (columns.length !== COLUMN_COUNT) {
    throw new ReportShapeError(columnLine.no, `${COLUMN_COUNT} column names`, columnLine.text);
  }

  const rows: Row[] = [];
  for (const line of content.slice(firstRow)) {
    const current = rows.at(-1);
    if (current?.open) {
      const part = readSymbol(line.text, true);
      if (!part) throw new ReportShapeError(line.no, `the rest of the symbol ${current.symbol}`, line.text);
      current.symbol += part.symbol;
      current.open = part.open;
      if (part.rest !== '') current.cells.push(part.rest);
    } else if (startsRow(line.text)) {
      const part = readSymbol(line.text)!;
      rows.push({ ...part, cells: part.rest === '' ? [] : [part.rest], first: line.no });
    } else {
      current!.cells.push(line.text);
    }
  }
  return {
    label: annexLine.text,
    heading: joinLines(headingLines.map((line) => line.text)),
    columns,
    documents: rows.map(toDocument),
    lines: [annexLine.no, content.at(-1)!.no],
  };
}

function startsRow(text: string): boolean {
  const symbol = leadingSymbol(text);
  return symbol !== undefined && /^(?:\s|-|$)/.test(text.slice(symbol.length));
}

/** The rest of a symbol wrapped after "/" may start with a digit ("2012/4"), unlike a whole symbol. */
const SYMBOL_TAIL = /^[A-Za-z0-9.]*[A-Za-z0-9](?:\/[A-Za-z0-9.]*[A-Za-z0-9])*/;

/** The (joint) symbol at the start of a line, and what follows it on that line. */
function readSymbol(
  text: string,
  continuing = false,
): { symbol: string; open: boolean; rest: string } | undefined {
  let symbol = continuing ? SYMBOL_TAIL.exec(text)?.[0] : leadingSymbol(text);
  if (symbol === undefined) return undefined;
  let rest = text.slice(symbol.length);
  const joined = () => (rest.startsWith('-') ? leadingSymbol(rest.slice(1)) : undefined);
  for (let next = joined(); next !== undefined; next = joined()) {
    symbol += `-${next}`;
    rest = rest.slice(1 + next.length);
  }
  if (rest === '-' || rest === '/') return { symbol: symbol + rest, open: true, rest: '' };
  return { symbol, open: false, rest: rest.trim() };
}

function toDocument(row: Row): ParsedAnnexDocument {
  if (row.open) throw new ReportShapeError(row.first, `the rest of the symbol ${row.symbol}`);
  const [firstCell = '', ...moreCells] = row.cells;
  const agenda = AGENDA_CELL.exec(firstCell);
  const agendaItems = agenda ? agenda[1]!.split(new RegExp(AGENDA_SEPARATOR)) : [];
  const title = joinLines([agenda ? firstCell.slice(agenda[0].length) : firstCell, ...moreCells]);
  if (title === '') throw new ReportShapeError(row.first, `a title for ${row.symbol}`);
  return {
    symbol: row.symbol,
    symbols: splitJointSymbol(row.symbol),
    agenda: agenda ? agenda[1]! : '',
    agendaItems,
    title,
  };
}
