//! Tests of projects: the seed gold through `gwr::eval`, one fixture per phenomenon seen in
//! the provincial reports (tests/fixtures/projects/), and invariants over every report in raw/.

use std::collections::BTreeMap;
use std::path::Path;

use gwr::model::ProjectRow;
use gwr::source::{self, Kind, Limits};
use gwr::stages::{projects, with_context};
use gwr::text::Text;

use crate::util::{full_run, gold, read_csv, repo, seed_run, slice_chars};

/// Decode a file the way `gwr extract` does.
fn load(path: &Path) -> Text {
    let limits = Limits::default();
    let raw = source::read_raw(path, &limits).expect("read");
    let kind = Kind::of(path).expect("known kind");
    Text::new(source::load(kind, &raw.bytes, None, &limits).expect("decode").text)
}

/// Project rows of a fixture of tests/fixtures/projects/.
fn fixture(name: &str) -> Vec<ProjectRow> {
    let text = load(&repo(&format!("tests/fixtures/projects/{name}")));
    with_context(name, &text, |cx, _| projects::extract(cx))
}

/// name -> stage ("" for none) of a fixture's rows; panics on a name found twice.
fn stages(rows: &[ProjectRow]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for r in rows {
        let prev = out.insert(r.name.clone(), r.stage.unwrap_or("").to_string());
        assert!(prev.is_none(), "{} found twice", r.name);
    }
    out
}

fn expect(name: &str, want: &[(&str, &str)]) {
    let rows = fixture(name);
    let got = stages(&rows);
    let want: BTreeMap<String, String> = want.iter().map(|(n, s)| (n.to_string(), s.to_string())).collect();
    assert_eq!(got, want, "{name}: rows {rows:#?}");
}

#[test]
fn seed_gold_targets() {
    let card = gwr::eval::score_tables(&gold(), seed_run(), &[gwr::eval::Table::Projects]).expect("score");
    let f1 = card.get("projects.f1").expect("f1");
    let stage = card.get("projects.stage").expect("stage accuracy");
    let name = card.get("projects.name").expect("name agreement");
    eprintln!("projects on the seed: f1 {f1:.3}, stage {stage:.3}, name {name:.3}");
    // The issue asks for 0.85 on both; the reader does better, and a regression should show.
    assert!(f1 >= 0.95, "projects F1 {f1:.3}\n{}", card.errors(40));
    assert!(stage >= 0.95, "stage accuracy {stage:.3}\n{}", card.errors(40));
    assert!(name >= 0.95, "name agreement {name:.3}\n{}", card.errors(40));
}

#[test]
fn borrowed_phases_take_their_owners_name() {
    expect(
        "borrowed-phase.txt",
        &[
            ("海康威视二期", "completed"),
            ("海康威视三期", "started"),
            ("萤石项目", "started"),
            ("跳磴河“清水绿岸”一期", "completed"),
            ("跳磴河“清水绿岸”二期", "started"),
            ("环北部湾广东水资源配置一期", "ongoing"),
            ("环北部湾广东水资源配置二期", "ongoing"),
            ("黄茅峡水库", "ongoing"),
        ],
    );
    // The span of a borrowed phase is the phase as written.
    let rows = fixture("borrowed-phase.txt");
    let r = rows.iter().find(|r| r.name == "海康威视三期").expect("row");
    assert_eq!(r.char_end - r.char_start, 2);
}

#[test]
fn list_items_are_projects_as_written() {
    expect(
        "list-items.txt",
        &[
            ("川藏铁路", "ongoing"),
            ("成渝中线高铁", "ongoing"),
            ("京东方", "ongoing"),
            ("沃尔沃", "ongoing"),
            ("开江至梁平", "completed"),
            ("乐山至马边", "completed"),
            ("大渡河双江口", "ongoing"),
            ("金沙江叶巴滩", "ongoing"),
            ("西宁至成都铁路", "ongoing"),
            ("乐山机场", "ongoing"),
            ("孟底沟水电站", "ongoing"),
            ("盐源抽水蓄能电站", "ongoing"),
            ("攀枝花至盐源高速公路", "planned"),
            ("红九九新厂", "completed"),
            ("禄苑", "completed"),
        ],
    );
}

#[test]
fn shared_nouns_complete_bare_items_or_go_to_the_action() {
    expect(
        "shared-nouns.txt",
        &[
            ("伏牛溪整治工程", "completed"),
            ("双石河整治工程", "completed"),
            ("钢花路沿线绿化提升", "completed"),
            ("金鳌山路网", "ongoing"),
            ("中梁山路网", "ongoing"),
            ("银桥路南段", "started"),
            ("刘家坝东片区路网", "started"),
            ("跳磴南片区路网", "started"),
            ("心湖公园", "completed"),
            ("义渡公园", "completed"),
            ("美德公园", "completed"),
            ("白居寺公园", "started"),
            ("双山公园", "started"),
            ("区敬老院升级改造", "completed"),
            ("锁口丘", "completed"),
            ("翠园", "completed"),
            ("月光", "completed"),
        ],
    );
    let rows = fixture("shared-nouns.txt");
    let action = |n: &str| rows.iter().find(|r| r.name == n).and_then(|r| r.action.clone());
    assert_eq!(action("美德公园").as_deref(), Some("完成整治提升"));
    assert_eq!(action("双山公园").as_deref(), Some("启动改造"));
    assert_eq!(action("月光").as_deref(), Some("完成改造"));
}

#[test]
fn kinds_policies_zones_events_and_programmes_are_not_rows() {
    let rows = fixture("not-projects.txt");
    assert!(rows.is_empty(), "{rows:#?}");
}

/// Names made only of category words are kinds: scopes (省, 省市县), sectors and products (火箭,
/// 卫星制造, 风光核氢), modifiers (主要, 地下, 百亿级) and policy words (补贴, 扶持), also around a
/// verb written onto 工程/项目 (培育壮大工程, 重点建设项目). A named programme still counts.
#[test]
fn category_words_make_kinds_not_names() {
    expect(
        "categories.txt",
        &[
            ("崂山实验室", "ongoing"),
            ("“吉林工匠”培育工程", "ongoing"),
            // A scope or a modifier alone does not make a kind of a named building.
            ("安徽百戏城", "completed"),
            ("省文化馆新馆", "completed"),
            ("副中心站综合交通枢纽", "completed"),
            ("沿江高铁", "ongoing"),
            ("建新养护院", "completed"),
            ("综合老年养护院", "completed"),
        ],
    );
}

/// Words that hold a head noun but name no built thing (临港, 港交所, 开路, 超高速), districts and
/// designations (商务区, 自贸港, 陆海新通道); a list ending in a district keeps its other items.
#[test]
fn heads_inside_other_words_and_designations_are_not_rows() {
    expect("heads-in-words.txt", &[("合肥中欧班列集结中心", "ongoing")]);
}

/// Fragments: a verb pair joined by 和 (新建和更新), a work verb before a list (维修改造), a length
/// or an age before a kind (310公里农村公路, 30年以上燃气管道), a name cut inside a bracket, a
/// quoted 工程 under a verb that does nothing to it (搞“形象工程”).
#[test]
fn fragments_lengths_and_verb_pairs_are_not_names() {
    expect(
        "fragments.txt",
        &[
            ("机场大道", "ongoing"),
            ("友谊路", "ongoing"),
            ("环二环80公里绿道", "ongoing"),
            ("长三角（广德）康养基地", "ongoing"),
            // A bracket the name opens closes in it.
            ("新疆天山职业技术大学(克州校区)", "completed"),
        ],
    );
}

#[test]
fn institutions_count_when_something_is_built() {
    expect(
        "institutions.txt",
        &[
            ("区中医院新院区", "started"),
            ("重医大附属康复医院", "planned"),
            ("产品制造中心", "started"),
            ("区政务服务中心新址", "completed"),
        ],
    );
}

#[test]
fn nothing_from_the_glossary() {
    expect("glossary.txt", &[("白居寺长江大桥", "completed"), ("陶家隧道", "started")]);
}

#[test]
fn names_keep_scope_words_segments_and_short_brackets() {
    expect(
        "names.txt",
        &[
            ("昌平南口全国重点实验室基地一期", "completed"),
            ("重庆（国际）小球赛事中心", "planned"),
            ("广珠（澳）高铁鹤洲至横琴段", "started"),
            ("长征国家文化公园（广东段）", "ongoing"),
            ("粤东水资源优化配置工程", "planned"),
            ("三纵线五台山至双山段改造", "completed"),
            ("新九中路二期", "completed"),
            ("轨道江跳线", "completed"),
        ],
    );
}

#[test]
fn stages_follow_the_verb_ranks() {
    expect(
        "stages.txt",
        &[
            ("京津冀国家技术创新中心雄安中心", "completed"),
            ("大兴机场综保区二期", "completed"),
            ("承平高速", "completed"),
            ("长江音乐学院", "planned"),
            ("白沙沱长江大桥遗址公园", "planned"),
            ("长江音乐厅", "ongoing"),
            ("宝武集团“四个一”项目", ""),
            ("区疾控中心新建工程", "planned"),
            ("百花村观光缆车项目", "started"),
            ("李雪芮全民健身运动中心", "ongoing"),
        ],
    );
}

#[test]
fn rows_are_consistent_in_every_report() {
    let dir = full_run();
    let rows = read_csv(&dir.join("projects.csv"));
    let sections = read_csv(&dir.join("sections.csv"));
    assert!(rows.len() > 1000, "only {} project rows over raw/", rows.len());
    let mut by_doc: BTreeMap<&str, Vec<&BTreeMap<String, String>>> = BTreeMap::new();
    for r in &rows {
        by_doc.entry(r["doc_id"].as_str()).or_default().push(r);
    }
    let texts: BTreeMap<String, String> = gwr::source::walk::walk(&[repo("raw")])
        .expect("walk raw/")
        .files
        .into_iter()
        .map(|f| (f.doc_id.clone(), load(&f.path).as_str().to_string()))
        .collect();
    for (doc, rs) in &by_doc {
        let text = &texts[*doc];
        let glossary: Vec<(usize, usize)> = sections
            .iter()
            .filter(|s| {
                s["doc_id"] == *doc
                    && s["heading"].chars().filter(|c| !c.is_whitespace()).collect::<String>() == "名词解释"
            })
            .map(|s| (s["char_start"].parse().unwrap(), s["char_end"].parse().unwrap()))
            .collect();
        let mut last = 0;
        for (i, r) in rs.iter().enumerate() {
            assert_eq!(r["project_id"], (i + 1).to_string(), "{doc}: ids run 1, 2, …");
            let (a, b): (usize, usize) = (r["char_start"].parse().unwrap(), r["char_end"].parse().unwrap());
            assert!(a >= last && a < b, "{doc}: rows in char_start order");
            last = a;
            let span = slice_chars(text, a, b);
            let name = &r["name"];
            // As written, completed by a shared noun (伏牛溪 → 伏牛溪整治工程) or by its owner (三期 →
            // 海康威视三期): the written span is always part of the name.
            assert!(name.contains(&span), "{doc}: span {span:?} not in name {name:?}");
            assert!(r["sentence"].contains(&span), "{doc}: span {span:?} not in its sentence");
            assert_eq!(r["name_key"], projects::name_key(name), "{doc}: name_key of {name}");
            assert!(!glossary.iter().any(|&(s, e)| s <= a && a < e), "{doc}: {name} is in the 名词解释 block");
            assert!(
                ["", "planned", "started", "ongoing", "completed"].contains(&r["stage"].as_str()),
                "{doc}: stage {}",
                r["stage"]
            );
        }
    }
}
