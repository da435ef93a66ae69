//! Punctuation with a job: what ends a clause or a sentence, and what quotes a name.
//!
//! Reports mix full-width and ASCII punctuation, so every set holds both forms. The sets differ
//! on purpose, and each is named for what it is used for:
//!
//! - [`is_clause_mark`]: the marks between the clauses of a sentence (，；：。！？), where a
//!   time phrase or a project list stops;
//! - [`is_clause_break`]: those, and also line breaks and brackets, where the words around a
//!   figure stop (a bracketed remark is neither the figure's subject nor its unit);
//! - [`is_sentence_mark`]: the marks a sentence ends with (。！？；), kept with the sentence;
//! - [`is_quote_mark`] and [`is_title_mark`]: quotation and title marks, dropped where a term or
//!   a name is compared without them; [`QUOTE_PAIRS`]: the pairs that enclose a quotation or a
//!   title;
//! - [`is_bullet`]: marks that open a list item in place of a number (〇●◆■▲★·•).

/// Marks that open a list item in place of a number: ○〇●◆◇■□▲△★☆·•▪▶➢. (〇 is also the
/// numeral zero; callers take it for a bullet only where a number cannot stand, at the start of
/// an entry and before a non-digit.)
pub fn is_bullet(c: char) -> bool {
    matches!(c, '○' | '〇' | '●' | '◆' | '◇' | '■' | '□' | '▲' | '△' | '★' | '☆' | '·' | '•' | '▪' | '▶' | '➢')
}

/// Marks between the clauses of a sentence: ，,；;：:。！？!?
pub fn is_clause_mark(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '。' | '！' | '？' | '!' | '?')
}

/// The clause mark whose UTF-8 bytes `b` opens with, if any: ，；：！？ (EF BC 8C/9B/9A/81/9F)
/// and 。 (E3 80 82).
fn wide_clause_mark(b: &[u8]) -> Option<char> {
    match b {
        [0xEF, 0xBC, 0x8C, ..] => Some('，'),
        [0xEF, 0xBC, 0x9B, ..] => Some('；'),
        [0xEF, 0xBC, 0x9A, ..] => Some('：'),
        [0xEF, 0xBC, 0x81, ..] => Some('！'),
        [0xEF, 0xBC, 0x9F, ..] => Some('？'),
        [0xE3, 0x80, 0x82, ..] => Some('。'),
        _ => None,
    }
}

/// The first ASCII clause mark (,;:!?) of `b` at or after `from`, or `b.len()`.
fn next_ascii_clause_mark(b: &[u8], from: usize) -> usize {
    let hay = &b[from..];
    let three = memchr::memchr3(b',', b';', b':', hay);
    let two = memchr::memchr2(b'!', b'?', hay);
    three.into_iter().chain(two).min().map_or(b.len(), |k| from + k)
}

/// The clause marks of a text and their byte offsets, in order: `t.char_indices()` filtered
/// by [`is_clause_mark`], found by their bytes.
///
/// Sentences and clauses are cut at these marks, character by character, many times a
/// report. The wide marks all open with E3 or EF, bytes that only ever lead a character, and
/// are looked for by memchr; the ASCII ones (rare in Chinese text) by a second search, done
/// again only once passed.
pub fn clause_marks(t: &str) -> ClauseMarks<'_> {
    ClauseMarks { b: t.as_bytes(), i: 0, ascii: None }
}

/// The iterator of [`clause_marks`].
pub struct ClauseMarks<'a> {
    b: &'a [u8],
    i: usize,
    /// The next ASCII mark at or after `i` (`b.len()`: none), once looked for.
    ascii: Option<usize>,
}

impl Iterator for ClauseMarks<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let b = self.b;
        let ascii = match self.ascii {
            Some(a) if a >= self.i => a,
            _ => next_ascii_clause_mark(b, self.i.min(b.len())),
        };
        self.ascii = Some(ascii);
        while let Some(k) = memchr::memchr2(0xE3, 0xEF, &b[self.i.min(ascii)..ascii]) {
            let w = self.i + k;
            self.i = w + 3;
            if let Some(c) = wide_clause_mark(&b[w..]) {
                return Some((w, c));
            }
        }
        if ascii < b.len() {
            self.i = ascii + 1;
            return Some((ascii, char::from(b[ascii])));
        }
        self.i = b.len();
        None
    }
}

/// The first clause mark of a text and its byte offset (`t.char_indices().find(…)` by
/// [`is_clause_mark`]; see [`clause_marks`]).
pub fn first_clause_mark(t: &str) -> Option<(usize, char)> {
    clause_marks(t).next()
}

/// The last clause mark of a text and its byte offset (`t.char_indices().rfind(…)` by
/// [`is_clause_mark`]), found by its bytes from the end as [`clause_marks`] does from the start.
pub fn last_clause_mark(t: &str) -> Option<(usize, char)> {
    let b = t.as_bytes();
    let three = memchr::memrchr3(b',', b';', b':', b);
    let two = memchr::memrchr2(b'!', b'?', b);
    let ascii = three.into_iter().chain(two).max();
    let floor = ascii.map_or(0, |a| a + 1);
    let mut end = b.len();
    while let Some(k) = memchr::memrchr2(0xE3, 0xEF, &b[floor..end]) {
        let w = floor + k;
        if let Some(c) = wide_clause_mark(&b[w..]) {
            return Some((w, c));
        }
        end = w;
    }
    ascii.map(|a| (a, char::from(b[a])))
}

/// Characters that end a clause for the words before or after a figure: the clause marks, line
/// breaks, and brackets (（同比） after a figure is a remark, not its subject).
pub fn is_clause_break(c: char) -> bool {
    is_clause_mark(c) || matches!(c, '\n' | '\r' | '（' | '(' | '）' | ')')
}

/// Marks that end a sentence (the mark stays with its sentence): 。！？； and !?;. A colon or a
/// comma does not: the list after 主要目标是： belongs to its sentence.
pub fn is_sentence_mark(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

/// Quotation marks: “” ‘’ "" '' 「」 『』.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'' | '「' | '」' | '『' | '』')
}

/// Title marks: 《》 〈〉.
pub fn is_title_mark(c: char) -> bool {
    matches!(c, '《' | '》' | '〈' | '〉')
}

/// The opening and closing marks of a quotation or a title (“十四五”, 《三年行动计划》).
pub const QUOTE_PAIRS: &[(char, char)] =
    &[('“', '”'), ('《', '》'), ('「', '」'), ('『', '』'), ('‘', '’'), ('〈', '〉')];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_nest() {
        for c in "，,；;：:。！？!?".chars() {
            assert!(is_clause_mark(c) && is_clause_break(c), "{c}");
        }
        for c in "。！？；!?;".chars() {
            assert!(is_sentence_mark(c) && is_clause_mark(c), "{c}");
        }
        assert!(!is_sentence_mark('，') && !is_sentence_mark('：'));
        assert!(is_clause_break('（') && !is_clause_mark('（') && !is_clause_mark('、'));
        for &(o, c) in QUOTE_PAIRS {
            assert!(is_quote_mark(o) != is_title_mark(o) && is_quote_mark(c) != is_title_mark(c));
        }
    }

    /// The byte searches find the marks the character scan finds, forwards and backwards.
    #[test]
    fn clause_marks_by_bytes_are_the_character_scan() {
        let pieces = [
            "，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?", "、", "“", "（", "a", "é", "😀", "〇", "．",
            "﹐", "｡",
        ];
        let mut texts: Vec<String> =
            ('\u{0}'..='\u{3100}').chain('\u{fe00}'..='\u{ffff}').map(|c| format!("甲{c}乙")).collect();
        let mut seed = 11u64;
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..(seed % 60) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let k = (seed >> 33) as usize;
                t.push_str(if k.is_multiple_of(2) { pieces[k / 2 % pieces.len()] } else { "增长" });
            }
            texts.push(t);
        }
        for t in &texts {
            let want: Vec<(usize, char)> = t.char_indices().filter(|&(_, c)| is_clause_mark(c)).collect();
            assert_eq!(clause_marks(t).collect::<Vec<_>>(), want, "{t}");
            assert_eq!(first_clause_mark(t), want.first().copied(), "{t}");
            assert_eq!(last_clause_mark(t), want.last().copied(), "{t}");
        }
    }
}
