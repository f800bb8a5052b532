/** narrative/doubled: no word written twice in a row (“支出支出”). */
import rule from '../../../src/core/narrative/rules/doubled';
import { readFixture, shanghaiTables } from '../helpers';
import { jiangsuParagraphs, realLine, runNarrativeRule, withSlip } from '../rule-tester';

runNarrativeRule(rule, {
  valid: [
    // Whole real texts: 市客管处 2024, 万里街道 2025, the three Jiangsu 2019 texts.
    { name: '市客管处 2024 (150 lines)', text: readFixture('fixtures/xianning-2024-part3.txt') },
    { name: '万里街道 2025 (54 lines)', text: readFixture('fixtures/shanghai-2025-explanation.txt'), tables: shanghaiTables },
    { name: '中共江苏省委办公厅 2019', text: jiangsuParagraphs('swbgt').join('\n') },
    { name: '江苏省人大常委会办公厅 2019', text: jiangsuParagraphs('rdcwh').join('\n') },
    { name: '江苏省高级人民法院 2019', text: jiangsuParagraphs('gy').join('\n') },
  ],
  invalid: [
    {
      name: 'a word written twice',
      text: withSlip(realLine('xianning-2024-part3.txt', 34), '政府购买服务预算', '政府购买服务服务预算'),
      errors: [{ messageId: 'doubled', paragraph: 1, severity: 'warning', message: '说明中“服务服务”重复' }],
    },
    {
      name: 'once per paragraph for the same doubling, in its own paragraph',
      text: `${realLine('xianning-2024-part3.txt', 34)}\n本单位政府性基金支出支出 0 万元，支出支出与上年一致。`,
      errors: [{ messageId: 'doubled', paragraph: 2 }],
    },
  ],
});
