import { describe, expect, it } from 'vitest';
import { markedStretches } from '../../../src/explorer/public/js/paragraphs.mjs';

const TEXT = '她介绍了欧洲司法网的活动';

describe('the stretches the explorer marks in a paragraph', () => {
  it('are the spans in order, merged where they overlap or touch', () => {
    expect(
      markedStretches(TEXT, [
        { start: 8, end: 10 },
        { start: 4, end: 9 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 10 },
    ]);
  });

  it('leave out a span outside the text, empty, or without offsets', () => {
    expect(
      markedStretches(TEXT, [
        { start: 4, end: 40 },
        { start: -1, end: 2 },
        { start: 5, end: 5 },
        { start: 3 },
        { start: 4, end: 9 },
      ]),
    ).toEqual([{ start: 4, end: 9 }]);
    expect(TEXT.slice(4, 9)).toBe('欧洲司法网');
  });
});
