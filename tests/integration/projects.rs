//! Tests of projects: the seed gold through `gwr::eval`, one fixture per phenomenon seen in
//! the provincial reports (tests/fixtures/projects/), and invariants over every report in raw/.

use std::collections::BTreeMap;
use std::path::Path;

use gwr::lang::text::Text;
use gwr::source::{self, Kind, Limits};
use gwr::stages::projects;

use crate::util::{Row, fixture_run, full_run, gold, read_csv, repo, rows_of, seed_run, slice_chars};

/// Decode a file the way `gwr extract` does.
fn load(path: &Path) -> Text {
    let limits = Limits::default();
    let raw = source::read_raw(path, &limits).expect("read");
    let kind = Kind::of(path).expect("known kind");
    Text::new(source::load(kind, &raw.bytes, None, &limits).expect("decode").text)
}

// Every row of every fixture of tests/fixtures/projects/, all columns, is pinned by the golden
// snapshots in tests/fixtures/projects/snapshots/ (golden.rs). The tests below state the rule
// each fixture is about, on the names and stages that show it.

/// Project rows of a fixture of tests/fixtures/projects/, from the one extraction of the folder.
fn fixture(name: &str) -> Vec<Row> {
    rows_of(fixture_run("projects"), "projects", name)
}

/// The row of a fixture named `name`; panics when there is none, or more than one.
fn row<'a>(rows: &'a [Row], name: &str) -> &'a Row {
    let mut found = rows.iter().filter(|r| r["name"] == name);
    let r = found.next().unwrap_or_else(|| panic!("no project {name} in {:?}", names(rows)));
    assert!(found.next().is_none(), "{name} found twice");
    r
}

fn names(rows: &[Row]) -> Vec<&str> {
    rows.iter().map(|r| r["name"].as_str()).collect()
}

/// (name, stage) of the rows that show a rule; each must be a row of the fixture.
fn expect(rows: &[Row], want: &[(&str, &str)]) {
    for (name, stage) in want {
        assert_eq!(row(rows, name)["stage"], *stage, "stage of {name}");
    }
}

/// No row of the fixture has a name containing `word`.
fn no_name_with(rows: &[Row], word: &str) {
    assert!(!rows.iter().any(|r| r["name"].contains(word)), "a row named with {word}: {:?}", names(rows));
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

/// A bare phase (三期, 二期) takes the name of the project before it, whose stage it does not
/// share; its span is the phase as written.
#[test]
fn borrowed_phases_take_their_owners_name() {
    let rows = fixture("borrowed-phase");
    expect(&rows, &[("海康威视二期", "completed"), ("海康威视三期", "started"), ("跳磴河“清水绿岸”二期", "started")]);
    expect(&rows, &[("环北部湾广东水资源配置二期", "ongoing")]);
    let r = row(&rows, "海康威视三期");
    let (a, b): (usize, usize) = (r["char_start"].parse().unwrap(), r["char_end"].parse().unwrap());
    assert_eq!(b - a, 2, "the span of a borrowed phase is 三期");
}

/// Items of a list before a category word (等重大基础设施项目) are projects as written, with the
/// stage of the verb after the list; routes before a road named by its place (等高速公路) take it
/// (round 21).
#[test]
fn list_items_are_projects_as_written() {
    let rows = fixture("list-items");
    expect(&rows, &[("川藏铁路", "ongoing"), ("成渝中线高铁", "ongoing"), ("京东方", "ongoing")]);
    expect(
        &rows,
        &[("开江至梁平高速公路", "completed"), ("乐山至马边高速公路", "completed"), ("大渡河双江口", "ongoing")],
    );
    expect(&rows, &[("攀枝花至盐源高速公路", "planned"), ("红九九新厂", "completed"), ("禄苑", "completed")]);
}

/// A noun after a list (伏牛溪、双石河整治工程) completes its bare items; a work noun (整治提升,
/// 改造) goes to the action instead.
#[test]
fn shared_nouns_complete_bare_items_or_go_to_the_action() {
    let rows = fixture("shared-nouns");
    expect(&rows, &[("伏牛溪整治工程", "completed"), ("双石河整治工程", "completed")]);
    expect(&rows, &[("刘家坝东片区路网", "started"), ("跳磴南片区路网", "started")]);
    assert_eq!(row(&rows, "美德公园")["action"], "完成整治提升");
    assert_eq!(row(&rows, "双山公园")["action"], "启动改造");
    assert_eq!(row(&rows, "月光")["action"], "完成改造");
}

/// Issue 10, round 2: a bare item written like the place part of the named item after it
/// takes that item's whole noun chain (乌东德、嘎洒江水电站等项目, 永广、广大铁路扩能改造工程,
/// 永仁、元谋通用机场); a kind after 等 graded by size or priority (8件大中型水库, 25件重点水源
/// 工程) completes its bare items without the count and the grade, other kinds do not (尚品荟等
/// 4条特色商业街区); a river is not completed with a reservoir's head (龙川江、青山嘴水库).
#[test]
fn bare_items_take_the_noun_chain_of_their_list() {
    let rows = fixture("shared-nouns");
    expect(
        &rows,
        &[
            ("青山嘴水库", "completed"),
            ("乌东德水电站", "ongoing"),
            ("永广铁路扩能改造工程", "ongoing"),
            ("永仁通用机场", "started"),
            ("武定仁和水源工程", "ongoing"),
            ("永仁直苴水源工程", "ongoing"),
        ],
    );
    assert!(names(&rows).contains(&"尚品荟"), "{:?}", names(&rows));
    no_name_with(&rows, "龙川江");
    no_name_with(&rows, "永广改造");
}

/// Completion by the named item's place part is for lists of names alike: not for an item after
/// a name and its verb (祁离高速全面复工、汾石高速), nor when the bare items before the name differ
/// in length (蓝天、碧水、青山、黑土地和草原湿地; 银川至宁东、石嘴山、吴忠、中卫城际; 中心城区
/// 旅游餐饮、购物、娱乐街区).
#[test]
fn parallel_completion_needs_a_list_of_names_alike() {
    let rows = fixture("shared-nouns");
    for bad in ["复工", "蓝天", "碧水", "吴忠", "购物"] {
        no_name_with(&rows, bad);
    }
    assert!(names(&rows).contains(&"汾石高速"), "{:?}", names(&rows));
}

/// (Issue 10, round 4, jiangxi-2013: kinds named by a sector, a product or a setting — 大型商贸
/// 综合体, 茶叶标准园, 数字档案馆, 沿海港口 — and the fast track of a procedure, 审批绿色通道, are
/// among them.)
/// (Round 65: a programme implemented by name is a row however long its name, so the one row of the
/// fixture is 实施急需紧缺技能人才培养工程, a long description until then.)
#[test]
fn kinds_policies_zones_events_and_programmes_are_not_rows() {
    let rows = fixture("not-projects");
    assert_eq!(names(&rows), ["急需紧缺技能人才培养工程"]);
}

/// Names made only of category words are kinds: scopes (省, 省市县), sectors and products (火箭,
/// 卫星制造, 风光核氢), modifiers (主要, 地下, 百亿级) and policy words (补贴, 扶持), also around a
/// verb written onto 项目 (重点建设项目, 培育项目 in a list). A named programme still counts, and since
/// round 65 a programme implemented by name counts however long its name of category words
/// (深入实施未来产业培育壮大工程, 实施文艺精品创作扶持工程), while the policy items named 项目 stay kinds.
#[test]
fn category_words_make_kinds_not_names() {
    let rows = fixture("categories");
    for kind in [
        "重点项目",
        "重点实验室",
        "火箭",
        "风光核氢",
        "地下管网",
        "百亿级",
        "补贴",
        "大模型",
        "人才培养项目",
        "重点建设项目",
    ] {
        no_name_with(&rows, kind);
    }
    expect(
        &rows,
        &[
            ("崂山实验室", "ongoing"),
            ("“吉林工匠”培育工程", "ongoing"),
            ("未来产业培育壮大工程", "ongoing"),
            ("文艺精品创作扶持工程", "ongoing"),
        ],
    );
    // A scope or a modifier alone does not make a kind of a named building.
    expect(&rows, &[("省文化馆新馆", "completed"), ("综合老年养护院", "completed")]);
    // A count spaced from its number (226 个, 30 件), as texts that space their numbers write
    // it, makes a kind as well.
    for kind in ["建设项目", "水源工程", "硬化工程", "行政村"] {
        no_name_with(&rows, kind);
    }
}

/// Words that hold a head noun but name no built thing (临港, 港交所, 开路, 超高速), districts and
/// designations (商务区, 自贸港); a list ending in a district keeps its other items. A named
/// corridor (西部陆海新通道) is a route (issue 10.3: a row where it is built, fixture corridors), but
/// one the place only connects with (积极对接: `closed`, as 融入) is a scheme joined, no row (round 61).
#[test]
fn heads_inside_other_words_and_designations_are_not_rows() {
    let rows = fixture("heads-in-words");
    assert_eq!(names(&rows), ["合肥中欧班列集结中心"]);
}

/// Fragments: a verb pair joined by 和 (新建和更新), a work verb before a list (维修改造), a length
/// or an age before a kind (310公里农村公路, 30年以上燃气管道), a name cut inside a bracket, a
/// quoted 工程 under a verb that does nothing to it (搞“形象工程”).
#[test]
fn fragments_lengths_and_verb_pairs_are_not_names() {
    let rows = fixture("fragments");
    for fragment in ["新建和更新", "维修改造", "农村公路", "燃气管道", "形象工程", "乡镇（街道"]
    {
        no_name_with(&rows, fragment);
    }
    expect(&rows, &[("机场大道", "ongoing"), ("环二环80公里绿道", "completed"), ("长三角（广德）康养基地", "ongoing")]);
    // A bracket the name opens closes in it.
    expect(&rows, &[("新疆天山职业技术大学(克州校区)", "completed")]);
}

/// An institution is a project when something is built for it (新院区开工建设, 共建…康复医院),
/// not when it only works (国家创新中心产出成果).
#[test]
fn institutions_count_when_something_is_built() {
    let rows = fixture("institutions");
    expect(
        &rows,
        &[("区中医院新院区", "started"), ("重医大附属康复医院", "planned"), ("区政务服务中心新址", "completed")],
    );
    no_name_with(&rows, "创新中心");
    no_name_with(&rows, "残疾人康复中心");
}

/// Names in the 名词解释 block (中顺大道, 建桥大道 …) are no rows.
#[test]
fn nothing_from_the_glossary() {
    let rows = fixture("glossary");
    assert_eq!(names(&rows), ["白居寺长江大桥", "陶家隧道"]);
}

/// Names keep their scope words (全国重点实验室), segments (鹤洲至横琴段, 五台山至双山段), phases
/// and short brackets (（国际）, （澳）, （广东段）); a long bracket after a name (（含龙颈水库扩建）)
/// is not part of it.
#[test]
fn names_keep_scope_words_segments_and_short_brackets() {
    let rows = fixture("names");
    expect(&rows, &[("昌平南口全国重点实验室基地一期", "completed"), ("重庆（国际）小球赛事中心", "planned")]);
    expect(&rows, &[("广珠（澳）高铁鹤洲至横琴段", "started"), ("长征国家文化公园（广东段）", "ongoing")]);
    expect(&rows, &[("粤东水资源优化配置工程", "planned"), ("三纵线五台山至双山段改造", "completed")]);
}

/// The stage follows the verb that governs the name, by rank: 启动运行, 通过验收, 建成通车 are
/// completed; 确定建设方案 and 前期工作 planned; 主体基本建成 still ongoing; 启动 started; no
/// stage verb (推动…落地), no stage.
#[test]
fn stages_follow_the_verb_ranks() {
    let rows = fixture("stages");
    expect(&rows, &[("京津冀国家技术创新中心雄安中心", "completed"), ("大兴机场综保区二期", "completed")]);
    expect(&rows, &[("长江音乐学院", "planned"), ("区疾控中心新建工程", "planned"), ("长江音乐厅", "ongoing")]);
    expect(&rows, &[("宝武集团“四个一”项目", ""), ("百花村观光缆车项目", "started")]);
}

/// Names listed across commas without a verb take the predicate after the last one
/// (福元路大桥，湘府路大桥，南湖路隧道建设顺利推进); a list closed by 等 does not take the next
/// list's (滨江路、中山路等…，地铁二期要做好前期工作).
#[test]
fn a_list_across_commas_shares_its_last_predicate() {
    let rows = fixture("stages");
    expect(&rows, &[("福元路大桥", "ongoing"), ("湘府路大桥", "ongoing"), ("南湖路隧道", "ongoing")]);
    expect(&rows, &[("滨江路", ""), ("地铁二期", "planned")]);
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

/// Issue 10.3, false rows of unseen reports: kinds named by scope words and modifiers (省市重大,
/// 国省, 跨界, 小散, 非经营性, 普惠性, 产业化), kinds of housing and roads, a head used as a
/// modifier (商场化), counts of people (10万人次巡堤), clauses cut into names (了, 向, 未),
/// traffic through a port (进出港), awards (荣获“…项目”).
#[test]
fn kinds_modifiers_and_clause_fragments_are_not_projects() {
    let rows = fixture("precision");
    let words = "省市重大 商场 经济适用房 巡堤 一堤 上扬线 保障了 两岸直航 进出港 荣获 创业创新 国省 跨界 小散 \
                 非经营性 产业化 普惠性 区域路网 载体 教文卫体 居民小区 二级公路 工程建设项目 理顺";
    for word in words.split_whitespace() {
        no_name_with(&rows, word);
    }
    // A designation of a port is its action; the port is a row.
    assert_eq!(row(&rows, "江阴港")["action"], "被列为大陆首批两岸直航港口之一");
    // A list number and the blank after it are not part of the name.
    row(&rows, "中晟30万吨锂离子电池负极材料项目");
    // 着 belongs to a clause (干部围着项目转), and 随着/标志着 open one: the airport is the name.
    for word in ["跟着", "围着", "随着", "标志着"] {
        no_name_with(&rows, word);
    }
    assert_eq!(row(&rows, "明月山机场")["stage"], "completed");
}

/// Issue 10.3, misses of unseen reports: a length before a name (全长29.3公里的快速内环), heads of
/// ring roads, green belts, interchanges and museums, a route segment after its last head,
/// roads listed before a kind of road (等10条断头路), a quoted 工程 with a name after its count,
/// and a place or amount before 的 that is not part of the action. 全线贯通 is completed (the
/// golds of jilin-2025 and wuxi-2009); 打通 leaves the stage empty.
#[test]
fn lengths_routes_quoted_programmes_and_kinds_of_roads_are_read() {
    let rows = fixture("recovered");
    expect(
        &rows,
        &[
            ("快速内环", "completed"),
            ("蠡湖环湖绿带", "completed"),
            ("沪宁高速公路无锡机场互通", "completed"),
            ("中开高速凤山互通至双水互通段", "completed"),
            ("无锡博物院", "completed"),
            ("江阴港", ""),
            ("菱花路南延", ""),
            ("金明大道东", ""),
            ("侨中路", ""),
            ("“十大强农惠农工程”", "ongoing"),
            ("妇幼保健院", "ongoing"),
            ("盲人图书馆", "completed"),
            ("蜂巢易创产业园", "completed"),
        ],
    );
    // A count of programmes in quotes with nothing else is a slogan.
    no_name_with(&rows, "“十大工程”");
    assert_eq!(row(&rows, "盲人图书馆")["action"], "建成");
    assert_eq!(row(&rows, "蜂巢易创产业园")["action"], "正式投产");
}

/// Issue 10.3, actions and stages of unseen reports: an adverb of manner is part of the action
/// as written (积极推进, 全面开工建设, 大力推进); a steering verb (力促) and 进一步 are not. 在即 is
/// not yet done (ongoing), 基本建成/基本竣工 neither; a work done and through (扩容贯通) is
/// completed; 准备 of a project is planning.
#[test]
fn adverbs_stay_in_the_action_and_cues_settle_the_stage() {
    let rows = fixture("actions");
    assert_eq!(row(&rows, "远景能源")["action"], "积极推进");
    assert_eq!(row(&rows, "火车站北广场综合交通枢纽")["action"], "全面开工建设");
    assert_eq!(row(&rows, "“万顷良田”建设工程")["action"], "大力推进");
    assert_eq!(row(&rows, "金鳌山路网")["action"], "完善");
    assert_eq!(row(&rows, "宁海吉义")["action"], "建成投产");
    // An adverb before a steering word goes with it.
    assert_eq!(row(&rows, "京雄保城际（R1线）")["action"], "开展前期工作");
    expect(
        &rows,
        &[
            ("火车站北广场综合交通枢纽", "started"),
            ("谷阳路及跨铁路桥", "ongoing"),
            ("双井路", "completed"),
            ("宗泽路", "completed"),
            ("清名桥街区一期主体工程", "ongoing"),
            ("扬镇宁马城际铁路项目", "planned"),
            ("宁海吉义", "completed"),
        ],
    );
}

/// Issue 10.3, misses and false rows of unseen reports: named corridors and networks (新通道,
/// 国家水网…工程, 环线, 金沙江黄金水道), programmes in quotes ending in 工程, works named by what
/// they do (提标改造 written onto one asset, 配置工程, 连通工程, 治理工程 with a place before,
/// 技改搬迁, 移民搬迁安置 of one plant) are rows; a
/// region named as a whole (连云港), organisations listed before their kind (等人民团体), and
/// kinds led by 各级 or 更多 are not.
#[test]
fn corridors_networks_and_works_named_by_what_they_do_are_rows() {
    let rows = fixture("corridors");
    expect(
        &rows,
        &[
            ("西部陆海新通道", "ongoing"),
            ("国家水网骨干工程", "started"),
            ("南昌绕城高速西二环线", "completed"),
            ("城东污水处理厂提标改造", "completed"),
            ("峡江水资源配置工程", "started"),
            ("鄱阳湖水系连通工程", "ongoing"),
            ("赣江下游尾闾综合治理工程", "ongoing"),
            ("“千村示范、万村整治”工程", "ongoing"),
            ("长株潭环线", "ongoing"),
            ("湘江新通道", "started"),
            ("金沙江黄金水道", "ongoing"),
            ("楚雄烟厂技改搬迁", "completed"),
            ("观音岩水电站移民搬迁安置", "completed"),
        ],
    );
    // Resettlement of people, not of a facility, is no project.
    no_name_with(&rows, "群众");
    // 黄金水道 is named by the river before it and counts only when it is built.
    no_name_with(&rows, "长江黄金水道");
    assert!(!names(&rows).contains(&"黄金水道"), "{:?}", names(&rows));
    for word in ["连云港", "各级", "更多", "工商联", "工会"] {
        no_name_with(&rows, word);
    }
}

/// Issue 10.3, the audit of 150 random rows (tests/fixtures/projects/AUDIT.md): kinds named by
/// modifiers the word lists lacked (郊区, 自备, 国债, 重点河流, 饮用水, 再生资源, 固体废物,
/// 畜牧业, 关键产业, 优势产业, 应用型, 村级, 矿产资源), counts in 件, verbs read as names
/// (改善, 注重, 执行, 筛选, 消除), heads inside longer words (起付线, 出站口, 堤岸, 楼堂馆所,
/// 蓄水库容, 工程建设中) and a figure read as a route's end (调减至500元).
#[test]
fn audit_kinds_verbs_and_words_holding_a_head_are_not_projects() {
    let rows = fixture("audit");
    let words = "起付线 出站 珠江堤 中小型水库 片林 自备电厂 国债 水利枢纽 饮用水 放心早餐 再生资源 \
                 固体废物 畜牧业 备份 优势产业 应用型 健身设施 矿产资源 改善 景区 执行 筛选 消除 楼堂 蓄水库 化工基地";
    for word in words.split_whitespace() {
        no_name_with(&rows, word);
    }
    // Real projects in the same sentences stay.
    expect(&rows, &[("鹤峰江坪河电站", "ongoing"), ("半岛环境提升工程", "started")]);
}

/// Issue 10.3, stages the blind golds read less well: a steering word alone is the action
/// (推动X → 推动, ongoing), 做好 and 建好 are work under way, and 获批建设/获批立项 are planning;
/// but none of them makes an institution a row (建好用好X重点实验室), and a designation
/// (获批国家5A级旅游景区) decides no stage.
#[test]
fn steering_words_and_approvals_decide_stages() {
    let rows = fixture("steering-stages");
    expect(
        &rows,
        &[
            ("宝中铁路扩能改造", "ongoing"),
            ("木扎尔特口岸", "ongoing"),
            ("城北海拉尔河湿地项目", "ongoing"),
            ("广西人工智能实验室", "planned"),
            ("轨道交通1号线", "planned"),
            ("南昌至九江高铁", "ongoing"),
        ],
    );
    assert_eq!(row(&rows, "宝中铁路扩能改造")["action"], "推动");
    for word in ["重点实验室", "检验检测中心"] {
        no_name_with(&rows, word);
    }
}

/// Issue 10, round 4 (jiangxi-2013, jilin-2025): a predicate that reports a quantity of a name
/// (X工程完成治理面积120万亩, 新开工建设30.38万套, 完成投资8.3亿元) is no action of it, and the
/// words before a name up to its last number or date go (投资4.2亿元实施 → 实施, 6月底前开工建设 →
/// 开工建设); a designation is no quantity (3-5号泊位前期工作 keeps its stage).
#[test]
fn quantity_predicates_are_no_actions() {
    let rows = fixture("stages");
    let r = row(&rows, "“五水共治”工程");
    assert_eq!((r["action"].as_str(), r["stage"].as_str()), ("", ""));
    assert_eq!(row(&rows, "滨河大道改造工程")["action"], "实施");
    assert_eq!(row(&rows, "城南污水处理厂")["action"], "开工建设");
    expect(&rows, &[("滨河大道改造工程", "ongoing"), ("城南污水处理厂", "started"), ("白沙港", "planned")]);
}

/// Issue 10, round 4 (jiangxi-2013): milestones of a dam or a bridge on its way are ongoing
/// (实现大江截流, 下闸蓄水, 主桥合龙) and end the name where they start (no 青石岭水库下闸); water
/// through a finished work is completed (全线通水, 全面通水, 正式通水, 开闸通水: no 南干渠开闸); seeking to set a facility up is planning
/// (争取设立).
#[test]
fn milestones_on_the_way_and_seeking_approval() {
    let rows = fixture("stages");
    expect(
        &rows,
        &[
            ("白鹭滩水利枢纽", "ongoing"),
            ("青石岭水库", "ongoing"),
            ("东平大桥", "ongoing"),
            ("北干渠", "completed"),
            ("西塘航空口岸", "planned"),
            ("南干渠", "completed"),
            ("西干渠一期工程", "completed"),
            ("东岭支线", "completed"),
        ],
    );
    no_name_with(&rows, "下闸");
    no_name_with(&rows, "开闸");
}

/// Issue 10, round 4 (chuxiong-2016, jilin-2025, jiangxi-2013): 争取 steers like 力争 and leaves
/// the action (争取开工建设X → 开工建设, 争取X年底竣工 → 年底竣工), but a longer phrase opening
/// with it stays whole (争取设立 is planning).
#[test]
fn seeking_steers_unless_a_longer_phrase_starts_with_it() {
    let rows = fixture("steering-stages");
    assert_eq!(row(&rows, "南岭隧道")["action"], "开工建设");
    assert_eq!(row(&rows, "东港通用机场")["action"], "年底竣工");
    assert_eq!(row(&rows, "北湖航空口岸")["action"], "争取设立");
    expect(&rows, &[("南岭隧道", "started"), ("东港通用机场", "completed"), ("北湖航空口岸", "planned")]);
}

/// Issue 10, round 4 (hailar-2013, jiangxi-2013, zhenjiang-2021): a name that only a quantity
/// is said of, with no work in it and no verb before it (东湖机场年旅客吞吐量突破200万人次, a sum
/// in words: X项目总投资超百亿元), is the measured thing, not a project reported on; a quantity of
/// work keeps the row (西山三期工程新开工建设12万平方米, action and stage empty).
#[test]
fn names_only_measured_are_not_rows() {
    let rows = fixture("stages");
    no_name_with(&rows, "东湖机场");
    no_name_with(&rows, "百村联建");
    let r = row(&rows, "西山三期工程");
    assert_eq!((r["action"].as_str(), r["stage"].as_str()), ("", ""));
}

/// Issue 10, round 4 (jiangxi-2013, chuxiong-2016): a 工程 named only by category words, of 4 to
/// 6 characters before 工程 and stated alone, is a programme when the text implements it by name
/// (实施社区服务提升工程, 交通惠民工程深入实施, 农村环境清洁工程扎实推进); an umbrella (民生工程), a counted or graded kind
/// (民生八大工程) and a list item (…和农村供水保障工程) are not.
#[test]
fn programmes_implemented_by_name_are_rows() {
    let rows = fixture("stages");
    expect(&rows, &[("社区服务提升工程", "ongoing"), ("交通惠民工程", "ongoing"), ("农村环境清洁工程", "ongoing")]);
    for word in ["民生工程", "八大工程", "农村供水保障工程"] {
        no_name_with(&rows, word);
    }
}

/// Issue 10, round 4: 大项目 closes a list like 项目 (东湖文旅城、西岭滑雪场等一批大项目 keeps
/// its items), while alone or after generic words it is a kind (抓大项目), and X类项目 is a class
/// of projects (基础设施类项目): the not-projects fixture holds those.
#[test]
fn big_projects_close_a_list_but_name_none() {
    let rows = fixture("list-items");
    expect(&rows, &[("东湖文旅城", "planned"), ("西岭滑雪场", "planned")]);
    no_name_with(&fixture("not-projects"), "大项目");
}

/// Issue 10, round 6: a route (places joined by 至) listed before a named route takes its noun
/// chain without 等 too (荔浦至玉林、桂林至柳城高速公路 → 荔浦至玉林高速公路; a range of numbers,
/// 10至20万吨级, is no route), and a segment of a route in brackets stays in the name however long
/// (贺州至巴马（钟山至昭平段）高速公路).
#[test]
fn routes_before_a_named_route_take_its_head() {
    let rows = fixture("city-lists");
    expect(
        &rows,
        &[
            ("阳朔至鹿寨高速公路", "completed"),
            ("贺州至巴马（钟山至昭平段）高速公路", "completed"),
            ("荔浦至玉林高速公路", "ongoing"),
            ("灌阳经恭城至平乐高速公路", "ongoing"),
            ("桂林至柳城高速公路", "ongoing"),
            // Before 等 and a kind of route project, the route takes that kind (round 18).
            ("贺州至巴马（蒙山至象州段）高速公路项目", "started"),
        ],
    );
    no_name_with(&rows, "10至20");
}

/// Issue 10, round 6: 特色小镇 is a designation like 示范区 (the items before 等5个特色小镇 are
/// places so designated), while a 小镇 named and built stays; 聚集区 is a district like 集聚区
/// (桂林大学聚集区: the university names the district).
#[test]
fn designated_towns_and_districts_are_not_projects() {
    let rows = fixture("city-lists");
    expect(&rows, &[("益田·雁山民国风情小镇", "ongoing")]);
    for word in ["恭城月柿", "荔浦衣架", "特色小镇", "桂林大学"] {
        no_name_with(&rows, word);
    }
}

/// Issue 10, round 6: a feasibility study is planning work even when done (可研报告完成审查:
/// planned), 落地实施 is under way (ongoing, while 落地 alone leaves the stage empty), and a
/// building moved into is finished (入驻使用: completed).
#[test]
fn feasibility_studies_and_buildings_moved_into() {
    let rows = fixture("city-lists");
    expect(
        &rows,
        &[
            ("长塘水库工程", "planned"),
            ("地中海俱乐部二期", "ongoing"),
            ("市公安局新业务技术用房", "completed"),
            ("广电中心", "completed"),
        ],
    );
}

/// Issue 10, round 6: a head of one character is no noun a list shares (象山、雁山、灵川园 are
/// no 象山园; 塔山、和平、新生街 no 塔山街; 昌西、艾溪湖、双港、麦园变电站 no 艾溪湖港, taken from
/// the 港 of 双港).
#[test]
fn a_head_of_one_character_completes_no_list() {
    let rows = fixture("city-lists");
    for word in ["象山园", "雁山园", "塔山街", "艾溪湖港", "昌西港"] {
        no_name_with(&rows, word);
    }
}

/// Issue 10, round 6: closed by 等项目 or 等工程, the items are projects as written, so a work
/// noun on the last one is its own (宁江回族小学改扩建等工程 → 宁江回族小学改扩建), not shared
/// by the list as it is without 等 (心湖公园、义渡公园、美德公园整治提升).
#[test]
fn a_list_closed_by_deng_xiangmu_keeps_its_last_work_noun() {
    let rows = fixture("city-lists");
    expect(&rows, &[("宁江回族小学改扩建", "completed"), ("市第二实验学校", "completed")]);
    assert_eq!(row(&rows, "市第二实验学校")["action"], "全面竣工");
}

/// Issue 10, round 6: repairs (维修改造) and a railway's speed-up (提速改造) are work nouns, so
/// written onto one asset they stay in its name (省立艺术馆维修改造, 衡柳铁路（桂林段）提速改造项目)
/// instead of ending it as verbs.
#[test]
fn repairs_and_speed_ups_are_work_nouns() {
    let rows = fixture("city-lists");
    expect(&rows, &[("省立艺术馆维修改造", "ongoing"), ("衡柳铁路（桂林段）提速改造项目", "started")]);
}

/// Issue 10, round 6: a head followed by 建设规划 names the scope of a plan, not an
/// undertaking (列入国家中长期铁路建设规划, 编制生活垃圾处理设施建设规划), and the project listed in
/// the plan is planned.
#[test]
fn a_construction_plan_is_no_project() {
    let rows = fixture("city-lists");
    expect(&rows, &[("桂林经郴州至赣州红军长征高铁项目", "planned")]);
    no_name_with(&rows, "中长期铁路");
    no_name_with(&rows, "垃圾处理设施");
}

/// Issue 10, round 6: words the lists lacked: 重中之重 ranks a kind like 重点 (重中之重项目), 桥头
/// is a place word holding no bridge (秀峰桥头村), and 安排 allots (优先安排产业扶贫项目: the kind
/// after it is no name).
#[test]
fn priority_ranks_bridgeheads_and_allotments_are_not_projects() {
    let rows = fixture("city-lists");
    for word in ["重中之重", "秀峰桥", "安排", "产业扶贫"] {
        no_name_with(&rows, word);
    }
}

/// Issue 10, round 6: a list item holding a sum of money is a figure and takes no head from
/// the name after it (深科技新增产值50亿元、量子通讯项目: no 产值50亿元项目).
#[test]
fn a_sum_of_money_is_no_list_item() {
    let rows = fixture("city-lists");
    no_name_with(&rows, "亿元");
    row(&rows, "量子通讯项目");
}

/// Issue 10, round 6: a site named by its place after the head (城北院区, 光谷院区) is part of the
/// name and makes it specific, even when nothing stands before the head (中医院城北院区).
#[test]
fn a_site_named_by_its_place_is_part_of_the_name() {
    let rows = fixture("city-lists");
    expect(
        &rows,
        &[
            ("中医院城北院区", "ongoing"),
            ("桂林医学院附属医院整体搬迁", "ongoing"),
            ("武汉儿童医院光谷院区", "completed"),
        ],
    );
}

/// Issue 10, round 6: 试点建设 after a name is building it as a pilot, the work on it (荔江国家湿地
/// 公园试点建设通过国家验收: completed; 加快灌江国家湿地公园试点建设: ongoing), not a designation that
/// makes the name a modifier.
#[test]
fn pilot_building_is_the_work_on_a_name() {
    let rows = fixture("city-lists");
    expect(&rows, &[("荔江国家湿地公园", "completed"), ("灌江国家湿地公园", "ongoing")]);
}

/// Issue 10, round 6: 路上 (on the way) is a figure of speech holding no road (前进路上无坦途).
#[test]
fn on_the_way_is_no_road() {
    no_name_with(&fixture("city-lists"), "前进路");
}

/// Issue 10, round 6: two levels of place written together before 通 say every place of them,
/// as one level written twice does (乡镇通二级（或三级）路, as 镇镇通二级公路): a kind.
#[test]
fn two_levels_of_place_before_tong_are_a_kind() {
    no_name_with(&fixture("city-lists"), "乡镇通");
}

/// Issue 10, round 6: what a place joins (融入) is a wider scheme, not an undertaking of the
/// report (融入西部陆海新通道: no row), while the works beside it are (桂林西物流中心).
#[test]
fn a_scheme_joined_is_no_project() {
    let rows = fixture("city-lists");
    no_name_with(&rows, "陆海新通道");
    expect(&rows, &[("桂林西物流中心", "ongoing")]);
}

/// Issue 10, round 6: a modifier ending in 的 between 等 and a kind of 项目 does not hide the
/// kind (中芯国际集成芯片、华泰汽车自动变速器等一批超50亿元的项目: both projects as written), while a
/// count summing up a list before 的 and a kind (是一项…的系统工程) still names none.
#[test]
fn a_de_modifier_after_deng_does_not_hide_the_kind() {
    let rows = fixture("city-lists");
    expect(&rows, &[("中芯国际集成芯片", "started"), ("华泰汽车自动变速器", "started")]);
}

/// Issue 10, round 7: a head followed by 运输 names a mode of transport, not a road or line
/// (跨境公路运输, 铁路运输类海关监管场地: no road), while a route built stays (宜马快速通道).
#[test]
fn a_mode_of_transport_is_no_route() {
    let rows = fixture("city-reports");
    no_name_with(&rows, "跨境公路");
    no_name_with(&rows, "西宁铁路");
    expect(&rows, &[("宜马快速通道", "started")]);
}

/// Issue 10, round 7: a name right after a verb that confers a title (入选, 获评, 获批, 创建 …),
/// or a list of names after it, is the title, not an undertaking (获批国家级地质公园, 入选省级…
/// 示范工程, 创建钦州大蚝产业园、灵山奶水牛产业园); the thing designated before the verb stays
/// (石桥水库, 源网荷储虚拟电厂项目), and so do a phase (获批海阳三期) and a stage word (获批建设).
#[test]
fn a_title_conferred_is_no_project() {
    let rows = fixture("city-reports");
    for w in ["地质公园", "水利风景区", "示范工程", "大蚝产业园", "奶水牛产业园"] {
        no_name_with(&rows, w);
    }
    expect(&rows, &[("石桥水库", ""), ("源网荷储虚拟电厂项目", ""), ("宜兴通用机场", "planned")]);
    assert!(names(&rows).contains(&"海阳三期"), "{:?}", names(&rows));
}

/// Issue 10, round 7: kinds by owner or batch the lists lacked (民间博物馆, 各批次试点项目) are
/// no rows, while a named museum beside them stays (国家海洋考古博物馆).
#[test]
fn private_and_batch_kinds_are_no_projects() {
    let rows = fixture("city-reports");
    no_name_with(&rows, "民间");
    no_name_with(&rows, "批次");
    expect(&rows, &[("国家海洋考古博物馆", "started")]);
}

/// Issue 10, round 7: a figure and a word holding a head are no names (康庄大道: the course
/// taken; 公交站台: a stop's platform, not 设置公交站).
#[test]
fn a_broad_road_and_a_platform_are_no_projects() {
    let rows = fixture("city-reports");
    no_name_with(&rows, "康庄");
    no_name_with(&rows, "公交站");
}

/// Issue 10, round 7: a base or market named only by a class of products is a role the place
/// plays or a kind (绿色农产品生产供应基地, 农产品批发市场), while one named by its place stays
/// (京津冀地区优质农产品供应基地).
#[test]
fn a_base_named_by_a_class_of_products_is_a_kind() {
    let rows = fixture("city-reports");
    assert!(!names(&rows).iter().any(|n| n.starts_with("绿色农产品") || n.starts_with("农产品")), "{:?}", names(&rows));
    expect(&rows, &[("京津冀地区优质农产品供应基地", "ongoing")]);
}

/// Issue 10, round 8: the complement 好 stays with its verb (搞好, 落实好, 组织好, 规划建设好 as
/// 做好 and 抓好), and 服务保障 steers like 支持: no name opens with either (好奥运场馆, 服务保障本桓
/// 高速公路 were rows of unseen reports).
#[test]
fn the_complement_hao_and_serving_stay_with_the_verb() {
    let rows = fixture("unseen-reports");
    assert!(!names(&rows).iter().any(|n| n.starts_with('好') || n.starts_with("服务")), "{:?}", names(&rows));
    expect(
        &rows,
        &[
            ("奥运场馆", "ongoing"),
            ("三洲田综合生态旅游项目", "ongoing"),
            ("黄墩湖滞洪区项目", ""),
            ("本桓高速公路", "ongoing"),
            ("金霞物流园", "planned"),
            ("市文化中心", "ongoing"),
        ],
    );
}

/// Issue 10, round 8: the main structure topped out or finished (主体封顶, 主体竣工, 主体结构建成)
/// is a stage on the way, ongoing, and 主体 goes to the action, not the name (市民服务中心三期主体
/// and 团结小学新校区主体 竣工 completed were rows); 主体工程 keeps it (清名桥街区一期主体工程).
#[test]
fn a_main_structure_finished_is_ongoing_and_no_part_of_the_name() {
    let rows = fixture("unseen-reports");
    no_name_with(&rows, "主体");
    expect(&rows, &[("市民服务中心三期", "ongoing"), ("团结小学新校区", "ongoing"), ("全民健身中心", "ongoing")]);
    expect(&fixture("actions"), &[("清名桥街区一期主体工程", "ongoing")]);
}

/// Issue 10, round 8: greening or works named only by a kind of place (村庄, 庭院, 园林 generic
/// in dict/project_heads.tsv) are activities, not projects, while greening named by its place
/// stays (东山组团绿化, as the hailar gold keeps it).
#[test]
fn greening_of_a_kind_of_place_is_no_project() {
    let rows = fixture("unseen-reports");
    for w in ["村庄", "庭院", "园林"] {
        no_name_with(&rows, w);
    }
    expect(&rows, &[("东山组团绿化", "ongoing")]);
}

/// Issue 10, round 8: innovation platforms named by their function (概念验证中心, 中试基地) and a
/// park named by its setting (滨水公园) are kinds; a platform named by its owner stays
/// (河南省碳基新材料中试基地).
#[test]
fn platforms_named_by_their_function_are_kinds() {
    let rows = fixture("unseen-reports");
    no_name_with(&rows, "概念验证");
    no_name_with(&rows, "滨水");
    assert!(!names(&rows).contains(&"中试基地"), "{:?}", names(&rows));
    expect(&rows, &[("河南省碳基新材料中试基地", "ongoing")]);
}

/// Issue 10, round 8: verbs of oversight and care the lists lacked (严格, 严控, 重视, 做细, 做深,
/// 打好) end a name where they start, so 项目 after them is no name (严格项目, 严控“两高”项目,
/// 重视项目, 做细项目, 打好项目 were rows of unseen reports).
#[test]
fn verbs_of_oversight_open_no_name() {
    let rows = fixture("unseen-reports");
    for w in ["严格", "严控", "重视", "做细", "打好", "两高"] {
        no_name_with(&rows, w);
    }
    expect(&rows, &[("滨河南路", "ongoing")]);
}

/// Issue 10, round 8: kinds named by a function or a user, names gwr wrote for several regions'
/// reports (方舱医院, 定点医院, 换电站, 智慧安防小区, 帮扶项目), are no rows; a pipeline named by its
/// place stays (胶州湾海底天然气管线: 管线 is a head, so it is not made generic).
#[test]
fn kinds_found_in_many_regions_are_no_rows() {
    let rows = fixture("unseen-reports");
    for w in ["方舱", "定点", "换电", "安防", "帮扶"] {
        no_name_with(&rows, w);
    }
    expect(&rows, &[("胶州湾海底天然气管线", "ongoing")]);
}

/// Issue 10, round 8: a count that sums up a list (2条旅游公路, 两条西出口路) names the last
/// items of the list, that many, not every item before it (天平高速公路天水段旅游公路 and
/// 秦州大道旅游公路 were rows of an unseen report).
#[test]
fn a_count_sums_up_only_its_last_items() {
    let rows = fixture("unseen-reports");
    expect(
        &rows,
        &[
            ("天平高速公路天水段", "ongoing"),
            ("秦州大道", "ongoing"),
            ("甘泉至麦积山景区旅游公路", "ongoing"),
            ("武山县洛门至水帘洞景区旅游公路", "ongoing"),
            ("哈萨尔大街西出口路", "completed"),
            ("西头道街西出口路", "completed"),
        ],
    );
}

/// Issue 10, round 8: a segment written with a dash between its ends (黄山—千岛湖段) stays in the
/// route's name like one written with 至, instead of going to the action.
#[test]
fn a_segment_with_a_dash_stays_in_the_name() {
    let rows = fixture("unseen-reports");
    expect(&rows, &[("溧宁高速黄山—千岛湖段", "started"), ("德上高速池州—祁门段", "started")]);
}

/// Issue 10, round 8: a node of a national network the city is designated (陆港型国家物流枢纽,
/// 区域性国际邮政快递枢纽) is a designation, not a work; a hub named by its place stays
/// (中国北方物流枢纽).
#[test]
fn a_designated_node_of_a_national_network_is_no_project() {
    let rows = fixture("unseen-reports");
    no_name_with(&rows, "国家物流枢纽");
    no_name_with(&rows, "快递枢纽");
    expect(&rows, &[("中国北方物流枢纽", "ongoing")]);
}

/// Issue 10, round 8: bare items before 等 and a 项目 of an area (王家营、安宁桃花村等片区项目)
/// name the areas, not projects; before 等项目 they stay projects as written (远景能源).
#[test]
fn areas_before_an_area_project_are_no_projects() {
    let rows = fixture("unseen-reports");
    no_name_with(&rows, "王家营");
    no_name_with(&rows, "桃花村");
    expect(&rows, &[("远景能源", "ongoing"), ("开普动力", "ongoing")]);
}

/// Issue 10, round 8: seeking a title (争创, 申报, 申创 with the `designates` verbs) is no work on
/// what is named after it (争创贺兰山国家公园, 申报…国家级湘莲现代农业产业园), while a work beside it
/// stays (贺兰山体育场).
#[test]
fn a_title_sought_is_no_project() {
    let rows = fixture("unseen-reports");
    no_name_with(&rows, "国家公园");
    no_name_with(&rows, "湘莲");
    expect(&rows, &[("贺兰山体育场", "ongoing")]);
}

/// Issue 10, round 8: 力推 steers like 力促 (力推轮台机场 was a row), and the adverbs in 力 are
/// words (强力, 奋力 …), so 力推 never starts inside 强力推进 or 奋力推动.
#[test]
fn li_tui_steers_and_adverbs_in_li_are_words() {
    let rows = fixture("unseen-reports");
    no_name_with(&rows, "力推");
    assert!(!names(&rows).iter().any(|n| n.starts_with('进') || n.starts_with('动')), "{:?}", names(&rows));
    expect(&rows, &[("轮台机场", "started"), ("中国兵装焦作装备产业园", "ongoing"), ("南岭隧道", "ongoing")]);
}

/// Issue 10, round 8: the city's own level (市本级, 县本级, 区本级) is a scope, dropped like 全市,
/// not part of a name (市本级西三路 was a row; the road is 西三路).
#[test]
fn the_own_level_is_a_scope() {
    let rows = fixture("unseen-reports");
    no_name_with(&rows, "本级");
    expect(&rows, &[("西三路", "completed")]);
}

/// Issue 10, round 8: sectors and trade statistics called 工程 (海洋工程, 对外承包工程), an approval
/// procedure (建设工程项目审批) and a region's own scope (自治区重大项目, like 省重大项目) are no
/// rows; a work beside them stays (白鹤滩水电站).
#[test]
fn sectors_statistics_and_scopes_called_gongcheng_are_no_rows() {
    let rows = fixture("unseen-reports");
    for w in ["海洋工程", "承包工程", "工程项目", "自治区"] {
        no_name_with(&rows, w);
    }
    expect(&rows, &[("白鹤滩水电站", "ongoing")]);
}

/// Issue 10, round 8: what a plan relies on (依托X) is there already and used, not built: no row
/// (依托京沪高铁、济青高铁构建高铁网主框架), while a work beside it stays (济南新东站).
#[test]
fn what_is_relied_on_is_no_project() {
    let rows = fixture("unseen-reports");
    no_name_with(&rows, "高铁");
    expect(&rows, &[("济南新东站", "ongoing")]);
}

/// Issue 10, round 9 (county reports): the 的 joining a list to its predicate is no part of the
/// action (加快A、B等项目的推进 → 加快推进; 完成A的建设 → 完成建设).
#[test]
fn de_before_the_predicate_is_no_part_of_the_action() {
    let rows = fixture("county-reports");
    expect(&rows, &[("麦多利10万吨大麦芽二期", "ongoing")]);
    assert_eq!(row(&rows, "麦多利10万吨大麦芽二期")["action"], "要加快推进");
    let done: Vec<&Row> = rows.iter().filter(|r| r["name"] == "华汇地下金街" && r["status"] == "target").collect();
    assert_eq!(done.len(), 1, "{:?}", names(&rows));
    assert_eq!(done[0]["action"], "完成建设");
    assert!(!rows.iter().any(|r| r["action"].contains('的')), "an action holding 的");
}

/// Issue 10, round 9 (county reports): the ordinal of a task (三是, 一要, 另一方面要) is no part of
/// its action (三是加快X建设 → 加快建设).
#[test]
fn ordinals_of_tasks_are_no_part_of_the_action() {
    let rows = fixture("county-reports");
    assert_eq!(row(&rows, "中俄蒙文化创意产业园项目")["action"], "加快建设");
    assert_eq!(row(&rows, "伊敏河沿河景观工程")["action"], "继续实施");
    assert_eq!(row(&rows, "喜来登酒店项目")["action"], "抓好");
    expect(&rows, &[("伊敏河沿河景观工程", "ongoing"), ("喜来登酒店项目", "ongoing")]);
}

/// Issue 10, round 9 (county reports): a decimal point is no section marker, so a name keeps the
/// whole of its figure (启动2.5万亩蔬菜基地建设工程 → 2.5万亩…, not 5万亩…).
#[test]
fn a_decimal_figure_is_not_cut_at_its_point() {
    let rows = fixture("county-reports");
    expect(&rows, &[("2.5万亩蔬菜基地建设工程", "started")]);
    assert!(!rows.iter().any(|r| r["name"].starts_with("5万亩")), "{:?}", names(&rows));
}

/// Issue 10, round 9 (county reports): what is about to be finished is ongoing, like 通车在即
/// (万豪二期…即将投入运营); a milestone said before it decides a mixed list (竣工或即将完工).
#[test]
fn about_to_be_finished_is_ongoing() {
    let rows = fixture("county-reports");
    expect(&rows, &[("万豪二期", "ongoing"), ("世纪天伦", "ongoing")]);
    expect(&rows, &[("海拉尔大桥", "completed")]);
}

/// Issue 10, round 9 (county reports): a place name opening with a function word's character
/// keeps it (向阳幼儿园, not 阳幼儿园; 将军庙至淖毛湖铁路), while 为民办实事工程 stays no name.
#[test]
fn place_names_opening_with_a_function_character_keep_it() {
    let rows = fixture("county-reports");
    expect(&rows, &[("向阳幼儿园", "completed"), ("将军庙至淖毛湖铁路", "started")]);
    assert!(!rows.iter().any(|r| r["name"] == "阳幼儿园" || r["name"].starts_with("军庙")), "{:?}", names(&rows));
}

/// Issue 10, round 9 (county reports): a verb right before an office (办事处, 办) names the office
/// (建设办 is the 建设 sub-district): 启动建设办文体活动中心建设 → 建设办文体活动中心, 启动建设.
#[test]
fn a_verb_before_an_office_names_the_office() {
    let rows = fixture("county-reports");
    expect(&rows, &[("建设办文体活动中心", "started"), ("建设办事处1万亩设施农业", "ongoing")]);
    assert_eq!(row(&rows, "建设办文体活动中心")["action"], "启动建设");
    assert_eq!(row(&rows, "建设办事处1万亩设施农业")["action"], "实施");
    assert!(!rows.iter().any(|r| r["name"].starts_with('办')), "{:?}", names(&rows));
}

/// Issue 10, round 9: 景点 is a kind word, so 景区景点 names no 景区 (建设高端化旅游景区景点: no
/// row), while a named park beside it stays.
#[test]
fn scenic_spots_are_a_kind() {
    let rows = fixture("county-reports");
    no_name_with(&rows, "旅游景区");
    expect(&rows, &[("哈克文化遗址公园", "ongoing")]);
}

/// Issue 10, round 10 (county reports): a ring road or an exit road written with the generic 道路
/// is a named road (确保城市东外环道路开工建设，西出口道路建成通车), while 道路工程 alone stays a kind.
#[test]
fn ring_and_exit_roads_written_with_daolu_are_roads() {
    let rows = fixture("county-reports");
    expect(&rows, &[("城市东外环道路", "started"), ("西出口道路", "completed")]);
    no_name_with(&rows, "等道路");
}

/// Issue 10, round 10 (county reports): 综合改造 is a work noun like 综合治理, so a list joined by 的
/// to it keeps its items (完成对胜利大街、西大街、胜利三路等主干道路的综合改造 → three roads, 完成综合改造).
#[test]
fn a_list_before_a_comprehensive_renovation_keeps_its_items() {
    let rows = fixture("county-reports");
    let renovated: Vec<(&str, &str, &str)> = rows
        .iter()
        .filter(|r| r["sentence"].contains("综合改造"))
        .map(|r| (r["name"].as_str(), r["action"].as_str(), r["stage"].as_str()))
        .collect();
    assert_eq!(
        renovated,
        [
            ("胜利大街", "完成综合改造", "completed"),
            ("西大街", "完成综合改造", "completed"),
            ("胜利三路", "完成综合改造", "completed")
        ]
    );
}

/// Waste sites named …处理场 are built things like …处理厂 (audit 8 of 2000s city reports:
/// 二妃山垃圾处理场建成并投入使用 gave no row: 垃圾处理 is a generic word and took the 处理 of
/// 处理场); an institutional market (碳交易市场) is no project.
#[test]
fn waste_site_named_by_its_kind_of_field() {
    let rows = fixture("waste-sites");
    expect(&rows, &[("二妃山垃圾处理场", "completed"), ("黑糜峰垃圾无害化处理场", "completed")]);
    no_name_with(&rows, "交易市场");
}

/// Issue 10, round 11 (city reports): a count summing up a list with a 工程 or 项目 of a built
/// kind (a figure or a head after the count) completes the items that name nothing of their own
/// (玉门和金塔两个750千伏输变电工程 → 玉门750千伏输变电工程, 金塔750千伏输变电工程), while named
/// items before a bare 两个项目 stay as written.
#[test]
fn a_count_with_a_built_kind_of_works_completes_bare_items() {
    let rows = fixture("city-precision");
    expect(
        &rows,
        &[
            ("玉门750千伏输变电工程", "started"),
            ("金塔750千伏输变电工程", "started"),
            ("地铁6号线", "started"),
            ("轻轨4号线南延线", "started"),
        ],
    );
    assert!(!rows.iter().any(|r| r["name"] == "玉门" || r["name"].ends_with("线项目")), "{:?}", names(&rows));
}

/// Issue 10, round 11: 地下商城 (an underground mall) is a built thing, so a count summing up a
/// list with it completes every item (新世纪、中央大街两个地下商城 → 新世纪地下商城, 中央大街地下商城).
#[test]
fn an_underground_mall_completes_the_items_of_its_count() {
    let rows = fixture("city-precision");
    expect(&rows, &[("新世纪地下商城", "completed"), ("中央大街地下商城", "completed")]);
    assert!(!rows.iter().any(|r| r["name"] == "中央大街"), "{:?}", names(&rows));
}

/// Issue 10, round 11: taking part in what others build is no undertaking of the report's
/// (积极参与共建西部陆海新通道, 吸引社会资本参与城建大项目建设: 参与 closes like 融入), while a road
/// built in the next clause stays.
#[test]
fn taking_part_is_no_project() {
    let rows = fixture("city-precision");
    no_name_with(&rows, "陆海新通道");
    no_name_with(&rows, "大项目");
    expect(&rows, &[("滨江大道", "ongoing")]);
}

/// Issue 10, round 11: items before a kind of 项目 that names research, standards, heritage or
/// talent (`unbuilt` of dict/project_words.tsv) are topics, not built undertakings (肉制品、调味面
/// 制品等十大标准化重点项目, 超级计算机…等国家重大科研项目), while items before a plain 等项目 stay.
#[test]
fn items_of_research_or_standard_projects_are_not_rows() {
    let rows = fixture("city-precision");
    for topic in ["肉制品", "调味面制品", "超级计算机", "集成电路成套工艺"] {
        no_name_with(&rows, topic);
    }
    expect(&rows, &[("金鹰纤维", "ongoing"), ("银河化工", "ongoing")]);
}

/// Issue 10, round 11: kinds named by words the lists lacked (灾后重建, 招呼站, 隐患点, 中外合作,
/// 国内 as generic words of dict/project_heads.tsv) are no names, while a named park in the same
/// sentence stays.
#[test]
fn kinds_of_the_round_11_sample_are_not_rows() {
    let rows = fixture("city-precision");
    for kind in ["灾后重建", "招呼站", "隐患点", "中外合作", "旅游景区"] {
        no_name_with(&rows, kind);
    }
    expect(&rows, &[("东湖公园", "completed")]);
}

/// Issue 10, round 11: 吸引, 降低 and 清理 are verbs, not the front of a name (吸引MD直升机、中泰凯马
/// 等项目早日落户 → MD直升机; 降低绿化成本: no row).
#[test]
fn attracting_lowering_and_clearing_are_verbs() {
    let rows = fixture("city-precision");
    assert_eq!(row(&rows, "MD直升机")["action"], "吸引早日落户");
    no_name_with(&rows, "吸引");
    no_name_with(&rows, "降低");
}

/// Issue 10, round 11: sports grounds (体育场地) hold no 体育场, a region's ports (环渤海港口) and a
/// seed centre with no place (国际种业中心) are kinds; a named sports centre stays.
#[test]
fn sports_grounds_regional_ports_and_seed_centres_are_kinds() {
    let rows = fixture("city-precision");
    for kind in ["体育场", "港口", "种业"] {
        no_name_with(&rows, kind);
    }
    expect(&rows, &[("市体育中心", "started")]);
}

/// Issue 10, round 11: a head named by its place (`place_kind`: 煤矿, 水电站, 高速公路 …), written
/// alone after 等, completes the short bare items (核桃峪、甜水堡和新庄等煤矿 → 核桃峪煤矿), while
/// hotels keep their brand as written (喜来登、锦江国际等酒店), as hailar-2013's gold has them.
#[test]
fn a_lone_place_kind_after_deng_completes_bare_items() {
    let rows = fixture("city-precision");
    expect(&rows, &[("核桃峪煤矿", "ongoing"), ("甜水堡煤矿", "ongoing"), ("新庄煤矿", "ongoing")]);
    expect(&rows, &[("喜来登", "started"), ("锦江国际", "started")]);
}

/// Issue 10, round 11: a year's 中 is no mid-year where it opens 中央 or 中国 (`word_of_its_own`):
/// 实施2025年中央预算内投资西城水厂项目 names no 央…, while 2025年中开工建设东城水厂 still drops 2025年中.
#[test]
fn a_years_zhong_opening_zhongyang_is_no_mid_year() {
    let rows = fixture("city-precision");
    assert!(rows.iter().any(|r| r["name"].starts_with("中央")), "{:?}", names(&rows));
    no_name_with(&rows, "年中");
    expect(&rows, &[("东城水厂", "started")]);
}

/// Issue 10, round 11: a stage verb between 等 and a bare 项目 or 工程 (等在建工程, 等改扩建项目)
/// does not hide the kind: the items are projects as written (城北区二幼 comes), and the verb is no
/// part of their action (推进深中通道、春风隧道等在建工程 → 推进).
#[test]
fn a_stage_verb_between_deng_and_xiangmu_does_not_hide_the_kind() {
    let rows = fixture("city-precision");
    expect(&rows, &[("深中通道", "ongoing"), ("春风隧道", "ongoing"), ("城北区二幼", "ongoing")]);
    assert_eq!(row(&rows, "深中通道")["action"], "推进");
    assert_eq!(row(&rows, "晓泉小学")["action"], "加快");
}

/// Issue 10, round 11: 尽早 and 尽快 end the noun run before them (dict/stage_verbs.tsv), so the
/// kind after 等在建 is still a bare 项目 (雪花、亘富、万家惠等在建项目尽早建成投产: three rows, a
/// round-9 miss of 海拉尔区 2014) and no name ends in 尽早 (防川至圈河公路尽早建成).
#[test]
fn as_soon_as_possible_ends_the_run_before_it() {
    let rows = fixture("city-precision");
    expect(&rows, &[("雪花", "completed"), ("亘富", "completed"), ("万家惠", "completed")]);
    assert_eq!(row(&rows, "万家惠")["action"], "尽早建成投产");
    expect(&rows, &[("防川至圈河公路", "completed")]);
}

/// Issue 10, round 11: 落地建设 is ongoing like 落地实施 (物元半导体先进封测项目落地建设), and like
/// 做好 it makes no institution a row (国家合成生物技术创新中心内蒙古分中心落地建设: none).
#[test]
fn landing_and_building_is_ongoing_but_builds_no_institution() {
    let rows = fixture("city-precision");
    expect(&rows, &[("物元半导体先进封测项目", "ongoing")]);
    no_name_with(&rows, "分中心");
}

/// Issue 10, round 12 (audit 8 of 2000s city reports, kind A): before 等项目, with a named
/// project among them, bare company or product items are projects as written, and a kind with
/// a head listed with them (农业特色产业园区, 大学科技园) drops only itself; a kind without a
/// head (农村能源: programmes) or an item opening with a generic word (污水全处理) still makes
/// the list a list of kinds.
#[test]
fn a_kind_in_a_list_of_projects_drops_only_itself() {
    let rows = fixture("recall-2000s");
    expect(
        &rows,
        &[("神龙公司技改", "ongoing"), ("中誉汽车", "ongoing"), ("精伦电子", "ongoing"), ("凯迪环保", "ongoing")],
    );
    let companies = rows.iter().filter(|r| ["东风本田汽车", "亚东水泥", "武钢二冷轧"].contains(&r["name"].as_str()));
    assert_eq!(companies.count(), 6, "{:?}", names(&rows));
    for kind in ["产业园区", "大学科技园", "退耕还林", "人畜饮水", "污水全处理", "机械化收集"]
    {
        no_name_with(&rows, kind);
    }
}

/// Issue 10, round 12 (audit 8, kind A): a sector joined by 和 to a kind of 项目 after 等
/// (等重大技改和基建项目) shares its 项目: the items are projects as written, and 基建项目 is
/// no row of its own.
#[test]
fn a_sector_joined_to_a_kind_of_project_shares_its_project() {
    let rows = fixture("recall-2000s");
    expect(
        &rows,
        &[("韩国玻壳", "ongoing"), ("中科软件", "ongoing"), ("三一重工", "ongoing"), ("长丰二期", "ongoing")],
    );
    no_name_with(&rows, "基建");
}

/// Issue 10, round 12 (audit 8, kind C): phase numerals listed after a head (文昌污水处理厂一、
/// 二期工程) make one name per phase, each with the head and the 工程 after the phase.
#[test]
fn listed_phase_numerals_make_one_name_per_phase() {
    let rows = fixture("recall-2000s");
    expect(&rows, &[("文昌污水处理厂一期工程", "completed"), ("文昌污水处理厂二期工程", "completed")]);
    assert!(!rows.iter().any(|r| r["name"] == "二期工程"), "{:?}", names(&rows));
}

/// Issue 10, round 12 (audit 8, kind E): before 等工程 or 等项目, a place (a water body or a
/// place word at its end) and a work noun name works on that place (恢河治理, 东湖截污), even
/// when the list also holds kinds (城市排水及污水处理, 集中供热: no rows); 截污 and 截流并网 are
/// work nouns, so 一批河涌整治、截污工程 names no project.
#[test]
fn a_place_and_a_work_noun_before_a_kind_of_works_is_a_project() {
    let rows = fixture("recall-2000s");
    expect(
        &rows,
        &[
            ("恢河治理", "ongoing"),
            ("七里河综合治理", "ongoing"),
            ("何家河整治", "ongoing"),
            ("府城管网改造工程", "ongoing"),
        ],
    );
    for kind in ["城市排水", "集中供热", "截污工程", "河涌整治"] {
        no_name_with(&rows, kind);
    }
    // Works on a place also keep a list of mostly kinds from being a list of kinds only.
    assert_eq!(rows.iter().filter(|r| r["name"] == "东湖截污").count(), 2, "{:?}", names(&rows));
}

/// Issue 10, round 12 (audit 8, kind C): a list of names each ending in a phase, followed by
/// 的 and the works done to them (狮子岭一期、海马二期、药谷二期的基础设施建设), names the
/// phases: the 的 does not make the list a modifier.
#[test]
fn phases_listed_before_their_works_are_projects() {
    let rows = fixture("recall-2000s");
    expect(&rows, &[("狮子岭一期", "completed"), ("海马二期", "completed"), ("药谷二期", "completed")]);
}

/// Projects round 16 (audit 9, recall on 2000s city reports): phase numerals listed after an
/// owner named without a head (海汽三、四期工程) make one 工程 per phase, like those after a head;
/// phase numerals with no owner (一、二期工程) make none.
#[test]
fn listed_phase_numerals_of_a_named_owner_make_one_name_per_phase() {
    let rows = fixture("round16");
    expect(&rows, &[("海汽三期工程", "ongoing"), ("海汽四期工程", "ongoing")]);
    assert!(!rows.iter().any(|r| r["name"].starts_with("一期") || r["name"].starts_with("二期")), "{:?}", names(&rows));
}

/// Projects round 16 (audit 9): a list closed by 等 and a kind, followed by 的 and the work done
/// on it (等特色商业街区的开发改造), names the items; the 的 does not make the list a modifier of
/// a thing after it, as it does before a thing (三角地、西大街等街道的人行步道板: no rows).
#[test]
fn a_list_before_the_work_done_on_it_names_its_items() {
    let rows = fixture("round16");
    for name in ["桥头街", "钟楼街"] {
        row(&rows, name);
    }
    for word in ["三角地", "西大街", "步道板"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 16 (audit 9, precision on 2020s city reports): 创成 (a title won) is a
/// designation like 创建: what follows it is the title, not an undertaking, and no name holds it.
#[test]
fn a_title_won_is_no_undertaking() {
    let rows = fixture("round16");
    for word in ["创成", "农业产业园", "湿地公园"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 16 (audit 9): housing for sale (商品房) and 沿河 (along a river, like 沿江) are
/// generic words: 新建商品房项目 and 沿河港口产业园 name kinds, while a river named before 沿河 keeps
/// its name (伊敏河沿河公园).
#[test]
fn housing_for_sale_and_along_a_river_are_generic() {
    let rows = fixture("round16");
    for word in ["商品房", "沿河港口"] {
        no_name_with(&rows, word);
    }
    row(&rows, "伊敏河沿河公园");
}

/// Projects round 17 (audit 10, precision on 2000s reports): words that say what a project is
/// or who uses it, not which one (拟建, 成熟, 优势, 主次, 现有), make a kind:
/// 拟建项目, 成熟项目, 主次干道, 现有污水处理厂 name no project.
#[test]
fn status_and_user_words_make_kinds() {
    let rows = fixture("round17");
    for word in ["拟建", "成熟", "优势", "主次", "现有"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 17 (audit 10): a 工程 standing alone after the ordinal of a task, with nothing
/// done to it (七是长效管理工程。, 一是城市框架工程：), heads a field of work and is no row; the works
/// under it are (西湖公园), and a programme implemented by name stays (二是深入实施产业强县工程).
#[test]
fn a_task_heading_is_no_project() {
    let rows = fixture("round17");
    for word in ["城市框架", "长效管理", "港口建设"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("西湖公园", "completed"), ("产业强县工程", "ongoing")]);
}

/// Projects round 17 (audit 10): verbs of the 2000s reports end a name where they start and give
/// their stage (筹划 planned, 兴建 and 修建 ongoing); 瞄准 opens no name; 申建 seeks a
/// title; 整修 written onto one asset stays in its name (黄帝陵整修二期工程).
#[test]
fn verbs_of_the_2000s_reports_end_names() {
    let rows = fixture("round17");
    expect(
        &rows,
        &[
            ("赣江穿江隧道", "planned"),
            ("鱼尾闸电排站", "ongoing"),
            ("拉萨市老年活动中心", "ongoing"),
            ("黄帝陵整修二期工程", "ongoing"),
        ],
    );
    for word in ["瞄准", "大工程", "中欧班列"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 18 (audit 11): bare items before 等 and a kind named by its place, with a
/// modifier of its own, take it (兴坪、草坪等旅游码头 → 兴坪旅游码头, 峨眉、峨边等通用机场); a
/// route before a kind of route project takes it, also when a bracket closes its first place
/// (城步（湘桂界）至龙胜、…等高速公路项目 → 城步（湘桂界）至龙胜高速公路项目).
#[test]
fn items_take_a_kind_named_by_its_place() {
    let rows = fixture("round18");
    expect(
        &rows,
        &[
            ("兴坪旅游码头", "completed"),
            ("峨眉通用机场", "planned"),
            ("合庆郊野公园", "ongoing"),
            ("桂林至柳城高速公路项目", "ongoing"),
            ("灌阳经恭城至平乐高速公路项目", "ongoing"),
            ("城步（湘桂界）至龙胜高速公路项目", "started"),
        ],
    );
    assert!(!names(&rows).contains(&"兴坪"), "{:?}", names(&rows));
}

/// Projects round 18 (audit 11): a list the text calls projects (等…项目) keeps two or more
/// named items whatever kinds stand beside them (广州文化馆, 粤剧院; 美术馆, 科学馆 stay kinds);
/// a list of 一批 kinds still names none of its kinds (农牧区寄宿制学校).
#[test]
fn a_list_called_projects_keeps_its_names() {
    let rows = fixture("round18");
    for name in ["广州文化馆", "粤剧院", "音乐博物馆"] {
        row(&rows, name);
    }
    for word in ["美术馆", "科学馆", "寄宿制学校"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 19 (audit 12): a thing only said to win an honour, a rank, a list or a pilot
/// (获全国十佳示范单位, 晋升国家一级馆, 成为网红打卡地) is named in passing, no undertaking; works
/// named as such (北山湿地修复工程) and a zone given a status (西城创意产业园获评…集聚区) stay.
#[test]
fn a_thing_only_winning_an_honour_is_no_project() {
    let rows = fixture("round19");
    for word in ["南湖污水处理厂", "东关博物馆", "运粮河公园"] {
        no_name_with(&rows, word);
    }
    for name in ["北山湿地修复工程", "西城创意产业园"] {
        row(&rows, name);
    }
    expect(&rows, &[("青龙港码头", "completed")]);
}

/// Projects round 19 (audit 12): a bare item joined by 和 to goods right before a sector word
/// names one industry with it (清河稀有金属和铜产业循环经济基地: one base, not 铜产业…基地 alone).
#[test]
fn goods_joined_by_he_before_a_sector_are_one_name() {
    let rows = fixture("round19");
    expect(
        &rows,
        &[
            ("清河稀有金属和铜产业循环经济基地", "ongoing"),
            ("武平新型显示和终端产业园", "ongoing"),
            ("白沙铜产业循环经济基地", "ongoing"),
        ],
    );
    for name in ["铜产业循环经济基地", "终端产业园", "武平新型显示"] {
        assert!(!names(&rows).contains(&name), "{:?}", names(&rows));
    }
}

/// Projects round 20 (audit 13, jiaozuo-2014): X及Y is two works when Y is a name opening with a
/// region and X holds a head (朝阳路南延及焦作黄河大桥项目); a bare X (潍宿及青岛连接线) stays one.
#[test]
fn a_name_opening_with_a_region_after_ji_is_a_work_of_its_own() {
    let rows = fixture("round20");
    expect(&rows, &[("朝阳路南延项目", "planned"), ("焦作黄河大桥项目", "planned"), ("潍宿及青岛连接线", "ongoing")]);
    no_name_with(&rows, "南延及");
}

/// Projects round 20 (audit 13): main works written after the last name of a list are shared by
/// its items and go to the action, ongoing as 主体竣工 is (完成明镜湖、青龙、白石水库主体工程 → 明镜湖,
/// 青龙水库, 白石水库); an item with works of its own keeps them (新港一期工程和信息港主体工程).
#[test]
fn main_works_after_a_list_go_to_the_action() {
    let rows = fixture("round20");
    expect(&rows, &[("明镜湖", "ongoing"), ("青龙水库", "ongoing"), ("白石水库", "ongoing")]);
    assert_eq!(row(&rows, "青龙水库")["action"], "完成主体工程");
    expect(&rows, &[("东湖工程", "completed"), ("新港一期工程", "completed"), ("信息港主体工程", "completed")]);
}

/// Projects round 20 (audit 13): a trial run is commissioning, ongoing, unless a milestone is said
/// before it (完工试运行); 村镇 greening and a shape (带状) name kinds.
#[test]
fn a_trial_run_is_ongoing_and_shapes_and_villages_are_kinds() {
    let rows = fixture("round20");
    expect(&rows, &[("东山电厂", "ongoing"), ("西山电厂异地扩建工程", "ongoing"), ("北郊污水处理厂", "completed")]);
    no_name_with(&rows, "村镇");
    no_name_with(&rows, "带状");
}

/// Projects round 21 (audit 14): a kind of 项目 named by its investor or partner (外资, 合作,
/// 招商: `partner` in dict/project_words.tsv) lists companies, not works, as its bare items
/// (东山晓星、西岭莱卡等重点外资项目; 与青松通信、远航云数等合作项目); an item with a head of its
/// own stays (北方电子产业基地等一批战略合作项目).
#[test]
fn items_of_a_partner_kind_are_companies() {
    let rows = fixture("round21");
    for word in ["晓星", "莱卡", "青松通信", "远航云数"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("北方电子产业基地", "ongoing"), ("南湖水厂二期", "completed")]);
}

/// Projects round 21 (audit 14): a name opening with a rank (a generic word ending in 级: 省级,
/// 国家级) names a class of things or a title, not one undertaking (省级数据标注基地, 国家级人力
/// 资源服务产业园); named works beside it stay.
#[test]
fn a_name_opening_with_a_rank_is_a_kind() {
    let rows = fixture("round21");
    for word in ["数据标注基地", "人力资源服务产业园"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("白河水库", "started"), ("青石岭隧道", "started")]);
}

/// Projects round 21 (audit 14): a route before a kind of road named by its place after 等
/// (`place_kind`: 高速公路) takes it, as before a kind of route project (东坪至西岭、南川至北塘等
/// 高速公路 → 东坪至西岭高速公路); one with works written on it stays as written.
#[test]
fn routes_before_a_road_kind_take_it() {
    let rows = fixture("round21");
    expect(
        &rows,
        &[("东坪至西岭高速公路", "completed"), ("南川至北塘高速公路", "completed"), ("白沙至红石高速公路", "ongoing")],
    );
    no_name_with(&rows, "改扩建高速公路");
}

/// Projects round 22 (audit 15): bare items before 等 and a 项目 of a `place_kind` head, counted,
/// after 一批 or not, are such works named by their site (东川、西河等6个高铁项目 → 东川高铁: a
/// count of 项目 counts the lines;
/// 南山、北岭等一批抽水蓄能项目; 东湾三山岛…等海上风电项目); a place and a one-character head (兴港)
/// before 等高速公路 is a short place like the items beside it, and a bracket after the kind
/// (国家文化公园（某某段）) keeps it a kind named by its place (长征国家文化公园（某某段）).
#[test]
fn items_before_a_counted_site_kind_take_it() {
    let rows = fixture("round22");
    expect(
        &rows,
        &[
            ("东川高铁", "ongoing"),
            ("西河高铁", "ongoing"),
            ("南山抽水蓄能项目", "started"),
            ("北岭抽水蓄能项目", "started"),
            ("东湾三山岛海上风电项目", "completed"),
            ("兴港高速公路", "ongoing"),
            ("长征国家文化公园（某某段）", "ongoing"),
        ],
    );
    for bare in ["东川", "南山", "东湾三山岛", "兴港", "长征"] {
        assert!(!rows.iter().any(|r| r["name"] == bare), "{bare} left uncompleted");
    }
}

/// Projects round 22 (audit 15): a name opening with a manner (装配式, 沉浸式: one or two
/// characters and 式) or a size class (10万吨级) with only listed words after it names a kind,
/// and 宗 counts works (40宗堤防); a counted kind beside named works does not make the list a
/// list of kinds (青江、白江干流治理工程和30宗堤防、20宗大中型水闸 keeps its rivers; since round 39
/// the first river takes the works as written after the second: 青江干流治理工程).
#[test]
fn manners_size_classes_and_counted_cases_are_kinds() {
    let rows = fixture("round22");
    for word in ["装配式", "沉浸式", "万吨级", "宗"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("白石路", "completed"), ("青江干流治理工程", "started"), ("白江干流治理工程", "started")]);
}

/// Projects round 23 (audit 16): a count closing a list with no noun after it (游泳馆3个,
/// “两山”实践创新基地12个) counts what the list names, as a count after a name in one run does:
/// kinds, no names; a 项目 named in quotes stays (“双百双新”项目30个).
#[test]
fn a_count_closing_a_list_counts_kinds() {
    let rows = fixture("round23");
    for word in ["游泳馆", "体育馆", "实践创新基地"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("“双百双新”项目", "ongoing"), ("白石路", "completed"), ("青河大桥", "ongoing")]);
}

/// Projects round 23 (audit 16): the 等 of 中等 is the list mark after a school named by its
/// number (西城二中等) or before a 项目, 工程 or a count (四十八中等6个项目); two verbs between 等
/// and a bare 项目 (等新建扩建项目) say where the items are, like one. 某某中等职业学校 stays whole.
#[test]
fn zhong_deng_after_a_numbered_school_closes_the_list() {
    let rows = fixture("round23");
    expect(
        &rows,
        &[
            ("东城一中", "ongoing"),
            ("西城二中", "ongoing"),
            ("南湖中学", "ongoing"),
            ("北湖四十八中", "ongoing"),
            ("某某中等职业学校新校区", "ongoing"),
        ],
    );
    no_name_with(&rows, "中等项目");
    no_name_with(&rows, "中等新建");
}

/// Projects round 23 (audit 16): a `grows_into` verb right after a name (建设, 建成, 打造) whose
/// object is a kind (地方应用型高水平大学, 国际航空货运枢纽副中心) makes the name an agent growing
/// into it, not the thing built; a predicate of the work (建成通车, 建设初具规模) leaves it a row.
#[test]
fn a_name_growing_into_a_kind_is_no_row() {
    let rows = fixture("round23");
    no_name_with(&rows, "某某学院");
    no_name_with(&rows, "东山机场");
    expect(&rows, &[("南湖大桥", "completed"), ("西山公园", "ongoing")]);
}

/// Projects round 23 (audit 16): 国企 is an owner class like 央企 and 排涝 a function like 防洪
/// (generic words of dict/project_heads.tsv): 国企项目, 排涝泵站改造升级 and 农村排涝工程 are kinds.
#[test]
fn owner_classes_and_functions_of_works_are_generic() {
    let rows = fixture("round23");
    for word in ["国企", "排涝"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("东湖大坝至北山段防洪堤", "ongoing")]);
}

/// Projects round 24 (audit 17): 客运专线 and its short form 客专 are heads named by the two
/// cities they join (东山客专; 京石、石武等客运专线 → 京石客运专线), and so are a landfill and a
/// branch school (黑石垃圾填埋场, 城关一中城南分校); alone or as a policy they name none
/// (全市垃圾填埋场, 名校办分校); 相继 ends a name before its predicate (no 东湖快铁相继).
#[test]
fn passenger_lines_landfills_and_branch_schools_are_heads() {
    let rows = fixture("round24");
    expect(
        &rows,
        &[
            ("东山客专", "completed"),
            ("京石客运专线", "ongoing"),
            ("石武客运专线", "ongoing"),
            ("黑石垃圾填埋场", "completed"),
            ("城关一中城南分校", "ongoing"),
        ],
    );
    for word in ["名校", "全市垃圾填埋场", "相继"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 24 (audit 17): a `place_kind` head after 等 and a count still names every
/// item by its place (雄商、聊邯长等6条高铁 → 雄商高铁; 等五座污水处理厂 → 小仓房污水处理厂); a
/// route stays as written (赣州至崇义等7条高速公路, as jiangxi-2013 has it).
#[test]
fn a_counted_place_kind_completes_short_bare_items() {
    let rows = fixture("round24");
    expect(
        &rows,
        &[
            ("雄商高铁", "ongoing"),
            ("聊邯长高铁", "ongoing"),
            ("小仓房污水处理厂", "completed"),
            ("大仓房污水处理厂", "completed"),
            ("赣州至崇义", "completed"),
        ],
    );
}

/// Projects round 24 (audit 17): a 工程 quoted whole with its head, of four or more characters,
/// is a name whatever category words it is made of (“食品药品放心工程”); an umbrella of fewer
/// stays none (“民生工程”).
#[test]
fn a_programme_quoted_whole_is_a_name() {
    let rows = fixture("round24");
    expect(&rows, &[("“食品药品放心工程”", "ongoing")]);
    no_name_with(&rows, "民生");
}

/// Projects round 25 (audit 18): a name only a measure or a rank is said of is the measured
/// thing, not an undertaking (东江港货物吞吐量位居全省第一, 青龙寺、白塔山等景区流量出圈, 南山
/// 博物院位列国家一级博物馆…第一名: 位列 reads like 获评); an event held on or at a kind of
/// work names none (全省造林绿化观摩现场会, 东湖湿地公园博览会, 北山科技园论坛).
#[test]
fn a_name_only_measured_or_ranked_is_in_passing() {
    let rows = fixture("round25");
    for word in ["东江港", "青龙寺", "白塔山", "南山博物院", "造林绿化", "东湖湿地公园", "北山科技园"]
    {
        no_name_with(&rows, word);
    }
}

/// Projects round 25 (audit 18): older wording after a name — 续建配套 is a work noun of the
/// name (赵河灌区续建配套与节水改造), 续建 right before 等 is the items' own stage (东街幼儿园续建
/// 等项目 → 东街幼儿园); 对 before a name ends the clause's head (对建设大街 → 建设大街, a
/// street), and so does a list mark before an item ending in the head of the item before it
/// (平安大街、建设大街); 和 before a route's start is the list mark (北山新机场和平远至武平).
#[test]
fn older_wording_and_function_words_around_a_name() {
    let rows = fixture("round25");
    expect(
        &rows,
        &[
            ("赵河灌区续建配套与节水改造", "completed"),
            ("引黄灌区续建配套与节水改造", "ongoing"),
            ("东街幼儿园", "ongoing"),
            ("西山防护林", "ongoing"),
            ("北山新机场", "started"),
            ("平远至武平高速公路", "started"),
            ("平安大街", "completed"),
            ("体育大街", "completed"),
        ],
    );
    assert_eq!(rows.iter().filter(|r| r["name"] == "建设大街").count(), 2, "{:?}", names(&rows));
    for word in ["续建等", "和平远"] {
        no_name_with(&rows, word);
    }
    assert!(!rows.iter().any(|r| r["name"] == "大街"), "{:?}", names(&rows));
}

/// Projects round 26 (audit 19): words around a name that are no part of it — 进 opening a
/// run is the verb of a campaign taken to places (进社区、进学校: no row), while 进贤 and 进口
/// keep it; 进行, 进入, 帮助 and 上马 are verbs before a name (上马东川10万吨高端镁 → 东川…);
/// 时段 and 阶段 end in 段 but are no segment of a route (南山体育场早晚时段 → 南山体育场; a
/// numbered stage stays); 时代 after a head names an era (双跑道时代, 高铁时代).
#[test]
fn campaign_verbs_time_slots_and_eras_are_no_part_of_a_name() {
    let rows = fixture("round26");
    expect(
        &rows,
        &[
            ("南山体育场", ""),
            ("西河治理工程", ""),
            ("北湖机场", ""),
            ("东川10万吨高端镁", ""),
            ("西川5万吨镁合金", ""),
            ("南山大街", ""),
            ("进贤生态农业示范园", "ongoing"),
            ("进口商品展示中心", "ongoing"),
        ],
    );
    for word in ["进学校", "进公园", "时段", "阶段", "双跑道", "高铁", "上马", "帮助", "进行", "支线机场"]
    {
        no_name_with(&rows, word);
    }
    // 帮助北坪煤矿等企业扩大生产: since round 42 (AUDIT42) the mine is a firm named in passing
    // before 等企业, no row at all.
    no_name_with(&rows, "北坪煤矿");
}

/// Projects round 26 (audit 19): a workers' cultural palace, a youth palace and a tunnel of
/// water works are built things (市工人文化宫开工建设, 西湖水库－东湖水库输水隧洞); kinds named by a class of waste, a function or a layout are no names
/// (垃圾分类设施, 老旧住区宜居改造, 集中安置点综治中心), while one with a place stays (城东建筑
/// 垃圾资源化利用项目).
#[test]
fn palaces_and_tunnels_are_heads_and_kinds_by_function_are_generic() {
    let rows = fixture("round26");
    expect(
        &rows,
        &[
            ("市工人文化宫", "started"),
            ("西城少年宫", "planned"),
            ("城东建筑垃圾资源化利用项目", "ongoing"),
            ("西湖水库－东湖水库输水隧洞", "started"),
        ],
    );
    for word in ["垃圾分类", "住区", "老旧片区", "安置点"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 27 (audit 20): a list after a verb of signing and closed by a kind of 项目
/// names the parties signed with (签约东方时代、北能科技、西巢能源等27个项目: companies, no rows),
/// as the items of 等合作项目 do; an item with a head of its own stays (南山万达广场).
#[test]
fn a_list_signed_with_names_companies() {
    let rows = fixture("round27");
    expect(&rows, &[("南山万达广场", "planned")]);
    for word in ["东方时代", "北能科技", "西巢能源", "北岸科技"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 27 (audit 20): what is about to start has not started (北城科技馆即将开工:
/// planned, as 即将竣工 is ongoing), and a school or a shop open to its users is in use, like
/// 开业 (东湖学校开学招生, 南街商场正式营业: completed).
#[test]
fn about_to_start_is_planned_and_opened_schools_and_shops_are_completed() {
    let rows = fixture("round27");
    expect(&rows, &[("北城科技馆", "planned"), ("东湖学校", "completed"), ("南街商场", "completed")]);
}

/// Projects round 27 (audit 20): a place listed before a named work on a place takes the whole
/// chain after that place, not its last word (东汀江、西龙江防洪工程 → 东汀江防洪工程, not
/// 东汀江工程); 提档升级 before a name is its verb, not part of it (提档升级兴隆南街 → 兴隆南街).
#[test]
fn places_share_the_whole_chain_and_grade_raising_is_a_verb() {
    let rows = fixture("round27");
    expect(&rows, &[("东汀江防洪工程", "ongoing"), ("西龙江防洪工程", "ongoing"), ("兴隆南街", "")]);
    for word in ["东汀江工程", "提档"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 27 (audit 20, AUDIT19's list shapes): numbers listed before a numbered head
/// share the owner and the head (地铁12、14、16和6号线支线 → 地铁12号线 … 地铁6号线支线: after 和
/// the last keeps its own branch; 东山电厂3、4号机组 → 东山电厂3号机组, 东山电厂4号机组); an alley is a
/// street, so a bare place after it still takes the kind its list shares (西巷、南仓和北台历史文化
/// 街区 → 南仓历史文化街区).
#[test]
fn numbers_share_their_head_and_alleys_are_streets() {
    let rows = fixture("round27");
    expect(
        &rows,
        &[
            ("地铁12号线", "completed"),
            ("地铁14号线", "completed"),
            ("地铁16号线", "completed"),
            ("地铁6号线支线", "completed"),
            ("东山电厂3号机组", "completed"),
            ("东山电厂4号机组", "completed"),
            ("西巷", "ongoing"),
            ("南仓历史文化街区", "ongoing"),
            ("北台历史文化街区", "ongoing"),
        ],
    );
    for word in ["16号线支线", "东山电厂3"] {
        assert!(!rows.iter().any(|r| r["name"] == word), "a row named {word}");
    }
}

/// Projects round 28 (audit 21): 如 opening a run introduces examples (如地铁一期 → 地铁一期), while
/// places and words opening with it keep it (如皋港区, 如意家园换热站; 如期 is an adverb); a place
/// opening with the preposition 向 keeps it too (向家坝、西溪电站 → 向家坝电站, not 家坝电站).
#[test]
fn such_as_opens_examples_and_places_keep_their_first_character() {
    let rows = fixture("round28");
    expect(
        &rows,
        &[
            ("地铁一期", ""),
            ("宝安快速干道", ""),
            ("向家坝电站", "ongoing"),
            ("北湖水库", "completed"),
            ("如皋港区", "completed"),
            ("如意家园换热站", "completed"),
        ],
    );
    no_name_with(&rows, "如地铁");
    assert!(!rows.iter().any(|r| r["name"] == "家坝电站"), "家坝电站 in {:?}", names(&rows));
}

/// Projects round 28 (audit 21): a route written with a dash before a kind of route after 等 is a
/// route like one written with 至 (东川—西岭、南平—北安等在建高速公路项目 → 东川—西岭高速公路项目;
/// 南平—会泽 … 等高速公路 → 南平—会泽高速公路, whatever its last place ends in); a state of works
/// between 等 and the kind (在建, 新建, 拟建) says which of the kind the items are, so the items
/// still take the kind (东湖、西湖等新建水库 → 东湖水库; 南山、北山等拟建电站 → 南山电站, not
/// 南山拟建电站).
#[test]
fn dashed_routes_and_states_of_works_before_the_kind_complete_the_items() {
    let rows = fixture("round28");
    expect(
        &rows,
        &[
            ("东川—西岭高速公路项目", "ongoing"),
            ("南平—北安高速公路项目", "ongoing"),
            ("东川—北岭高速公路", "started"),
            ("南平—会泽高速公路", "started"),
            ("西坪—功山高速公路", "started"),
            ("东湖水库", "ongoing"),
            ("西湖水库", "ongoing"),
            ("南山电站", "planned"),
            ("北山电站", "planned"),
        ],
    );
    no_name_with(&rows, "拟建");
    assert!(!rows.iter().any(|r| r["name"] == "高速公路项目"), "a bare kind in {:?}", names(&rows));
}

/// Projects round 28 (audit 21): a bare item ending in a phase of its own owner is an undertaking
/// when a stage is given, even when nothing beside it names one (推动华为二期建成投运 → 华为二期,
/// completed: the company's name holds 为 and reads as no name of its own); a phase numbers the
/// works of one undertaking.
#[test]
fn a_phase_of_its_own_owner_is_an_undertaking() {
    let rows = fixture("round28");
    expect(&rows, &[("华为二期", "completed")]);
}

/// Projects round 28 (audit 21): a verb written onto a list item between two list marks of a list
/// that 等 closes (…、环城东路、6个乡镇基层政权建设、公检法等一批项目已经竣工投入使用) names the item's
/// works, not the predicate of the items before it: they take the list's verb (completed, not
/// 建设's ongoing). Such an item names works, not a place, and takes no head from the name after
/// it (电网建设、南亚绕城公路: no 电网建设公路); a verb of progress there stays its own item's
/// predicate (“一带一路”加快推进、…: no row).
#[test]
fn a_verb_written_onto_a_listed_item_is_its_works() {
    let rows = fixture("round28");
    expect(&rows, &[("东湖大桥", "completed"), ("西郊水厂", "completed"), ("环城东路", "completed")]);
    no_name_with(&rows, "电网建设公路");
    no_name_with(&rows, "一带一路");
}

/// Projects round 29 (audit 21): stages of the older reports. A dam that is about to fill is on
/// its way (即将蓄水: ongoing, like 下闸蓄水); works in their peak of spending are under way
/// (进入投资高峰期: ongoing); works that have begun to pay off are built (开始发挥效益:
/// completed); approval to start is planning (争取X获准开工建设: planned, not 开工建设's started),
/// while striving to start stays a start (争取X开工建设: started, as the golds read it).
#[test]
fn filling_peaks_payoffs_and_approvals_have_their_stages() {
    let rows = fixture("round29");
    expect(
        &rows,
        &[
            ("南溪电站", "ongoing"),
            ("北溪电站", "ongoing"),
            ("东坝二期", "ongoing"),
            ("西海大桥", "ongoing"),
            ("东山铝厂三期", "completed"),
            ("西河纸业三期", "completed"),
            ("南湖水利枢纽", "planned"),
            ("北岸标准海塘主体工程", "planned"),
            ("西岭高速公路", "started"),
        ],
    );
}

/// Projects round 29 (audit 21): a named item ending in a head, written like the place part of
/// the next item, takes the built thing that follows that part (金安桥、功果桥电站 → 金安桥电站;
/// 东门街、西门街立交 → 东门街立交); not when it already ends in that thing's head (东湖公园、西湖公园
/// 体育公园 keeps 东湖公园), nor when only works and 工程 follow (东山站、西山站建设工程).
#[test]
fn an_item_ending_in_a_head_takes_the_thing_after_its_mate() {
    let rows = fixture("round29");
    expect(&rows, &[("东门街立交", "ongoing"), ("西门街立交", "ongoing"), ("南湖路消防站", "started")]);
    expect(&rows, &[("东湖公园", "ongoing"), ("东山站", "ongoing")]);
    no_name_with(&rows, "东门街、");
    assert!(!rows.iter().any(|r| r["name"] == "东门街"), "东门街 alone in {:?}", names(&rows));
}

/// Projects round 29 (audit 21): an item already ending in the head of the noun a count sums the
/// list up with is one as written (东海港、南海港两大港口 → 东海港, not 东海港港口; 人民路、解放路两条
/// 道路 → 人民路); a noun with a modifier of its own still completes it (丽水路标准化街路).
#[test]
fn a_counted_noun_is_not_written_twice() {
    let rows = fixture("round29");
    expect(&rows, &[("东海港", ""), ("南海港", ""), ("人民路", "completed"), ("解放路", "completed")]);
    expect(&rows, &[("丽水路标准化街路", "")]);
    no_name_with(&rows, "港港口");
    no_name_with(&rows, "路道路");
}

/// Projects round 29 (audit 21): works named as an undertaking after the last of items written
/// alike (work nouns and 工程 only) are each item's, as a shared head is (东华街、西华街亮化工程 →
/// 东华街亮化工程, 西华街亮化工程); 建设工程 is no such works (东山站、西山站建设工程 keeps 东山站).
#[test]
fn works_named_after_the_last_item_are_each_items() {
    let rows = fixture("round29");
    expect(&rows, &[("东华街亮化工程", "ongoing"), ("西华街亮化工程", "ongoing"), ("东山站", "ongoing")]);
    assert!(!rows.iter().any(|r| r["name"] == "东华街"), "东华街 alone in {:?}", names(&rows));
}

/// Projects round 30 (audit 21): places of differing lengths (two to four characters, one apart
/// from the named item's place part) share a head named by its place (`place_kind`: 电站, 机场):
/// 阿石、乌木渡电站 → 阿石电站; 东川、张坎口、承平新机场 → 张坎口新机场. Not words of the lexicon
/// (道路施工、建筑工地、港口码头: no 道路施工码头), nor before a head that is no place's (吴忠 of
/// 银川至宁东、石林、吴忠、中卫城际 stays out, as the README has it).
#[test]
fn places_of_differing_lengths_share_a_head_named_by_place() {
    let rows = fixture("round30");
    expect(&rows, &[("阿石电站", "ongoing"), ("张坎口新机场", "ongoing"), ("东川新机场", "ongoing")]);
    no_name_with(&rows, "施工码头");
    no_name_with(&rows, "工地码头");
    no_name_with(&rows, "吴忠");
}

/// Projects round 30 (audit 21): an abstract noun closing a list of named items with a verb
/// right after it (…、西风—日产生产能力|完善配套) is the subject of a clause of its own: the items
/// before it stay, with the verb before the list as their action (南龙轿车二期, 西风本田二期扩建).
#[test]
fn a_clause_in_the_last_item_does_not_cut_the_list() {
    let rows = fixture("round30");
    expect(&rows, &[("南龙轿车二期", "ongoing"), ("西风本田二期扩建", "ongoing")]);
    assert_eq!(row(&rows, "南龙轿车二期")["action"], "抓好");
    no_name_with(&rows, "生产能力");
}

/// Projects round 32 (audit 23): 变电 names what power works do (`word_in_name` in
/// dict/project_words.tsv): a name may hold it, where 变 alone is a verb of a clause that no
/// name holds (将蓝图变为大厦). Without it every 输变电工程 of a voltage class was lost.
#[test]
fn power_works_keep_their_transformer_word() {
    let rows = fixture("round32");
    expect(
        &rows,
        &[
            ("丽南500千伏输变电工程", "completed"),
            ("凤岭—西坪—东郊750千伏输变电工程", "completed"),
            ("鸿泰500千伏输变电项目", "ongoing"),
            ("220千伏利源县夏河输变电工程", "ongoing"),
            ("庆南750千伏变电工程", "ongoing"),
        ],
    );
    no_name_with(&rows, "蓝图");
}

/// Projects round 32 (audit 23): power works are named by their substation's place (`place_kind`
/// 输变电, 变电站 in dict/project_words.tsv): bare places before 等 and a voltage class of such works
/// take the kind (水岭沟、鲤山等220千伏输变电工程 → 水岭沟220千伏输变电工程).
#[test]
fn places_before_power_works_take_the_kind() {
    let rows = fixture("round32");
    expect(&rows, &[("水岭沟220千伏输变电工程", "started"), ("鲤山220千伏输变电工程", "started")]);
    assert!(!rows.iter().any(|r| r["name"] == "水岭沟"), "水岭沟 left bare: {:?}", names(&rows));
}

/// Projects round 31 (audit 22): the national classes of projects quoted as slogans (“两重”项目,
/// “两新一重”项目) are classes funded by a programme, not undertakings (高质量实施“两重”项目: no
/// row), while a programme quoted whole with its 工程 stays (“十大强农惠农工程”).
#[test]
fn national_classes_of_projects_are_kinds() {
    let rows = fixture("round31");
    expect(&rows, &[("东湖大桥", "completed"), ("西山水库", "started"), ("“十大强农惠农工程”", "ongoing")]);
    no_name_with(&rows, "两重");
    no_name_with(&rows, "两新");
}

/// Projects round 31 (audit 22): a superlative or a first in the 的-modifier right before a name
/// (功率最大的减速器项目, 首个与东盟合作的智慧渔业项目) describes one thing by its kind: no row. A name
/// of its own shows a region, a place or a head before its last (西北现代化程度最高的银川新站,
/// 建设标准最高的银滩大道改造工程), and what a verb of works before the superlative makes is its
/// object, a row (东川梅花建成世界最大的赖氨酸生产基地).
#[test]
fn the_largest_of_a_kind_is_named_by_the_kind() {
    let rows = fixture("round31");
    expect(&rows, &[("银川新站", "completed"), ("银滩大道改造工程", "completed"), ("赖氨酸生产基地", "completed")]);
    no_name_with(&rows, "减速器");
    no_name_with(&rows, "智慧渔业");
}

/// Projects round 31 (audit 22): by 航线 right after an airport the text speaks of the air
/// services that reach it, not of works on it (加密至国内重要枢纽机场航线, 优化调整东坪机场航线: no
/// row), while works on the airport stay (东坪机场改扩建工程开工建设).
#[test]
fn an_airports_routes_are_no_works() {
    let rows = fixture("round31");
    expect(&rows, &[("东坪机场改扩建工程", "started")]);
    no_name_with(&rows, "枢纽机场");
    assert!(!rows.iter().any(|r| r["name"] == "东坪机场"), "东坪机场 in {:?}", names(&rows));
}

/// Projects round 33 (audit WILD14): a park or venue opened to its users (全面开放, 正式开放) is
/// completed; 开放 alone is not (a port opened to trade), and 打通 leaves the stage empty.
#[test]
fn opened_routes_and_venues_are_completed() {
    let rows = fixture("round33");
    expect(
        &rows,
        &[
            ("南出口快速通道", ""),
            ("杨林森林公园", "completed"),
            ("市档案馆", "completed"),
            ("古城门博物馆", "completed"),
        ],
    );
}

/// Projects round 33: 新建 said alone names the kind of works, not how far they got: no stage,
/// in the review as in a plan (the contract's stage words do not list it).
#[test]
fn new_build_alone_decides_no_stage() {
    let rows = fixture("round33");
    expect(&rows, &[("东米大桥", ""), ("北米大桥", "")]);
    assert_eq!(row(&rows, "东米大桥")["status"], "actual");
}

/// Projects round 33 (audit WILD14): what is glued before a name goes: a verb split by a layout
/// blank (积极做 好东州、南台支线机场 → 做好, and 东州 takes the shared head), the verb 扶持, and a
/// span of time (“十三五”期间).
#[test]
fn verbs_and_time_spans_glued_before_a_name_go() {
    let rows = fixture("round33");
    expect(&rows, &[("东州支线机场", "planned"), ("南台支线机场", "planned"), ("华宁集团", "ongoing")]);
    row(&rows, "斯维达泳装超级产业园");
    for word in ["做", "扶持", "期间"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 33 (audit WILD14): bare places before the first item that holds a head named by
/// its place take that item's head and works (城南、城北、杨河高速公路主入口扩改、三环路改造 →
/// 城南高速公路主入口扩改), not the head of a named item further on.
#[test]
fn places_take_the_first_head_of_their_list() {
    let rows = fixture("round33");
    expect(&rows, &[("城南高速公路主入口扩改", "completed"), ("城北高速公路主入口扩改", "completed")]);
    no_name_with(&rows, "城南路");
}

/// Projects round 34 (WILD14 §6 class A): a head with only words of what it is for before it
/// names a kind of works (水库除险加固工程, 安置房项目, 再生水灌区, 临时设施, 口岸设施, 现代服务业
/// 基地, 垃圾发电项目); a place before it names one (青石水库除险加固工程, 东岭口岸联检楼). A 工程
/// named by category words stays a programme (蓝天工程), but not works on a kind of built thing.
#[test]
fn works_on_a_kind_of_thing_name_no_project() {
    let rows = fixture("round34");
    expect(
        &rows,
        &[
            ("青石水库除险加固工程", "completed"),
            ("东岭口岸联检楼", "completed"),
            ("蓝天工程", "ongoing"),
            ("北塘体育中心", "started"),
        ],
    );
    for kind in
        ["水库除险加固工程", "安置房项目", "再生水灌区", "临时设施", "口岸设施", "现代服务业基地", "垃圾发电项目"]
    {
        assert!(!rows.iter().any(|r| r["name"] == kind), "{kind} taken as a name: {:?}", names(&rows));
    }
}

/// Projects round 34 (WILD14 §6 classes C and E): 居家 is a modifier shared with 社区, not an
/// item (居家和社区基本养老服务提升…等项目); a grant of funds and the matching of projects are
/// administrative items (争取中央和自治区地质勘查资金项目, 实用技术项目对接36项); 全市域 is one
/// scope word (规划建设全市域公共体育设施: no 域公共体育设施).
#[test]
fn fragments_and_administrative_items_name_no_project() {
    let rows = fixture("round34");
    for word in ["居家", "中央", "资金项目", "实用技术", "域公共"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 34 (WILD14 §6 class C): a one-character head right after 同 is a thing two
/// places share, in a slogan (交通同网、…、旅游同线: no row for any item); a place ending in 同
/// keeps its name (大同路).
#[test]
fn a_thing_shared_in_a_slogan_is_no_head() {
    let rows = fixture("round34");
    expect(&rows, &[("大同路", "")]);
    for word in ["同网", "同线", "同体"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 35 (AUDIT22 "noticed but left"): goods a plant makes, listed before 等 and a
/// kind of 项目 (显示屏、芯片等项目; 铝镁、黄金、超高纯铜等有色金属项目) or after a verb of attracting
/// investment with a bare 项目 (引入多晶硅项目), are a kind of investment, no undertaking. A firm or
/// a capacity before the goods names a plant (东兴重工中高端液压支架, 南岭梅花60万吨赖氨酸), and goods
/// joined by 和 to a firm's item are its second product (晶峰单晶硅和太阳能电池组件).
#[test]
fn goods_listed_as_projects_are_kinds_of_investment() {
    let rows = fixture("round35");
    expect(
        &rows,
        &[
            ("南岭梅花60万吨赖氨酸", ""),
            ("晶峰单晶硅", "completed"),
            ("太阳能电池组件", "completed"),
            ("东兴重工中高端液压支架", "ongoing"),
            ("科达成套设备", "ongoing"),
        ],
    );
    for goods in ["显示屏", "芯片", "铝镁", "黄金", "超高纯铜", "多晶硅"] {
        no_name_with(&rows, goods);
    }
}

/// Projects round 35: brands before a class of hotels or shops by brand (`brand_outlet`: 万豪、
/// 希尔顿等品牌酒店) are brands to attract, no undertakings; hotels before 等酒店 stay as written.
#[test]
fn brands_before_a_class_of_hotels_are_no_projects() {
    let rows = fixture("round35");
    expect(&rows, &[("喜来登", "completed"), ("锦江国际", "completed")]);
    for brand in ["万豪", "希尔顿"] {
        no_name_with(&rows, brand);
    }
}

/// Projects round 36 (audit 22, jilin-2025/2026): a place only said to be promoted in rank
/// (晋升为国家5A级景区, 晋升省级开发区, 升格为国家级湿地公园) is named in passing: what it is
/// promoted to is a rank, whatever the title's words. Works named as such and places built stay.
#[test]
fn a_place_only_promoted_in_rank_is_no_project() {
    let rows = fixture("round36");
    for word in ["青山湖景区", "白河湾旅游区", "南岭产业园", "东岗", "西江湿地公园"] {
        no_name_with(&rows, word);
    }
    for name in ["北山生态修复工程", "柳溪湿地公园", "红石水库"] {
        row(&rows, name);
    }
}

/// Projects round 36 (audit 22, hubei-2017, jiaozuo-2014, jilin-2026): a 项目 after a verb that
/// governs how many undertakings there are or how they are run (减少, 下放, 堵住, 决不 …:
/// `not_in_name`) is that verb's object, an item of policy, and no name holds the verb.
#[test]
fn projects_governed_by_a_verb_of_policy_are_no_names() {
    let rows = fixture("round36");
    for word in ["政府定价项目", "政府投资项目", "堵住项目", "污染项目"] {
        no_name_with(&rows, word);
    }
    row(&rows, "城东防洪工程");
}

/// Projects round 37 (AUDIT22, provincial reports of 2025–2026): a rank of priority right before
/// 工程 or 项目 (`priority`: 头号, 一号, 头等) names whatever a government puts first, a figure of
/// speech, not an undertaking (大力实施工业经济“头号工程”, 实施“双招双引”一号工程, 作为头等项目).
#[test]
fn a_rank_of_priority_names_no_undertaking() {
    let rows = fixture("round37");
    for word in ["头号", "一号", "头等"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("西湖燃气管道改造工程", "started")]);
}

/// Projects round 37: a name in a predicate holding an event (`hosts`: 举办, 承办) is what the
/// event is about or where it stops (成功举办北湖机场开放大会, 承办…联赛南城站赛事), no undertaking
/// reported on; a work built in the clause before the event stays (建成南城体育中心，举办…运动会).
#[test]
fn a_name_in_an_event_held_is_no_project() {
    let rows = fixture("round37");
    for word in ["北湖机场", "联赛", "论坛"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("南城体育中心", "completed")]);
}

/// Projects round 37: works named only by what they serve or the state of what they replace
/// (疏港铁路, 老化燃气管道改造) are kinds; after its port a name stays (西港疏港铁路).
#[test]
fn works_named_by_their_service_or_wear_are_kinds() {
    let rows = fixture("round37");
    assert!(!names(&rows).contains(&"疏港铁路"), "a kind read as a name: {:?}", names(&rows));
    no_name_with(&rows, "老化");
    expect(&rows, &[("西港疏港铁路", "completed")]);
}

/// Projects round 38 (AUDIT38, reports of the 2000s): 老工业基地 designates a region, the object of
/// a policy (振兴老工业基地, 老工业基地调整改造), never a base built; a firm's business abroad
/// written as verb and object (境外承包工程, 开厂设店, 投资设厂, 投资办厂) is no undertaking.
#[test]
fn old_industrial_bases_and_business_abroad_name_no_project() {
    let rows = fixture("round38");
    for word in ["老工业基地", "承包工程", "开厂", "设店", "设厂", "办厂"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 38 (AUDIT38, misses of the 2000s): 整体改造 and 整体搬迁 are works on one whole
/// facility written after its name (汉正街小商品市场整体改造), not the generic 整体 making it a kind;
/// a 航电枢纽 is a dam built, a row without a stage verb, unlike an institution's 枢纽.
#[test]
fn whole_works_and_river_junctions_name_projects() {
    let rows = fixture("round38");
    expect(
        &rows,
        &[
            ("松花江大顶子山航电枢纽", ""),
            ("州中西医结合医院整体搬迁", "completed"),
            ("汉正街小商品市场整体改造", "ongoing"),
            ("西城长途客运枢纽", "started"),
        ],
    );
}

/// Projects round 38 (AUDIT38, kinds of the 2000s): a level of place written in full (行政村,
/// 自然村) followed by 通 says every village is reached, a kind spread over places like 村村通油路
/// (基本实现行政村通公路, 农村行政村通水泥路), not one road.
#[test]
fn every_village_reached_names_no_project() {
    let rows = fixture("round38");
    for word in ["行政村通", "自然村通"] {
        no_name_with(&rows, word);
    }
}

/// Session 15: 列入 and 纳入 (`enters` in dict/stage_verbs.tsv) decide the stage only when a
/// noun of a plan follows them (纳入国家“十四五”规划, 列入省重点项目计划, 纳入国家储备清单, 纳入市级
/// 战略: planned); a thing entered into a title or a list (被列入国家级软件产业基地, 列入省级示范名录)
/// is given no stage by them.
#[test]
fn entering_a_plan_is_planning_and_entering_a_title_is_no_stage() {
    let rows = fixture("entered");
    expect(
        &rows,
        &[
            ("南佐遗址保护利用项目", "planned"),
            ("城北污水处理厂", "planned"),
            ("滨江大道二期工程", "planned"),
            ("西山抽水蓄能电站", "planned"),
            ("滨河体育中心", "planned"),
        ],
    );
    for name in ["东城科技园", "北湖湿地公园"] {
        assert!(rows.iter().filter(|r| r["name"] == name).all(|r| r["stage"].is_empty()), "{name} given a stage");
    }
}

/// Projects round 39 (AUDIT_WILD15 PN1): a bare place item before a shared kind takes the kind,
/// as 雄商、津潍等6个高铁项目 does: a solar plant and a fishing port are named by their site
/// (柳林大唐光伏项目, 儋州白马井渔港, the works after the head go to the action), a kind opening
/// with its items' level of place gives each place the rest (高海拔城市|集中供氧工程), and a place
/// written like the place part of the named item after it takes all that follows that place
/// (黎平县餐厨废弃物处置项目, not a made-up 黎平县项目). A grade before the level says a kind of
/// projects (重点城市建设项目), and other kinds keep their works (钢花路沿线绿化提升).
#[test]
fn place_items_take_the_kind_they_share() {
    let rows = fixture("round39");
    expect(
        &rows,
        &[
            ("柳林大唐光伏项目", "completed"),
            ("黎平县餐厨废弃物处置项目", "completed"),
            ("东湖长途客运站", "completed"),
            ("儋州白马井渔港", "ongoing"),
            ("乐东岭头渔港", "ongoing"),
            ("石渠集中供氧工程", "ongoing"),
            ("色达集中供氧工程", "ongoing"),
            ("帽峰山森林公园", "ongoing"),
            ("钢花路沿线绿化提升", "completed"),
            ("尚品国际", "ongoing"),
        ],
    );
    for name in ["黎平县项目", "自然保护区森林公园", "尚品国际建设项目", "石渠"] {
        assert!(!names(&rows).contains(&name), "{name} in {:?}", names(&rows));
    }
}

/// Projects round 39 (AUDIT_WILD15 PF3): an existing facility, business or institution said only
/// to enter a rank (进入世界百强行列), to be known (提升…知名度), to sell or to show the results of its
/// reform (转型成效明显) has no undertaking reported; works named as such stay (新汴河景观工程成效初显).
#[test]
fn ranks_fame_sales_and_results_name_no_project() {
    let rows = fixture("round39");
    for word in ["咸阳国际机场", "应县木塔", "雁门关", "儿童福利院", "洪城大厦", "大商场"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("新汴河景观工程", "")]);
}

/// Projects round 40 (AUDIT40): a scenic area said only to win its grade (成功创建国家5A级旅游景区,
/// 获评国家4A级景区) is rated, not built, while a work of another kind striving for the grade stays
/// (市工业博物馆争创AAAA级景区); an asset only put to use (用好管好, 发挥…作用, no stage) is named in
/// passing, while items the text calls projects (南湖、北湖等新项目), a stage (建成用好) or a named
/// 项目 or 工程 keep it; 特别是 opens no name. An area named with its grade (青松湖5A级景区创建, A级景区培育)
/// is the grade or a class of areas.
#[test]
fn rated_areas_and_assets_in_use_name_no_project() {
    let rows = fixture("round40");
    for word in [
        "青龙峡",
        "白石湖",
        "红岩古镇",
        "落霞谷",
        "云台山",
        "跨海大桥",
        "北湾港",
        "特别是",
        "城西水库群",
        "青松湖",
        "A级",
    ] {
        no_name_with(&rows, word);
    }
    expect(
        &rows,
        &[
            ("东湖湿地公园", "completed"),
            ("好运大桥", "completed"),
            ("市工业博物馆", ""),
            ("南湖", ""),
            ("北湖", ""),
            ("运河国家文化公园", "completed"),
        ],
    );
}

/// Projects round 40 (AUDIT40): 型 right before 项目, in a name of a few category words, makes a
/// type of projects (链主型、基地型项目, 产业转型项目); a longer name holds an owner (南港石化炼油转型
/// 项目) and a product's model is no type (一汽新车型项目).
#[test]
fn types_of_projects_name_no_project() {
    let rows = fixture("round40");
    for word in ["链主型", "基地型", "产业转型"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("南港石化炼油转型项目", "ongoing"), ("一汽新车型项目", "completed")]);
}

/// Projects round 41 (AUDIT40): sectors and kinds of works with no proper part (水土保持, 海洋牧场,
/// 生鲜, 县城 as generic words) make a name of a kind, not one undertaking (支持水土保持项目,
/// 实施…海洋牧场项目, 打造生鲜港, 提升县城市政设施建设水平); a place or an owner before them keeps the
/// name (青石湾海洋牧场项目, 东山水土保持项目, 白河县城至江口公路).
#[test]
fn sectors_of_works_name_no_project() {
    let rows = fixture("round41");
    for name in ["水土保持项目", "海洋牧场项目", "生鲜港", "县城市政设施", "县城产业配套设施"]
    {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is a kind, not a project: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[
            ("青石湾海洋牧场项目", "completed"),
            ("东山水土保持项目", "completed"),
            ("白河县城至江口公路", "started"),
            ("水利惠民工程", "ongoing"),
        ],
    );
}

/// Projects round 42 (AUDIT42): generic words of the older reports (路桥, 山塘, 停缓建, 通乡, 生活,
/// 退化, 改良, classes of farm produce and goods, 集体, 县市, 医保, 药店, 民族教育, 预算, 土地, 防火) make a
/// name of a kind, not
/// one undertaking (继续推进路桥等基础设施建设, 大力兴建山塘水库, 棉花、特色林果业和畜牧业三大基地,
/// 完善生活配套设施, 加强预算项目库建设); a place before them keeps the name (桃源山塘水库, 河谷特色林果基地,
/// 桃源县生活垃圾处理厂). 路名 and 路牌 are no road (城区路名路牌更新改造).
#[test]
fn kinds_of_the_older_reports_name_no_project() {
    let rows = fixture("round42");
    for word in [
        "路桥",
        "通乡",
        "停缓建",
        "棉花",
        "畜牧业",
        "草场",
        "集体",
        "医保",
        "县市",
        "民族教育",
        "生活配套",
        "预算",
        "路名",
    ] {
        no_name_with(&rows, word);
    }
    expect(
        &rows,
        &[
            ("青松大桥", "completed"),
            ("桃源山塘水库", "completed"),
            ("河谷特色林果基地", "ongoing"),
            ("牲畜温饱工程", "ongoing"),
            ("桃源县生活垃圾处理厂", "ongoing"),
            ("青山镇土地整治项目", "ongoing"),
        ],
    );
    for name in ["山塘水库", "土地整治项目"] {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is a kind: {:?}", names(&rows));
    }
    no_name_with(&rows, "森林防火");
    no_name_with(&rows, "商品棉");
}

/// Projects round 42 (AUDIT42): a list closed by 等 and a kind ending in a firm word (`firm`: 企业,
/// 龙头企业, 公司, 集团) names firms or groups in passing, whatever heads the items hold (做大百货大楼、
/// 红城大厦等龙头企业, 推动市中心医院、市第一医院等医疗集团建设, 引进…等一批知名企业); an item with a
/// phase is a plant's phase (桂山二期、南湖制药等企业投产上量), a work of the firm named on its own
/// stays (加快红城大厦二期建设), and a kind going on after the firm word is a kind of projects
/// (东北工业集团等百户企业智能制造重点项目).
#[test]
fn firms_listed_before_a_firm_word_name_no_project() {
    let rows = fixture("round42");
    for name in ["百货大楼", "红城大厦", "新客隆", "市中心医院", "市第一医院", "东江绿地", "南山建发", "南湖制药"]
    {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is a firm named in passing: {:?}", names(&rows));
    }
    expect(&rows, &[("桂山二期", "completed"), ("红城大厦二期", "ongoing"), ("东北工业集团", "ongoing")]);
}

/// Projects round 42 (AUDIT42): the procedures, lists, rules and payments of projects (项目审批,
/// 项目库, 项目管理, 项目制度, 工程款: nonhead words) are administrative items, so what is named before
/// them is no project (改革社会投资项目审批制度, 充实“5161”项目库, 清理…政府拖欠工程款); a 项目 or 工程
/// ending a name stays (西湖水库项目, 东湖大桥工程).
#[test]
fn procedures_and_lists_of_projects_name_no_project() {
    let rows = fixture("round42");
    for word in ["投资项目", "5161", "联系重大", "挖掘道路", "拖欠"] {
        no_name_with(&rows, word);
    }
    expect(&rows, &[("西湖水库项目", "ongoing"), ("东湖大桥工程", "completed")]);
}

/// Projects round 42 (AUDIT42): a planning exhibition hall (规划展示馆, 规划展览馆) is one head, not the
/// verb 规划 before a hall, so its name keeps its city and its stage is that of the hall opened
/// (桃源城市规划展示馆已免费向市民开放 → completed, not 展示馆 planned).
#[test]
fn a_planning_hall_is_one_head() {
    let rows = fixture("round42");
    expect(&rows, &[("桃源城市规划展示馆", "completed")]);
    assert!(!rows.iter().any(|r| r["name"] == "展示馆"), "展示馆 cut out of its name: {:?}", names(&rows));
}

#[test]
fn milestones_said_in_one_phrase_decide_the_stage() {
    // Stage round 43 (AUDIT43): 落地 followed by a milestone takes the milestone (落地开工, 落地启动:
    // started), while 落地 alone stays empty; water and boats through, an airport opened to flights,
    // gas through a whole pipeline and a work put in service (正式运营) are completed; 取得实质进展
    // is under way like 取得实质性进展; a work in service said of its service (正式启用, 载客运营) is
    // completed, 试运营 is ongoing like 试运行, 开复工 is started, and 挂牌招生 wins over 挂牌.
    let rows = fixture("stage43");
    expect(
        &rows,
        &[
            ("东江引水工程", "completed"),
            ("西山通用机场", "completed"),
            ("北城天然气管道", "completed"),
            ("南湖高铁", "completed"),
            ("东湖化工", "started"),
            ("南岭新材料", "started"),
            ("西岭国际合作项目", "started"),
            ("北山国际机场", "completed"),
            ("南岭通用机场", "completed"),
            ("东港物流园", "ongoing"),
            ("西湖影城", "ongoing"),
            ("东坡产业园", ""),
            ("东城医院新院区", "completed"),
            ("地铁7号线", "completed"),
            ("北湖物流园", "ongoing"),
            ("南山职业学院", "completed"),
            ("西城机电产业园", "started"),
            ("北岭食品产业园", "started"),
        ],
    );
}

/// Projects round 44 (AUDIT44): a modern class of industry and the setting of a region's farming
/// (现代煤化工, 高原: generic words) name the role a region plays, not one base built (加快国家现代
/// 煤化工基地建设, 加快建设高原特色现代生态农业基地); a place before them keeps the name (东岭现代煤化工
/// 产业园一期, 西山高原湖泊治理工程). The ways projects are run (项目建设模式: a nonhead word) are no
/// project: what is listed before them is a model (推行“策划+融资+运营”等项目建设模式). Abandoned mines
/// (废弃矿山: generic) are a class of sites (实施废弃矿山生态修复示范工程 was no row for that until
/// round 65 made a programme implemented by name a row however long its name), and an operator (营运商,
/// 运营商: org) is no built thing, so the 港 inside 综合型港航物流营运商 ends no name.
#[test]
fn roles_of_a_region_and_models_of_projects_name_no_project() {
    let rows = fixture("round44");
    for name in ["国家现代煤化工基地", "高原特色现代生态农业基地", "“策划+融资+运营”", "综合型港"]
    {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is no undertaking: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[
            ("东岭现代煤化工产业园一期", "completed"),
            ("青川煤化工基地二期", "started"),
            ("西山高原湖泊治理工程", "started"),
            ("南湖片区综合开发项目", "ongoing"),
            ("北岭废弃矿山生态修复工程", "completed"),
            ("东港三期码头", "completed"),
        ],
    );
}

/// Projects round 46 (AUDIT40, AUDIT44: names cut short): a name of two characters ending in a
/// head of one character (高桥, 东港), listed right before a place of two characters and a head
/// named by its place (`place_kind`: 水库, 变电站), is that place and takes the head (完成高桥、双塘
/// 水库主体工程 → 高桥水库); not a head named otherwise (南站、西站枢纽) nor after a place of another
/// length (东桥、白沙湾水库).
#[test]
fn a_short_place_ending_in_a_head_takes_the_place_kind_after_it() {
    let rows = fixture("round46");
    for name in ["东港", "高桥", "南站枢纽", "东桥水库"] {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is cut or made up: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[
            ("东港变电站", "completed"),
            ("麦田变电站", "completed"),
            ("南站", "completed"),
            ("西站枢纽", "completed"),
            ("高桥水库", "ongoing"),
            ("双塘水库", "ongoing"),
            ("东桥", "started"),
            ("白沙湾水库", "started"),
        ],
    );
}

/// Stage round 45 (AUDIT43, left): a milestone inside a longer listed word is none of the action,
/// whatever the ranks: the 建成 of 建成区 (a built-up area) completes nothing, while 建成开放 does;
/// a work verb keeps its stage inside a form of itself (建设好: ongoing, as 建设).
#[test]
fn a_milestone_inside_a_longer_word_is_none() {
    let rows = fixture("stage45");
    expect(
        &rows,
        &[
            ("黑臭水体及污染沟渠", ""),
            ("东湖生态公园", "completed"),
            ("北湖湿地公园", "ongoing"),
            ("南山体育中心", "ongoing"),
        ],
    );
}

/// Projects round 47 (names cut short): bare places listed before 等 and a built kind, with or
/// without a generic modifier, are each one of that kind, without the modifier (东岭、西坝等区域性
/// 物流园区 → 东岭物流园区; 北岭、石港等污水处理设施 → 北岭污水处理设施; 上林、下林等畜禽批发市场
/// → 上林畜禽批发市场); a kind named by brand (`brand_kind`: 酒店) keeps its items as written.
#[test]
fn places_before_deng_and_a_modified_kind_take_the_kind() {
    let rows = fixture("round47");
    for name in ["东岭", "北岭", "上林", "区域性物流园区", "东岭区域性物流园区", "金鼎酒店"] {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is cut or made up: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[
            ("凌源遗址博物馆", "completed"),
            ("双桥遗址博物馆", "completed"),
            ("东岭物流园区", "ongoing"),
            ("西坝物流园区", "ongoing"),
            ("南村物流园区", "ongoing"),
            ("北岭污水处理设施", "ongoing"),
            ("石港污水处理设施", "ongoing"),
            ("上林畜禽批发市场", "ongoing"),
            ("下林畜禽批发市场", "ongoing"),
        ],
    );
}

/// Projects round 48 (recall, tests/fixtures/projects/AUDIT48.md): a kind joined by 和 or 及 at the
/// end of a list the text calls projects or works does not make the items before it kinds
/// (东岭热电联产、北河雨洪资源利用及引调水等基础设施项目 → 东岭热电联产, 北河雨洪资源利用); 建设 right
/// before 等 and a kind of 项目 or 工程 is the last item's works and the list is still closed by 等
/// (…、白河治理和灌区建设等工程 → 分洪入湖, 北岭灌区配套, 引江入城供水延伸, 白河治理, and the items'
/// action is no longer 抓好建设等项目); 首都 is the place part of a name (首都科技馆), no generic word.
#[test]
fn a_kind_ending_a_list_of_works_leaves_its_items() {
    let rows = fixture("round48");
    for name in ["引调水", "机制砂", "灌区", "灌区建设", "体育公园"] {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is a kind: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[
            ("首都科技馆", "ongoing"),
            ("东岭热电联产", "ongoing"),
            ("北河雨洪资源利用", "ongoing"),
            ("东岭水泥日产3000吨熟料", "ongoing"),
            ("西坝建材年产50万吨骨料", "ongoing"),
            ("分洪入湖", "ongoing"),
            ("北岭灌区配套", "ongoing"),
            ("引江入城供水延伸", "ongoing"),
            ("白河治理", "ongoing"),
            ("石门水厂二期", "ongoing"),
            ("东湖公园改造", "ongoing"),
        ],
    );
    assert_eq!(row(&rows, "石门水厂二期")["action"], "抓好");
    assert_eq!(row(&rows, "分洪入湖")["action"], "搞好");
}

/// Projects round 48 (AUDIT48, class E): a market or leisure complex named 城 by its trade (商贸城, 文化城,
/// 汽车城 … in dict/project_heads.tsv) is a built thing (南山商贸城建成营业, 北湖汽车城), so that a list of
/// names each with its own milestone ends at it (推进东岭文化园开工、西坝文化城立项: 东岭文化园 started, not
/// planned by the 立项 of the next name); alone it is a kind (建材城、商贸街等配套项目), and 商城 is no such
/// head (网上商城: a shop online).
#[test]
fn a_complex_named_by_its_trade_is_built() {
    let rows = fixture("round48");
    for name in ["建材城", "网上商城"] {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is a kind: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[("南山商贸城", "completed"), ("东岭文化园", "started"), ("西坝文化城", "planned"), ("北湖汽车城", "ongoing")],
    );
}

/// Projects round 50 (AUDIT48 "left": verbs at the front of names): verbs of using, leaning on,
/// exploring, planning and negotiating are `front` verbs of dict/stage_verbs.tsv, verbs only where
/// a name could start. 利用 puts an asset to use (no row; 利用南河引水工程建设机遇 → 南河引水工程),
/// 结合, 借助 and 探索 lean on or explore what is no undertaking (no rows), 编制 is planning work
/// (编制完成…南岭旅游基地等控制性详规: planned), 洽谈 and 制定 are cut off (西岭棒材; 制定项目…办法 is
/// no row); inside a name the words stay (红山铁矿开发利用, 市中西医结合医院门诊楼, 北河水资源可持续利用).
#[test]
fn verbs_of_using_and_planning_open_no_name() {
    let rows = fixture("round50");
    for name in ["东山电厂", "腾退办公楼", "城市防灾避险设施", "东环快速铁路", "东部铁路", "南丹客专"]
    {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is no undertaking: {:?}", names(&rows));
    }
    for name in ["利用", "结合", "探索", "借助", "洽谈", "制定", "通过"] {
        assert!(!rows.iter().any(|r| r["name"].starts_with(name)), "a name opens with {name}: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[
            ("南岭旅游基地", "planned"),
            ("红山铁矿开发利用", "started"),
            ("东岭固废综合利用", "started"),
            ("市中西医结合医院门诊楼", "completed"),
            ("南河引水工程", "ongoing"),
            ("西岭棒材", ""),
            ("西山绿化", "ongoing"),
            ("北河水资源可持续利用", "ongoing"),
        ],
    );
    assert_eq!(rows.len(), 8, "{:?}", names(&rows));
}

/// Stage round 49 (AUDIT49): progress said with a word of degree between 取得 and 进展 is under
/// way like 取得进展 (取得新进展, 取得积极进展), and so are works in the builders' hands: the main
/// structure (全面进入主体施工), the peak or a phase of the works (施工高潮, 路面施工阶段, 全程施工),
/// equipment being fitted (进行设备安装, 设备安装阶段), works going on (顺利施工) and the last
/// phases (调试阶段, 布展阶段); a ring road closed round is through (实现环通: completed), and a
/// milestone still decides alone (投产).
#[test]
fn works_in_progress_said_of_progress_or_construction_are_ongoing() {
    let rows = fixture("stage49");
    expect(
        &rows,
        &[
            ("东湖污水处理厂三期", "ongoing"),
            ("西岭高等级航道改造", "ongoing"),
            ("南渠引水工程", "ongoing"),
            ("北江大桥", "ongoing"),
            ("白沙大桥", "ongoing"),
            ("青河水库", "ongoing"),
            ("东环高速", "ongoing"),
            ("地铁3号线", "ongoing"),
            ("新材料产业园一期", "ongoing"),
            ("光伏组件项目", "ongoing"),
            ("南城垃圾焚烧发电厂", "ongoing"),
            ("北外环路", "ongoing"),
            ("轻轨2号线一期工程", "ongoing"),
            ("市规划展览馆", "ongoing"),
            ("南部快速路", "completed"),
            ("东山热电厂", "completed"),
        ],
    );
}

/// Stage round 50 (AUDIT50): a service begun is running (启动运营: completed, not the started of
/// 启动), a trial production run is commissioning like 试运行 (试生产: ongoing), a bridge closed at
/// mid-span in any words is on its way like 主桥合龙 (实现合龙, 主拱合龙: ongoing), and so is a
/// railway whose track is laid (全线铺通); a plant up to its designed output is built like 投产
/// (达产, 稳产达产; as a target after 加快推动: completed), and 达产达效 is one phrase, so 达效 opens no
/// name.
#[test]
fn services_begun_trial_runs_closures_and_full_output_have_their_stage() {
    let rows = fixture("stage50");
    expect(
        &rows,
        &[
            ("东岭铁路专用线", "completed"),
            ("北坪群众工作中心", "completed"),
            ("南山啤酒", "ongoing"),
            ("北湖蓝莓", "ongoing"),
            ("东江三桥", "ongoing"),
            ("西江大桥", "ongoing"),
            ("南河特大桥", "ongoing"),
            ("青山至白石港铁路", "ongoing"),
            ("新华光电", "completed"),
            ("远达饮品", "completed"),
            ("西岭纸业一期", "completed"),
            ("东湖新材料", "completed"),
            ("北城污水处理厂", "started"),
        ],
    );
    assert_eq!(row(&rows, "东湖新材料")["status"], "target");
    no_name_with(&rows, "达效");
}

/// Round 51 (AUDIT51): bare place names before 等 and a kind of institution named by its place
/// (`place_kind` 实验室) each name one, with a stage as any institution (北山、南湖、西岭等实验室
/// 加快建设 → 北山实验室, 南湖实验室 (a lake names the place), 西岭实验室); with no stage they are
/// no rows (支持青山、白云等实验室发展), and bases stay out (苹果、竹子等基地: goods; 北坝、南坪等玉米
/// 制种基地: the role of a region).
#[test]
fn places_before_a_kind_of_laboratory_name_one_each() {
    let rows = fixture("round51");
    expect(
        &rows,
        &[
            ("东湖实验室", "planned"),
            ("北山实验室", "ongoing"),
            ("南湖实验室", "ongoing"),
            ("西岭实验室", "ongoing"),
            ("东山实验室", "ongoing"),
            ("西山实验室", "ongoing"),
        ],
    );
    for word in ["青山", "白云", "苹果", "竹子", "北坝", "南坪"] {
        no_name_with(&rows, word);
    }
}

/// Round 52 (AUDIT52): a name opening with a grade (重点煤炭基地, 重点调蓄水库) or ending in a grade
/// of priority and 项目 (市列重点项目, 部门重点项目, 循环经济重点项目) is a class of things, no row;
/// a 工程 so named is a programme the text implements (重点园区扩区升级工程) and a quoted name a
/// named programme (扶贫开发“五个一”重点工程): both stay, as do places before a graded head (西岭、
/// 南坪大型水库). Programmes of policy named only by what they give or whom they reach (联合攻关项目,
/// 农村信用工程, 计划生育家庭奖励扶助项目) are kinds.
#[test]
fn graded_kinds_and_policy_programmes_are_no_rows() {
    let rows = fixture("round52");
    expect(
        &rows,
        &[
            ("东河大桥", "completed"),
            ("西岭大型水库", "started"),
            ("南坪大型水库", "started"),
            ("东河油气管道", "ongoing"),
            ("北山引水工程", "planned"),
            ("重点园区扩区升级工程", "ongoing"),
            ("扶贫开发“五个一”重点工程", "ongoing"),
        ],
    );
    for word in ["市列", "煤炭基地", "调蓄水库", "部门", "循环经济", "信用", "攻关", "奖励扶助"]
    {
        no_name_with(&rows, word);
    }
    assert_eq!(rows.len(), 7, "{:?}", names(&rows));
}

/// Round 53 (AUDIT53, precision on 2025–2026 provincial pages): a heritage list (遗产, 申遗) and
/// the first batch or first one of a designation (首批, 首个) are honours, so a site only said to
/// seek or win them, with no stage, is named in passing (南海古道, 东湖湿地, 西渠, 南湖港, 北山铁路
/// 口岸: no rows); works named as such and stages stay (东山湿地修复三期工程, 西岭机场获批建设). A
/// region's strengths called 优势项目 are disciplines (足球, 跳水: no rows; 优势产业项目 keeps its
/// plants), and 建强, 抓实 and 织密 are verbs that end a name where they start (建强劳动密集型产业园,
/// 抓实产业项目, 织密公路连接线: no rows).
#[test]
fn heritage_lists_first_batches_and_strengths_are_no_undertakings() {
    let rows = fixture("round53");
    for word in ["南海古道", "北城古城", "东湖湿地", "西渠", "南湖港", "北山铁路口岸", "足球", "跳水", "曲棍球"]
    {
        no_name_with(&rows, word);
    }
    for word in ["建强", "抓实", "织密", "实季度", "实产业"] {
        assert!(!rows.iter().any(|r| r["name"].starts_with(word)), "a name opens with {word}: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[
            ("东山湿地修复三期工程", ""),
            ("西岭机场", "planned"),
            ("北江大桥", "completed"),
            ("东岭化工二期", "ongoing"),
            ("南山水库", "ongoing"),
        ],
    );
}

/// Stage 51 (AUDIT50, class L): a clause of bare names closed by 等 and a kind (白石港20万吨矿石
/// 等多个大型专业化泊位) in the middle of a run of verbless clauses across commas no longer ends the
/// run: the predicate of the clause after (东城机场新航站楼等…相继竣工投入使用) is everyone's. A list
/// closed by 等 alone (南城地铁一期、西山快速干道等，…要做好前期工作) still ends it.
#[test]
fn a_list_closed_by_deng_and_a_kind_does_not_end_a_run_of_names() {
    let rows = fixture("stage51");
    expect(
        &rows,
        &[
            ("东岭铁路", "completed"),
            ("北坪客运专线", "completed"),
            ("南河快速铁路", "completed"),
            ("北湖高速公路", "completed"),
            ("西湖高速公路", "completed"),
            ("青山江公路大桥", "completed"),
            ("东城机场新航站楼", "completed"),
            ("南城地铁一期", ""),
            ("西山快速干道", ""),
            ("南城地铁二期", "planned"),
        ],
    );
}

/// Round 54 (AUDIT54, whole 2003 city reports): a list closed by 等 and 项目 followed by 的 and
/// a list of steps with a verb after the first (等项目的进资、建设、投产) is done to, not the owner
/// of what follows; a numbered line alone after an owner's line takes the owner (地铁六号线、七号线
/// → 地铁七号线), Chinese numerals share an owner and a head as figures do (地铁八、九、十号线), and
/// a logistics park is named by its place after a count (黄岭、西坪、南塘等三大物流园区). A list
/// before 等街道的 still modifies what follows (no rows).
#[test]
fn steps_after_de_numbered_lines_and_counted_logistics_parks() {
    let rows = fixture("round54");
    expect(
        &rows,
        &[
            ("地铁五号线", "completed"),
            ("地铁六号线", "ongoing"),
            ("地铁七号线", "ongoing"),
            ("东岭化工", "completed"),
            ("西坪钢铁", "completed"),
            ("南湖纸业", "completed"),
            ("北山汽车城", "completed"),
            ("地铁八号线", "ongoing"),
            ("地铁九号线", "ongoing"),
            ("地铁十号线", "ongoing"),
            ("轻轨3号线", "ongoing"),
            ("轻轨4号线", "ongoing"),
            ("黄岭物流园区", "ongoing"),
            ("西坪物流园区", "ongoing"),
            ("南塘物流园区", "ongoing"),
        ],
    );
    for word in ["三角地", "西大街"] {
        no_name_with(&rows, word);
    }
    assert!(!rows.iter().any(|r| r["name"] == "七号线" || r["name"] == "4号线"), "{:?}", names(&rows));
    assert_eq!(rows.len(), 15, "{:?}", names(&rows));
}

/// Round 55 (AUDIT55, whole 2026 provincial reports annotated): a province's role for a region
/// abroad (辐射中心) is no centre; 园地 is a class of land, not the head 园; parks and ports named by
/// a sector, a type of labour or a manner alone (生物制造, 劳动密集型, 集约) are kinds, and 国创中心
/// a platform; a quoted honour right after a university (“双一流”建设) is a rank striven for, not
/// works on it. Places keep their names (南港产业园, 东州大学新校区).
#[test]
fn roles_land_classes_sector_kinds_and_ranks_are_no_undertakings() {
    let rows = fixture("round55");
    for word in ["辐射中心", "耕地", "生物制造", "劳动密集型", "集约", "国创中心", "西州理工大学"]
    {
        no_name_with(&rows, word);
    }
    assert!(!rows.iter().any(|r| r["name"] == "东州大学"), "东州大学 is a row: {:?}", names(&rows));
    expect(
        &rows,
        &[
            ("东河水库", "completed"),
            ("西岭大桥", "completed"),
            ("东山森林公园", "completed"),
            ("南港产业园", "ongoing"),
            ("东州大学新校区", "ongoing"),
        ],
    );
}

/// Stage 52 (AUDIT50 class L, AUDIT52S): a verb before a list that runs on across commas (加快
/// 建设东港高速公路、…矿石码头，全市本地通信网，西坪电厂、…，东溪引水、…白沙水利枢纽等工程项目) is
/// lent forward to the bare names of the clauses after it, up to a list closed by 等 and a kind or
/// the end of the sentence, and bare words making no row (全市本地通信网, 南街古镇、甘泉特色小镇)
/// do not end the run. Only a list of two names or more after the verb, with no 等 (建设东城物流园、
/// 西城农产品物流园等项目 is complete; 实施城市道路通达工程 names one programme). A sentence opening
/// with a name alone takes its one clause after as its predicate (北溪生态水长廊项目，今年9月份开工
/// 建设), unless that clause reports a quantity.
#[test]
fn a_front_verb_is_lent_over_bare_names_up_to_a_list_closed_by_deng() {
    let rows = fixture("stage52");
    expect(
        &rows,
        &[
            ("凤鸣北大道", "completed"),
            ("西湖路东延工程", "completed"),
            ("西坪电厂", "ongoing"),
            ("北湖抽水蓄能电站", "ongoing"),
            ("青石水库", "ongoing"),
            ("白沙水利枢纽", "ongoing"),
            ("西谷礼乐风情小镇", "ongoing"),
            ("北安桃园小镇", "ongoing"),
            ("放大北港内陆港", ""),
            ("黄河东西路", ""),
            ("北溪生态水长廊项目", "started"),
            ("西田铁路电气化提速改造项目", "planned"),
            ("南湖公园项目", ""),
        ],
    );
    assert_eq!(row(&rows, "西坪电厂")["action"], "加快建设");
    assert_eq!(row(&rows, "北溪生态水长廊项目")["action"], "开工建设");
}

/// Stage 52 (AUDIT50 class L, 北海 2014): names closed by 等 and a kind opening a sentence with
/// no verb (西江路、南阳路等一批城市道路，) wait for the predicate after, as verbless names do, and the
/// clause that ends the run lends its predicate even when it names no project of its own (北城大道
/// 风貌整治、城中村改造和一批示范街建设稳步推进).
#[test]
fn a_run_of_names_takes_the_predicate_of_a_last_clause_without_rows() {
    let rows = fixture("stage52");
    expect(
        &rows,
        &[
            ("西江路", "ongoing"),
            ("南阳路", "ongoing"),
            ("东湖路铁路立交工程", "ongoing"),
            ("北山路铁路立交工程", "ongoing"),
        ],
    );
    assert_eq!(row(&rows, "西江路")["action"], "建设稳步推进");
}

/// Round 56 (AUDIT56, whole 2000s provincial reports of 四川 2004 and 江苏 2006): a quoted name
/// opening a 工程 of category words is the programme's own name (“千村万户”为民服务工程, whose 为民服务
/// is a word of what it does, not the preposition 为), unless the quotes hold a five-year plan
/// (“十四五”重大工程: a period's works) or the 工程 is a strategy (战略工程); 艺术院 and the older
/// 传染病院, 精神病院 are institutions; the poorer areas a province supports are a scope (经济薄弱地区
/// 乡镇卫生院改造: a kind).
#[test]
fn quoted_programmes_older_institutions_and_the_scope_of_poorer_areas() {
    let rows = fixture("round56");
    expect(
        &rows,
        &[
            ("东山文学院", "completed"),
            ("西山艺术院", "completed"),
            ("“千村万户”为民服务工程", "ongoing"),
            ("“东山护理”品牌培训工程", "ongoing"),
            ("省传染病院（病区）", "ongoing"),
            ("市精神病院新址", "ongoing"),
        ],
    );
    for word in ["十四五", "战略工程", "经济薄弱"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 57 (AUDIT57: whole 2026 reports of 上海 and 山东): the functions of a financial or
/// trade centre are roles (人民币资产全球配置中心, 风险管理中心, 国际数据加工枢纽, and the ports
/// said to be a 资源配置枢纽), a 服务港 is a platform and 厂房仓库 a class of premises; a name joined
/// by 及 to one with a head of its own after a proper part is a second work (南平铁路扩能改造,
/// 青梅湾公园), an extension named by its direction is not (西港停车场及东延线); a route among
/// items written alike leaves them their shared head (东临、西商、北湾至南岭、中邯长铁路); a theme
/// park (乐园) and a grand opera house (大歌剧院) are built things.
#[test]
fn financial_roles_are_no_centres_and_works_joined_by_ji_are_two() {
    let rows = fixture("round57");
    for word in ["配置中心", "风险管理中心", "加工枢纽", "服务港", "厂房仓库"] {
        no_name_with(&rows, word);
    }
    assert!(!rows.iter().any(|r| r["name"] == "东港"), "东港 is a row: {:?}", names(&rows));
    expect(
        &rows,
        &[
            ("东湾至北岭铁路", "started"),
            ("南平铁路扩能改造", "started"),
            ("西岭核电一期", "started"),
            ("西山公园", "completed"),
            ("青梅湾公园", "completed"),
            ("东港乐园", "completed"),
            ("东州大歌剧院", "completed"),
            ("东临铁路", "planned"),
            ("西商铁路", "planned"),
            ("北湾至南岭铁路", "planned"),
            ("中邯长铁路", "planned"),
            ("西港停车场及东延线", "completed"),
        ],
    );
}

/// Stage 53 (AUDIT53S; AUDIT52S "left", 本溪 2021): a sentence opening with a name alone takes
/// all its clauses after, up to the end of the sentence or a ；, as its predicate when each says a
/// stage and none reports a quantity; the highest-ranked phrase decides (北山古城机场项目，今年完成
/// 选址批复，启动立项工作，明年开工建设: planned by 选址). Not a sentence of several subjects (城市原点
/// 落子东湖广场，…，北岭云端索道开通运营), nor one whose clauses report a quantity (西城新建50公里再生水
/// 管线，…，全市再生水利用率达到30%). What is completed before a later start is preparatory work
/// (南岭铁矿建设项目，今年完成探矿权转让，明年开工建设: planned). Choosing the site (选点) is planning
/// like 选址 (东溪抽水蓄能电站选点正式获批: planned).
#[test]
fn a_topic_takes_all_its_predicate_clauses_and_site_selection_is_planning() {
    let rows = fixture("stage53");
    expect(
        &rows,
        &[
            ("东溪抽水蓄能电站", "planned"),
            ("城市原点落子东湖广场", ""),
            ("北岭云端索道", "completed"),
            ("南环高速公路项目", "started"),
            ("北河抽水蓄能电站项目", "planned"),
            ("北山古城机场项目", "planned"),
            ("南岭铁矿建设项目", "planned"),
            ("西城新建50公里再生水管线", ""),
            ("东湖公园项目", "started"),
        ],
    );
    assert_eq!(row(&rows, "北山古城机场项目")["action"], "完成选址批复，启动立项工作，明年开工建设");
    assert_eq!(row(&rows, "南环高速公路项目")["action"], "做好征地动迁工作，年底开工建设");
    assert_eq!(row(&rows, "城市原点落子东湖广场")["action"], "");
}

/// Stage 54 (AUDIT54S, 泸州 2021): the track laid (铺轨, 全线铺轨) is a railway under way as 全线铺通
/// is, and so is its 完成 (完成全线铺轨, 完成铺轨: a phase of the works done, not the line: ongoing,
/// where the 完成 alone read completed). Other works completed (完成维修整治) and a line opened
/// (建成通车, 建成运营) stay completed.
#[test]
fn track_laid_is_a_railway_under_way() {
    let rows = fixture("stage54");
    expect(
        &rows,
        &[
            ("渝东高铁川东段", "ongoing"),
            ("北岭高速", "ongoing"),
            ("西河客专北段", "ongoing"),
            ("东湾铁路南段", "ongoing"),
            ("南溪大桥", "completed"),
            ("北湾铁路", "completed"),
        ],
    );
    let line: Vec<_> = rows.iter().filter(|r| r["name"] == "川北城际铁路东西线").collect();
    assert_eq!(line.len(), 2, "{:?}", names(&rows));
    assert_eq!((line[0]["action"].as_str(), line[0]["stage"].as_str()), ("完成全线铺轨", "ongoing"));
    assert_eq!(line[1]["stage"], "completed");
}

/// Projects round 60 (AUDIT60; AUDIT54 and AUDIT56 class E): works on a named river or lake
/// written without 工程 are a project: a name ending in a water word (江, 河, 湖, 溪), maybe a
/// reach (流域, 干流), then works words that end the run (综合治理, 清淤截污, 防洪); rivers listed
/// before it share its reach and works (东江、西江、北盘江综合治理). Not a basin's strategy (黄河流域
/// 生态保护和高质量发展), a zone (长江经济带), a system (河长制), a region (沿黄地区), several
/// bodies of water (江河湖库), a kind (城市河道, 中小河流) or a river named by a generic word (小河).
#[test]
fn works_on_named_rivers_are_projects() {
    let rows = fixture("round60");
    expect(
        &rows,
        &[
            ("青石湖综合治理", "completed"),
            ("东山湖清淤截污", "completed"),
            ("东江综合治理", ""),
            ("西江综合治理", ""),
            ("北盘江综合治理", ""),
            ("南河流域综合治理", "started"),
            ("青河干流防洪", "ongoing"),
        ],
    );
    for word in ["长江", "黄河", "沿黄", "河长制", "江河", "小河", "城市河道", "中小河流", "形象工程"]
    {
        no_name_with(&rows, word);
    }
}

/// Projects round 58 (AUDIT58: whole 2000s city reports of 哈尔滨 2001 and 南昌 2005): a currency
/// and a crab hold a head of one character but name no port and no sluice (3000万港元, 东湖大闸蟹);
/// wires and cables strung on poles are goods (电线, 电话线, 电缆线); a base named only by a class of industry is a role the
/// city plays (国家重要的装备制造业基地, 高新技术产业基地), while a place or sector before it keeps the
/// name (东山高新技术产业园, 油化装备制造业基地); a boundary word after a name says where an area lies
/// (三环路以内地区, 西桥以北): no row for the road or the bridge. 所属 ends an owner as 的 does
/// (西方集团所属东湖商场 → 东湖商场); 各大 leads a kind (各大圩堤); a gravel road, an intersection,
/// sanitation facilities, fields of biotechnology (细胞工程) and goods (多媒体液晶投影仪, 大豆分离蛋白)
/// are no undertakings.
#[test]
fn currencies_cables_industry_roles_and_boundaries_are_no_projects() {
    let rows = fixture("round58");
    for word in [
        "万港",
        "大闸",
        "电线",
        "电话线",
        "电视线",
        "电缆线",
        "高新技术产业基地",
        "西桥",
        "西方集团",
        "圩堤",
        "砂石路",
        "交通路",
        "环境卫生",
        "工程等",
        "细胞工程",
        "基因工程",
        "投影仪",
        "分离蛋白",
    ] {
        no_name_with(&rows, word);
    }
    for name in ["三环路", "装备制造业基地"] {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is a row: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[
            ("东门大桥", "completed"),
            ("南山污水处理厂", "completed"),
            ("北港码头", "completed"),
            ("南湖水库", "ongoing"),
            ("油化装备制造业基地", "ongoing"),
            ("东山高新技术产业园", "ongoing"),
            ("三环路北线", "ongoing"),
            ("东湖商场", "completed"),
            ("东山啤酒生产线改造", "ongoing"),
        ],
    );
}

/// Projects round 59 (AUDIT59: whole 2026 reports of 北京 and 安徽): the centres of social
/// governance are service organs (综治中心, 综合治理中心, 调解中心, 调处中心: `org`), classes of
/// facilities named by their use, size or manner are kinds (停车设施, 疏散通道, 小微公园, 无界公园,
/// a channel by its depth 深水: `generic`), a higher-education park and a central
/// area are areas (高教园, 中心区: `zone`), and a way to growth or for a cause is a figure of speech
/// (成才通道, 成长通道, 探路: `nonhead`); a name right before a bound (`modifier_after` of
/// dict/project_words.tsv: 以内, 以北 …) is the edge of an area (中环路以内信号灯, 东湖桥以北西河两岸
/// 景观改造). Named works of the same heads stay (东州应急指挥中心, 东港深水
/// 航道, 西山爱国主义教育基地, 南城体育中心, 北环通道).
#[test]
fn governance_organs_classes_of_facilities_and_figures_of_speech_are_no_works() {
    let rows = fixture("round59");
    for word in [
        "综治中心",
        "综合治理中心",
        "调解中心",
        "调处中心",
        "停车设施",
        "疏散通道",
        "小微公园",
        "无界公园",
        "高教园",
        "奥林匹克中心",
        "成才通道",
        "探路",
        "中环路",
        "东湖桥",
    ] {
        no_name_with(&rows, word);
    }
    for name in ["深水航道整治", "深水航道"] {
        assert!(!rows.iter().any(|r| r["name"] == name), "{name} is a row: {:?}", names(&rows));
    }
    expect(
        &rows,
        &[
            ("东州应急指挥中心", "completed"),
            ("北湖公园", "completed"),
            ("东港深水航道", "completed"),
            ("西山爱国主义教育基地", "completed"),
            ("南城体育中心", "started"),
            ("东山隧道", "completed"),
            ("北环通道", "completed"),
        ],
    );
}

/// Projects round 61 (AUDIT61: whole 2026 reports of 广东 and 宁夏): the institutions of a list
/// the text sums up as platforms are roles named in passing (`platform` of dict/project_words.tsv:
/// …适配中心、…创新中心等产业创新平台, …实验室等重大创新平台, …科考中心、…考察基地等创新平台: no rows),
/// while a park or a building among them is built (…合作园、…产业园等重大合作平台, …样品馆…等三大平台
/// 开工建设) and an institution outside such a list keeps its row; connecting with a scheme others
/// run is joining it (`closed` 对接 of dict/stage_verbs.tsv, as 融入: 积极对接西部陆海新通道, 深化与…通道
/// 对接合作), while a work of the same clause stays; a rank of works in apposition before a name is
/// no part of it (`leading` 国家重点工程, 国家重大工程); a park entered into a list or pilot of parks is
/// designated, not honoured (`zone_status` 园区: stays, stage empty), while a park only said to be a case
/// of something is in passing.
#[test]
fn platforms_connected_schemes_and_ranks_in_apposition_are_no_names() {
    let rows = fixture("round61");
    for word in [
        "适配中心",
        "智能体创新中心",
        "实验室",
        "科考中心",
        "极地考察基地",
        "西部陆海新通道",
        "北部湾东通道",
        "国家重点工程",
        "国家重大工程",
        "东湖公园",
    ] {
        no_name_with(&rows, word);
    }
    expect(
        &rows,
        &[
            ("东山高铁", "completed"),
            ("南江通道", "completed"),
            ("东州应用中心", "completed"),
            ("东江产业深度合作园", "ongoing"),
            ("西江合作产业园", "ongoing"),
            ("北岭标本样品馆", "started"),
            ("南岭大数据中心", "started"),
            ("北港大桥", "started"),
            ("东山产业园", ""),
            ("南山工业园", ""),
            ("西山工业园", ""),
        ],
    );
}

/// Projects round 61: 发展 is a verb, so a programme named by what it develops was cut at it; written
/// with 工程 it is the programme's head (`item` 发展工程 of dict/project_heads.tsv), and the words before
/// 工程 count for a quoted programme's length (“教育发展工程”). A rank of priority stays a figure
/// (“一号发展工程”), and development without 工程 names nothing.
#[test]
fn programmes_named_by_what_they_develop_are_rows() {
    let rows = fixture("round61");
    expect(
        &rows,
        &[("人口均衡发展工程", "ongoing"), ("“教育发展工程”", "ongoing"), ("东山生态保护绿色发展工程", "planned")],
    );
    for word in ["一号", "高质量发展"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 62 (AUDIT62; the river works of round 60 cut short): 全线 before works words
/// is the reach of the river (白沙河全线治理, 渭河流域全线治理工程, 凉水河全线清淤疏浚: any
/// `water_works` word, session 24), not the verb 全线 that ends a
/// name before its predicate (西宁至成都铁路全线贯通, 兰新铁路全线铺通, S215线全线施工); 快速推进 is
/// one verb, so the works before it end where it starts (灵泉湖、沙溪防洪生态治理等快速推进, as
/// jiaozuo-2014 has it), while 快速 alone still opens a name (城北快速通道).
#[test]
fn works_along_a_whole_river_and_fast_progress() {
    let rows = fixture("round62");
    expect(
        &rows,
        &[
            ("渭河全线治理", "ongoing"),
            ("青河流域全线治理工程", "started"),
            ("白水江全线综合整治", "completed"),
            ("凉水河全线清淤疏浚", "started"),
            ("灵泉湖防洪生态治理", "ongoing"),
            ("沙溪防洪生态治理", "ongoing"),
            ("城北快速通道", "ongoing"),
            ("西宁至成都铁路", "completed"),
            ("兰新铁路", "ongoing"),
        ],
    );
    assert_eq!(row(&rows, "“引汉济渭”主体工程")["action"], "基本完工");
    assert_eq!(row(&rows, "灵泉湖防洪生态治理")["action"], "快速推进");
    assert_eq!(row(&rows, "西宁至成都铁路")["action"], "全线贯通");
    let round60 = fixture("round60");
    expect(&round60, &[("白沙河全线治理", "ongoing"), ("南溪防洪生态治理", "ongoing")]);
}

/// Projects round 62 (AUDIT62, AUDIT58 miss): a direction written alone before a name opening
/// with a direction is one more of that name (东、西高架桥 → 东高架桥, 西高架桥; 南、西、北外环快速
/// 通道 → three roads; 启动了东、西外环绕城高速公路, 了 left out). A place ending in a direction
/// (肇东、北林) and the sides of a road (东、西两侧道路) name none.
#[test]
fn directions_listed_share_the_name_after_them() {
    let rows = fixture("round62");
    expect(
        &rows,
        &[
            ("东高架桥", "started"),
            ("西高架桥", "started"),
            ("东外环绕城高速公路", "started"),
            ("西外环绕城高速公路", "started"),
            ("南外环快速通道", "ongoing"),
            ("西外环快速通道", "ongoing"),
            ("北外环快速通道", "ongoing"),
        ],
    );
    for word in ["肇东", "北林", "两侧", "东高速", "东、"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 62 (AUDIT62 false rows): figures of works left unfinished (不能搞胡子工程、尾巴
/// 工程; 烂尾楼) are conditions, as 危桥 is; 千方百计 and 想方设法 are adverbs like 全力, so 争项目
/// after them is 争 before 项目, no name; the projects listed in a plan (市“1346”行动计划项目, 年度
/// 计划项目, “光伏领跑者”计划项目) are a class the plan counts. Named works beside them stay.
#[test]
fn unfinished_works_figures_adverbs_and_plan_lists_are_no_projects() {
    let rows = fixture("round62");
    expect(&rows, &[("城南污水处理厂", "completed"), ("西环路改造工程", "ongoing")]);
    for word in ["胡子", "尾巴", "烂尾", "千方百计", "想方设法", "争项目", "计划项目", "1346", "861"]
    {
        no_name_with(&rows, word);
    }
}

/// Projects round 64 (AUDIT62's largest class, AUDIT64): two works joined by 及 are two rows when
/// the second is works written onto an asset named by a second head after the head it opens with
/// (东宁高铁及铁路北站搬迁: 铁路|北站, the station moved), or when the first is works written onto a
/// named thing and the second a named thing (市二中迁建及东湖公园二期, 城南一中改扩建及青山学校二期).
/// A bare part after 及 (净水厂及输配水管线, 北湖大桥及引线工程), a head word alone before the works
/// (道路桥梁改造) and a head after a word of no name (跨铁路桥) stay one name.
#[test]
fn works_joined_by_ji_on_assets_of_their_own_are_two() {
    let rows = fixture("round64");
    expect(
        &rows,
        &[
            ("东宁高铁", "started"),
            ("铁路北站", "started"),
            ("环城高速", "completed"),
            ("公路西站", "completed"),
            ("市二中迁建", "completed"),
            ("东湖公园二期", "completed"),
            ("城南一中改扩建", "ongoing"),
            ("青山学校二期", "ongoing"),
            ("东街幼儿园", "ongoing"),
            ("净水厂及输配水管线", "completed"),
            ("东环路及跨铁路桥", "completed"),
            ("北湖大桥及引线工程", "started"),
        ],
    );
    for word in ["北站搬迁", "西站搬迁", "改扩建及", "迁建及", "道路桥梁"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 64 (AUDIT64 miss): a bare route written with dashes before a named route written
/// the same way is a route, as one with 至 is, and takes its head (海口—五指山—三亚和洋浦—儋州—万宁
/// 高速公路 → two roads). A dash that joins two names before a named thing of another kind lends
/// nothing (东门古巷—西山古道和城南公园).
#[test]
fn dash_routes_written_alike_share_the_head() {
    let rows = fixture("round64");
    expect(
        &rows,
        &[("东岭—西川—南平高速公路", "ongoing"), ("北港—中山—下洋高速公路", "ongoing"), ("城南公园", "ongoing")],
    );
    for word in ["古道公园", "古道高速"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 63 (AUDIT63: whole reports of 新疆 2026 and 山东 2025): a named item that is
/// itself a route gives no length for the bare items before its head to match; two or more of
/// them before a head named by its place are lines named by their cities (聊邯长、莱临、德商、日照至
/// 五莲高铁 → 聊邯长高铁, 莱临高铁, 德商高铁; 万宜、昌栗、昌宁、昌傅至东乡高速公路 → 万宜高速公路 …). One
/// bare place before a route may be where a second route starts (西宁、格尔木至成都铁路): no 西宁铁路.
/// Places before a head that is no route keep the length rule (阿海、糯扎渡电站).
#[test]
fn bare_lines_before_a_route_take_its_head() {
    let rows = fixture("round63");
    expect(
        &rows,
        &[
            ("聊邯长高铁", "planned"),
            ("莱临高铁", "planned"),
            ("德商高铁", "planned"),
            ("日照至五莲高铁", "planned"),
            ("万宜高速公路", "ongoing"),
            ("昌栗高速公路", "ongoing"),
            ("昌宁高速公路", "ongoing"),
            ("北二绕高速项目", "ongoing"),
            ("格尔木至成都铁路", "started"),
            ("阿海电站", "ongoing"),
            ("糯扎渡电站", "ongoing"),
        ],
    );
    for word in ["西宁铁路", "西宁高铁"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 66 (AUDIT66: whole reports of 上海 2014 and 恩施 2016): a line written as a number
/// and a numbered head after an owner's line takes the owner, whatever phase or section either
/// holds after the head (轨道交通11号线二期和12号线 → 轨道交通12号线; 地铁1号线和2号线一期 → 地铁2号线一期).
/// The head shared is 号 and more: a line after a numbered building takes no owner (1号楼、2号线).
/// The owner's line is the nearest item not opening with a number (…11号线二期和12号线、16号线部分区段),
/// and 部分 between a line and a segment takes part of the line, no count (16号线部分区段).
#[test]
fn numbered_lines_take_the_owner_whatever_their_phases() {
    let rows = fixture("round66");
    expect(
        &rows,
        &[
            ("轨道交通3号线二期", "completed"),
            ("轨道交通5号线", "completed"),
            ("地铁1号线", "completed"),
            ("地铁2号线一期", "completed"),
            ("地铁4号线首通段", "completed"),
            ("地铁6号线后通段", "completed"),
            ("2号线", "completed"),
            ("东湖1号线", "completed"),
            ("2号楼", "completed"),
            ("轨道交通8号线", "completed"),
            ("轨道交通9号线部分区段", "completed"),
            ("地铁10号线部分路段", "completed"),
        ],
    );
    for word in ["1号楼2号线", "东湖2号楼", "部分设施"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 66 (AUDIT66 miss, the brief's works on basins): works in the basin of a named
/// river are named by the river, as works on the river are (清江流域污水处理项目, 马莲河流域水土保持
/// 项目), and rivers listed before them share the basin's works (汉江、府澴河流域防洪安全工程). A
/// category inside a zone of no river (新区流域基础设施, 湾区重大功能项目) or a basin of no name (流域
/// 水土保持项目) stays a kind.
#[test]
fn works_in_the_basin_of_a_named_river_are_named_by_it() {
    let rows = fixture("round66");
    expect(
        &rows,
        &[
            ("南河流域污水处理项目", "completed"),
            ("西溪流域水土保持工程", "completed"),
            ("北江流域生态修复项目", "ongoing"),
            ("东江流域防洪安全工程", "ongoing"),
            ("北河流域防洪安全工程", "ongoing"),
        ],
    );
    for word in ["新区流域", "功能项目", "东江工程"] {
        no_name_with(&rows, word);
    }
    assert!(!rows.iter().any(|r| r["name"] == "流域水土保持项目"), "a basin of no name: {:?}", names(&rows));
}

/// Projects round 66 (AUDIT66 false rows): a high-speed railway alone is a kind, as 高速公路 alone
/// is (积极争取高速铁路、…建设: 高速铁路 is one head); the information highway is a network of
/// broadband (信息高速公路: a metaphor); the approval system of a class of projects and the audit
/// of projects are administrative items (外商投资项目核准制, 国外贷款项目公证审计结果). A named railway
/// keeps its name (京港高速铁路东站), and a project approved stays (北岭海上风电项目核准).
#[test]
fn railways_alone_metaphors_and_approval_systems_are_no_rows() {
    let rows = fixture("round66");
    expect(
        &rows,
        &[
            ("东安至西平铁路", "ongoing"),
            ("京港高速铁路东站", "started"),
            ("西岭高速公路", "ongoing"),
            ("北岭海上风电项目", "planned"),
        ],
    );
    for word in ["信息", "外商", "预算", "贷款"] {
        no_name_with(&rows, word);
    }
    assert!(!rows.iter().any(|r| r["name"] == "高速铁路"), "a row named 高速铁路: {:?}", names(&rows));
}

/// Projects round 66 (AUDIT66 false row): households and people counted in Arabic digits before the
/// works done for them lead a kind, as a length does (完成4万农户生活污水处理设施改造, 1018户农村危房改造
/// 项目, 实施5000名基层医学人才培养工程: no rows); Chinese numerals in quotes name a programme (“百千万户”
/// 惠民工程 stays).
#[test]
fn households_and_people_counted_lead_a_kind() {
    let rows = fixture("round66");
    expect(&rows, &[("“千百万户”富民工程", "ongoing")]);
    for word in ["农户", "1200户", "3000名"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 66 (the brief's mines as heads; AUDIT61's miss 正义关硅矿): a mine named by its place
/// and mineral is a built thing like 煤矿 (东岭铁矿, 西山铜矿二期, 南沟锂铍矿). A mineral alone is a kind
/// (铁矿、铜矿等矿产资源), metallurgy a word no mine starts inside (冶金矿山装备), and a magnitude alone
/// before 级 is a size class like 10万吨级 (亿吨级富铁矿, 万吨级通用码头: kinds).
#[test]
fn mines_named_by_their_place_are_heads() {
    let rows = fixture("round66");
    expect(&rows, &[("东岭铁矿", "ongoing"), ("西山铜矿二期", "ongoing"), ("南沟锂铍矿", "completed")]);
    for word in ["冶金", "富铁矿", "通用码头"] {
        no_name_with(&rows, word);
    }
    for kind in ["铁矿", "铜矿"] {
        assert!(!rows.iter().any(|r| r["name"] == kind), "a row named {kind}: {:?}", names(&rows));
    }
}

/// Projects round 66 (AUDIT66 false row): a work noun or a verb alone is a fragment of a clause, never
/// a name (南城医院二期、北湖水库引水工程、城乡电网建设与改造等民生项目 → no row 改造); the named items of the
/// list stay.
#[test]
fn a_work_noun_alone_is_no_name() {
    let rows = fixture("round66");
    expect(&rows, &[("南城医院二期", "ongoing"), ("北湖水库引水工程", "ongoing")]);
    assert!(!rows.iter().any(|r| r["name"] == "改造"), "a row named 改造: {:?}", names(&rows));
}

/// Projects round 65 (AUDIT65): a programme implemented by name is a project however long its name
/// of category words (新时代立德树人工程, 康复护理扩容提升工程, 城市生命线安全工程, 现代农业产业化集群培育
/// 工程: the limit of six characters before 工程 lost them); an umbrella stays a kind (民生工程, 33项民生
/// 工程), and so do pilots of a programme counted after it (山水林田湖草生态保护修复工程试点18个, 文化惠民
/// 工程试点12个), as works counted after it are.
#[test]
fn programmes_with_long_names_of_category_words_are_rows() {
    let rows = fixture("round65");
    expect(
        &rows,
        &[
            ("新时代立德树人工程", "ongoing"),
            ("康复护理扩容提升工程", "ongoing"),
            ("城市生命线安全工程", "ongoing"),
            ("现代农业产业化集群培育工程", "ongoing"),
        ],
    );
    for word in ["民生工程", "山水林田湖草", "文化惠民"] {
        no_name_with(&rows, word);
    }
}

/// Projects round 65: 促进 is a verb leading a clause (dict/stage_verbs.tsv), so a programme named by what
/// it promotes was cut at it and lost, as 发展 was (round 61); written with 工程 it is the programme's head
/// (`item` 促进工程 of dict/project_heads.tsv): 深入实施南疆就业促进工程, 全面实施优生促进工程. 促进 before a
/// named work stays a verb (促进东山水库建设), and a programme of fewer than four characters before its
/// head is an umbrella (就业促进工程).
#[test]
fn programmes_named_by_what_they_promote_are_rows() {
    let rows = fixture("round65");
    expect(&rows, &[("南疆就业促进工程", "ongoing"), ("优生促进工程", "ongoing"), ("东山水库", "ongoing")]);
    assert!(!names(&rows).contains(&"就业促进工程"), "{:?}", names(&rows));
}
