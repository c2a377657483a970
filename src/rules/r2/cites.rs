//! The R2 provisions the engine cites, as named constants (`R2_14_1` is 第十四条第（一）项).
//!
//! Article 10's items are cited through [`super::Article10Item::cite`].

use crate::law::Cite;

/// 第二条: who is 行政执法机关内部人员.
pub const R2_2: Cite = Cite::article(2, 2);
/// 第三条: record every instance (时间、地点、人物、方式、内容), report 非法过问 to 法治科 or 区司法局.
pub const R2_3: Cite = Cite::article(2, 3);
/// 第四条: 法治科 checks, investigates, and may hand over to 司法局.
pub const R2_4: Cite = Cite::article(2, 4);
/// 第五条: what 局机关执法人员 must not do.
pub const R2_5: Cite = Cite::article(2, 5);
/// 第六条: refuse interference; tell those who skip procedure to follow it.
pub const R2_6: Cite = Cite::article(2, 6);
/// 第七条: guidance by bureau leaders and superior agencies: in writing, or oral and recorded by the handler.
pub const R2_7: Cite = Cite::article(2, 7);
/// 第八条: other enforcement agencies inquire through legal or work procedure.
pub const R2_8: Cite = Cite::article(2, 8);
/// 第九条: the truthful recorder is protected.
pub const R2_9: Cite = Cite::article(2, 9);
/// 第十条: the prohibited interference, and its 通报.
pub const R2_10: Cite = Cite::article(2, 10);
/// 第十一条: discipline or prosecution for Art. 10 conduct.
pub const R2_11: Cite = Cite::article(2, 11);
/// 第十二条: discipline or prosecution for retaliation against a recorder.
pub const R2_12: Cite = Cite::article(2, 12);
/// 第十三条: consequences of not recording, or not recording truthfully.
pub const R2_13: Cite = Cite::article(2, 13);
/// 第十四条: handlers distinguish 执法公开、合法咨询、监督指导 from illegal interference (the article as a whole).
pub const R2_14: Cite = Cite::article(2, 14);
/// 第十四条第（一）项: written guidance or correction by a supervising department is not interference.
pub const R2_14_1: Cite = Cite::item(2, 14, 1);
/// 第十四条第（二）项: an oral inquiry for duty, through normal procedure and recorded, is not interference.
pub const R2_14_2: Cite = Cite::item(2, 14, 2);
