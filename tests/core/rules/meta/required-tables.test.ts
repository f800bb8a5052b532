import rule from '../../../../src/core/rules/meta/required-tables';
import { mendedGrid, run, seedGrid, sheet } from '../../helpers';

describe('meta/required-tables — all nine 附表', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: the seed lacks 7, 8, 9', async () => {
    expect(run(rule, await seedGrid()).map((f) => f.data.number)).toEqual(['7', '8', '9']);
  });
  test('a workbook with no budget table is reported as not understood, once', () => {
    const f = run(rule, {
      sheets: [
        sheet('Sheet1', [
          ['姓名', '金额'],
          ['张三', 12],
        ]),
      ],
    });
    expect(f).toHaveLength(1);
    expect(f[0].messageId).toBe('none');
  });
});
