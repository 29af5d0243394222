const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral from 一 to 九十九 (chapter ordinals); undefined for anything else. */
export function chineseNumeralValue(numeral: string): number | undefined {
  const digit = DIGITS[numeral];
  if (digit !== undefined) return digit;
  const match = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(numeral);
  if (!match) return undefined;
  const [, tens = '', units = ''] = match;
  return (tens === '' ? 1 : DIGITS[tens]!) * 10 + (units === '' ? 0 : DIGITS[units]!);
}
