//! Why a bundle is refused, each reason with its own Chinese explanation. A refused bundle adds nothing; a fork,
//! a shortened chain or a key no person has confirmed for the device (the device's first key, or one that differs
//! from the pinned one) keeps the file in the quarantine, the latter held until a person decides.

use super::device_key::PublicKey;
use super::format::{BundleDigest, CURRENT_VERSION, MAX_BUNDLE_BYTES};
use crate::journal::{DeviceId, EventHash};

/// The code of [`Refusal::KeyMismatch`]: a file held until a person decides on the key.
pub(crate) const KEY_MISMATCH_CODE: &str = "key_mismatch";

/// The code of [`Refusal::FirstKey`]: a file held until a person confirms the device's first key.
pub(crate) const FIRST_KEY_CODE: &str = "first_key";

/// Whether a quarantine entry's reason (its code) holds the file until a person decides on its key.
pub(crate) fn awaits_key_decision(code: &str) -> bool {
    code == KEY_MISMATCH_CODE || code == FIRST_KEY_CODE
}

/// Why a bundle is not merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than [`MAX_BUNDLE_BYTES`]; not even parsed.
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// Not UTF-8 text, or not complete JSON (e.g. cut short while copying).
    Malformed {
        /// What the parser found, in Chinese.
        detail: String,
    },
    /// JSON, but not a liuhen bundle (the `format` member is missing or different).
    NotABundle {
        /// What was found.
        detail: String,
    },
    /// Written by a newer major version of the format.
    NewerVersion {
        /// The version the file declares.
        version: String,
    },
    /// The structure does not match the format: a member missing, of the wrong type, repeated, or unknown.
    Schema {
        /// What is wrong, in Chinese.
        detail: String,
    },
    /// The content does not match the digest the bundle states.
    DigestMismatch {
        /// The digest the bundle states.
        stated: BundleDigest,
        /// The digest of the content as it is.
        computed: BundleDigest,
    },
    /// The signature does not verify with the public key the bundle carries.
    BadSignature {
        /// Why, in Chinese.
        detail: String,
    },
    /// The events do not form the hash chains the bundle claims (checked with the journal's verification).
    BrokenChain {
        /// Each problem, in Chinese.
        problems: Vec<String>,
    },
    /// No key is pinned for the device yet: the file verifies against the key it carries, but nothing says that
    /// key is the device's (a forger can sign with their own). Held in the quarantine until a person compares its
    /// fingerprint with the one the officer's 设置 page (or a printed enrolment slip) shows, and confirms or
    /// rejects it.
    FirstKey {
        /// The exporting device.
        device: DeviceId,
        /// The officer the file names.
        officer: String,
        /// The key this bundle carries.
        presented: PublicKey,
    },
    /// The device's public key differs from the one confirmed for it: possibly forged. Kept in the quarantine
    /// until a person accepts or rejects it.
    KeyMismatch {
        /// The exporting device.
        device: DeviceId,
        /// The keys accepted for it so far.
        pinned: Vec<PublicKey>,
        /// The key this bundle carries.
        presented: PublicKey,
    },
    /// The bundle's chain differs from the chain already imported for a device at some position.
    Fork {
        /// The device.
        device: DeviceId,
        /// The position where the chains differ.
        seq: u64,
        /// The hash already known at that position.
        known: EventHash,
        /// The hash the bundle has there.
        incoming: EventHash,
    },
    /// A full export claiming that the exporting device's chain ends before what was already imported from it.
    Shortened {
        /// The exporting device.
        device: DeviceId,
        /// The head the bundle claims (0: no event at all).
        claimed: u64,
        /// The head already imported.
        known: u64,
    },
}

impl Refusal {
    /// A stable identifier of the reason (stored in the quarantine).
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::TooLarge { .. } => "too_large",
            Refusal::Malformed { .. } => "malformed",
            Refusal::NotABundle { .. } => "not_a_bundle",
            Refusal::NewerVersion { .. } => "newer_version",
            Refusal::Schema { .. } => "schema",
            Refusal::DigestMismatch { .. } => "digest_mismatch",
            Refusal::BadSignature { .. } => "bad_signature",
            Refusal::BrokenChain { .. } => "broken_chain",
            Refusal::FirstKey { .. } => FIRST_KEY_CODE,
            Refusal::KeyMismatch { .. } => KEY_MISMATCH_CODE,
            Refusal::Fork { .. } => "fork",
            Refusal::Shortened { .. } => "shortened",
        }
    }

    /// Whether the file is kept in the quarantine as evidence (a fork, a shortened chain, an unconfirmed key).
    pub fn quarantines(&self) -> bool {
        self.awaits_key_decision() || matches!(self, Refusal::Fork { .. } | Refusal::Shortened { .. })
    }

    /// Whether the file is held until a person decides on its device key (the device's first key, or a changed
    /// one); nothing of it is merged before that.
    pub fn awaits_key_decision(&self) -> bool {
        matches!(self, Refusal::FirstKey { .. } | Refusal::KeyMismatch { .. })
    }

    /// The reason in one or more Chinese sentences.
    pub fn describe(&self) -> String {
        match self {
            Refusal::TooLarge { bytes } => format!(
                "文件过大（{:.1} MB），超过 {} MB 的上限，未作解析；请在办案人员电脑上选择“仅导出新增”分次导出",
                *bytes as f64 / (1024.0 * 1024.0),
                MAX_BUNDLE_BYTES / (1024 * 1024)
            ),
            Refusal::Malformed { detail } => format!("文件不是完整的JSON（{detail}），可能在拷贝时被截断或损坏"),
            Refusal::NotABundle { detail } => format!("不是留痕数据文件：{detail}"),
            Refusal::NewerVersion { version } => format!(
                "此文件由较新版本的留痕导出（格式版本 {version}），本系统只能读取 {}.x 及更早的版本，请先升级本系统再导入",
                CURRENT_VERSION.major
            ),
            Refusal::Schema { detail } => format!("文件结构不符合数据文件格式：{detail}"),
            Refusal::DigestMismatch { stated, computed } => format!(
                "文件内容与其记载的摘要不符（记载为 {}，按内容计算为 {}），文件在导出后被改动",
                stated.short(),
                computed.short()
            ),
            Refusal::BadSignature { detail } => format!("签名无效（{detail}），文件可能被改动或伪造"),
            Refusal::BrokenChain { problems } => format!("事件链校验未通过：{}", problems.join("；")),
            Refusal::FirstKey { device, officer, presented } => format!(
                "首次导入此设备的密钥，需要人工核对：文件与其自带的公钥相符，但设备 {device}（{officer}）的公钥尚未经人工确认，无法排除他人用自己的密钥伪造。公钥指纹为 {}。文件已暂存，不会合并；请与该办案人员电脑“设置”页显示的签名公钥指纹（或打印的密钥登记单）逐组核对，一致的确认导入，不一致的拒绝",
                presented.fingerprint()
            ),
            Refusal::KeyMismatch { device, pinned, presented } => {
                let pinned: Vec<String> = pinned.iter().map(PublicKey::fingerprint).collect();
                format!(
                    "设备 {device} 此前登记的公钥为 {}，本文件的公钥为 {}，可能是伪造的文件；文件已暂存，须经人工与该设备核实并确认后方可导入",
                    pinned.join("、"),
                    presented.fingerprint()
                )
            }
            Refusal::Fork { device, seq, known, incoming } => format!(
                "设备 {device} 第{seq}号事件与此前导入的不同（此前为 {}，本文件为 {}），事件链出现分叉；文件已存入隔离区作为证据",
                known.short(),
                incoming.short()
            ),
            Refusal::Shortened { device, claimed, known } => format!(
                "本文件为全部导出，却声明设备 {device} 的事件链只到第{claimed}号，而此前已导入至第{known}号，事件可能被删除；文件已存入隔离区作为证据"
            ),
        }
    }
}

/// A `serde_json` error in Chinese: what is wrong, and where (line and column).
pub(crate) fn json_error_zh(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let message = full.strip_suffix(&format!(" at line {} column {}", error.line(), error.column())).unwrap_or(&full);
    let quoted = message.split('`').nth(1).unwrap_or("");
    let what = if error.is_eof() {
        "文件意外结束".to_string()
    } else if error.is_syntax() {
        "语法错误".to_string()
    } else if message.starts_with("unknown field") {
        format!("未知字段“{quoted}”")
    } else if message.starts_with("missing field") {
        format!("缺少字段“{quoted}”")
    } else if message.starts_with("duplicate field") {
        format!("字段“{quoted}”重复")
    } else if message.starts_with("invalid type")
        || message.starts_with("invalid value")
        || message.starts_with("invalid length")
    {
        "字段的类型或取值不符".to_string()
    } else if !message.is_ascii() {
        // Our own Deserialize impls already explain in Chinese.
        message.to_string()
    } else {
        "格式不符".to_string()
    };
    format!("{what}（第{}行第{}列）", error.line(), error.column())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Probe {
        a: u8,
        key: PublicKey,
    }

    fn zh(text: &str) -> String {
        json_error_zh(&serde_json::from_str::<Probe>(text).unwrap_err())
    }

    #[test]
    fn serde_errors_are_explained_in_chinese_with_their_position() {
        assert_eq!(zh("{\"a\":1,"), "文件意外结束（第1行第7列）");
        assert_eq!(zh("{\"a\" 1}"), "语法错误（第1行第6列）");
        assert!(zh(r#"{"a":1,"b":2}"#).starts_with("未知字段“b”"));
        assert!(zh(r#"{"a":1}"#).starts_with("缺少字段“key”"));
        assert!(zh(r#"{"a":1,"a":2}"#).starts_with("字段“a”重复"));
        assert!(zh(r#"{"a":"1"}"#).starts_with("字段的类型或取值不符"));
        assert!(zh(r#"{"a":1,"key":"00"}"#).starts_with("公钥应为64位小写十六进制数字"));
    }

    #[test]
    fn only_forks_shortenings_and_unconfirmed_keys_are_quarantined() {
        let device = DeviceId::new("d1").unwrap();
        let h = EventHash::of_text("x");
        let key = super::super::device_key::DeviceKey::from_seed([1; 32]).public_key();
        let quarantined = [
            Refusal::Fork { device: device.clone(), seq: 2, known: h, incoming: h },
            Refusal::Shortened { device: device.clone(), claimed: 1, known: 2 },
            Refusal::KeyMismatch { device: device.clone(), pinned: vec![key], presented: key },
            Refusal::FirstKey { device, officer: "张三".into(), presented: key },
        ];
        assert!(quarantined.iter().all(Refusal::quarantines));
        let plain = [
            Refusal::TooLarge { bytes: 1 },
            Refusal::Malformed { detail: String::new() },
            Refusal::NotABundle { detail: String::new() },
            Refusal::NewerVersion { version: "2.0".into() },
            Refusal::Schema { detail: String::new() },
            Refusal::DigestMismatch { stated: h, computed: h },
            Refusal::BadSignature { detail: String::new() },
            Refusal::BrokenChain { problems: Vec::new() },
        ];
        assert!(!plain.iter().any(Refusal::quarantines));
        let codes: std::collections::BTreeSet<&str> = quarantined.iter().chain(&plain).map(Refusal::code).collect();
        assert_eq!(codes.len(), 12, "every reason has its own code");
        let held: Vec<&Refusal> = quarantined.iter().filter(|r| r.awaits_key_decision()).collect();
        assert_eq!(held.len(), 2, "only key refusals wait for a decision");
        assert!(held.iter().all(|r| awaits_key_decision(r.code())));
    }

    #[test]
    fn the_size_refusal_names_the_limit_and_the_remedy() {
        let text = Refusal::TooLarge { bytes: 21 * 1024 * 1024 }.describe();
        assert!(text.contains("21.0 MB") && text.contains("20 MB") && text.contains("仅导出新增"), "{text}");
    }
}
