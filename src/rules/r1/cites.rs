//! Citation ids of the R1 articles the engine cites as a whole (items are cited through their enums' `cite()`).

use crate::law::Cite;

/// R1 Art. 2: scope (行政处罚、行政许可案件).
pub const R1_2: Cite = Cite::article(1, 2);
/// R1 Art. 3: the bureau; 党群科、法治科 investigate, determine and pursue.
pub const R1_3: Cite = Cite::article(1, 3);
/// R1 Art. 4 item 1: 实事求是，有错必纠原则.
pub const R1_4_1: Cite = Cite::item(1, 4, 1);
/// R1 Art. 4 item 2: 重证据，重调查研究原则.
pub const R1_4_2: Cite = Cite::item(1, 4, 2);
/// R1 Art. 4 item 3: 责罚相当原则.
pub const R1_4_3: Cite = Cite::item(1, 4, 3);
/// R1 Art. 4 item 4: 惩处与教育相结合原则.
pub const R1_4_4: Cite = Cite::item(1, 4, 4);
/// R1 Art. 5: wrong-case grounds, each "经调查属实".
pub const R1_5: Cite = Cite::article(1, 5);
/// R1 Art. 6: acts for which officers are held liable.
pub const R1_6: Cite = Cite::article(1, 6);
/// R1 Art. 7: 法治科 proposes 处理建议.
pub const R1_7: Cite = Cite::article(1, 7);
/// R1 Art. 8: 可以从轻或免于追究.
pub const R1_8: Cite = Cite::article(1, 8);
/// R1 Art. 9: 应从重处理.
pub const R1_9: Cite = Cite::article(1, 9);
/// R1 Art. 10 item 2: 调查.
pub const R1_10_2: Cite = Cite::item(1, 10, 2);
/// R1 Art. 10 item 3: 追究 (集体讨论；涉嫌违纪违法及时报告).
pub const R1_10_3: Cite = Cite::item(1, 10, 3);
/// R1 Art. 11: the kinds of sanction.
pub const R1_11: Cite = Cite::article(1, 11);
/// R1 Art. 12: 陈述和申辩、申诉.
pub const R1_12: Cite = Cite::article(1, 12);
