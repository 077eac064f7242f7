import { htmlToPlanText } from './html-to-plan-text';
import { expectConsistentPlanText } from '../testing/expect-consistent-plan-text';

const paragraphsOf = (html: string): Array<[string, string | undefined]> => {
  const planText = htmlToPlanText(html);
  expectConsistentPlanText(planText);
  return planText.blocks.map((block) => [
    planText.text.slice(block.start, block.end),
    block.kind === 'paragraph' ? block.style : 'table',
  ]);
};

const cellsOf = (html: string): string[][] => {
  const planText = htmlToPlanText(html);
  expectConsistentPlanText(planText);
  const table = planText.blocks.find((block) => block.kind === 'table');
  if (!table || table.kind !== 'table') throw new Error('no table');
  return table.rows.map((row) => row.cells.map((cell) => planText.text.slice(cell.start, cell.end)));
};

describe('htmlToPlanText', () => {
  it.each([
    ['paragraphs and headings', '<h1>KẾ HOẠCH</h1><p><strong>I. MỤC ĐÍCH</strong></p>', [['KẾ HOẠCH', 'h1'], ['I. MỤC ĐÍCH', undefined]]],
    ['entities', '<p>Tom &amp; Jerry &lt;b&gt; &quot;x&quot; &#39;y&#39; &#x1EA0;</p>', [['Tom & Jerry <b> "x" \'y\' Ạ', undefined]]],
    ['a soft line break', '<p>Nơi nhận:<br />- Như trên;</p>', [['Nơi nhận:\n- Như trên;', undefined]]],
    ['empty paragraphs', '<p></p><p> </p><p>Nội dung</p>', [['Nội dung', undefined]]],
    [
      'numbered and bulleted lists',
      '<ol><li>Một<ol><li>Một a</li></ol></li><li>Hai</li></ol><ul><li>Gạch</li></ul>',
      [['Một', 'ol:1'], ['Một a', 'ol:1;level:2'], ['Hai', 'ol:2'], ['Gạch', 'ul']],
    ],
  ])('reads %s', (_what, html, expected) => {
    expect(paragraphsOf(html)).toEqual(expected);
  });

  it('keeps a table with merged group rows, cell paragraphs and lists in cells', () => {
    const html =
      '<table><tr><td><p>TT</p></td><td><p>Nội dung</p></td><td><p>Đơn vị</p></td></tr>' +
      '<tr><td colspan="3"><p><strong>QUÝ I</strong></p></td></tr>' +
      '<tr><td><p>1</p></td><td><ul><li>Hoàn thiện hồ sơ.</li><li>- Trình khen thưởng</li></ul></td>' +
      '<td><p>- Hội đồng TĐKT Sở;</p><p>- Văn phòng.</p></td></tr>' +
      '<tr><td><p>2</p></td><td><ol><li>Bước một</li><li>Bước hai</li></ol></td><td></td></tr></table>';
    expect(cellsOf(html)).toEqual([
      ['TT', 'Nội dung', 'Đơn vị'],
      ['QUÝ I'],
      ['1', '- Hoàn thiện hồ sơ. - Trình khen thưởng', '- Hội đồng TĐKT Sở; - Văn phòng.'],
      ['2', '1. Bước một 2. Bước hai', ''],
    ]);
    const planText = htmlToPlanText(html);
    const table = planText.blocks[0];
    expect(table.kind === 'table' && table.rows[1].cells[0].colSpan).toBe(3);
  });

  it('flattens a nested table into its cell', () => {
    expect(cellsOf('<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>')).toEqual([
      ['a b', 'c'],
    ]);
  });
});
