#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of lawtext-sample/city/镇江市/2021.md.

Standard library only.  Writes sections.csv next to this script (no 名词解释-type block, so no
glossary.csv).  Offsets are code points of the whole decoded file (UTF-8, front matter included).
Judgement calls: NOTES.md.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, '..', '..', '..')  # the repository root
SRC = os.path.join(MAIN, 'raw', 'lawtext-sample', 'city', '镇江市', '2021.md')
ENCODING = 'utf-8'
DOC_ID = 'lawtext-sample/city/镇江市/2021'
# The shared method: tests/gold/outline_gold.py.
sys.path.insert(0, os.path.join(HERE, '..'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 12839, N
BODY_END = rstrip_end(N)  # the closing 各位代表！百舸争流…100周年！ ends the file

# The report numbers no part (no 一、): its three slogan lines are the level-1 parts (README).
# Part 1 and part 2 list run-in items that are each one paragraph -> 'para' (README refinement:
# what follows the last item belongs to the part).  Part 3's run-in （一）… are each followed by
# more paragraphs -> 'next' (they run to the next heading, the last one to the end).
spec = [
    (1, None, '打赢收官战，全面建成小康社会胜利在望', '打赢收官战，全面建成小康社会胜利在望\n', 'next'),
    (2, '（一）', '决胜大疫大汛考验，经济运行稳中向好', '（一）决胜大疫大汛考验，经济运行稳中向好。', 'para'),
    (2, '（二）', '高举产业强市大旗，发展动能持续增强', '（二）高举产业强市大旗，发展动能持续增强。', 'para'),
    (2, '（三）', '补齐短板弱项，“攻坚战”取得重大成效', '（三）补齐短板弱项，“攻坚战”取得重大成效。', 'para'),
    (2, '（四）', '统筹城乡区域发展，功能品质不断提升', '（四）统筹城乡区域发展，功能品质不断提升。', 'para'),
    (2, '（五）', '深化改革开放，发展活力加速迸发', '（五）深化改革开放，发展活力加速迸发。', 'para'),
    (2, '（六）', '增进民生福祉，人民生活稳步改善', '（六）增进民生福祉，人民生活稳步改善。', 'para'),
    (1, None, '开启新征程，“十四五”宏伟目标催人奋进', '开启新征程，“十四五”宏伟目标催人奋进\n', 'next'),
    (3, '1．', '紧扣“双循环”，在服务构建新发展格局上取得新进展', '1．紧扣“双循环”，在服务构建新发展格局上取得新进展。', 'para'),
    (3, '2．', '紧扣“高质量”，在强化创新支撑、推动产业升级上取得新进展', '2．紧扣“高质量”，在强化创新支撑、推动产业升级上取得新进展。', 'para'),
    (3, '3．', '紧扣“高品质”，在兜牢基本民生保障前提下推动社会事业取得新进展', '3．紧扣“高品质”，在兜牢基本民生保障前提下推动社会事业取得新进展。', 'para'),
    (3, '4．', '紧扣“高效能”，在统筹发展和安全、化解重大风险上取得新进展', '4．紧扣“高效能”，在统筹发展和安全、化解重大风险上取得新进展。', 'para'),
    (3, '5．', '紧扣“一体化”，在优化区域布局、促进协调发展上取得新进展', '5．紧扣“一体化”，在优化区域布局、促进协调发展上取得新进展。', 'para'),
    (1, None, '奋战起步年，新征程新开局蹄疾步稳', '奋战起步年，新征程新开局蹄疾步稳\n', 'next'),
    (2, '（一）', '培育壮大新兴动能，厚植产业根基', '（一）培育壮大新兴动能，厚植产业根基。', 'next'),
    (2, '（二）', '整体推进改革开放，释放优势潜能', '（二）整体推进改革开放，释放优势潜能。', 'next'),
    (2, '（三）', '保护修复生态环境，建设美丽镇江', '（三）保护修复生态环境，建设美丽镇江。', 'next'),
    (2, '（四）', '全面推进乡村振兴，焕发乡村活力', '（四）全面推进乡村振兴，焕发乡村活力。', 'next'),
    (2, '（五）', '保障改善民生，共创幸福生活', '（五）保障改善民生，共创幸福生活。', 'next'),
    (2, '（六）', '加强自身建设，提高治理效能', '（六）加强自身建设，提高治理效能。', 'next'),
]
rows = build_sections(spec, BODY_END)
assert len(rows) == 20
for r in rows:
    st = r['char_start']
    if r['level'] == 1:  # slogan lines stand alone
        assert text[st:line_end(st)] == r['heading'] and text[st - 2:st] == '\n\n'
    else:  # run-in: heading = text up to the first 。
        assert text[st + len(r['marker']):].split('。')[0] == r['heading']
        assert text[st - 1] == '\n'

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
