use super::*;

fn run(lines: &[&str]) -> (Vec<Figure>, Vec<(Rule, String, String)>) {
    let mut figures = Vec::new();
    let mut sentence = 0;
    for (n, line) in lines.iter().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        figures.extend(extract(&chars, &Place::Line { line: n + 1 }, &mut sentence));
        sentence += 1;
    }
    let mut out = Vec::new();
    check(&figures, &mut out);
    let found = out
        .into_iter()
        .map(|f| (f.rule, f.found, f.note.unwrap_or_default()))
        .collect();
    (figures, found)
}

#[test]
fn figures_carry_unit_and_indicator() {
    let (figures, _) = run(&["全年提供法律咨询3260人次，挽回经济损失560万元。"]);
    let got: Vec<(&str, &str, f64)> = figures
        .iter()
        .map(|f| (f.indicator.as_str(), f.unit.as_str(), f.value))
        .collect();
    assert_eq!(
        got,
        vec![
            ("提供法律咨询", "人次", 3260.0),
            ("挽回经济损失", "万元", 560.0)
        ]
    );
}

fn found(text: &str) -> Vec<(Rule, String, String)> {
    let lines: Vec<&str> = text.lines().collect();
    run(&lines).1
}

/// The wrong sentence gives exactly (rule, figure, computation); its corrected form
/// gives nothing.
fn pair(wrong: &str, right: &str, rule: Rule, figure: &str, note: &str) {
    assert_eq!(
        found(wrong),
        vec![(rule, figure.to_owned(), note.to_owned())],
        "{wrong}"
    );
    assert_eq!(found(right), vec![], "{right}");
}

#[test]
fn each_check_finds_its_case() {
    let (_, found) = run(&[
        "提供法律咨询3260人次。",
        "提供法律咨询3620人次。",
        "共排查矛盾纠纷120件，其中婚姻家庭50件、邻里纠纷40件、土地纠纷20件。",
        "共排查1284件，调解成功1251件，调解成功率96.4%。",
        "受理量由200件增长到250件，增长20%。",
    ]);
    let s = |s: &str| s.to_owned();
    assert_eq!(
        found,
        vec![
            (Rule::FigureConflict, s("3620人次"), s("3260人次")),
            (Rule::FigureTotal, s("120件"), s("50+40+20=110")),
            (Rule::FigurePercent, s("96.4%"), s("1251÷1284=97.43%")),
            (Rule::FigureChange, s("20%"), s("(250−200)÷200=25.0%")),
        ]
    );
}

#[test]
fn rates_from_two_counts() {
    let p = Rule::FigurePercent;
    pair(
        "应完成120件，实际完成108件，完成率为95%。",
        "应完成120件，实际完成108件，完成率为90%。",
        p,
        "95%",
        "108÷120=90.0%",
    );
    pair(
        "全年受理群众来信来访236件，按期办结224件，办结率94.1%。",
        "全年受理群众来信来访236件，按期办结224件，办结率94.9%。",
        p,
        "94.1%",
        "224÷236=94.92%",
    );
    // To the decimals written: 98.0% is not 99.0%, 98% is 98.0%.
    pair(
        "抽检食品样品450批次，合格441批次，抽检合格率为99.0%。",
        "抽检食品样品450批次，合格441批次，抽检合格率为98%。",
        p,
        "99.0%",
        "441÷450=98.00%",
    );
    pair(
        "纳入监测的32个断面中，水质达到三类以上的29个，达标率89%。",
        "纳入监测的32个断面中，水质达到三类以上的29个，达标率90.6%。",
        p,
        "89%",
        "29÷32=90.6%",
    );
    // Over 100%: the larger count over the plan.
    pair(
        "年度计划新建农村公路80公里，实际完成92公里，完成率112%。",
        "年度计划新建农村公路80公里，实际完成92公里，完成率115%。",
        p,
        "112%",
        "92÷80=115.0%",
    );
    // A share of a total marked 共, with several counts before it.
    pair(
        "全系统共有干部职工300人，其中女性干部120人，占35%。",
        "全系统共有干部职工300人，其中女性干部120人，占40%。",
        p,
        "35%",
        "120÷300=40.0%",
    );
    // 三成, 一半 in words.
    pair(
        "共有行政村60个，其中已建成文化广场的24个，占三成。",
        "共有行政村60个，其中已建成文化广场的18个，占三成。",
        p,
        "三成",
        "24÷60=40.0%",
    );
    pair(
        "共有行政村60个，其中集体经济收入超10万元的20个，占一半。",
        "共有行政村60个，其中集体经济收入超10万元的30个，占一半。",
        p,
        "一半",
        "20÷60=33.3%",
    );
}

#[test]
fn rates_from_counts_in_the_sentence_before() {
    let p = Rule::FigurePercent;
    // The total before, the part and the rate after 其中.
    pair(
        "全年共受理投诉120件。其中，已办结112件，办结率为95%。",
        "全年共受理投诉120件。其中，已办结112件，办结率为93.3%。",
        p,
        "95%",
        "112÷120=93.3%",
    );
    pair(
        "全县共有适龄儿童860人。其中，已接种疫苗817人，接种率98%。",
        "全县共有适龄儿童860人。其中，已接种疫苗817人，接种率95%。",
        p,
        "98%",
        "817÷860=95.0%",
    );
    // Both counts before, the rate alone in the next sentence.
    pair(
        "今年计划改造老旧小区40个，完成改造36个。改造完成率达95%。",
        "今年计划改造老旧小区40个，完成改造36个。改造完成率达90%。",
        p,
        "95%",
        "36÷40=90.0%",
    );
}

#[test]
fn counts_in_another_sentence_link_only_where_the_text_says_so() {
    for clean in [
        // The rate names something else than the counts.
        "全年共受理投诉120件。其中，已办结112件，群众满意率98%。",
        // No 共 before, no 其中 after: two separate statements.
        "全年受理投诉120件。新办结112件，办结率为60%。",
        // A bound.
        "全年共受理投诉120件。其中，已办结112件，办结率为90%以上。",
        // Two sentences apart.
        "全年共受理投诉120件。工作有序推进。其中，已办结112件，办结率为95%。",
    ] {
        assert_eq!(found(clean), vec![], "{clean}");
    }
}

#[test]
fn changes_between_two_values() {
    let c = Rule::FigureChange;
    pair(
        "全县财政收入由去年的500万元增长到600万元，同比增长25%。",
        "全县财政收入由去年的500万元增长到600万元，同比增长20%。",
        c,
        "25%",
        "(600−500)÷500=20.0%",
    );
    pair(
        "全年接待游客60万人次，较上年的48万人次增长20%。",
        "全年接待游客60万人次，较上年的48万人次增长25%。",
        c,
        "20%",
        "(60−48)÷48=25.0%",
    );
    pair(
        "安全生产事故从去年的25起下降到20起，下降25%。",
        "安全生产事故从去年的25起下降到20起，下降20%。",
        c,
        "25%",
        "(25−20)÷25=20.0%",
    );
    // The difference written instead of the old value.
    pair(
        "实现营业收入600万元，比上年增加100万元，增长25%。",
        "实现营业收入600万元，比上年增加100万元，增长20%。",
        c,
        "25%",
        "(600−500)÷500=20.0%",
    );
    pair(
        "全年发生火灾45起，比2023年减少5起，下降11.1%。",
        "全年发生火灾45起，比2023年减少5起，下降10%。",
        c,
        "11.1%",
        "(50−45)÷50=10.00%",
    );
    // 1.2亿元 = 12000万元.
    pair(
        "招商引资到位资金由8000万元增加到1.2亿元，增长40%。",
        "招商引资到位资金由8000万元增加到1.2亿元，增长50%。",
        c,
        "40%",
        "(12000−8000)÷8000=50.0%",
    );
    // 增长N倍 = ×(N+1); 增长到N倍 = ×N.
    pair(
        "网上办件量由200件增长到600件，增长3倍。",
        "网上办件量由200件增长到600件，增长2倍。",
        c,
        "3倍",
        "(600−200)÷200=2",
    );
    pair(
        "网上办件量由200件增长到600件，增长到原来的2倍。",
        "网上办件量由200件增长到600件，增长到原来的3倍。",
        c,
        "2倍",
        "600÷200=3",
    );
    pair(
        "网上办件量由200件增长到600件，增长为两倍。",
        "网上办件量由200件增长到600件，增长两倍，是原来的三倍。",
        c,
        "两倍",
        "600÷200=3",
    );
    pair(
        "全年网上办件量600件，是上年200件的2倍。",
        "全年网上办件量600件，是上年200件的3倍。",
        c,
        "2倍",
        "600÷200=3",
    );
    // 翻一番 = ×2, 翻两番 = ×4.
    pair(
        "村集体经济收入由15万元增加到45万元，翻了一番。",
        "村集体经济收入由15万元增加到60万元，翻了两番。",
        c,
        "一番",
        "45÷15=3",
    );
    // 百分点 for the difference of two percentages.
    pair(
        "城镇化率从45%提高到52%，提高8个百分点。",
        "城镇化率从45%提高到52%，提高7个百分点。",
        c,
        "8个百分点",
        "52%−45%=7",
    );
}

#[test]
fn parts_add_up_to_the_total() {
    let t = Rule::FigureTotal;
    pair(
        "共培训干部300人次，其中科级干部120人次、一般干部150人次。",
        "共培训干部300人次，其中科级干部120人次、一般干部180人次。",
        t,
        "300人次",
        "120+150=270",
    );
    pair(
        "全年新建农家书屋12个、文化广场8个，合计25个。",
        "全年新建农家书屋12个、文化广场8个，合计20个。",
        t,
        "25个",
        "12+8=20",
    );
    pair(
        "共发放补贴资金1.5亿元，城市和农村分别为8000万元、6000万元。",
        "共发放补贴资金1.4亿元，城市和农村分别为8000万元、6000万元。",
        t,
        "1.5亿元",
        "0.8+0.6=1.4",
    );
    pair(
        "全年共办理行政复议案件46件。其中，依法维持原具体行政行为30件，撤销10件，责令履行4件。",
        "全年共办理行政复议案件44件。其中，依法维持原具体行政行为30件，撤销10件，责令履行4件。",
        t,
        "46件",
        "30+10+4=44",
    );
}

#[test]
fn unlinked_figures_raise_nothing() {
    for clean in [
        // Parts without 其中/分别, or in other units: not a sum.
        "共培训干部300人次，开展专题讲座12场、现场教学8场。",
        "共有行政村60个，其中集体经济收入超10万元的20个、超50万元的6个。",
        // A rate with three counts and no 共: which two is unclear.
        "受理120件，办结108件，转办6件，办结率90%。",
        // 由于 is not 由.
        "由于资金200万元到位较晚，工程进度为80%，增长放缓。",
        // Growth on one value only.
        "实现营业收入600万元，同比增长12.5%。",
        // A rate that is not the ratio of the counts before it.
        "共受理120件，办结108件，群众满意率98%。",
        // Bounds and estimates.
        "共有行政村60个，其中35个村集体经济收入达标，占比超过一半。",
        "应完成120件，实际完成108件，完成率90%以上。",
        "收入由500万元增长到600万元，增长近25%。",
        // A 共 that starts another count, a 分别 that is not a list of parts.
        "走访企业12家、个体工商户30家，共帮扶企业8家。",
        "共检查企业60家，对其中12家、3家分别下达整改通知和立案处罚。",
        // 增长到 is not an estimate.
        "由45%提高到52%，提高7个百分点。",
        // 一成不变, 形成, 完成: not shares.
        "坚持一成不变的标准，完成120件，形成机制。",
    ] {
        assert_eq!(found(clean), vec![], "{clean}");
    }
}

#[test]
fn consistent_figures_raise_nothing() {
    let (_, found) = run(&[
        "共排查矛盾纠纷110件，其中婚姻家庭50件、邻里纠纷40件、土地纠纷20件。",
        "共排查1284件，调解成功1251件，调解成功率97.4%。",
        "受理量由200件增长到250件，增长25%。",
        "挽回经济损失560万元。",
        "挽回经济损失5600000元。",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// Issue 31: parts after 其中 adding up to more than the total before them, with no 共.
#[test]
fn parts_after_qizhong_exceeding_their_total_are_flagged() {
    let found = |text: &str| {
        crate::check::check_text(text)
            .into_iter()
            .filter(|f| f.rule == Rule::FigureTotal)
            .map(|f| f.note.unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        found("全年受理信访案件86件，其中办结61件、转办15件、督办12件。"),
        ["61+15+12=88 > 86"]
    );
    // Some of the total: fine.
    assert!(found("全年受理信访案件86件，其中办结61件、转办15件。").is_empty());
    assert!(found("全年受理信访案件86件，其中办结61件、转办15件、督办10件。").is_empty());
}
