//! Character classes of Chinese running text.
//!
//! One definition each, so that two stages never disagree about what a blank, a digit or an
//! ideograph is.

/// Characters that count as blank around lines: ASCII white space, full-width space (U+3000),
/// no-break space and zero-width characters that scraped pages leave behind.
pub fn is_blank(c: char) -> bool {
    // (No white space is above U+3000: an ideograph, asked of every character of some scans,
    // is refused by one comparison.)
    if c > '\u{3000}' {
        return c == '\u{feff}';
    }
    c.is_whitespace() || matches!(c, '\u{3000}' | '\u{a0}' | '\u{200b}')
}

/// A space within a line: the ASCII space, the ideographic space or a no-break space (never a
/// line break or a tab). Some published texts set one between a number and its unit.
pub fn is_inline_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}')
}

/// Whether `t` holds an [`is_inline_space`] character, read by its bytes: the projects stage
/// asks this of every clause and the subjects of every figure, and a byte test costs less than
/// decoding each character. In UTF-8 the space is the byte 0x20, U+3000 the bytes E3 80 80 and
/// U+A0 the bytes C2 A0; E3 and C2 only ever lead a character, so a continuation byte (80, A0)
/// after them is that character and no other.
pub fn has_inline_space(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() < 3 {
        return t.contains(is_inline_space);
    }
    // Whether the byte `x`, after `p` after `q`, ends one of the three. (Every byte is read,
    // with no early exit: a loop the compiler turns into vector compares, 16 bytes a step.)
    let ends =
        |x: u8, p: u8, q: u8| (x == b' ') | ((x == 0x80) & (p == 0x80) & (q == 0xE3)) | ((x == 0xA0) & (p == 0xC2));
    let head = b[0] == b' ' || b[1] == b' ' || (b[0] == 0xC2 && b[1] == 0xA0);
    head || b[2..].iter().zip(&b[1..]).zip(b).fold(false, |hit, ((&x, &p), &q)| hit | ends(x, p, q))
}

/// The length in bytes of the one inline space `t` opens with (0 when it opens with none): the
/// space some texts set between a number, its unit and its qualifier.
pub fn one_space(t: &str) -> usize {
    t.chars().next().filter(|&c| is_inline_space(c)).map_or(0, char::len_utf8)
}

/// A CJK ideograph (the letters of running text, as opposed to punctuation and digits): the
/// unified block and extension A.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// A decimal digit, ASCII or full-width (１．加快…). Reports mix both; other scripts' digits
/// never occur in them and are not digits here.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_blank('\u{3000}') && is_blank('\u{feff}') && !is_blank('一'));
        assert!(is_han('一') && is_han('\u{3400}') && !is_han('，') && !is_han('〇'));
        assert!(is_digit('7') && is_digit('９') && !is_digit('七') && !is_digit('٣'));
    }

    /// The byte test answers what a test of every character answers: on each character alone,
    /// between ideographs, and after the characters whose last bytes are 80 or A0 (、 is E3 80 81,
    /// 怀 E6 80 80, Ġ C4 A0).
    #[test]
    fn inline_space_by_bytes() {
        let pad = ["", "一", "、", "怀", "\u{120}", "a", "\u{3001}\u{80}"];
        for c in (0..0x11000u32).filter_map(char::from_u32) {
            for p in pad {
                let t = format!("{p}{c}{p}");
                assert_eq!(has_inline_space(&t), t.contains(is_inline_space), "{t:?}");
            }
        }
    }

    /// The early refusal above U+3000 answers what the full test answers, for every character.
    #[test]
    fn blank_refused_early_as_the_full_test_refuses() {
        let full = |c: char| c.is_whitespace() || matches!(c, '\u{3000}' | '\u{a0}' | '\u{200b}' | '\u{feff}');
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_blank(c), full(c), "{c:?}");
        }
    }

    /// No ideograph is numeric in Unicode's sense (〇 is not an ideograph here), so "numeric
    /// and not Han" is just "numeric" for the ideographs: a check callers may rely on.
    #[test]
    fn no_ideograph_is_numeric() {
        for c in ('\u{3400}'..='\u{4dbf}').chain('\u{4e00}'..='\u{9fff}') {
            assert!(!c.is_numeric(), "{c:?}");
        }
    }
}
