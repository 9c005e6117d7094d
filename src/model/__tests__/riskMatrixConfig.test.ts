import { defaultRiskMatrix } from '../riskMatrix';
import { parseRiskMatrix } from '../riskMatrixConfig';

const step = (value: number): { value: number; label: { 'sv-SE': string; 'en-US': string } } => ({ value, label: { 'sv-SE': `N${value}`, 'en-US': `L${value}` } });

describe("a region's own risk matrix", () => {
  it('defaults to 4 × 4 when nothing is stored', () => {
    expect(parseRiskMatrix(null)).toEqual({ matrix: defaultRiskMatrix, problem: null });
  });

  it('accepts a 5 × 5 matrix', () => {
    const five = [1, 2, 3, 4, 5].map(step);
    const { matrix, problem } = parseRiskMatrix(JSON.stringify({ probability: five, consequence: five }));
    expect(problem).toBeNull();
    expect(matrix.probability).toHaveLength(5);
    expect(matrix.levels).toEqual(defaultRiskMatrix.levels);
  });

  it('falls back with a reason on malformed settings', () => {
    expect(parseRiskMatrix('{').problem).toMatch(/not JSON/);
    expect(parseRiskMatrix(JSON.stringify({ probability: [step(2)], consequence: [] })).problem).toMatch(/scales/);
  });
});
