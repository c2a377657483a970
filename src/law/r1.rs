//! R1 《行政执法错案责任倒查问责制度》, article by article, exactly as adopted on 2020-07-09.

use super::{Article, Item, Regulation};

/// R1: the wrong-case accountability rules.
pub static R1: Regulation = Regulation {
    number: 1,
    issuer: "重庆市黔江区规划和自然资源局",
    title: "行政执法错案责任倒查问责制度",
    short_title: "错案责任倒查问责制度",
    articles: &[
        // 第1条
        Article {
            number: 1,
            lead: "为加强行政执法监督，全面落实行政执法责任制，推进严格、公正、文明执法的务实举措，促进我局执法人员依法行使职权，预防和减少行政执法错案发生，维护公民、法人和其他组织合法权益，根据法律、法规及有关规定，结合我局行政执法工作实际，制定本制度。",
            items: &[],
        },
        // 第2条
        Article {
            number: 2,
            lead: "本制度所称的行政执法错案责任，是指行政处罚、行政许可案件被认定为错案后，应由相关行政执法人员承担的责任。",
            items: &[],
        },
        // 第3条
        Article {
            number: 3,
            lead: "行政执法错案责任追究机关是区规划和自然资源局。局党群科、法治科具体承担行政执法错案责任的调查、认定和追究职责。",
            items: &[],
        },
        // 第4条
        Article {
            number: 4,
            lead: "错案责任倒查问责应遵循的基本原则是：",
            items: &[
                Item { number: 1, marker: "1.", text: "实事求是，有错必纠原则；" },
                Item { number: 2, marker: "2.", text: "重证据，重调查研究原则；" },
                Item { number: 3, marker: "3.", text: "责罚相当原则；" },
                Item { number: 4, marker: "4.", text: "惩处与教育相结合原则。" },
            ],
        },
        // 第5条
        Article {
            number: 5,
            lead: "以下案件，经调查属实的，界定为错案：",
            items: &[
                Item {
                    number: 1, marker: "1.", text: "在法规部门行政执法例行或专项执法监督中发现的错误案件；"
                },
                Item {
                    number: 2, marker: "2.", text: "上报的重大行政处罚经上级部门审查认定存在错误的案件；"
                },
                Item {
                    number: 3, marker: "3.", text: "行政复议决定予以撤销或者变更的行政执法案件；"
                },
                Item {
                    number: 4,
                    marker: "4.",
                    text: "人民法院终审判决撤销、部分撤销、变更或者责令重新作出具体行政行为的行政执法案件；",
                },
                Item { number: 5, marker: "5.", text: "给予行政赔偿的案件；" },
                Item {
                    number: 6, marker: "6.", text: "经上级行政执法机关调查认定存在错误的案件。"
                },
            ],
        },
        // 第6条
        Article {
            number: 6,
            lead: "行政执法人员在履行行政执法职责过程中有下列行为之一的，应追究其责任：",
            items: &[
                Item { number: 1, marker: "（一）", text: "超越本部门职权进行行政处罚的；" },
                Item {
                    number: 2, marker: "（二）", text: "行政执法人员无《行政执法证》实施行政处罚的；"
                },
                Item {
                    number: 3,
                    marker: "（三）",
                    text: "违反法定的行政处罚程序或者擅自改变行政处罚种类、幅度实施处罚的；",
                },
                Item { number: 4, marker: "（四）", text: "适用法律、法规、规章依据错误的；" },
                Item {
                    number: 5,
                    marker: "（五）",
                    text: "未取得证据、证据不足或因证据材料保管不善、灭失导致错案的；",
                },
                Item {
                    number: 6, marker: "（六）", text: "违法实施强制措施，造成行政处罚相对人人身或财产损害的；"
                },
                Item {
                    number: 7, marker: "（七）", text: "私自占用、使用行政执法暂扣、扣留物品的；"
                },
                Item {
                    number: 8,
                    marker: "（八）",
                    text: "不按照规定使用罚没财物票据，截留、私分、挪用罚没款物或未在法定时限内足额上缴罚款的；",
                },
                Item {
                    number: 9, marker: "（九）", text: "有索贿受贿、玩忽职守、徇私枉法等行为的；"
                },
                Item { number: 10, marker: "（十）", text: "实施行政处罚显失公正的；" },
                Item { number: 11, marker: "（十一）", text: "其它应追究责任的行为。" },
            ],
        },
        // 第7条
        Article {
            number: 7,
            lead: "局法治科是落实我局行政执法案件错案责任倒查追究问责制度的责任部门。主要负责我局行政执法错案责任追究工作，对我局行政执法错案责任机构和责任人依法提出处理建议，协助区司法局开展行政执法监督工作。",
            items: &[],
        },
        // 第8条
        Article {
            number: 8,
            lead: "有以下情形之一的，错案责任人员可以从轻或免于追究责任：",
            items: &[
                Item {
                    number: 1, marker: "（一）", text: "法律、法规或规章规定不明确造成适用偏差的；"
                },
                Item {
                    number: 2,
                    marker: "（二）",
                    text: "《行政处罚决定书》送达后出现新的证据，使原认定的案件事实或性质发生变化的；",
                },
                Item {
                    number: 3,
                    marker: "（三）",
                    text: "因公民、法人或其他组织的过错或由于不可预见、不可避免、不可克服的原因造成错案且执法人员没有过错的；",
                },
                Item {
                    number: 4, marker: "（四）", text: "违法行为显著轻微，经过批评教育后及时纠正的；"
                },
                Item {
                    number: 5, marker: "（五）", text: "发现错误后主动及时纠正，未造成后果的；"
                },
                Item {
                    number: 6,
                    marker: "（六）",
                    text: "因行政相对人弄虚作假、编造事实、提供虚假证明材料而导致发生错误或者因不可抗力导致执法错误的。",
                },
            ],
        },
        // 第9条
        Article {
            number: 9,
            lead: "执法人员坚持错误、放任危害后果发生或者阻碍调查人员履行职责的，应从重处理。",
            items: &[],
        },
        // 第10条
        Article {
            number: 10,
            lead: "执法错案责任的追究程序：",
            items: &[
                Item {
                    number: 1,
                    marker: "（一）",
                    text: "立案。任何人均有权举报或投诉执法人员过错行为，局机关法治科应当及时受理，并负责答复。不属于本单位受理的案件，应在受理后2日内转送有权部门处理。",
                },
                Item {
                    number: 2,
                    marker: "（二）",
                    text: "调查。局法治科受理案件后，应当及时报局主要负责人，由局主要负责人指派人员及时组成调查组展开调查，可以采取调阅有关案件材料、询问执法责任人、了解核实有关情况、询问行政相对人等方式进行。被调查执法人员应当积极配合支持调查工作，提供有关事实、证据资料，不得提供伪证或利用其它手段阻碍调查工作。",
                },
                Item {
                    number: 3,
                    marker: "（三）",
                    text: "追究。根据调查结果，认定错案性质、责任人后，经机关领导集体讨论后及时做出处理决定，如涉嫌违纪违法及时向有关部门报告。局机关认为调查组的处理决定事实不清或处理不当的，可以在1个月内责令重新组织调查、处理或者直接派员调查并作出处理决定。",
                },
            ],
        },
        // 第11条
        Article {
            number: 11,
            lead: "行政责任追究的种类和方式：",
            items: &[
                Item { number: 1, marker: "1.", text: "责令作出书面检查；" },
                Item { number: 2, marker: "2.", text: "通报批评；" },
                Item { number: 3, marker: "3.", text: "取消当年评先资格和晋升资格；" },
                Item { number: 4, marker: "4.", text: "暂停执法（暂扣行政执法证）；" },
                Item { number: 5, marker: "5.", text: "责令调离执法岗位或者调离执法队伍；" },
                Item { number: 6, marker: "6.", text: "行政处分。" },
            ],
        },
        // 第12条
        Article {
            number: 12,
            lead: "被追究人员对处理事实、决定不服的，可以可以进行陈述和申辩，也可以按照有关规定向区行政执法监督部门或区纪检监察部门提出申诉。",
            items: &[],
        },
        // 第13条
        Article { number: 13, lead: "本制度自印发之日起实施。", items: &[] },
    ],
};
