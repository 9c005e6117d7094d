import { fieldsOf, schema } from '../schema';
import { defaultRiskMatrix, heatMap, riskLevel, riskValue, validateAssessment } from '../riskMatrix';
import { statusLegend } from '../statusLegend';

describe('the one schema', () => {
  it('gives every list a unique indexed key and unique titles', () => {
    const titles = Object.values(schema).map((l) => l.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const list of Object.values(schema)) {
      const key = (list.fields as Record<string, { internalName: string; indexed?: boolean; unique?: boolean }>).key;
      expect(key).toMatchObject({ internalName: 'IkKey', indexed: true, unique: true });
    }
  });

  it('uses language-neutral internal names, unique within each list', () => {
    for (const list of Object.values(schema)) {
      const names = fieldsOf(list as never).map(([, def]) => (def as { internalName: string }).internalName);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^(Title|Author|Ik[A-Za-z]+)$/);
    }
  });

  it('indexes every reference column of a list that can pass 5,000 items', () => {
    for (const list of Object.values(schema).filter((l) => l.large)) {
      for (const [property, def] of fieldsOf(list as never)) {
        if (String(property).endsWith('Key')) expect((def as { indexed?: boolean }).indexed).toBe(true);
      }
    }
  });
});

describe('risk matrix and legend', () => {
  it('scores probability × consequence into levels on the default 4 × 4 matrix', () => {
    expect(riskValue(3, 4)).toBe(12);
    expect(riskLevel(12)?.id).toBe('critical');
    expect(riskLevel(2)?.id).toBe('low');
    expect(riskValue(null, 2)).toBeNull();
    expect(defaultRiskMatrix.probability).toHaveLength(4);
  });

  it('rejects half or out-of-range assessments', () => {
    expect(validateAssessment(2, null)).toBe('assessmentIncomplete');
    expect(validateAssessment(5, 1)).toBe('assessmentOutOfRange');
    expect(validateAssessment(2, 3)).toBeNull();
  });

  it('counts items per heat map cell', () => {
    const base = { residualProbability: null, residualSeverity: null };
    const cells = heatMap([{ probability: 2, severity: 3, ...base }, { probability: 2, severity: 3, ...base }, { probability: null, severity: null, ...base }] as never);
    expect(cells.get('2x3')).toBe(2);
    expect(cells.size).toBe(1);
  });

  it("states the legend's meanings with the plan's year", () => {
    expect(statusLegend.map((s) => s.colour)).toEqual(['green', 'yellow', 'red']);
    expect(statusLegend[1].meaning(2026, 'sv-SE')).toContain('under 2026');
  });
});
