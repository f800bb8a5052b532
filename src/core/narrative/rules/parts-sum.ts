/** narrative/parts-sum: "共有车辆8辆，其中：…0辆、…8辆" — the parts listed after 其中 add up to the total. */
import Decimal from 'decimal.js';
import { d, NUM } from '../context';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/parts-sum',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '“其中”所列各项之和等于总数', en: 'The parts listed after “其中” add up to the total' },
  messages: pick('partsSum'),
  check(p, _ctx, report) {
    for (const m of p.text.matchAll(new RegExp(`${NUM}\\s*(万元|辆|个|台（套）|台\\(套\\))[，,]?\\s*其中[:：]([^；;。]+)`, 'g'))) {
      const unit = m[2];
      const parts = m[3].split('、');
      if (parts.length < 2 || /[，,比]/.test(m[3])) continue;
      const part = new RegExp(`^[^\\d]*?${NUM}\\s*${unit.replace(/[()]/g, '\\$&')}\\s*$`);
      const values = parts.map((x) => part.exec(x.trim()));
      if (values.some((v) => !v)) continue;
      const total = d(m[1]);
      const sum = values.reduce((acc, v) => acc.plus(d(v![1])), new Decimal(0));
      // Each figure stands for ±½ of its last decimal (none for whole numbers: vehicles, items).
      const decimals = Math.max(...[m[1], ...values.map((v) => v![1])].map((x) => (x.split('.')[1] ?? '').length));
      const tolerance =
        decimals === 0
          ? new Decimal(0)
          : new Decimal(10)
              .pow(-decimals)
              .div(2)
              .times(parts.length + 1);
      if (total.minus(sum).abs().gt(tolerance)) {
        const data = { total: m[1], unit, sum: sum.toFixed(), parts: values.map((v) => v![0].trim()).join('、') };
        report({
          messageId: 'partsSum',
          data,
          stage: 'partsSum',
          extra: { expected: sum.toFixed(), actual: total.toFixed(), difference: total.minus(sum).toFixed() },
        });
      }
    }
  },
});
