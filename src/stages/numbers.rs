//! Numbers as written: ASCII and full-width digits, decimals, thousands separators, Chinese
//! numerals (三, 十二, 一百二十, 两, 〇, 壹贰叁), and mixed forms (1.3万, 3.5万亿).
//! (Filled in by the indicators work, issue 3.)
