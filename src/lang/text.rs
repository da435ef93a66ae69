//! The decoded text of one report and the offset arithmetic every stage shares.
//!
//! Stages work on `&str` with byte offsets (what `regex` and `aho-corasick` return); rows are
//! written with code-point offsets, as the contract requires (`text[char_start:char_end]` in
//! Python). [`Text::char_of`] converts, in O(log n), without copying the text.

use std::borrow::Cow;

use super::chars::is_blank;

/// A decoded report.
#[derive(Debug, Clone)]
pub struct Text {
    s: String,
    /// Byte offset of every 64th code point, for fast byte -> char conversion.
    checkpoints: Vec<usize>,
    n_chars: usize,
}

const STRIDE: usize = 64;

impl Text {
    /// Read by eight bytes a step: the characters that start in them are the bytes that are
    /// not continuation bytes (`10xxxxxx`), counted at once; only a step that holds a
    /// checkpoint (every [`STRIDE`]th character, about one step in twenty of Chinese text) is
    /// read byte by byte.
    pub fn new(s: String) -> Text {
        const HI: u64 = 0x8080_8080_8080_8080;
        let b = s.as_bytes();
        let mut checkpoints = Vec::with_capacity(s.len() / (STRIDE * 2) + 1);
        let mut n: usize = 0;
        let mut i = 0;
        let mut by_byte = |n: &mut usize, at: usize, x: u8| {
            if x & 0xc0 != 0x80 {
                if n.is_multiple_of(STRIDE) {
                    checkpoints.push(at);
                }
                *n += 1;
            }
        };
        while let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            // A continuation byte has its top bit set and the next one clear.
            // (Their flags, one bit a byte, summed into the top byte by one multiplication:
            // `count_ones` is a dozen instructions on a target without `popcnt`.)
            let continuations = (((w & !(w << 1) & HI) >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
            let starts = 8 - continuations;
            if n.next_multiple_of(STRIDE) >= n + starts {
                n += starts;
            } else {
                for (k, &x) in chunk.iter().enumerate() {
                    by_byte(&mut n, i + k, x);
                }
            }
            i += 8;
        }
        for (k, &x) in b[i..].iter().enumerate() {
            by_byte(&mut n, i + k, x);
        }
        Text { s, checkpoints, n_chars: n }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn len_chars(&self) -> usize {
        self.n_chars
    }

    /// Code-point offset of a byte offset (which must lie on a char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        if byte >= self.s.len() {
            return self.n_chars;
        }
        let k = match self.checkpoints.binary_search(&byte) {
            Ok(k) => return k * STRIDE,
            Err(k) => k - 1,
        };
        let from = self.checkpoints[k];
        k * STRIDE + self.s[from..byte].chars().count()
    }

    /// Byte offset of a code-point offset.
    pub fn byte_of(&self, ch: usize) -> usize {
        if ch >= self.n_chars {
            return self.s.len();
        }
        let from = self.checkpoints[ch / STRIDE];
        let rest = ch % STRIDE;
        self.s[from..].char_indices().nth(rest).map_or(self.s.len(), |(b, _)| from + b)
    }
}

/// A line of the text, without its line break, as byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
}

impl Line {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
    /// The line with blanks trimmed on both sides, as a byte range.
    pub fn trimmed(&self, s: &str) -> Line {
        let t = &s[self.start..self.end];
        let lead = t.len() - t.trim_start_matches(is_blank).len();
        let t2 = t.trim_end_matches(is_blank);
        Line { start: self.start + lead, end: self.start + t2.len().max(lead) }
    }
    pub fn is_blank(&self, s: &str) -> bool {
        self.text(s).chars().all(is_blank)
    }
}

/// Split the text into lines at `\n`, `\r\n` and lone `\r`.
pub fn lines(s: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut start = 0;
    while let Some(i) = find_either(b, start, b'\n', b'\r') {
        out.push(Line { start, end: i });
        start = i + if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
    }
    if start < b.len() {
        out.push(Line { start, end: b.len() });
    }
    out
}

/// Byte offset of the first `x` or `y` in `b` at or after `from`.
///
/// Line breaks are looked for in every report end to end, several times: memchr's search on
/// vector lanes (the eight-bytes-a-step search it replaces took about one instruction a byte).
pub fn find_either(b: &[u8], from: usize, x: u8, y: u8) -> Option<usize> {
    memchr::memchr2(x, y, b.get(from..)?).map(|k| from + k)
}

/// Whether `t` holds one of the characters `cs`, each of three bytes in UTF-8 (ideographs and
/// CJK punctuation: 等, 、, “): `t.contains(cs)`, read by its bytes.
///
/// `str::contains` with a set of characters decodes every character of the text and compares
/// it with each of the set in turn; the projects stage asks this of most clauses. A byte that
/// leads a three-byte character (E0–EF) never stands inside one, so three bytes equal to a
/// character's encoding are that character and no other; every byte is read with no early
/// exit, a loop the compiler turns into vector compares (as [`super::chars::has_inline_space`]).
/// Always inlined, with the keys encoded by [`utf8_3`]: the callers' characters are constants,
/// so the keys fold into the compares (encoded at run time by `char::encode_utf8`, they were a
/// fifth of the cost; session 23, perf25).
#[inline(always)]
pub fn holds_any3<const N: usize>(t: &str, cs: [char; N]) -> bool {
    let keys = cs.map(utf8_3);
    let b = t.as_bytes();
    if b.len() < 3 {
        return false;
    }
    b[2..].iter().zip(&b[1..]).zip(b).fold(false, |hit, ((&x, &p), &q)| {
        hit | keys.iter().fold(false, |h, k| h | ((q == k[0]) & (p == k[1]) & (x == k[2])))
    })
}

/// The UTF-8 bytes of a character of three bytes (U+0800 to U+FFFF), by shifts and masks: a
/// `const fn` the compiler folds for a constant character, where `char::encode_utf8` branches
/// on the length.
#[inline(always)]
const fn utf8_3(c: char) -> [u8; 3] {
    let u = c as u32;
    debug_assert!(u >= 0x800 && u <= 0xffff, "not a character of three bytes");
    [0xe0 | (u >> 12) as u8, 0x80 | ((u >> 6) & 0x3f) as u8, 0x80 | (u & 0x3f) as u8]
}

/// Whether `t` holds `w`: `t.contains(w)`, found by memchr on the last byte of `w`'s first
/// character and a comparison there.
///
/// The rules ask whether a clause, a run or a line holds a word or a character (期, “, 等,
/// 由), mostly of a short text that does not. The standard library's substring search sets up
/// a Two-Way searcher for a text too short for its vector search, a few hundred instructions
/// a question; a byte search costs a few dozen. (A match of the bytes of `w` in UTF-8 text is
/// a match of `w`, as `str::contains` is a byte search too.)
pub fn holds(t: &str, w: &str) -> bool {
    find(t, w).is_some()
}

/// Byte offset of the first `w` in `t`: `t.find(w)`, by the search of [`holds`].
pub fn find(t: &str, w: &str) -> Option<usize> {
    if w.is_empty() {
        return Some(0);
    }
    starts_of(t, w).next()
}

/// How many times `c` stands in `t`: `t.matches(c).count()`, by the search of [`find_char`].
pub fn count_char(t: &str, c: char) -> usize {
    starts_of(t, c.encode_utf8(&mut [0; 4])).count()
}

/// Byte offsets where a non-empty `w` starts in `t`, first to last: memchr finds the last byte of
/// `w`'s first character, and the bytes before and after it are compared there. (Overlapping
/// matches of a word of several characters are all yielded; a character cannot overlap itself.)
fn starts_of<'a>(t: &'a str, w: &'a str) -> impl Iterator<Item = usize> + 'a {
    let k = w.chars().next().map_or(0, char::len_utf8);
    let (b, wb) = (t.as_bytes(), w.as_bytes());
    memchr::memchr_iter(wb[k - 1], b)
        .filter_map(move |i| (i + 1).checked_sub(k))
        .filter(move |&from| b.get(from..).is_some_and(|r| r.starts_with(wb)))
}

/// Byte offset of the first `c` in `t`: `t.find(c)`, found by memchr on vector lanes.
///
/// `str::find` with a character searches for its last byte with the standard library's
/// `memchr`, eight bytes a step, and for an ideograph or a full-width mark (：（年、) that
/// byte is a continuation byte, which about one character in thirty of Chinese text also
/// holds: the search stops and starts again every few dozen bytes. The rules ask it of whole
/// sentences and subjects (the colon of a lead-in, the bracket of an aside): about 95 M
/// instructions over raw/ (session 24, perf26).
pub fn find_char(t: &str, c: char) -> Option<usize> {
    find(t, c.encode_utf8(&mut [0; 4]))
}

/// `t.starts_with(w)`, with the first three bytes of both compared in place first.
///
/// The rules try word lists one word at a time (`list.iter().any(|w| t.starts_with(w))`), and
/// a comparison of two slices of any length is a call to `memcmp`; most words of a list differ
/// from the text in their first character, three bytes for an ideograph, which a fixed-size
/// comparison refuses without the call (session 20, perf22).
#[inline]
pub fn opens_with(t: &str, w: &str) -> bool {
    match (t.as_bytes().first_chunk::<3>(), w.as_bytes().first_chunk::<3>()) {
        (Some(a), Some(b)) if a != b => false,
        _ => t.starts_with(w),
    }
}

/// `t.ends_with(w)`, with the last three bytes of both compared in place first (see
/// [`opens_with`]).
#[inline]
pub fn closes_with(t: &str, w: &str) -> bool {
    match (t.as_bytes().last_chunk::<3>(), w.as_bytes().last_chunk::<3>()) {
        (Some(a), Some(b)) if a != b => false,
        _ => t.ends_with(w),
    }
}

/// Whether `t` holds the character `c` ([`holds`]).
pub fn holds_char(t: &str, c: char) -> bool {
    holds(t, c.encode_utf8(&mut [0; 4]))
}

/// The longest sentence, in bytes (about 1,000 ideographs; the longest in the reports we have
/// is 540). A text without sentence marks (a page scraped onto one line) would otherwise be
/// one sentence, and every figure in it would carry, and search, all of it.
pub const MAX_SENTENCE_BYTES: usize = 3072;

/// `t` up to at most a sentence's length ([`MAX_SENTENCE_BYTES`], cut at a character boundary):
/// what a rule reading on from a point to the next clause mark may search, so that a text without
/// marks costs it no more than a sentence (session 25).
pub fn within_a_sentence(t: &str) -> &str {
    let mut end = t.len().min(MAX_SENTENCE_BYTES);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    &t[..end]
}

/// Sentence spans (byte offsets, blanks trimmed) of a range: split after the sentence marks
/// 。！？；!?; ([`super::marks::is_sentence_mark`]; the mark stays with its sentence) and at line
/// breaks. A sentence longer than [`MAX_SENTENCE_BYTES`] is cut after its last ， before that
/// length (or at the length, when it has none).
pub fn sentences(s: &str, range: std::ops::Range<usize>) -> Vec<Line> {
    let mut out = Vec::new();
    for line in lines(&s[range.clone()]) {
        let base = range.start;
        let mut st = base + line.start;
        // The marks by their bytes (ASCII, or 。 E3 80 82 and ！？； EF BC 81/9F/9B): a byte
        // E3 or EF always leads a character, so no decoding is needed to find them, and the
        // characters between them are skipped by memchr, not stepped over one by one.
        let b = &s.as_bytes()[..base + line.end];
        let mut i = base + line.start;
        // End of the last ， (EF BC 8C) of the current sentence, where an overlong one is cut.
        let mut comma = None;
        // The next ASCII mark of the line (rare in Chinese text: looked for once a line).
        let mut ascii = None;
        while i < b.len() {
            // Cut before a character (at most 4 bytes) could take the sentence over the limit.
            if i + 4 > st + MAX_SENTENCE_BYTES {
                let cut = comma.filter(|&c| c > st).unwrap_or(i);
                push_trimmed(&mut out, s, st, cut);
                st = cut;
                comma = None;
            }
            // Every character before `stop` is below the limit; the next one that is a mark or
            // a comma opens with E3, EF or an ASCII mark.
            // (Right after a cut the current character may already be past it: read as is.)
            let stop = (st + MAX_SENTENCE_BYTES - 3).min(b.len());
            if i < stop {
                if ascii.is_none_or(|a| a < i) {
                    ascii = Some(memchr::memchr3(b'!', b'?', b';', &b[i..]).map_or(b.len(), |k| i + k));
                }
                let wide = memchr::memchr2(0xE3, 0xEF, &b[i..stop]).map_or(stop, |k| i + k);
                let next = wide.min(ascii.unwrap_or(b.len()));
                if next >= stop {
                    // No mark below the limit: on to the first character at or after it.
                    i = (stop..b.len()).find(|&k| !is_continuation(b[k])).unwrap_or(b.len());
                    continue;
                }
                i = next;
            }
            if b[i] == 0xEF && b.get(i + 1..i + 3) == Some(&[0xBC, 0x8C]) {
                comma = Some(i + 3);
            }
            let len = match b[i] {
                b'!' | b'?' | b';' => 1,
                0xE3 if b[i + 1..].starts_with(&[0x80, 0x82]) => 3,
                0xEF if matches!(b[i + 1..], [0xBC, 0x81 | 0x9F | 0x9B, ..]) => 3,
                // Step over the whole character (its first byte says how long it is).
                x => {
                    i += match x {
                        0..0x80 => 1,
                        0x80..0xE0 => 2,
                        0xE0..0xF0 => 3,
                        _ => 4,
                    };
                    continue;
                }
            };
            push_trimmed(&mut out, s, st, i + len);
            i += len;
            st = i;
        }
        push_trimmed(&mut out, s, st, base + line.end);
    }
    out
}

/// A UTF-8 continuation byte (`10xxxxxx`): never the first byte of a character.
fn is_continuation(x: u8) -> bool {
    x & 0xC0 == 0x80
}

fn push_trimmed(out: &mut Vec<Line>, s: &str, start: usize, end: usize) {
    let l = Line { start, end }.trimmed(s);
    if l.end > l.start {
        out.push(l);
    }
}

/// Remove letter spacing: 政 府 工 作 报 告 -> 政府工作报告, 名 词 解 释 -> 名词解释.
///
/// Stages squeeze whole lines, most of which have no blank inside: the runs between blanks
/// are copied as slices, not pushed character by character. A line whose blanks are all at
/// its ends (the 　　 a paragraph opens with) is its trimmed self (no copy). Read by bytes:
/// only ASCII and five lead bytes can open a blank ([`may_open_blank`]), and the two of them
/// CJK punctuation starts with (E3, EF) open one blank each, told by its bytes
/// ([`blank_len`]), so the characters of most lines are not decoded.
pub fn squeeze(s: &str) -> Cow<'_, str> {
    let s = s.trim_matches(is_blank);
    let b = s.as_bytes();
    let mut out: Option<String> = None;
    let (mut from, mut i) = (0, 0);
    while i < b.len() {
        let x = b[i];
        let len = if may_open_blank(x) { blank_len(s, i) } else { 0 };
        if len > 0 {
            out.get_or_insert_with(|| String::with_capacity(s.len())).push_str(s.get(from..i).unwrap_or_default());
            i += len;
            from = i;
            continue;
        }
        // Step over the whole character (its first byte says how long it is).
        i += match x {
            0..0x80 => 1,
            0x80..0xe0 => 2,
            0xe0..0xf0 => 3,
            _ => 4,
        };
    }
    match out {
        None => Cow::Borrowed(s),
        Some(mut out) => {
            out.push_str(s.get(from..).unwrap_or_default());
            Cow::Owned(out)
        }
    }
}

/// The length in bytes of the blank character ([`is_blank`]) at byte `i` of `s`, or 0.
#[inline]
fn blank_len(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    match b[i] {
        // U+3000 (E3 80 80) and U+FEFF (EF BB BF): the only blanks these lead bytes open.
        0xe3 => 3 * usize::from(b.get(i + 1..i + 3) == Some(&[0x80, 0x80])),
        0xef => 3 * usize::from(b.get(i + 1..i + 3) == Some(&[0xbb, 0xbf])),
        x if may_open_blank(x) => {
            s.get(i..).and_then(|rest| rest.chars().next()).filter(|&c| is_blank(c)).map_or(0, char::len_utf8)
        }
        _ => 0,
    }
}

/// Whether a byte of UTF-8 can open a blank character ([`is_blank`]): ASCII, or the lead
/// byte of U+0080–U+00BF (C2), U+1000–U+3FFF (E1–E3) or U+F000–U+FFFF (EF). (A test checks
/// every character.)
fn may_open_blank(x: u8) -> bool {
    x < 0x80 || matches!(x, 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef)
}

#[cfg(test)]
mod tests {
    /// `holds_any3` answers as `str::contains` with a set of characters does: at the start, in
    /// the middle and at the end of a text, beside characters that share bytes with the set's
    /// (等 E7 AD 89 beside 筹 E7 AD B9; ” E2 80 9D beside “ E2 80 9C), in short texts and in texts
    /// without any.
    #[test]
    fn holds_any3_is_contains() {
        let sets: [[char; 3]; 3] = [['等', '“', '”'], ['、', '和', '及'], ['期', '“', 'Ⅱ']];
        let texts = [
            "",
            "等",
            "ab",
            "a等",
            "等a",
            "统筹推进",
            "“十百千万”工程",
            "十百千万”",
            "医院、学校",
            "和若铁路",
            "及时",
            "二期工程",
            "一批重大项目加快推进",
            "建成 后 将成为全球最大的足球场。",
            "Ⅱ期",
            "€∈≠",
        ];
        for set in sets {
            for t in texts {
                assert_eq!(super::holds_any3(t, set), t.contains(set), "{t} {set:?}");
            }
        }
        let four = ['、', '和', '及', '”'];
        for t in texts {
            assert_eq!(super::holds_any3(t, four), t.contains(four), "{t}");
        }
    }

    /// `holds` answers as `str::contains` does, and `find` as `str::find`, for every word cut from
    /// the texts and for words they do not hold.
    #[test]
    fn holds_is_contains() {
        let texts = [
            "",
            "期",
            "二期工程",
            "“十百千万”工程",
            "G331改扩建",
            "由11.66亿元增至",
            "abc",
            "建成后将成为全球最大的足球场。",
            "今年要办好八件实事：（1）新建学校、医院；（2）五年新增就业：",
        ];
        let mut words: Vec<String> =
            vec![String::new(), "期".into(), "“".into(), "等".into(), "由".into(), "分别".into(), "c".into()];
        for t in texts {
            let cs: Vec<(usize, char)> = t.char_indices().collect();
            for i in 0..cs.len() {
                for j in i + 1..=cs.len().min(i + 3) {
                    let end = cs.get(j).map_or(t.len(), |&(k, _)| k);
                    words.push(t[cs[i].0..end].to_string());
                }
            }
        }
        for t in texts {
            for w in &words {
                assert_eq!(super::holds(t, w), t.contains(w.as_str()), "{t} {w}");
                assert_eq!(super::find(t, w), t.find(w.as_str()), "{t} {w}");
                // (And the list tests: as `starts_with` and `ends_with`, also for the texts'
                // own words, their starts and ends.)
                for x in [t, w.as_str()] {
                    assert_eq!(super::opens_with(x, w), x.starts_with(w.as_str()), "{x} {w}");
                    assert_eq!(super::closes_with(x, w), x.ends_with(w.as_str()), "{x} {w}");
                    assert_eq!(super::opens_with(w, x), w.starts_with(x), "{w} {x}");
                    assert_eq!(super::closes_with(w, x), w.ends_with(x), "{w} {x}");
                }
            }
            for c in "期“等由Gc程。：（）年、".chars() {
                assert_eq!(super::holds_char(t, c), t.contains(c), "{t} {c}");
                assert_eq!(super::find_char(t, c), t.find(c), "{t} {c}");
                assert_eq!(super::count_char(t, c), t.matches(c).count(), "{t} {c}");
            }
        }
    }

    use super::*;

    #[test]
    fn char_byte_roundtrip() {
        let s: String = "增长8.8%，地区生产总值310.4亿元\n".repeat(40);
        let t = Text::new(s.clone());
        for (n, (b, _)) in s.char_indices().enumerate() {
            assert_eq!(t.char_of(b), n);
            assert_eq!(t.byte_of(n), b);
        }
        assert_eq!(t.char_of(s.len()), s.chars().count());
    }

    /// The checkpoints read by eight bytes a step are those of a walk over the characters.
    #[test]
    fn checkpoints_are_every_64th_character() {
        let mut s = String::new();
        for (k, c) in "a政😀é\n。b".chars().cycle().take(3000).enumerate() {
            s.push(c);
            let t = Text::new(s.clone());
            let want: Vec<usize> = s.char_indices().map(|(b, _)| b).step_by(STRIDE).collect();
            assert_eq!((t.checkpoints, t.n_chars), (want, k + 1));
        }
    }

    /// The splitter as it stepped over every character (before the marks were found by
    /// memchr): the oracle of `sentences`.
    fn sentences_by_characters(s: &str, range: std::ops::Range<usize>) -> Vec<Line> {
        let mut out = Vec::new();
        for line in lines(&s[range.clone()]) {
            let base = range.start;
            let mut st = base + line.start;
            let b = &s.as_bytes()[..base + line.end];
            let mut i = base + line.start;
            let mut comma = None;
            while i < b.len() {
                if i + 4 > st + MAX_SENTENCE_BYTES {
                    let cut = comma.filter(|&c| c > st).unwrap_or(i);
                    push_trimmed(&mut out, s, st, cut);
                    st = cut;
                    comma = None;
                }
                if b[i] == 0xEF && b.get(i + 1..i + 3) == Some(&[0xBC, 0x8C]) {
                    comma = Some(i + 3);
                }
                let len = match b[i] {
                    b'!' | b'?' | b';' => 1,
                    0xE3 if b[i + 1..].starts_with(&[0x80, 0x82]) => 3,
                    0xEF if matches!(b[i + 1..], [0xBC, 0x81 | 0x9F | 0x9B, ..]) => 3,
                    x => {
                        i += match x {
                            0..0x80 => 1,
                            0x80..0xE0 => 2,
                            0xE0..0xF0 => 3,
                            _ => 4,
                        };
                        continue;
                    }
                };
                push_trimmed(&mut out, s, st, i + len);
                i += len;
                st = i;
            }
            push_trimmed(&mut out, s, st, base + line.end);
        }
        out
    }

    /// Sentences found by memchr are the ones stepping over every character finds: marks of
    /// both kinds, line breaks, overlong sentences cut at a comma or at a character of any
    /// length, wherever the range starts.
    #[test]
    fn sentences_agree_with_the_character_scan() {
        let pieces = ["甲", "，", "。", "!", "；", "、", "a", "é", "😀", "“", "（", "\n", "\r\n", " ", "　", "?", "！"];
        let mut seed = 7u64;
        let mut texts = vec![
            "实施重点项目120个，新建道路35公里，".repeat(400),
            "甲乙丙丁".repeat(1500),
            "ab".repeat(3000),
            format!("{}😀{}", "甲".repeat(1023), "乙，".repeat(900)),
            format!("{}{}", "é".repeat(1534), "甲".repeat(1200)),
        ];
        for _ in 0..300 {
            let mut t = String::new();
            let n = (seed % 3000) as usize;
            for _ in 0..n {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let k = (seed >> 33) as usize;
                t.push_str(if k.is_multiple_of(3) { pieces[k / 3 % pieces.len()] } else { "乙" });
            }
            texts.push(t);
        }
        for t in &texts {
            for from in [0, t.char_indices().nth(1).map_or(0, |(i, _)| i)] {
                assert_eq!(sentences(t, from..t.len()), sentences_by_characters(t, from..t.len()));
            }
        }
    }

    #[test]
    fn sentences_split_after_marks_and_lines() {
        let s = "甲增长5%；乙下降3%。\r\n丙\n";
        let got: Vec<&str> = sentences(s, 0..s.len()).iter().map(|l| l.text(s)).collect();
        assert_eq!(got, vec!["甲增长5%；", "乙下降3%。", "丙"]);
    }

    #[test]
    fn find_either_agrees_with_a_plain_search() {
        let s = "甲\n乙乙乙乙乙乙乙\r\n丙\r丁丁丁丁丁丁丁丁丁丁丁丁\n\n戊";
        let b = s.as_bytes();
        for from in 0..=b.len() + 2 {
            let want = b.iter().enumerate().skip(from).find(|(_, c)| matches!(c, b'\n' | b'\r')).map(|(i, _)| i);
            assert_eq!(find_either(b, from, b'\n', b'\r'), want, "from {from}");
            let want = b.iter().enumerate().skip(from).find(|(_, c)| **c == b'\n').map(|(i, _)| i);
            assert_eq!(find_either(b, from, b'\n', b'\n'), want, "from {from}");
        }
        let got: Vec<&str> = lines(s).iter().map(|l| l.text(s)).collect();
        assert_eq!(got, vec!["甲", "乙乙乙乙乙乙乙", "丙", "丁丁丁丁丁丁丁丁丁丁丁丁", "", "戊"]);
    }

    #[test]
    fn sentences_find_every_mark() {
        let s = " 甲！乙?丙;丁？戊；己。庚｡辛\r\n　壬!\n癸";
        let got: Vec<&str> = sentences(s, 1..s.len()).iter().map(|l| l.text(s)).collect();
        assert_eq!(got, vec!["甲！", "乙?", "丙;", "丁？", "戊；", "己。", "庚｡辛", "壬!", "癸"]);
    }

    /// The byte scanner splits after exactly the characters `is_sentence_mark` names (ASCII
    /// punctuation, general and CJK punctuation, full-width forms).
    #[test]
    fn sentences_split_at_the_sentence_marks() {
        let candidates = ('!'..='~').chain('\u{2000}'..='\u{30ff}').chain('\u{ff00}'..='\u{ffef}');
        for c in candidates {
            let s = format!("甲{c}乙");
            let split = sentences(&s, 0..s.len()).len() == 2;
            assert_eq!(split, super::super::marks::is_sentence_mark(c), "{c:?}");
        }
    }

    /// A page scraped onto one line, without sentence marks: its sentences stay short (cut
    /// after a ， when there is one) and still cover the whole line.
    #[test]
    fn overlong_sentences_are_cut() {
        for s in ["实施重点项目120个，新建道路35公里，".repeat(2000), "甲乙丙丁".repeat(3000), "ab".repeat(5000)]
        {
            let got = sentences(&s, 0..s.len());
            assert!(got.len() > 1);
            assert_eq!((got[0].start, got.last().unwrap().end), (0, s.len()));
            for w in got.windows(2) {
                assert_eq!(w[0].end, w[1].start);
            }
            for l in &got {
                assert!(l.end - l.start <= MAX_SENTENCE_BYTES, "{} bytes", l.end - l.start);
                if s.contains('，') && l.end < s.len() {
                    assert!(l.text(&s).ends_with('，'), "{}", l.text(&s));
                }
            }
        }
        // Short ones are left alone.
        let s = "甲，".repeat(500);
        assert_eq!(sentences(&s, 0..s.len()).len(), 1);
    }

    #[test]
    fn every_blank_opens_with_a_byte_squeeze_reads() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10ffff).filter_map(char::from_u32).filter(|&c| is_blank(c)) {
            assert!(may_open_blank(c.encode_utf8(&mut buf).as_bytes()[0]), "{c:?}");
        }
        assert_eq!(squeeze("a\u{feff}b\u{200b}c\u{a0}d\u{2029}e\u{1680}f\u{85}g"), "abcdefg");
        assert!(matches!(squeeze("政府，工作。报告"), Cow::Borrowed(_)));
    }

    /// Squeezing by bytes removes exactly the characters `is_blank` names, wherever they
    /// stand, and borrows a line whose blanks are all at its ends.
    #[test]
    fn squeeze_removes_exactly_the_blanks() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            for s in [format!("甲{c}乙"), format!("{c}甲"), format!("甲{c}"), format!("{c}")] {
                let want: String = s.chars().filter(|&x| !is_blank(x)).collect();
                assert_eq!(squeeze(&s), want, "{c:?}");
            }
        }
        assert!(matches!(squeeze("　　政府工作报告。 \r"), Cow::Borrowed("政府工作报告。")));
    }

    #[test]
    fn squeeze_removes_fullwidth_spaces() {
        assert_eq!(squeeze("政 府 工 作 报 告"), "政府工作报告");
        assert_eq!(squeeze("名\u{3000}词　解 释"), "名词解释");
    }
}
