/** parseArea: the one reader of an A1 range, used by the placement plan and the add-in's insert checks. */
import { parseArea } from '../../src/core/grid';

test('a range, a single cell, absolute references and reversed corners', () => {
  expect(parseArea('B3:D9')).toEqual({ r1: 2, c1: 1, r2: 8, c2: 3 });
  expect(parseArea('C5')).toEqual({ r1: 4, c1: 2, r2: 4, c2: 2 });
  expect(parseArea('$A$1:$XFD$1048576')).toEqual({ r1: 0, c1: 0, r2: 1048575, c2: 16383 });
  expect(parseArea('D9:B3')).toEqual({ r1: 2, c1: 1, r2: 8, c2: 3 });
});

test('anything else is refused, not read as some other cell', () => {
  expect(() => parseArea('表1!A1')).toThrow();
  expect(() => parseArea('A1:')).toThrow();
});
