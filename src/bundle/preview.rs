//! What an import would do, computed without writing anything: new events, duplicates, conflicts, warnings and
//! the reason for a refusal.

use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};

use super::device_key::PublicKey;
use super::format::{BundleDigest, CURRENT_VERSION, Exporter, FormatVersion};
use super::refusal::Refusal;
use crate::journal::{Authorship, ChainSpan, DeviceId, EventHash, ExportScope};

/// The preview of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The file's name as chosen by the user.
    pub file_name: String,
    /// Its size in bytes.
    pub bytes: usize,
    /// What the bundle says about itself, once its digest, signature and chains verified.
    pub bundle: Option<BundleSummary>,
    /// What the import adds (also shown for a bundle held for a key decision or quarantined).
    pub added: AddedSummary,
    /// Records that the import leaves with concurrent amendments (both versions kept, to be merged by a person).
    pub conflicts: Vec<ConflictPreview>,
    /// What deserves attention but does not block the import.
    pub warnings: Vec<Warning>,
    /// Why the bundle is not merged, if it is not.
    pub error: Option<Refusal>,
}

impl Preview {
    /// Whether the bundle would be merged.
    pub fn accepted(&self) -> bool {
        self.error.is_none()
    }
}

/// What a verified bundle says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleSummary {
    /// The digest of its signed content, its identity.
    pub digest: BundleDigest,
    /// The format version the file declares.
    pub version: FormatVersion,
    /// The exporting device, officer and public key.
    pub exporter: Exporter,
    /// The exporting device's clock at export.
    pub exported_at: DateTime<FixedOffset>,
    /// Full or incremental.
    pub scope: ExportScope,
    /// The run of each device chain it holds.
    pub chains: Vec<ChainSpan>,
    /// How many events it holds.
    pub events: usize,
}

/// How many events of one device an import adds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceCount {
    /// The device.
    pub device: DeviceId,
    /// New events of that device.
    pub events: usize,
}

/// What an import adds to the merged store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedSummary {
    /// Events not in the store before.
    pub events: usize,
    /// Events already in the store.
    pub duplicates: usize,
    /// New events per device.
    pub devices: Vec<DeviceCount>,
    /// Records first created by the new events.
    pub new_records: usize,
    /// Every record the new events concern (created, amended, annotated or reported), by id.
    pub records: Vec<EventHash>,
}

/// A record left with concurrent amendments: every competing version is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictPreview {
    /// The record.
    pub record_id: EventHash,
    /// Its case number (of the version shown).
    pub case_number: String,
    /// Who wrote each competing version, where and when.
    pub versions: Vec<Authorship>,
}

/// Something the legal section should know about a file; never blocks the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// The file starts with a byte-order mark: it was probably opened and saved in an editor.
    ByteOrderMark,
    /// Written in an older format version and read through its migration.
    MigratedFrom {
        /// The file's version.
        version: FormatVersion,
    },
    /// Written in a newer minor version of the current format, with nothing this version does not know.
    NewerMinorVersion {
        /// The file's version.
        version: FormatVersion,
    },
    /// A person confirmed the device's key (see [`super::KeyDecision`]): it is pinned now, and the file imported.
    KeyAccepted {
        /// The device.
        device: DeviceId,
        /// The key confirmed.
        public_key: PublicKey,
        /// Whether it is the device's first key (otherwise it replaces or adds to the keys confirmed before).
        first: bool,
        /// Who confirmed it.
        by: String,
        /// When.
        at: DateTime<FixedOffset>,
    },
    /// Events of other devices, relayed by the exporting device.
    Relayed {
        /// Those devices.
        devices: Vec<DeviceId>,
    },
    /// Events of kinds this version does not know (from a newer version); kept as they are.
    Unrecognised {
        /// How many.
        count: usize,
    },
    /// This very bundle was imported before and brings nothing new: nothing is written.
    AlreadyImported {
        /// The numbers of the earlier imports in the import log.
        numbers: Vec<u64>,
    },
    /// This very bundle is already in the quarantine for the same reason: nothing is written.
    AlreadyQuarantined {
        /// The quarantine entry.
        id: String,
    },
    /// An earlier full export, superseded by one imported before; the device's chain records this export, so it
    /// is not a shortened chain.
    EarlierExport {
        /// The exporting device.
        device: DeviceId,
        /// The head this file claims.
        claimed: u64,
        /// The head already imported.
        known: u64,
    },
    /// A full export older than the chain already imported, whose record (expected just after its head) is not
    /// imported yet: whether it is honest cannot be told yet (see `shortened_imports`).
    ExportUnconfirmed {
        /// The exporting device.
        device: DeviceId,
        /// The head this file claims.
        claimed: u64,
        /// The head already imported.
        known: u64,
    },
    /// Positions before this file's run of a device chain are not imported yet.
    MissingEarlier {
        /// The device.
        device: DeviceId,
        /// First missing position.
        from: u64,
        /// Last missing position.
        to: u64,
    },
    /// Device clocks disagree (shown, never used for ordering or refusal).
    Skew(ClockSkew),
}

/// A sign that a device clock was wrong. Clocks may be off by days: this is shown, and nothing depends on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClockSkew {
    /// The export time is later than the import time.
    ExportedInFuture {
        /// By how much.
        ahead: Duration,
    },
    /// The export time is long before the import time (an old file, or a slow clock).
    ExportedLongAgo {
        /// By how much.
        behind: Duration,
    },
    /// Events of the exporting device are timed after the export itself (its clock was set back).
    EventsAfterExport {
        /// How many events.
        count: usize,
        /// The largest difference.
        ahead: Duration,
    },
    /// Events are timed after the import time.
    EventsInFuture {
        /// How many events.
        count: usize,
        /// The largest difference.
        ahead: Duration,
    },
    /// Within a device chain, events are timed before the event preceding them.
    ClockWentBack {
        /// The device.
        device: DeviceId,
        /// How many such steps back.
        count: usize,
        /// The largest step back.
        largest: Duration,
    },
}

/// A duration in Chinese, to the minute: `3天2小时`, `5小时12分钟`, `8分钟`.
fn duration_zh(duration: &Duration) -> String {
    let minutes = duration.num_minutes().unsigned_abs();
    let (days, hours, rest) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    if days > 0 {
        format!("{days}天{hours}小时")
    } else if hours > 0 {
        format!("{hours}小时{rest}分钟")
    } else {
        format!("{rest}分钟")
    }
}

impl ClockSkew {
    /// In Chinese.
    pub fn describe(&self) -> String {
        match self {
            ClockSkew::ExportedInFuture { ahead } => {
                format!("导出时间比本机当前时间晚{}，导出设备或本机的时钟可能不准", duration_zh(ahead))
            }
            ClockSkew::ExportedLongAgo { behind } => {
                format!("文件导出于{}前（可能是旧文件，也可能是导出设备的时钟偏慢）", duration_zh(behind))
            }
            ClockSkew::EventsAfterExport { count, ahead } => format!(
                "导出设备有{count}个事件的时间晚于导出时间（最多晚{}），该设备的时钟曾被调回",
                duration_zh(ahead)
            ),
            ClockSkew::EventsInFuture { count, ahead } => {
                format!("有{count}个事件的时间晚于本机当前时间（最多晚{}），相关设备的时钟可能偏快", duration_zh(ahead))
            }
            ClockSkew::ClockWentBack { device, count, largest } => format!(
                "设备 {device} 有{count}处事件时间早于其前一事件（最多早{}），该设备的时钟曾被调回",
                duration_zh(largest)
            ),
        }
    }
}

impl Warning {
    /// In Chinese.
    pub fn describe(&self) -> String {
        match self {
            Warning::ByteOrderMark => {
                "文件开头有字节顺序标记（BOM），可能曾用记事本等编辑器打开并保存；内容校验不受影响".into()
            }
            Warning::MigratedFrom { version } => format!(
                "文件为旧格式（版本 {version}），已转换为当前格式（{CURRENT_VERSION}）读取；摘要和签名按原格式核对，原文件未作改动"
            ),
            Warning::NewerMinorVersion { version } => {
                format!("文件格式版本 {version} 较本系统（{CURRENT_VERSION}）新，但不含本系统不认识的内容，已照常读取")
            }
            Warning::KeyAccepted { device, public_key, first: true, by, at } => format!(
                "设备 {device} 首次导入的公钥（指纹 {}）已由{by}于{}人工核对并确认",
                public_key.fingerprint(),
                at.format("%Y-%m-%d %H:%M")
            ),
            Warning::KeyAccepted { device, public_key, first: false, by, at } => format!(
                "设备 {device} 的新公钥（指纹 {}）已由{by}于{}人工核实并确认",
                public_key.fingerprint(),
                at.format("%Y-%m-%d %H:%M")
            ),
            Warning::Relayed { devices } => {
                let list: Vec<&str> = devices.iter().map(DeviceId::as_str).collect();
                format!(
                    "文件含有其他设备（{}）的事件，由导出设备转交；其哈希链已核对，签名只证明导出设备转交了这些事件",
                    list.join("、")
                )
            }
            Warning::Unrecognised { count } => {
                format!("含有{count}个本版本无法识别的事件（来自较新版本），已原样保存")
            }
            Warning::AlreadyImported { numbers } => {
                let list: Vec<String> = numbers.iter().map(|n| format!("第{n}号")).collect();
                format!("此文件此前已导入（导入记录{}），没有新内容，不再重复导入", list.join("、"))
            }
            Warning::AlreadyQuarantined { id } => format!("此文件此前已因同一原因存入隔离区（{id}），不再重复保存"),
            Warning::EarlierExport { device, claimed, known } => format!(
                "此文件是设备 {device} 较早的一次全部导出（至第{claimed}号，此前已导入至第{known}号）；该设备的日志记载了这次导出，并非删减"
            ),
            Warning::ExportUnconfirmed { device, claimed, known } => format!(
                "此文件是设备 {device} 的全部导出（至第{claimed}号），但此前已导入至第{known}号；该设备记载这次导出的第{}号事件尚未导入，暂无法确认是否被删减，导入后将自动核对",
                claimed + 1
            ),
            Warning::MissingEarlier { device, from, to } if from == to => {
                format!("设备 {device} 第{from}号事件尚未导入；请同时导入该设备较早的文件")
            }
            Warning::MissingEarlier { device, from, to } => {
                format!("设备 {device} 第{from}至{to}号事件尚未导入；请同时导入该设备较早的文件")
            }
            Warning::Skew(skew) => skew.describe(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_chinese_to_the_minute() {
        assert_eq!(duration_zh(&Duration::minutes(8)), "8分钟");
        assert_eq!(duration_zh(&Duration::minutes(5 * 60 + 12)), "5小时12分钟");
        assert_eq!(duration_zh(&Duration::minutes(3 * 1440 + 2 * 60 + 59)), "3天2小时");
        assert_eq!(duration_zh(&Duration::minutes(-90)), "1小时30分钟");
    }

    #[test]
    fn a_missing_single_position_is_named_once() {
        let device = DeviceId::new("d1").unwrap();
        let one = Warning::MissingEarlier { device: device.clone(), from: 4, to: 4 };
        assert_eq!(one.describe(), "设备 d1 第4号事件尚未导入；请同时导入该设备较早的文件");
        let run = Warning::MissingEarlier { device, from: 1, to: 3 };
        assert_eq!(run.describe(), "设备 d1 第1至3号事件尚未导入；请同时导入该设备较早的文件");
    }
}
