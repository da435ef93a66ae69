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
}
