import { wordsOfHocr } from './hocr';

const HOCR = `<?xml version="1.0" encoding="UTF-8"?>
<html><body>
  <div class='ocr_page' id='page_1' title='image "p.pgm"; bbox 0 0 1654 2339; ppageno 0; scan_res 200 200'>
   <div class='ocr_carea' id='block_1_1' title="bbox 396 175 1093 376">
    <p class='ocr_par' id='par_1_1' lang='vie' title="bbox 396 175 1093 287">
     <span class='ocr_line' id='line_1_1' title="bbox 396 175 1096 211; baseline -0.007 -6; x_size 32; x_descenders 6; x_ascenders 10">
      <span class='ocrx_word' id='word_1_1' title='bbox 396 181 454 205; x_wconf 96'>Chủ</span>
      <span class='ocrx_word' id='word_1_2' title='bbox 920 177 988 209; x_wconf 91'>&quot;Tập&amp;&#39;</span>
      <span class='ocrx_word' id='word_1_3' title='bbox 1000 177 1010 209; x_wconf 12'> </span>
     </span>
    </p>
   </div>
   <div class='ocr_carea' id='block_1_2' title="bbox 260 955 378 1005">
    <p class='ocr_par' id='par_1_2' lang='vie' title="bbox 260 955 378 1005">
     <span class='ocr_header' id='line_1_2' title="bbox 260 955 378 1001; baseline 0 -10; x_size 45; x_descenders 9; x_ascenders 11">
      <span class='ocrx_word' id='word_1_4' title='bbox 260 955 373 1001; x_wconf 86'><strong>QUÝ</strong></span>
     </span>
    </p>
   </div>
</div></body></html>`;

describe('wordsOfHocr', () => {
  it('reads each word with its box, confidence, and the baseline and size of its line', () => {
    expect(wordsOfHocr(HOCR)).toEqual([
      { text: 'Chủ', left: 396, top: 181, right: 454, bottom: 205, confidence: 96, baseline: 211 - 6 - 0.007 * (425 - 396), lineSize: 32, image: 0 },
      { text: '"Tập&\'', left: 920, top: 177, right: 988, bottom: 209, confidence: 91, baseline: 211 - 6 - 0.007 * (954 - 396), lineSize: 32, image: 0 },
      { text: 'QUÝ', left: 260, top: 955, right: 373, bottom: 1001, confidence: 86, baseline: 991, lineSize: 45, image: 0 },
    ]);
  });

  it('gives NFC text whatever normal form tesseract wrote', () => {
    const nfd = HOCR.replace('Chủ', 'Chủ'.normalize('NFD'));
    expect(wordsOfHocr(nfd)[0].text).toBe('Chủ'.normalize('NFC'));
  });

  it('numbers the images of a multi-image run, in order', () => {
    const page = (word: string) =>
      `<div class='ocr_page' id='page_1' title='image "c.pgm"; bbox 0 0 90 60'><span class='ocr_line' id='l' title="bbox 20 20 60 40; baseline 0 -2; x_size 30">` +
      `<span class='ocrx_word' id='w' title='bbox 20 20 40 40; x_wconf 90'>${word}</span></span></div>`;
    expect(wordsOfHocr(page('1.') + page('') + page('Văn')).map((word) => [word.text, word.image])).toEqual([['1.', 0], ['Văn', 2]]);
  });

  it('is empty for a page without words', () => {
    expect(wordsOfHocr("<div class='ocr_page' id='page_1' title='bbox 0 0 10 10'></div>")).toEqual([]);
  });
});
