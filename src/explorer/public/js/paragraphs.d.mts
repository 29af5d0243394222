// Types of paragraphs.mjs for the TypeScript that reads it (the tests).

export interface Stretch {
  start: number;
  end: number;
}

export declare function markedStretches(text: string, marks: readonly Partial<Stretch>[]): Stretch[];
