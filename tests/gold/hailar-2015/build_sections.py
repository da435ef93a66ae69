#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of hailar/海拉尔区政府工作报告-2015.txt.

Standard library only.  Writes sections.csv next to this script (no 名词解释 block, so no
glossary.csv).  Offsets are code points of the whole decoded file: GBK, decoded as gb18030,
CRLF line ends kept (each counts 2), no BOM.  Judgement calls: NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_REL = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
MAIN = _REL  # the repository root
SRC = os.path.join(MAIN, 'raw', 'hailar', '海拉尔区政府工作报告-2015.txt')
ENCODING = 'gb18030'
DOC_ID = 'hailar/海拉尔区政府工作报告-2015'
sys.path.insert(0, os.path.join(MAIN, 'tests', 'gold'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 9769, N
assert text.count('\r\n') == 61 and '\ufffd' not in text
# the closing paragraph 各位代表，当前我区…做出新贡献。 ends the file, with no final line break
BODY_END = rstrip_end(N)
assert BODY_END == N and text.endswith('文明、和谐的海拉尔做出新贡献。')

# Every heading line is indented with two U+3000; the section starts at the marker.  The （N）
# headings stand alone on their lines (no 。) and run to the next heading.
H1a = [
    ('（一）', '县域经济实力稳步提升'),
    ('（二）', '产业结构不断优化'),
    ('（三）', '城市建设全面加快'),
    ('（四）', '民生保障和社会服务水平显著提高'),
    ('（五）', '政府自身建设进一步加强'),
]
H2a = [
    ('（一）', '狠抓投资融资和项目建设，保持经济稳定增长'),
    ('（二）', '积极调整经济结构，发展壮大县域经济'),
    ('（三）', '统筹推进城乡一体化，加快区域中心城市建设'),
    ('（四）', '加强生态文明建设，筑牢生态安全屏障'),
    ('（五）', '深化改革开放，激发经济社会发展活力'),
    ('（六）', '着力保障和改善民生，稳步提高人民生活质量'),
    ('（七）', '大力发展社会事业，不断提升公共服务水平'),
    ('（八）', '加强社会管理创新，促进社会和谐稳定'),
    ('（九）', '全面抓好迎会工作，推进经济社会协调发展'),
    ('（十）', '加强自身建设，全面提升依法行政能力'),
]
SPEC = [(1, '一、', '2014年工作回顾', '一、2014年工作回顾\r\n', 'next')]
SPEC += [(2, mk, h, mk + h + '\r\n', 'next') for mk, h in H1a]
SPEC += [(1, '二、', '2015年工作安排', '二、2015年工作安排\r\n', 'next')]
SPEC += [(2, mk, h, mk + h + '\r\n', 'next') for mk, h in H2a]
rows = build_sections(SPEC, BODY_END)
for r in rows:
    st = r['char_start']
    assert text[st - 4:st] == '\r\n\u3000\u3000', r
    assert text[st:line_end(st)] == r['marker'] + r['heading'] + '\r', r
lv = [r['level'] for r in rows]
assert (lv.count(1), lv.count(2), lv.count(3)) == (2, 15, 0)

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
