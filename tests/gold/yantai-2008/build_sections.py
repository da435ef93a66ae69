#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of lawtext-sample/city/烟台市/2008.md.

Standard library only.  Writes sections.csv next to this script (no 名词解释 block, so no
glossary.csv).  Offsets are code points of the whole decoded file (UTF-8, no BOM, front matter
included).  Judgement calls: NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_REL = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
MAIN = _REL  # the repository root
SRC = os.path.join(MAIN, 'raw', 'lawtext-sample', 'city', '烟台市', '2008.md')
ENCODING = 'utf-8'
DOC_ID = 'lawtext-sample/city/烟台市/2008'
sys.path.insert(0, os.path.join(MAIN, 'tests', 'gold'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 13505, N
# the closing paragraph 各位代表，回顾过去，…建设文明富庶新烟台而努力奋斗！ ends the file; no junk
BODY_END = rstrip_end(N)
assert text[:BODY_END].endswith('建设文明富庶新烟台而努力奋斗！')

# 三、 and 四、: run-in （N） headings (`（一）标题。正文…` on one line), each one paragraph; heading =
# the text up to the first 。 (left out).  README refinement (rule 'para'): the last one is one
# paragraph too, so the closing words after 四、（五） belong to 四、 only.
H3 = [
    ('（一）', '推动自主创新，加强节能环保，转变经济发展方式'),
    ('（二）', '膨胀产业规模，增强竞争实力，加快建设先进制造业基地'),
    ('（三）', '打造优势板块，扩大消费需求，繁荣发展现代服务业'),
    ('（四）', '发展农村经济，改善农村环境，全面建设社会主义新农村'),
    ('（五）', '完善承载功能，繁荣城市经济，强化中心城市辐射带动能力'),
    ('（六）', '拓展发展领域，挖掘发展潜力，培育经济增长新优势'),
    ('（七）', '扩大引资规模，调整外贸结构，提高开放型经济水平'),
    ('（八）', '深化各项改革，创新体制机制，增强发展的动力和活力'),
    ('（九）', '发展社会事业，加强社会建设，巩固稳定和谐的良好局面'),
    ('（十）', '坚持以人为本，改善民生质量，认真解决关系群众切身利益的实际问题'),
]
H4 = [
    ('（一）', '提升思想境界，增强推动科学发展能力'),
    ('（二）', '改进公共管理，优化政务服务'),
    ('（三）', '加强法制建设，提高依法行政水平'),
    ('（四）', '转变工作作风，弘扬实干精神'),
    ('（五）', '强化廉政建设，维护政府良好形象'),
]
SPEC = [
    (1, '一、', '过去五年的政府工作', '一、过去五年的政府工作\n', 'next'),
    (1, '二、', '今后五年的发展任务', '二、今后五年的发展任务\n', 'next'),
    (1, '三、', '2008年政府工作安排', '三、2008年政府工作安排\n', 'next'),
]
SPEC += [(2, mk, h, '\n' + mk + h + '。', 'para') for mk, h in H3]
SPEC += [(1, '四、', '切实加强政府自身建设', '四、切实加强政府自身建设\n', 'next')]
SPEC += [(2, mk, h, '\n' + mk + h + '。', 'para') for mk, h in H4]
# anchors '\n（一）…。' are unique with the line break before them; the section starts after it
fixed = []
for item in SPEC:
    item = list(item)
    if item[3].startswith('\n'):
        item[3] = item[3][1:]
    fixed.append(tuple(item))
for item in SPEC:
    if item[3].startswith('\n'):
        find_unique(item[3])
rows = build_sections(fixed, BODY_END)
for r in rows:
    st = r['char_start']
    assert text[st - 1] == '\n', r
    if r['level'] == 1:
        assert text[st:line_end(st)] == r['marker'] + r['heading'], r
    else:
        # heading = text up to the first 。 of the run-in line
        assert text[st:line_end(st)].split('。')[0] == r['marker'] + r['heading'], r
        assert r['char_end'] == line_end(st), r  # one paragraph
lv = [r['level'] for r in rows]
assert (lv.count(1), lv.count(2), lv.count(3)) == (4, 15, 0)
# the README refinement only changes the last （N） of 四、: the closing words stay in 四、
assert rows[-1]['char_end'] < rows[-6]['char_end'] == BODY_END

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
