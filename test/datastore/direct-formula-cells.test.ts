import { directPlan, ShapeChecker } from '../../src/modules/datastore/ingestion/direct-copy';

/** The direct road tells, as it streams, whether the served CSV must be written (OWASP CSV injection). */
describe('the direct road notices formula-like text cells', () => {
  const plan = directPlan(
    {
      fields: [
        { name: 'ma', type: 'integer' },
        { name: 'ten', type: 'string' },
        { name: 'so', type: 'number' },
      ],
    },
    ['ma', 'ten', 'so'],
  )!;
  const comma = ','.charCodeAt(0);
  const quote = '"'.charCodeAt(0);

  function seen(...chunks: string[]): boolean {
    const checker = new ShapeChecker(plan.shapes, comma, quote, 2);
    for (const chunk of chunks) checker.check(Buffer.from(chunk));
    checker.finish();
    return checker.formulaCell;
  }

  it.each([
    ['plain text and a negative number', ['1,Phan Rang,-3.5\n2,Ninh Hải,4\n'], false],
    ['a text cell starting with =', ['1,=HYPERLINK("x"),1\n'], true],
    ['a quoted text cell starting with @', ['1,"@SUM(A1)",1\n'], true],
    ['a quoted tab first', ['1,"\tx",1\n'], true],
    ['a - inside a text cell, not first', ['1,Tháp-Chàm,1\n'], false],
    ['a formula cell cut between two chunks', ['1,Phan Rang,1\n2,', '+84912345678,2\n'], true],
    ['a quote cut from its first character', ['1,"', '=1+1",1\n'], true],
    ['an empty text cell then a number', ['1,,-2\n'], false],
  ])('%s', (_case, chunks, expected) => {
    expect(seen(...chunks)).toBe(expected);
  });
});
