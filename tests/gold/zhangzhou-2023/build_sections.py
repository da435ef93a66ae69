#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of lawtext-sample/city/漳州市/2023.md.

Standard library only.  Writes sections.csv next to this script (no 名词解释 block, so no
glossary.csv).  Offsets are code points of the whole decoded file (UTF-8, no BOM, front matter
and Markdown markup included).  Judgement calls: NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_REL = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
MAIN = _REL  # the repository root
SRC = os.path.join(MAIN, 'raw', 'lawtext-sample', 'city', '漳州市', '2023.md')
ENCODING = 'utf-8'
DOC_ID = 'lawtext-sample/city/漳州市/2023'
# The shared method: tests/gold/outline_gold.py.
sys.path.insert(0, os.path.join(MAIN, 'tests', 'gold'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 16565, N
# the closing paragraph 各位代表，踔厉奋发向前进，…作出更大贡献！ ends the file (one final \n);
# no page junk
BODY_END = rstrip_end(N)
assert text[:BODY_END].endswith('作出更大贡献！')

H2 = [
    ('（一）', '着力扩大内需、激活动能，全力推动投资消费提升'),
    ('（二）', '着力突出工业、壮大产业，全力推动实体经济提升'),
    ('（三）', '着力打造平台、搭建载体，全力推动重点区域提升'),
    ('（四）', '着力挖潜增能、降本增效，全力推动发展质效提升'),
    ('（五）', '着力做优中心、做强县域，全力推动城市能级提升'),
    ('（六）', '着力全面振兴、全员组织，全力推动乡村品质提升'),
    ('（七）', '着力科教兴市、人才强市，全力推动创新驱动提升'),
    ('（八）', '着力深化改革、扩大开放，全力推动漳台融合提升'),
    ('（九）', '着力绿色发展、系统治理，全力推动生态效益提升'),
    ('（十）', '着力保障民生、增进福祉，全力推动美好生活提升'),
]
SPEC = [
    # level, marker, heading, anchor (begins with the marker), rule
    (1, '一、', '2022年工作回顾', '一、2022年工作回顾\n', 'next'),
    (1, '二、', '全力做好2023年工作', '二、全力做好2023年工作\n', 'next'),
]
# the （N） headings stand alone on their lines (no 。) and are followed by several paragraphs:
# each runs to the next heading
SPEC += [(2, mk, h, mk + h + '\n', 'next') for mk, h in H2]
SPEC += [(1, '三、', '建设新时代人民满意政府', '三、建设新时代人民满意政府\n', 'next')]
rows = build_sections(SPEC, BODY_END)
# every heading is a whole line
for r in rows:
    st = r['char_start']
    assert text[st - 1] == '\n' and text[st:line_end(st)] == r['marker'] + r['heading'], r
lv = [r['level'] for r in rows]
assert (lv.count(1), lv.count(2), lv.count(3)) == (3, 10, 0)

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
