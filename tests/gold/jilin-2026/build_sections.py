#!/usr/bin/env python3
"""Hand annotation (blind) of the outline of provinces-2026/2026年吉林省政府工作报告.txt.

Standard library only.  Writes sections.csv next to this script (no 名词解释-type block, so no
glossary.csv).  The file is a scraped page (UTF-8): offsets count code points of the whole
decoded file, page junk included; the body ends with the closing paragraph, before 相关报道：.
Judgement calls: NOTES.md.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, '..', '..', '..')  # the repository root
SRC = os.path.join(MAIN, 'raw', 'provinces-2026', '2026年吉林省政府工作报告.txt')
ENCODING = 'utf-8'
DOC_ID = 'provinces-2026/2026年吉林省政府工作报告'
# The shared method: tests/gold/outline_gold.py.
sys.path.insert(0, os.path.join(HERE, '..'))
import outline_gold  # noqa: E402

outline_gold.init(SRC, ENCODING, HERE, DOC_ID)
from outline_gold import *  # noqa: E402,F401,F403

assert N == 13691, N
JUNK = find_unique('\n相关报道：') + 1
assert text[JUNK:].strip(WS) == '相关报道：'
BODY_END = rstrip_end(JUNK)  # end of 进位突破正当时，…更大的贡献！

spec = [
    (1, '一、', '工作回顾', '一、工作回顾\n', 'next'),
    (1, '二、', '2026年工作安排', '二、2026年工作安排\n', 'next'),
    (2, '（一）', '促进消费投资良性互动，主动服务融入新发展格局', '（一）促进消费投资良性互动，主动服务融入新发展格局。', 'next'),
    (2, '（二）', '培育壮大实体经济，构建吉林特色现代化产业体系', '（二）培育壮大实体经济，构建吉林特色现代化产业体系。', 'next'),
    (2, '（三）', '全面提升自主创新能力，引领发展新质生产力', '（三）全面提升自主创新能力，引领发展新质生产力。', 'next'),
    (2, '（四）', '锚定农业农村现代化，加快建设农业强省', '（四）锚定农业农村现代化，加快建设农业强省。', 'next'),
    (2, '（五）', '突出经济体制改革牵引作用，扩大更高水平对外开放', '（五）突出经济体制改革牵引作用，扩大更高水平对外开放。', 'next'),
    (2, '（六）', '坚持民生为大，用心用情用力增进人民福祉', '（六）坚持民生为大，用心用情用力增进人民福祉。', 'next'),
    (2, '（七）', '统筹生态环境保护，厚植绿色低碳发展底色', '（七）统筹生态环境保护，厚植绿色低碳发展底色。', 'next'),
    (2, '（八）', '更好统筹发展和安全，以新安全格局保障新发展格局', '（八）更好统筹发展和安全，以新安全格局保障新发展格局。', 'next'),
    (1, '三、', '“十五五”时期主要目标任务', '三、“十五五”时期主要目标任务\n', 'next'),
    # run-in, each one paragraph: the closing “十五五”规划纲要，… paragraph belongs to 三、 only
    (2, '（一）', '“十五五”发展目标', '（一）“十五五”发展目标。', 'para'),
    (2, '（二）', '重点任务', '（二）重点任务。', 'para'),
    (1, '四、', '全面提升政府治理效能', '四、全面提升政府治理效能\n', 'next'),
]
rows = build_sections(spec, BODY_END)
assert len(rows) == 14
for r in rows:
    st = r['char_start']
    assert text[st - 1] == '\n'
    if r['level'] == 2:  # run-in: heading = text up to the first 。
        assert text[st + len(r['marker']):].split('。')[0] == r['heading']
    else:
        assert text[st:line_end(st)] == r['marker'] + r['heading']

for r in rows:
    print(r['section_id'], r['parent_id'], r['level'], r['marker'], r['heading'], r['char_start'], r['char_end'],
          repr(text[r['char_start']:r['char_start'] + 12]), '…', repr(text[r['char_end'] - 12:r['char_end']]))
write_csv('sections', SEC_COLS, rows)
