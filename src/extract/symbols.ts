/** UN document symbols: slash-separated parts such as "CTOC/COP/WG.3/2012/CRP.1" or "E/CN.15/2012/1". */
const SYMBOL_SOURCE = String.raw`[A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.]*[A-Za-z0-9])+`;

const BARE_SYMBOL = new RegExp(`^${SYMBOL_SOURCE}$`);
const LEADING_SYMBOL = new RegExp(`^${SYMBOL_SOURCE}`);
/** A hyphen joins two symbols of one joint document ("CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4"). */
const JOINT_HYPHEN = new RegExp(`-(?=${SYMBOL_SOURCE})`);

export const isBareSymbol = (text: string): boolean => BARE_SYMBOL.test(text);

/** The symbol at the start of `text`, if any. */
export function leadingSymbol(text: string): string | undefined {
  return LEADING_SYMBOL.exec(text)?.[0];
}

/** The individual symbols of a joint symbol, or the symbol alone. */
export function splitJointSymbol(symbol: string): string[] {
  return symbol.split(JOINT_HYPHEN);
}
