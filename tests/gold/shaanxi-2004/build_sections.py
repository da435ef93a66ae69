#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of lawtext-sample/provincial/陕西省/2004.md.

Standard library only.  Writes sections.csv next to this script (no 名词解释 block, so no
glossary.csv).  Offsets are code points of the whole decoded file (UTF-8, no BOM, front matter
and Markdown markup included).  Judgement calls: NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_REL = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
MAIN = _REL  # the repository root
SRC = os.path.join(MAIN, 'raw', 'lawtext-sample', 'provincial', '陕西省', '2004.md')
ENCODING = 'utf-8'
DOC_ID = 'lawtext-sample/provincial/陕西省/2004'
sys.path.insert(0, os.path.join(MAIN, 'tests', 'gold'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 16668, N
# the closing paragraph 各位代表，陕西作为革命老区，…再跨新台阶！ ends the file; no junk
BODY_END = rstrip_end(N)
assert text[:BODY_END].endswith('再跨新台阶！')

# eleven bold part headings `**一、…**` on their own lines; the section starts at the marker
# (after the opening **), its heading stops before the closing **.  No （一） level: the parts'
# paragraphs open with run-in paragraph heads (国民经济快速协调健康发展。 第一，… 在…上实现新突破。)
H1 = [
    ('一、', '过去一年工作的回顾'),
    ('二、', '用全面协调可持续的科学发展观统筹经济社会发展'),
    ('三、', '加快四大基地建设，促进三大区域协调发展'),
    ('四、', '以增加农民收入为目标，加大解决“三农”问题的力度'),
    ('五、', '走新型工业化道路，大力振兴装备制造业'),
    ('六、', '组织好国资国企改革攻坚战，放手发展非公有制经济'),
    # the source has a blank inside this heading (投资 对经济增长); kept as written
    ('七、', '坚持扩大内需的方针，实现消费和投资 对经济增长的有力拉动'),
    ('八、', '把改善投资环境作为生命线，全面提高对外对内开放水平'),
    ('九、', '做好就业和社会保障工作，不断改善群众生活'),
    ('十、', '实施科教兴陕、人才强省战略推动各项社会事业全面发展'),
    ('十一、', '大力弘扬求真务实精神，努力建设学习型服务型落实型政府'),
]
SPEC = [(1, mk, h, mk + h + '**\n', 'next') for mk, h in H1]
rows = build_sections(SPEC, BODY_END)
for r in rows:
    st = r['char_start']
    assert text[st - 3:st] == '\n**' and text[st:line_end(st)] == r['marker'] + r['heading'] + '**', r
    # the previous section ends before the next heading's **
    assert text[r['char_end']] == '\n', r
lv = [r['level'] for r in rows]
assert (lv.count(1), lv.count(2), lv.count(3)) == (11, 0, 0)

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
