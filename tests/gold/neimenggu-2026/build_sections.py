#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of provinces-2026/2026年内蒙古自治区政府工作报告.txt.

Standard library only.  Writes sections.csv next to this script (the report has an annex, 2026年
自治区民生实事, but no 名词解释-type block, so no glossary.csv).  Offsets are code points of the
whole decoded file (UTF-8, no BOM; the scraped page's junk lines included).  Judgement calls:
NOTES.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_REL = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
MAIN = _REL  # the repository root
SRC = os.path.join(MAIN, 'raw', 'provinces-2026', '2026年内蒙古自治区政府工作报告.txt')
ENCODING = 'utf-8'
DOC_ID = 'provinces-2026/2026年内蒙古自治区政府工作报告'
sys.path.insert(0, os.path.join(MAIN, 'tests', 'gold'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 16428, N
# The report (its annex included) ends with the annex's item 10.; the last line 相关报道： is the
# page's junk (README: the report ends at the first short line only a web page has).
JUNK = find_unique('\n相关报道：') + 1
assert text[JUNK:].strip() == '相关报道：'
BODY_END = rstrip_end(JUNK)
assert text[:BODY_END].endswith('实施物业服务质量提升行动（牵头单位：住建厅）。')

SPEC = [
    # level, marker, heading, anchor (begins with the marker, or with the heading when the marker
    # is null), rule
    # unnumbered part headings (README: short lines that name a part, level 1, null marker)
    (1, None, '“十四五”时期发展成就和2025年工作回顾', '“十四五”时期发展成就和2025年工作回顾\n', 'next'),
    (1, None, '“十五五”时期主要目标和2026年重点工作', '“十五五”时期主要目标和2026年重点工作\n', 'next'),
    (1, '一、', '把铸牢中华民族共同体意识作为民族地区各项工作的主线', '一、把铸牢中华民族共同体意识', 'next'),
    (2, '（一）', '加强中华民族共有精神家园建设', '（一）加强中华民族共有精神家园建设。', 'next'),
    (2, '（二）', '促进各民族广泛交往交流交融', '（二）促进各民族广泛交往交流交融。', 'next'),
    (2, '（三）', '健全贯彻主线要求制度机制', '（三）健全贯彻主线要求制度机制。', 'next'),
    (1, '二、', '深化落实习近平总书记和党中央赋予的五大战略定位和使命任务', '二、深化落实习近平总书记', 'next'),
    (2, '（一）', '坚持生态优先、绿色发展，筑牢我国北方重要生态安全屏障', '（一）坚持生态优先、绿色发展，', 'next'),
    (2, '（二）', '更好统筹发展和安全，筑牢祖国北疆安全稳定屏障', '（二）更好统筹发展和安全，', 'next'),
    (2, '（三）', '大力发展现代能源经济，建设国家重要能源和战略资源基地', '（三）大力发展现代能源经济，', 'next'),
    (2, '（四）', '加快农牧业转型发展，建设国家重要农畜产品生产基地', '（四）加快农牧业转型发展，', 'next'),
    (2, '（五）', '以创建中国（内蒙古）自由贸易试验区为牵引，打造我国向北开放重要桥头堡', '（五）以创建中国（内蒙古）', 'next'),
    (1, '三、', '全力抓好七项重点工作', '三、全力抓好七项重点工作\n', 'next'),
    # （一） stands alone on its line (ending in 。) and is followed by 一要/二要/三要 paragraphs
    (2, '（一）', '立足壮大实体经济，建设体现内蒙古特色优势的现代化产业体系', '（一）立足壮大实体经济，', 'next'),
    (2, '（二）', '大力推进创新驱动，因地制宜加快高水平科技自立自强', '（二）大力推进创新驱动，', 'next'),
    (2, '（三）', '更加注重内需主导，深度对接全国统一大市场', '（三）更加注重内需主导，', 'next'),
    (2, '（四）', '持续深化改革攻坚，构建高水平社会主义市场经济体制', '（四）持续深化改革攻坚，', 'next'),
    (2, '（五）', '优化区域经济布局，提升协调发展水平', '（五）优化区域经济布局，', 'next'),
    (2, '（六）', '繁荣发展社会主义文化，建设文化强区', '（六）繁荣发展社会主义文化，', 'next'),
    (2, '（七）', '始终坚持民生为大，不断加大保障和改善民生力度', '（七）始终坚持民生为大，', 'next'),
    (1, '四、', '把坚持党的全面领导贯穿政府工作各方面全过程', '四、把坚持党的全面领导', 'next'),
    # the annex: marker 附件 alone on its line, its title on the next line; nothing inside it
    # (the items 1.…10.) is a section
    (1, '附件', '2026年自治区民生实事', '\n附件\n', 'next', '\n2026年自治区民生实事\n'),
]
fixed = []
for item in SPEC:
    item = list(item)
    for k in (3, 5):
        if len(item) > k and item[k].startswith('\n'):
            find_unique(item[k])          # unique with its line break
            item[k] = item[k][1:]
    fixed.append(tuple(item))
# '附件\n' and '2026年自治区民生实事\n' must be unique without the context too
rows = build_sections(fixed, BODY_END)
for r in rows:
    st = r['char_start']
    assert text[st - 1] == '\n', r
    line = text[st:line_end(st)]
    if r['marker'] == '附件':
        assert line == '附件' and text[line_end(st) + 1:].startswith(r['heading'] + '\n')
    elif r['level'] == 1:
        assert line == (r['marker'] or '') + r['heading'], r   # a whole line, no 。
    else:
        # heading = the text up to the first 。 (left out)
        assert line.split('。')[0] == r['marker'] + r['heading'], r
lv = [r['level'] for r in rows]
assert (lv.count(1), lv.count(2), lv.count(3)) == (7, 15, 0)
# the run-in （N） of 一、 and 二、 and （二）…（七） of 三、 are one paragraph each: 'next' ends them at
# their line's end, so the README refinement ('para') would give the same spans
for r in rows:
    if r['level'] == 2 and not r['heading'].startswith('立足壮大'):
        assert r['char_end'] == line_end(r['char_start']), r

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
