import { describe, expect, it } from 'vitest';
import { tidyName } from '../../src/lib/display-name';

describe('names tidied for display', () => {
  it.each([
    ["  jamie   o'neil ", "Jamie O'Neil"],
    ['ben carter', 'Ben Carter'],
    ['anne-marie  dubois', 'Anne-Marie Dubois'],
    ['d’arcy', 'D’Arcy'],
    ['élodie dupré', 'Élodie Dupré'],
    ['ANA', 'ANA'],
    ['McKenzie   Lowe', 'McKenzie Lowe'],
    ['ludwig van Beethoven', 'ludwig van Beethoven'],
    ['\tsam\n', 'Sam'],
    ['李 小龍', '李 小龍'],
    ['', ''],
    ['   ', ''],
    ["it's sam", "It's Sam"],
  ])('%j → %j', (typed, shown) => {
    expect(tidyName(typed)).toBe(shown);
  });
});
