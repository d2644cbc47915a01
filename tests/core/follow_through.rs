//! Plan follow-through on pairs of drafts written for the test — a plan and its later summary,
//! in three shapes — with the links a reader expects. Prints the precision and recall of the
//! automatic links (`cargo test --test follow_through -- --nocapture`).

use work_summary::compare::follow::{self, FollowThrough, Follower};
use work_summary::model::{Item, Report, SectionKind};

type Pairs = &'static [(&'static str, &'static str)];

fn report(title: &str, achievements: Pairs, problems: Pairs, plans: Pairs) -> Report {
    let mut r = Report {
        title: title.into(),
        ..Report::default()
    };
    let items = |list: Pairs| list.iter().map(|(h, b)| Item::new(*h, *b)).collect();
    r.sections[0].items = items(achievements);
    r.sections[1].items = items(problems);
    r.sections[2].items = items(plans);
    r
}

struct Case {
    name: &'static str,
    reference: Report,
    draft: Report,
    /// (plan or problem heading, answer heading)
    expected: Pairs,
}

fn township() -> Case {
    let reference = report(
        "某镇2024年上半年工作总结",
        &[("农业生产稳中有进", "夏粮总产1.1万吨。")],
        &[
            (
                "集体经济收入来源单一",
                "部分村集体经济依赖土地租金，增收渠道窄。",
            ),
            (
                "干部队伍年龄结构偏大",
                "村干部平均年龄52岁，年轻干部储备不足。",
            ),
        ],
        &[
            (
                "抓好秋粮生产和高标准农田建设",
                "加强田间管理，确保秋粮颗粒归仓；完成剩余0.8万亩高标准农田建设任务。",
            ),
            (
                "推进农村人居环境整治",
                "深化“厕所革命”，完成农村改厕200户，开展村庄清洁行动。",
            ),
            (
                "加快招商引资和项目建设",
                "紧盯在谈项目，力争引进亿元以上项目2个，推动食品产业园二期开工。",
            ),
            (
                "抓好森林防火和安全生产",
                "落实防火责任，开展燃气、自建房安全隐患排查。",
            ),
            (
                "推进智慧社区试点",
                "在镇区选择一个社区开展智慧社区建设试点。",
            ),
            ("加强基层治理", "推广网格化管理，及时化解矛盾纠纷。"),
        ],
    );
    let draft = report(
        "某镇2024年工作总结",
        &[
            (
                "粮食生产再获丰收",
                "全年粮食播种面积5.2万亩，总产2.3万吨，秋粮颗粒归仓。新建高标准农田1.5万亩。",
            ),
            (
                "人居环境持续改善",
                "完成农村改厕230户，常态化开展村庄清洁行动，建成垃圾分类示范村3个。",
            ),
            (
                "项目建设提速增效",
                "引进亿元以上项目3个，食品产业园二期主体完工，完成固定资产投资4.1亿元。",
            ),
            (
                "安全生产形势平稳",
                "开展燃气、自建房隐患排查12轮，整改隐患86处；森林防火期未发生火情。",
            ),
            (
                "村级集体经济发展壮大",
                "发展光伏、物业租赁等项目，所有村集体经济收入超过10万元，拓宽增收渠道。",
            ),
            (
                "基层组织建设不断加强",
                "选聘35岁以下村级后备干部28名，村干部队伍年龄结构得到优化。",
            ),
            (
                "民生保障扎实有力",
                "发放各类救助资金860万元，新增城镇就业320人。",
            ),
            (
                "党的建设全面加强",
                "落实全面从严治党主体责任，开展警示教育6次。",
            ),
            (
                "平安建设成效明显",
                "全镇划分网格42个，调处矛盾纠纷156起，化解率98%。",
            ),
        ],
        &[],
        &[],
    );
    Case {
        name: "乡镇 半年→年度",
        reference,
        draft,
        expected: &[
            ("抓好秋粮生产和高标准农田建设", "粮食生产再获丰收"),
            ("推进农村人居环境整治", "人居环境持续改善"),
            ("加快招商引资和项目建设", "项目建设提速增效"),
            ("抓好森林防火和安全生产", "安全生产形势平稳"),
            ("集体经济收入来源单一", "村级集体经济发展壮大"),
            ("干部队伍年龄结构偏大", "基层组织建设不断加强"),
            ("加强基层治理", "平安建设成效明显"),
        ],
    }
}

fn bureau() -> Case {
    let reference = report(
        "某县文化和旅游局2023年工作总结",
        &[("文旅消费持续回暖", "全年接待游客320万人次。")],
        &[
            (
                "旅游产品业态单一",
                "以观光为主，夜间经济和研学产品少，游客停留时间短。",
            ),
            ("文旅人才短缺", "专业人才少，讲解员队伍不稳定。"),
        ],
        &[
            (
                "加快全域旅游示范区创建",
                "完善旅游集散中心和标识系统，争创省级全域旅游示范区。",
            ),
            (
                "加强文物保护利用",
                "推进第四次全国文物普查，完成古城墙保护修缮工程。",
            ),
            (
                "丰富公共文化服务供给",
                "建设城市书房5个，开展送戏下乡100场。",
            ),
            (
                "推进文旅市场监管",
                "开展旅游市场秩序整治，加强出版物和网吧监管。",
            ),
            ("强化体育赛事带动", "举办半程马拉松赛事，带动体育消费。"),
            ("推动文旅融合发展", "培育文旅融合新业态，打造精品民宿集群。"),
        ],
    );
    let draft = report(
        "某县文化和旅游局2024年上半年工作总结",
        &[
            (
                "全域旅游创建有序推进",
                "旅游集散中心建成投用，新设旅游标识牌120块，省级全域旅游示范区创建通过初验。",
            ),
            (
                "文物普查全面启动",
                "第四次全国文物普查完成实地调查60%，古城墙修缮工程完成一期。",
            ),
            (
                "公共文化服务提质",
                "新建城市书房3个，送戏下乡52场，图书馆接待读者3.6万人次。",
            ),
            ("夜间经济和研学游起步", "打造古街夜市，推出研学线路4条。"),
            (
                "文化市场平稳有序",
                "检查网吧、出版物经营场所156家次，查处违规经营4起。",
            ),
            ("队伍素质提升", "举办讲解员培训班2期，培训讲解员80人次。"),
            (
                "节庆活动精彩纷呈",
                "举办油菜花节、民俗文化周等活动，吸引游客25万人次。",
            ),
            (
                "乡村旅游提档升级",
                "新增精品民宿12家，乡村旅游接待游客45万人次。",
            ),
        ],
        &[],
        &[],
    );
    Case {
        name: "局机关 年度→半年",
        reference,
        draft,
        expected: &[
            ("加快全域旅游示范区创建", "全域旅游创建有序推进"),
            ("加强文物保护利用", "文物普查全面启动"),
            ("丰富公共文化服务供给", "公共文化服务提质"),
            ("推进文旅市场监管", "文化市场平稳有序"),
            ("旅游产品业态单一", "夜间经济和研学游起步"),
            ("文旅人才短缺", "队伍素质提升"),
            ("推动文旅融合发展", "乡村旅游提档升级"),
        ],
    }
}

fn personal() -> Case {
    let reference = report(
        "2023年个人工作总结",
        &[("完成本职工作", "审核单据2800张。")],
        &[
            ("工作方法比较简单", "遇到复杂问题统筹不够，有时顾此失彼。"),
            (
                "对基层情况了解不深",
                "下基层调研少，对乡镇财政所的实际困难掌握不够。",
            ),
        ],
        &[
            (
                "加强业务学习",
                "系统学习财务制度和新会计准则，争取考取中级会计职称。",
            ),
            ("提高公文写作水平", "多读多写，做到材料一次成稿。"),
            ("做好档案整理", "完成2019—2022年会计档案电子化。"),
            ("增强服务意识", "对来办事的同志做到热情周到。"),
        ],
    );
    let draft = report(
        "2024年个人工作总结",
        &[
            (
                "坚持学习，业务能力有提升",
                "系统学习新会计准则，通过中级会计职称考试。",
            ),
            (
                "认真完成本职工作",
                "全年审核报销单据3200余张，编制月度报表12期，完成会计档案电子化整理5000卷。",
            ),
            ("材料撰写", "起草各类材料40余篇，公文写作能力有了进步。"),
            (
                "深入基层调研",
                "参加基层调研8次，走访乡镇财政所6个，了解基层实际困难。",
            ),
            ("严守纪律规矩", "严格遵守财经纪律，廉洁自律。"),
            ("热情服务群众", "耐心解答报销政策咨询，全年未发生投诉。"),
        ],
        &[],
        &[],
    );
    Case {
        name: "个人 年度→年度",
        reference,
        draft,
        expected: &[
            ("加强业务学习", "坚持学习，业务能力有提升"),
            ("提高公文写作水平", "材料撰写"),
            ("做好档案整理", "认真完成本职工作"),
            ("对基层情况了解不深", "深入基层调研"),
            ("增强服务意识", "热情服务群众"),
        ],
    }
}

fn links(result: &FollowThrough) -> Vec<(String, String)> {
    result
        .targets
        .iter()
        .flat_map(|t| t.answers.iter().map(|a| (t.text.clone(), a.text.clone())))
        .collect()
}

#[test]
fn precision_and_recall_of_automatic_links() {
    let mut rows = Vec::new();
    let (mut all_found, mut all_right, mut all_expected) = (0, 0, 0);
    for case in [township(), bureau(), personal()] {
        let result = follow::follow_through(&case.reference, &case.draft);
        let found = links(&result);
        let expected: Vec<(String, String)> = case
            .expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let right = found.iter().filter(|l| expected.contains(l)).count();
        for l in found.iter().filter(|l| !expected.contains(l)) {
            println!("{}: wrong link {} → {}", case.name, l.0, l.1);
        }
        for l in expected.iter().filter(|l| !found.contains(l)) {
            println!("{}: missed link {} → {}", case.name, l.0, l.1);
        }
        rows.push((case.name, found.len(), right, expected.len()));
        all_found += found.len();
        all_right += right;
        all_expected += expected.len();
    }
    rows.push(("合计", all_found, all_right, all_expected));
    println!("| 情形 | 自动链接 | 正确 | 应有 | 查准率 | 查全率 |");
    println!("|---|---|---|---|---|---|");
    for (name, found, right, expected) in &rows {
        println!(
            "| {name} | {found} | {right} | {expected} | {:.2} | {:.2} |",
            *right as f64 / (*found).max(1) as f64,
            *right as f64 / (*expected).max(1) as f64
        );
    }
    let precision = all_right as f64 / all_found.max(1) as f64;
    let recall = all_right as f64 / all_expected.max(1) as f64;
    assert!(
        precision >= 0.8 && recall >= 0.8,
        "precision {precision:.2}, recall {recall:.2}"
    );
}

#[test]
fn unanswered_plans_are_listed() {
    let case = township();
    let result = follow::follow_through(&case.reference, &case.draft);
    let unanswered: Vec<_> = result.unanswered().map(|t| t.text.as_str()).collect();
    assert!(unanswered.contains(&"推进智慧社区试点"), "{unanswered:?}");
    let case = bureau();
    let result = follow::follow_through(&case.reference, &case.draft);
    let unanswered: Vec<_> = result.unanswered().map(|t| t.text.as_str()).collect();
    assert!(unanswered.contains(&"强化体育赛事带动"), "{unanswered:?}");
}

#[test]
fn manual_links_win_and_survive_edits() {
    let case = personal();
    let mut draft = case.draft.clone();
    let result = follow::follow_through(&case.reference, &draft);
    let plan = result
        .targets
        .iter()
        .find(|t| t.text == "工作方法比较简单")
        .expect("problem listed");
    assert_eq!(plan.key.kind, SectionKind::Problems);
    let plan_key = plan.key.clone();
    let answer_key = work_summary::model::ItemKey {
        kind: SectionKind::Achievements,
        text: "认真完成本职工作".into(),
        nth: 0,
    };
    follow::link(&mut draft, &plan_key, &answer_key);
    // Unlink an automatic link.
    let study = result
        .targets
        .iter()
        .find(|t| t.text == "加强业务学习")
        .expect("plan listed");
    let study_key = study.key.clone();
    let study_answer = study.answers[0].key.clone();
    follow::unlink(&mut draft, &study_key, &study_answer);

    // The body is edited, the heading slightly renamed, an item inserted before it.
    draft.sections[0].items[1]
        .body
        .push_str("另外还做了很多事情。");
    draft.sections[0].items[1].heading = "认真完成好本职工作".into();
    draft.sections[0]
        .items
        .insert(0, Item::new("新的一条", "无关内容"));

    let mut follower = Follower::new(&case.reference);
    let result = follower.run(&draft);
    let method = result
        .targets
        .iter()
        .find(|t| t.text == "工作方法比较简单")
        .expect("listed");
    assert_eq!(method.answers.len(), 1, "{method:?}");
    assert!(method.answers[0].manual);
    assert_eq!(method.answers[0].text, "认真完成好本职工作");
    assert_eq!(method.answers[0].path.indices, [2]);
    let study = result
        .targets
        .iter()
        .find(|t| t.text == "加强业务学习")
        .expect("listed");
    assert!(
        study.answers.iter().all(|a| a.key != study_answer),
        "{study:?}"
    );

    // Reset: the automatic link comes back.
    follow::reset_link(&mut draft, &study_key, &study_answer);
    let result = follower.run(&draft);
    let study = result
        .targets
        .iter()
        .find(|t| t.text == "加强业务学习")
        .expect("listed");
    assert!(study.answers.iter().any(|a| a.key == study_answer));
    // A saved draft keeps the links.
    let text = work_summary::storage::draft::to_string(&draft);
    let back = work_summary::storage::draft::from_str(&text, std::path::Path::new("x.ron"))
        .expect("loads");
    assert_eq!(back.reference, draft.reference);
}

/// A work report: the review, a part naming next year's work, then one part per task. The
/// task parts are followed as plans; in the next report, its own task parts after its plans
/// part are not taken as answers to last year's.
#[test]
fn task_parts_after_a_plans_part_are_followed_as_plans() {
    let last = work_summary::import::import_text(
        "一、2024年工作回顾\n（一）全年完成投资12亿元。\n二、2025年工作总体部署\n今年的主要预期目标是增长6%。\n三、扎实推进乡村振兴\n（一）建设高标准农田\n新建高标准农田2万亩。\n（二）发展特色产业\n培育茶叶和中药材产业。\n",
    )
    .report;
    assert_eq!(
        last.section(SectionKind::Plans).map(|s| s.title.as_str()),
        Some("2025年工作总体部署")
    );
    let this = work_summary::import::import_text(
        "一、2025年工作回顾\n（一）新建高标准农田2.3万亩，超额完成任务。\n（二）茶叶和中药材产业产值增长15%。\n二、2026年工作总体部署\n今年的主要预期目标是增长5.5%。\n三、持续推进乡村振兴\n（一）建设高标准农田\n再建高标准农田2万亩。\n",
    )
    .report;
    let result = follow::follow_through(&last, &this);
    let targets: Vec<&str> = result.targets.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(targets, ["建设高标准农田", "发展特色产业"]);
    for target in &result.targets {
        assert!(!target.answers.is_empty(), "{} unanswered", target.text);
        for answer in &target.answers {
            assert!(
                !answer.text.contains("再建"),
                "next year's task taken as an answer: {}",
                answer.text
            );
        }
    }
}
