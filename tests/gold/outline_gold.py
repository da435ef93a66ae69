"""The shared method of the outline golds' build_sections.py scripts (session 12): anchors that
must occur once, spans to the next heading of the same or a higher level, the glossary's
entries and first uses, and the CSV layout of the seed gold (UTF-8 with BOM, CRLF).

A script calls `init` with its report, then uses the functions and `text`/`N` of this module
(`from outline_gold import *` after `init`). Standard library only."""
import csv
import os

text = ''
N = 0
HERE = ''
DOC_ID = ''


def init(src, encoding, here, doc_id):
    """Read the report as gwr counts it: the whole decoded file, BOM removed, nothing else changed."""
    global text, N, HERE, DOC_ID
    raw = open(src, 'rb').read()
    text = raw.decode(encoding)
    if text.startswith('\ufeff'):
        text = text[1:]
    N = len(text)
    HERE, DOC_ID = here, doc_id


WS = ' \t\r\n\u3000'


def find_unique(s, start=0, end=None):
    end = N if end is None else end
    i = text.find(s, start, end)
    assert i >= 0, 'not found: %r' % s
    j = text.find(s, i + 1, end)
    assert j < 0, 'anchor not unique: %r (at %d and %d)' % (s, i, j)
    return i


def rstrip_end(end):
    while end > 0 and text[end - 1] in WS:
        end -= 1
    return end


def line_end(pos):
    e = text.find('\n', pos)
    return N if e < 0 else e


def line_start(pos):
    return text.rfind('\n', 0, pos) + 1


def build_sections(spec, body_end):
    """spec: list of (level, marker, heading, anchor, rule[, heading_anchor]).
    anchor: a unique string that begins with the marker (or with the heading when the marker is
    null); rule 'next' = runs to the next heading of the same or a higher level (or body_end),
    'para' = a run-in heading whose section is its single paragraph (README refinement)."""
    rows = []
    starts = []
    for item in spec:
        level, marker, heading, anchor, rule = item[:5]
        st = find_unique(anchor)
        if len(item) > 5:  # heading on its own line after the marker (annex title)
            assert text.startswith(marker, st)
            h = find_unique(item[5])
            assert text[st + len(marker):h].strip(WS + '*') == '', text[st:h]
            assert text.startswith(heading, h)
        else:
            assert text.startswith((marker or '') + heading, st), (text[st:st + 40], marker, heading)
        starts.append(st)
    assert starts == sorted(starts), 'spec not in reading order'
    for k, item in enumerate(spec):
        level, marker, heading, anchor, rule = item[:5]
        st = starts[k]
        if rule == 'para':
            en = rstrip_end(line_end(st))
        else:
            nxt = body_end
            for k2 in range(k + 1, len(spec)):
                if spec[k2][0] <= level:
                    nxt = starts[k2]
                    # markup before the next marker on its line (the ** of a bold heading)
                    # belongs to that heading line, not to this section
                    ls = line_start(nxt)
                    if text[ls:nxt].strip(WS + '*#>') == '':
                        nxt = ls
                    break
            en = rstrip_end(nxt)
        assert st < en <= body_end
        parent = None
        for k2 in range(k - 1, -1, -1):
            if spec[k2][0] < level:
                parent = k2 + 1
                break
        rows.append(dict(section_id=k + 1, parent_id=parent, level=level, marker=marker,
                         heading=heading, char_start=st, char_end=en))
    # a child lies inside its parent
    for r in rows:
        if r['parent_id']:
            p = rows[r['parent_id'] - 1]
            assert p['char_start'] < r['char_start'] and r['char_end'] <= p['char_end'], (r, p)
    return rows


QUOTES = '“”‘’"\''


def build_glossary(entry_starts, block_end, body_before):
    """entry_starts: offsets of each entry's term (after its number); body_before: the body text
    ends here (start of the glossary block/annex) for first_use."""
    body = text[:body_before]
    nq_chars, nq_map = [], []
    for i, ch in enumerate(body):
        if ch not in QUOTES:
            nq_chars.append(ch)
            nq_map.append(i)
    body_nq = ''.join(nq_chars)
    out = []
    for k, st in enumerate(entry_starts):
        nxt = line_start(entry_starts[k + 1]) if k + 1 < len(entry_starts) else block_end
        en = rstrip_end(nxt)
        entry = text[st:en]
        c = entry.find('：')
        assert c > 0, entry[:40]
        term = entry[:c]
        definition = entry[c + 1:].strip(WS)
        t_nq = ''.join(ch for ch in term if ch not in QUOTES)
        j = body_nq.find(t_nq)
        out.append(dict(term=term, definition=definition, char_start=st, char_end=en,
                        first_use=nq_map[j] if j >= 0 else None))
    return out


def write_csv(name, cols, rows):
    path = os.path.join(HERE, name + '.csv')
    with open(path, 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(cols)
        for r in rows:
            r = dict(r, doc_id=DOC_ID)
            w.writerow(['' if r.get(c) is None else str(r.get(c)) for c in cols])
    return path


SEC_COLS = ['doc_id', 'section_id', 'parent_id', 'level', 'marker', 'heading', 'char_start', 'char_end']
GLO_COLS = ['doc_id', 'term', 'definition', 'char_start', 'char_end', 'first_use']
