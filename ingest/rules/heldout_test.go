package rules

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/newsgraph/newsgraph/kg"
	"golang.org/x/text/unicode/norm"
)

// The held-out articles under testdata/heldout are original texts with a
// hand annotation each (gold/), written to measure how the rules generalise
// beyond the articles they were developed on. TestHeldOutScore scores the
// extractor on them with the matching rules of the project's evaluation
// script, re-implemented here so the test stays hermetic, and fails when a
// change makes the scores fall below floors set a little under what was
// measured (typed entity F1 0.998, relation F1 0.968 on 18 articles). The
// floors guard against regressions; they are not a target to tune to. The
// first 13 articles were read while the rules were improved, so they
// flatter the rules; h14-h18 were written and annotated after, as fresh
// checks (see testdata/LICENSE.md).
const (
	heldOutEntityFloor   = 0.97 // typed entity F1
	heldOutRelationFloor = 0.94 // relation F1
)

type goldEntity struct {
	Name     string   `json:"name"`
	Type     kg.Kind  `json:"type"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional"`
}

type goldRelation struct {
	Type     kg.RelType `json:"type"`
	Source   string     `json:"source"`
	Target   *string    `json:"target"`
	Quote    string     `json:"quote"`
	Optional bool       `json:"optional"`
}

type goldArticle struct {
	Entities  []goldEntity   `json:"entities"`
	Relations []goldRelation `json:"relations"`
}

// counts are true positives, false positives and false negatives.
type counts struct{ tp, fp, fn int }

func (c *counts) add(o counts) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

func (c counts) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	p := float64(c.tp) / float64(c.tp+c.fp)
	r := float64(c.tp) / float64(c.tp+c.fn)
	return 2 * p * r / (p + r)
}

var scoreHonorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true, "mx": true}

var scoreStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an of in on at to for and or s its their his her that this with by
		from is are was were be been being will would has have had do does did not it we our they them
		you i he she as but if so there which who what all any can could should`) {
		m[w] = true
	}
	return m
}()

var possessive = regexp.MustCompile(`'s\b`)

// scoreNorm folds a name as the scorer does: accents, case, possessive
// "'s", punctuation, then a leading "the" and honorifics.
func scoreNorm(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	s = strings.ReplaceAll(b.String(), "\u2019", "'")
	s = possessive.ReplaceAllString(s, "")
	s = strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == ' ' {
			return r
		}
		return ' '
	}, s)
	w := strings.Fields(s)
	for len(w) > 0 && (w[0] == "the" || scoreHonorifics[w[0]]) {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

func contentWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(scoreNorm(s)) {
		if !scoreStop[w] {
			m[w] = true
		}
	}
	return m
}

type nameSet struct {
	kind  kg.Kind
	name  string
	names map[string]bool
}

func newNameSet(kind kg.Kind, name string, aliases []string) nameSet {
	n := nameSet{kind: kind, name: scoreNorm(name), names: map[string]bool{}}
	for _, s := range append([]string{name}, aliases...) {
		if k := scoreNorm(s); k != "" {
			n.names[k] = true
		}
	}
	return n
}

// entityMatch: either canonical name among the other's names, or (events)
// half the content words shared.
func entityMatch(p, g nameSet) bool {
	if g.names[p.name] || p.names[g.name] {
		return true
	}
	if p.kind != kg.Event || g.kind != kg.Event {
		return false
	}
	pw := contentWords(p.name)
	for k := range g.names {
		gw := contentWords(k)
		inter, union := 0, len(pw)
		for w := range gw {
			if pw[w] {
				inter++
			} else {
				union++
			}
		}
		if len(gw) > 0 && len(pw) > 0 && 2*inter >= union {
			return true
		}
	}
	return false
}

// maxMatching extends assign (left to right) by augmenting paths.
func maxMatching(cands map[int][]int, assign map[int]int) map[int]int {
	owner := map[int]int{}
	for l, r := range assign {
		owner[r] = l
	}
	var augment func(l int, seen map[int]bool) bool
	augment = func(l int, seen map[int]bool) bool {
		for _, r := range cands[l] {
			if seen[r] {
				continue
			}
			seen[r] = true
			if o, ok := owner[r]; !ok || augment(o, seen) {
				owner[r] = l
				assign[l] = r
				return true
			}
		}
		return false
	}
	ls := make([]int, 0, len(cands))
	for l := range cands {
		ls = append(ls, l)
	}
	sort.Ints(ls)
	for _, l := range ls {
		if _, ok := assign[l]; !ok {
			augment(l, map[int]bool{})
		}
	}
	return assign
}

// scoreArticle scores one subgraph against its gold annotation, with the
// evaluation script's rules: typed entity counts and relation counts, and
// a line per miss or false positive.
func scoreArticle(sg kg.Subgraph, g goldArticle) (ents, rels counts, notes []string) {
	pn := make([]nameSet, len(sg.Entities))
	for i, e := range sg.Entities {
		pn[i] = newNameSet(e.Kind, e.Name, e.Aliases)
	}
	gn := make([]nameSet, len(g.Entities))
	for i, e := range g.Entities {
		gn[i] = newNameSet(e.Type, e.Name, e.Aliases)
	}
	same, any := map[int][]int{}, map[int][]int{}
	for pi := range pn {
		for gi := range gn {
			if entityMatch(pn[pi], gn[gi]) {
				any[pi] = append(any[pi], gi)
				if pn[pi].kind == gn[gi].kind {
					same[pi] = append(same[pi], gi)
				}
			}
		}
	}
	for _, d := range []map[int][]int{same, any} {
		for pi, gis := range d {
			sort.SliceStable(gis, func(a, b int) bool {
				return gn[gis[a]].name == pn[pi].name && gn[gis[b]].name != pn[pi].name
			})
		}
	}
	assign := maxMatching(same, map[int]int{})
	taken := map[int]bool{}
	for _, gi := range assign {
		taken[gi] = true
	}
	for pi := range pn {
		if _, ok := assign[pi]; ok {
			continue
		}
		for _, gi := range any[pi] {
			if !taken[gi] {
				assign[pi], taken[gi] = gi, true
				break
			}
		}
	}
	for pi, e := range sg.Entities {
		if gi, ok := assign[pi]; ok {
			switch {
			case g.Entities[gi].Optional:
			case e.Kind == g.Entities[gi].Type:
				ents.tp++
			default:
				ents.fp++
				ents.fn++
				notes = append(notes, "type  "+e.Name+": "+string(e.Kind)+", gold "+string(g.Entities[gi].Type))
			}
			continue
		}
		opt := false
		for _, gi := range any[pi] {
			opt = opt || g.Entities[gi].Optional
		}
		if !opt {
			ents.fp++
			notes = append(notes, "FP    "+string(e.Kind)+" "+e.Name)
		}
	}
	for gi, e := range g.Entities {
		if !taken[gi] && !e.Optional {
			ents.fn++
			notes = append(notes, "FN    "+string(e.Type)+" "+e.Name)
		}
	}

	byID := map[string]int{}
	for pi, e := range sg.Entities {
		byID[e.ID] = pi
	}
	exact, gindex := map[string]int{}, map[string]int{}
	for gi, e := range g.Entities {
		if _, ok := exact[gn[gi].name]; !ok {
			exact[gn[gi].name] = gi
		}
		gindex[e.Name] = gi
	}
	resolve := func(id string) int {
		if id == "" {
			return -2
		}
		pi, ok := byID[id]
		if !ok {
			return -1
		}
		if gi, ok := exact[pn[pi].name]; ok {
			return gi
		}
		if gi, ok := assign[pi]; ok {
			return gi
		}
		for gi := range gn {
			if entityMatch(pn[pi], gn[gi]) {
				return gi
			}
		}
		return -1
	}
	match := func(r kg.Relation, s, o int, gr goldRelation) bool {
		if r.Type != gr.Type {
			return false
		}
		gs, ok := gindex[gr.Source]
		if !ok {
			return false
		}
		gt := -3
		if gr.Target != nil {
			if gt, ok = gindex[*gr.Target]; !ok {
				return false
			}
		}
		switch r.Type {
		case kg.Met:
			if gt == -3 {
				return s == gs || o == gs
			}
			return s == gs && o == gt || s == gt && o == gs
		case kg.Said:
			if s != gs {
				return false
			}
			gq, pq := contentWords(gr.Quote), contentWords(r.Quote)
			n := 0
			for w := range gq {
				if pq[w] {
					n++
				}
			}
			return len(gq) > 0 && 2*n >= len(gq)
		default:
			return s == gs && (gt == -3 || o == gt)
		}
	}
	cands, optl := map[int][]int{}, map[int]bool{}
	for pi, r := range sg.Relations {
		if r.Type != kg.Attacked && r.Type != kg.Said && r.Type != kg.Met {
			continue // the evaluation scores these three only
		}
		s, o := resolve(r.Source), resolve(r.Target)
		for gi, gr := range g.Relations {
			if match(r, s, o, gr) {
				cands[pi] = append(cands[pi], gi)
				optl[pi] = optl[pi] || gr.Optional
			}
		}
		gis := cands[pi]
		sort.SliceStable(gis, func(a, b int) bool {
			return !g.Relations[gis[a]].Optional && g.Relations[gis[b]].Optional
		})
	}
	rassign := maxMatching(cands, map[int]int{})
	used := map[int]bool{}
	for pi, r := range sg.Relations {
		if r.Type != kg.Attacked && r.Type != kg.Said && r.Type != kg.Met {
			continue
		}
		gi, ok := rassign[pi]
		switch {
		case ok:
			used[gi] = true
			if !g.Relations[gi].Optional {
				rels.tp++
			}
		case optl[pi]:
		default:
			rels.fp++
			notes = append(notes, "FP    "+string(r.Type)+" "+r.Source+" -> "+r.Target+" "+r.Quote)
		}
	}
	for gi, gr := range g.Relations {
		if !used[gi] && !gr.Optional {
			rels.fn++
			t := "<nil>"
			if gr.Target != nil {
				t = *gr.Target
			}
			notes = append(notes, "FN    "+string(gr.Type)+" "+gr.Source+" -> "+t)
		}
	}
	return ents, rels, notes
}

func TestHeldOutScore(t *testing.T) {
	scoreDir(t, "testdata/heldout", 18, heldOutEntityFloor, heldOutRelationFloor, true)
}

// The articles under testdata/independent were written and annotated for
// the project by writers who read only the annotation guidelines, never the
// rules or the dev articles, in the voices of wire copy, Wikinews and Voice
// of America, in 139 sets of eight (b: conflict, c: diplomacy, d:
// crime, protest and business, e: wire copy, f: Wikinews and VOA, g: war
// reporting, h: politics and protest, i: general news; then j: Wikinews, k:
// VOA, l: war wire copy, m: politics and diplomacy, n: mixed wire copy, o:
// Wikinews and VOA, p: diplomacy, q: war and insurgency; then r: South and
// Southeast Asian newspapers, s: Latin America and Europe, t: long-form
// international news, u: breaking wire copy, v: Wikinews, w: VOA, x:
// politics in Europe and the Americas, y: crime and disasters; a:
// Wikinews and VOA, z: world wire copy; then aa: Wikinews, ab: VOA on
// Africa, the Middle East and South Asia, ac: war and diplomacy wire copy,
// ad: Wikinews and VOA, ae: VOA world news, af: wire copy of the day, ag:
// Wikinews, ah: politics and diplomacy in Asia and Europe, ai: VOA from
// Asia, the Middle East and Latin America, aj: Wikinews; then ak: war
// wire copy from Africa, al: wire copy on the Middle East and Ukraine, am:
// Wikinews, an: VOA, ao: wire copy of the day, ap: regional newspapers of
// Africa and Asia, aq: Wikinews, ar: VOA and wire copy; then as: VOA on
// Africa and the Middle East, at: wire copy of the day, au: Wikinews, av:
// regional papers of Latin America and Europe, aw: Wikinews, ax: VOA world
// news, ay: wire copy from Asia-Pacific and Latin America, ba: VOA and AFP
// on the wars, bb: Wikinews, bc: VOA and wire copy; then bd: Wikinews, be:
// VOA on Africa, the Middle East and South Asia, bf: wire copy from Europe,
// Asia and the Americas, bg: Wikinews; then bh: Wikinews, bi: wire copy
// from Africa, the Middle East and Central Asia, bj: VOA world news, bk:
// Wikinews; then bl: wire copy from South and Southeast Asia, bm: the
// Middle East and North Africa, bn: Wikinews, bo: VOA and AFP on Africa and
// Latin America, bp: BBC and Guardian world news, bq: regional wire copy in
// English, br: Latin America and the Caribbean, bs: Central Asia, the
// Caucasus and Eastern Europe; then bt: Deutsche Welle and France 24, bu:
// UN News and The New Humanitarian, bv: Wikinews, bw: VOA and wire copy;
// then bx: Kyiv Independent and The Moscow Times, by: Defense Post-style
// security reporting, bz: Wikinews, ca: VOA and wire copy from Asia and
// the Middle East; then cb: Reuters and AP on the Sahel, Lake Chad and the
// Horn of Africa, cc: South Asian English-language newspapers, cd:
// Wikinews, ce: VOA and AFP on the Middle East, Ukraine and the Caucasus;
// then cf: Reuters and AP from Latin America and the Caribbean, cg: VOA on
// the Great Lakes and East Africa, ch: Wikinews, ci: VOA and AP from
// Asia-Pacific; then cj: Wikinews, ck: VOA and Reuters on the Middle East
// and North Africa; then cl: Reuters and AP from Europe's east and the
// Balkans, cm: AFP and Reuters from West and Central Africa, cn: Wikinews,
// co: VOA and AP on South and Central Asia, cp: Reuters and AP from the
// Middle East, cq: Wikinews, cr: VOA and AFP on Latin America and the
// Caribbean, cs: BBC, Guardian and Al Jazeera world news; then ct: AP and
// Reuters from East and Southeast Asia, cu: VOA and AFP on the Horn of
// Africa and the Sahel, cv: Wikinews, cw: Reuters and AFP world wire copy;
// then cx: Reuters and AP on the war in Ukraine and Russia's neighbours,
// cy: Wikinews, cz: Reuters and AFP world wire copy, da: VOA and AP on
// Central, East and Southern Africa, db: Wikinews, dc: AP and AFP from the
// Middle East and North Africa, dd: Reuters and VOA from South and
// Southeast Asia, de: AFP, Reuters and AP on the Americas and Europe;
// then df: Al Jazeera and Reuters on the Gulf, Yemen, Iraq, Iran and the
// Horn of Africa, dg: AP and Reuters from West Africa and the Sahel, dh:
// Wikinews, di: Reuters, AFP and AP from Asia-Pacific and Central Asia,
// dj: BBC and Reuters on Europe, Turkey and the Caucasus, dk: AP and
// Reuters from Latin America, dl: Reuters and AP on politics and
// diplomacy, dm: AFP, AP and Reuters on courts, corruption and business;
// then dn: VOA on conflicts and their diplomacy, do: AP and Reuters from
// South Asia and the Middle East, dp: VOA world news, dq: Wikinews, dr:
// Wikinews, ds: VOA on Africa, the Middle East and Asia, dt: Reuters and
// AP world wire copy; then du: AFP and Reuters on Latin America and the
// Caribbean, dv: VOA and AP on Europe and Central Asia, dw: Reuters and AP
// world wire copy, dx: VOA and Wikinews on Africa; then dy: AP and Reuters
// from the Middle East, dz: BBC and Reuters from South and Southeast Asia,
// ea: Wikinews, eb: AFP and AP on conflicts and their diplomacy, ec: VOA on
// Asia and the Pacific, ed: Reuters and AFP on courts, crime, business and
// politics, ee: AP and Reuters from Africa, ef: BBC, AFP and Reuters on
// Europe, the Middle East and the Americas; then eg: Reuters and AP
// world wire copy, eh: VOA on Africa and the Middle East, ei: Wikinews,
// ej: AFP, AP and Reuters from Asia and Latin America).
// They measure generalisation better than
// testdata/heldout, which was written beside the rules. Sets b, c, e, f,
// g, h, j, l, p, q, r, t, v, w, aa, ab, ag, ah, ak, al, as, at, ay, ba,
// bd, be, bh, bi, bl, bm, bp, bq, br, bs, bt, bu, bx, by, cb, cc, cf, cg,
// cj, ck, cl, cm, cp, cq, ct, cu, cx, cy, dd, de, df, dg, dj, dl and dm
// were read to find categories of error after they were first scored, and
// bf, bg, bj, bk, bn, bo, bv, bw, bz, ca, ch, ci, cn, co, cr and cs too in
// the twentieth step (their duplicates first, then other misses), and d,
// i, k, m, n, o, s, u, x, y, a, z, ac, ad, ae, af, ai, aj, am, an, ao,
// ap, aq, ar, au, dn, do, dr and ds in the twenty-first, av, aw, ax, bb,
// bc, du, dv and dw in the twenty-second, dy, dz, ea, ec and ed in the
// twenty-third, each scored before it was read; cd, ce, cv, cw, cz, da,
// db, dc, dh, di, dk, dp, dq, dt, dx, eb, ee, ef, eg, eh, ei and ej
// were not (see
// testdata/LICENSE.md).
// The floors sit a little under what was measured (BENCHMARKS.md, "The
// thirty-third step": 0.925 and 0.804 on all 1,112) and guard against
// regressions only.
const (
	independentEntityFloor   = 0.912 // typed entity F1
	independentRelationFloor = 0.789 // relation F1
)

func TestIndependentScore(t *testing.T) {
	scoreDir(t, "testdata/independent", 1112, independentEntityFloor, independentRelationFloor, false)
}

// The articles under testdata/wikinews are real news: Wikinews articles
// (CC BY 2.5) as the AMALGUM corpus keeps them, the source the development
// set was drawn from, annotated for the project by writers who read only
// the annotation guidelines (see testdata/LICENSE.md). Sets wa, wb, we, wf,
// wi, wj, wl, wn, ws and wt were scored on arrival and never read; wc, wd,
// wg, wh, wk, wm, wo, wp, wq and wr were read to find categories of error
// after they were first scored. Real news is harder than the written sets of
// testdata/independent, and the never-read sets are the project's best
// estimate of the extractor on unseen news (BENCHMARKS.md, "The
// thirty-third step": 0.882 and 0.749 on all 159). The floors sit a
// little under what was measured and guard against regressions only.
const (
	wikinewsEntityFloor   = 0.850 // typed entity F1
	wikinewsRelationFloor = 0.720 // relation F1
)

func TestWikinewsScore(t *testing.T) {
	scoreDir(t, "testdata/wikinews", 159, wikinewsEntityFloor, wikinewsRelationFloor, false)
}

// scoreDir extracts every article of dir, scores it against dir/gold and
// fails when the typed entity or relation F1 of the whole set falls below
// its floor; verbose logs every miss.
func scoreDir(t *testing.T, dir string, atLeast int, entityFloor, relationFloor float64, verbose bool) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) < atLeast {
		t.Fatalf("want at least %d articles in %s, have %d: %v", atLeast, dir, len(paths), err)
	}
	x := New()
	var ents, rels counts
	for _, p := range paths {
		a := readArticle(t, p)
		sg, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		b, err := os.ReadFile(filepath.Join(dir, "gold", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var g goldArticle
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		e, r, notes := scoreArticle(sg, g)
		ents.add(e)
		rels.add(r)
		for _, n := range notes {
			if verbose {
				t.Logf("%s: %s", name, n)
			}
		}
	}
	t.Logf("%s: entities (typed) %+v F1 %.3f; relations %+v F1 %.3f", dir, ents, ents.f1(), rels, rels.f1())
	if got := ents.f1(); got < entityFloor {
		t.Errorf("%s: typed entity F1 = %.3f, below the floor %.3f", dir, got, entityFloor)
	}
	if got := rels.f1(); got < relationFloor {
		t.Errorf("%s: relation F1 = %.3f, below the floor %.3f", dir, got, relationFloor)
	}
}

// TestScoreArticle checks the scorer itself on a hand-made case, so a bug in
// it cannot hide a fall in the held-out scores.
func TestScoreArticle(t *testing.T) {
	tgt := "Ana Lima"
	g := goldArticle{
		Entities: []goldEntity{
			{Name: "Ana Lima", Type: kg.Person, Aliases: []string{"Lima"}},
			{Name: "Brazil", Type: kg.Place, Aliases: []string{"Brazilian"}},
			{Name: "Olavo Reis", Type: kg.Person},
			{Name: "Chile", Type: kg.Place, Optional: true},
		},
		Relations: []goldRelation{
			{Type: kg.Met, Source: "Olavo Reis", Target: &tgt},
			{Type: kg.Said, Source: "Ana Lima", Quote: "the border will stay open to trucks"},
		},
	}
	sg := kg.Subgraph{
		Entities: []kg.Entity{
			{ID: "person:lima", Kind: kg.Person, Name: "Mrs Lima"},
			{ID: "place:brazil", Kind: kg.Organization, Name: "Brazil"},
			{ID: "person:lima-2", Kind: kg.Person, Name: "Ana Lima"},
			{ID: "place:chile", Kind: kg.Place, Name: "Chile"},
		},
		Relations: []kg.Relation{
			{Type: kg.Met, Source: "person:lima-2", Target: "person:olavo"},
			{Type: kg.Said, Source: "person:lima", Quote: "The border will stay open"},
			{Type: kg.Said, Source: "person:lima", Quote: "for trucks, she said"},
		},
	}
	ents, rels, _ := scoreArticle(sg, g)
	if got, want := ents, (counts{tp: 1, fp: 2, fn: 2}); got != want {
		t.Errorf("entities = %+v, want %+v", got, want)
	}
	if got, want := rels, (counts{tp: 1, fp: 2, fn: 1}); got != want {
		t.Errorf("relations = %+v, want %+v", got, want)
	}
}
