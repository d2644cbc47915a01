//! Deterministic, realistic summaries of a given size, for benchmarks and load tests: many
//! items, nested levels, long bodies, the punctuation and numbers real summaries have.

use crate::model::{Item, ItemStyle, Report, Section, SectionKind, Signature};

/// Sentences a summary is made of; combined by a fixed pseudo-random sequence.
const SENTENCES: &[&str] = &[
    "坚持以新时代中国特色社会主义思想为指导，全面贯彻落实上级决策部署。",
    "全年组织集中学习24次，开展专题研讨8次，覆盖干部职工1200余人次。",
    "加快推进重点项目建设，完成固定资产投资3.5亿元，同比增长12.6%。",
    "持续优化营商环境，办理各类审批事项4800余件，按时办结率100%。",
    "深入开展“我为群众办实事”实践活动，解决群众急难愁盼问题236个。",
    "扎实做好安全生产工作，开展隐患排查整治行动15次，整改隐患312处。",
    "加强干部队伍建设，选派年轻干部到基层一线锻炼，提升履职能力。",
    "统筹推进乡村振兴，新建高标准农田2.1万亩，农村人居环境持续改善。",
    "基层基础工作仍有短板，部分工作推进不够平衡，创新意识有待增强。",
    "下一步，我们将聚焦主责主业，细化工作举措，确保各项任务落地见效。",
];

const HEADINGS: &[&str] = &[
    "强化理论武装",
    "推进重点项目建设",
    "优化营商环境",
    "保障和改善民生",
    "抓好安全生产",
    "加强队伍建设",
    "推动乡村振兴",
    "深化改革创新",
];

/// A small linear congruential generator: the same sequence on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

fn paragraph(rng: &mut Lcg, sentences: usize) -> String {
    (0..sentences)
        .map(|_| SENTENCES[rng.next(SENTENCES.len())])
        .collect()
}

/// A report of about `chars` characters (within one paragraph of it).
pub fn generate(chars: usize) -> Report {
    let mut rng = Lcg(0x5eed);
    let mut report = Report {
        title: "某县文化旅游广电体育局2024年度工作总结".into(),
        intro: paragraph(&mut rng, 4),
        sections: Vec::new(),
        closing: "新的一年，我们将再接再厉，奋力开创工作新局面。".into(),
        // Two names, the second long enough to wrap under the first one's name.
        attachments: vec![
            "2024年度重点工作完成情况统计表".into(),
            "2024年度全县公共文化服务体系建设、文艺精品创作、文物保护利用和文化市场综合执法等专项工作开展情况说明".into(),
        ],
        signature: Signature {
            unit: "某县文化旅游广电体育局".into(),
            date: "2025年1月6日".into(),
        },
        ..Report::default()
    };
    let kinds = [
        (
            SectionKind::Achievements,
            "2024年工作开展情况",
            ItemStyle::Headed,
            6,
        ),
        (
            SectionKind::Problems,
            "存在的问题和不足",
            ItemStyle::Headed,
            1,
        ),
        (SectionKind::Plans, "2025年工作打算", ItemStyle::Inline, 2),
    ];
    for (kind, title, style, _) in kinds {
        report.sections.push(Section {
            kind,
            title: title.into(),
            lead: String::new(),
            items: Vec::new(),
            style,
        });
    }
    // Fill the sections in proportion 6 : 1 : 2 until the size is reached.
    let mut total = crate::count::report(&report);
    let mut turn = 0usize;
    while total < chars {
        let section = match turn % 9 {
            0..=5 => 0,
            6 => 1,
            _ => 2,
        };
        turn += 1;
        let heading = HEADINGS[rng.next(HEADINGS.len())].to_owned();
        let sentences = 2 + rng.next(3);
        let mut item = Item::new(heading, paragraph(&mut rng, sentences));
        if section == 0 && rng.next(3) == 0 {
            for _ in 0..2 {
                let mut child =
                    Item::new(HEADINGS[rng.next(HEADINGS.len())], paragraph(&mut rng, 2));
                if rng.next(2) == 0 {
                    child.children.push(Item::new(
                        HEADINGS[rng.next(HEADINGS.len())],
                        paragraph(&mut rng, 1),
                    ));
                }
                item.children.push(child);
            }
        }
        total += crate::count::item(&item);
        report.sections[section].items.push(item);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_close_and_deterministic() {
        for n in [10_000, 100_000] {
            let r = generate(n);
            let count = crate::count::report(&r);
            assert!(count >= n && count < n + 2_000, "{n}: {count}");
            assert_eq!(r, generate(n));
            assert!(r.sections[0].items.iter().any(|i| !i.children.is_empty()));
        }
    }
}
