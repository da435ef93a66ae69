//! Repairs of a source's typography that would otherwise lose figures, applied after decoding.
//!
//! Each repair keeps every character's byte and code-point offset (it swaps one character for
//! another of the same UTF-8 length), so rows still point at the characters of the file; it is
//! undone in the text of the rows ([`restore_stops`]), so every surface, sentence and name is
//! the file's own characters again; and it is reported in the document's `message`, so that an
//! analyst can see the text was read differently from how it prints.

/// The ideographic full stop, which some sources print for the decimal point.
const FULL_STOP: &str = "。";
/// The full-width full stop: the same UTF-8 length as `。`, and a decimal point to the number
/// reader.
const POINT: &str = "．";

/// At least this many digit。digit places, and no other decimal point between digits, before a
/// source is taken to print its decimal points as `。` (a report that ends one sentence with a
/// number and starts the next with one does so once or twice, and writes its decimals with `.`).
const MIN_STOP_DECIMALS: usize = 5;

/// A source that prints every decimal point as `。` (合肥 2009: 财政收入301。2亿元) has its
/// digit。digit places read as decimal points; otherwise each would end a sentence and cut the
/// figure in two. Returns the warning to report when it repaired anything.
pub fn stop_decimals(text: &mut String) -> Option<String> {
    let places = digit_mark_digit(text, FULL_STOP);
    if places.len() < MIN_STOP_DECIMALS
        || !digit_mark_digit(text, ".").is_empty()
        || !digit_mark_digit(text, POINT).is_empty()
    {
        return None;
    }
    // Each place is the byte offset of a `。` found in `text`, and `．` has its byte length, so
    // the places stay true and the text stays valid UTF-8 at every step.
    for &at in &places {
        text.replace_range(at..at + FULL_STOP.len(), POINT);
    }
    Some(format!("{} decimal points printed as 。 were read as decimal points", places.len()))
}

/// Undo [`stop_decimals`] in a piece of the repaired text: `．` between two digits back to `。`.
/// Exact, because a text is repaired only when it had no `．` between digits of its own.
/// `None` when the piece holds no repaired place (most pieces: nothing is copied).
pub fn restore_stops(piece: &str) -> Option<String> {
    let places = digit_mark_digit(piece, POINT);
    if places.is_empty() {
        return None;
    }
    let mut out = piece.to_string();
    for at in places {
        out.replace_range(at..at + POINT.len(), FULL_STOP);
    }
    Some(out)
}

/// Byte offsets of `mark` standing between two digits (ASCII or full-width).
///
/// Read on the bytes (every file is asked, and `。` ends every sentence): an ASCII digit is one
/// byte, a full-width digit the three bytes EF BC 90–99, and in valid UTF-8 neither pattern can
/// be part of another character.
fn digit_mark_digit(text: &str, mark: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit) || b.get(i..i + 3).is_some_and(is_wide_digit);
    let digit_before = |at: usize| {
        at.checked_sub(1).is_some_and(|i| b[i].is_ascii_digit())
            || at.checked_sub(3).is_some_and(|i| is_wide_digit(&b[i..at]))
    };
    memchr::memmem::find_iter(b, mark.as_bytes()).filter(|&at| digit_before(at) && digit_at(at + mark.len())).collect()
}

/// The UTF-8 bytes of a full-width digit (０–９: U+FF10–U+FF19).
fn is_wide_digit(b: &[u8]) -> bool {
    matches!(b, [0xEF, 0xBC, 0x90..=0x99])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(s: &str) -> (String, Option<String>) {
        let mut t = s.to_string();
        let w = stop_decimals(&mut t);
        (t, w)
    }

    #[test]
    fn a_source_printing_every_decimal_point_as_a_full_stop_is_read_with_points() {
        let s = "财政收入301。2亿元，增长4。5%；税收99。1亿元；失业率4。1%；价格指数106。5%。2008年是关键一年。";
        let (t, w) = repaired(s);
        assert_eq!(t, "财政收入301．2亿元，增长4．5%；税收99．1亿元；失业率4．1%；价格指数106．5%。2008年是关键一年。");
        assert_eq!(t.len(), s.len());
        assert_eq!(t.chars().count(), s.chars().count());
        assert!(w.unwrap().starts_with("5 decimal points"));
        // Undone in any piece of the repaired text, exactly.
        assert_eq!(restore_stops(&t).as_deref(), Some(s));
        assert_eq!(restore_stops("301．2亿元").as_deref(), Some("301。2亿元"));
        assert_eq!(restore_stops("增长40%"), None);
    }

    #[test]
    fn a_source_with_real_decimal_points_keeps_its_full_stops() {
        // One sentence ending with a rank before one starting with a count, in a report whose
        // decimals are written with `.`: five such places would still not make it a typo.
        let s = "增长3.2%。排名第2。400家企业；第3。5家；第4。6家；第5。7家；第6。8家。";
        assert_eq!(repaired(s), (s.to_string(), None));
    }

    #[test]
    fn full_width_digits_count_as_digits() {
        let s = "收入３０１。２亿元、４。５%、９９。１亿元、４。１%、１０６。５%。";
        let (t, w) = repaired(s);
        assert_eq!(t, "收入３０１．２亿元、４．５%、９９．１亿元、４．１%、１０６．５%。");
        assert!(w.is_some());
        // Not a digit: the byte before 。 ends another character (一。2).
        assert!(digit_mark_digit("第一。2021年", "。").is_empty());
    }

    #[test]
    fn a_few_stops_between_numbers_are_sentence_ends() {
        let s = "排名全省第1。88%的村完成改造。共3。2021年起。";
        assert_eq!(repaired(s), (s.to_string(), None));
    }
}
