#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of provinces-2025/2025年吉林省政府工作报告.docx.

Standard library only.  Writes sections.csv next to this script (no 名词解释 block, so no
glossary.csv).  Offsets count the text gwr reads from word/document.xml (DATASET.md "Input"):
every w:p in document order joined by \\n, each the concatenation of the w:t of its runs
(w:br -> \\n, w:tab -> \\t), read with the same code as tests/gold/jilin-2025/build_gold.py.
Judgement calls: NOTES.md.
"""
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
_REL = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
MAIN = _REL  # the repository root
SRC = os.path.join(MAIN, 'raw', 'provinces-2025', '2025年吉林省政府工作报告.docx')
DOC_ID = 'provinces-2025/2025年吉林省政府工作报告'
sys.path.insert(0, os.path.join(MAIN, 'tests', 'gold'))
import outline_gold  # noqa: E402

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    paras = []
    for p in root.iter(W + 'p'):
        # this file has no text boxes, so no paragraph sits inside another one
        assert not list(p.iter(W + 'txbxContent'))
        buf = []
        for r in p.iter(W + 'r'):  # runs only: w:tab inside w:pPr/w:tabs is a tab stop
            for el in r:
                if el.tag == W + 't':
                    buf.append(el.text or '')
                elif el.tag == W + 'br':
                    buf.append('\n')
                elif el.tag == W + 'tab':
                    buf.append('\t')
        paras.append(''.join(buf))
    return '\n'.join(paras)


# outline_gold.init reads a plain-text file; for the .docx its globals are set directly
outline_gold.text = docx_text(SRC)
outline_gold.N = len(outline_gold.text)
outline_gold.HERE, outline_gold.DOC_ID = HERE, DOC_ID
from outline_gold import *  # noqa: E402,F401,F403

assert N == 10421 and text.count('\n') == 68, (N, text.count('\n'))  # 69 paragraphs
# the closing paragraph 为政之要，重在实干。…明显进位。 is the last paragraph; no junk after it
BODY_END = rstrip_end(N)
assert BODY_END == N and text.endswith('推动吉林高质量发展明显进位。')

# 二、's （一）…（八） are run-in (`（一）标题。正文…` in one paragraph), each followed by several
# paragraphs (大力提振消费。… 提高投资效益。…): each runs to the next heading; heading = the
# text up to the first 。 (left out)
H2 = [
    ('（一）', '聚焦全方位扩大国内需求，着力促消费扩投资'),
    ('（二）', '聚焦科技创新和产业创新融合发展，着力建设现代化产业体系'),
    ('（三）', '聚焦扛稳国家粮食安全重任，着力加快高水平农业强省建设'),
    ('（四）', '聚焦增强发展内生动力，着力推动进一步全面深化改革'),
    ('（五）', '聚焦稳外贸、稳外资，着力扩大高水平开放合作'),
    ('（六）', '聚焦更好统筹发展和安全，着力防范化解重点领域风险'),
    ('（七）', '聚焦巩固拓展生态优势，着力促进全面绿色转型'),
    ('（八）', '聚焦保障和改善民生，着力增强人民群众获得感幸福感安全感'),
]
SPEC = [
    (1, '一、', '2024年工作回顾', '一、2024年工作回顾\n', 'next'),
    (1, '二、', '2025年工作安排', '二、2025年工作安排\n', 'next'),
]
SPEC += [(2, mk, h, mk + h + '。', 'next') for mk, h in H2]
SPEC += [(1, '三、', '锲而不舍加强政府自身建设', '三、锲而不舍加强政府自身建设\n', 'next')]
rows = build_sections(SPEC, BODY_END)
for r in rows:
    st = r['char_start']
    assert text[st - 1] == '\n', r
    line = text[st:line_end(st)]
    if r['level'] == 1:
        assert line == r['marker'] + r['heading'], r
    else:
        assert line.split('。')[0] == r['marker'] + r['heading'], r
        assert r['char_end'] > line_end(st), r  # more paragraphs than the heading's own
lv = [r['level'] for r in rows]
assert (lv.count(1), lv.count(2), lv.count(3)) == (3, 8, 0)

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
