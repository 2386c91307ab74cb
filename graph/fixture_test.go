package graph_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/kg"
)

// The fixture is a small invented world: people, organizations, places and
// an event spread over three articles, with every relation type, every
// status, an undated statement and a SAID without a target.

func day(s string) time.Time {
	t, err := kg.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

func person(name string) kg.Entity {
	return kg.Entity{ID: kg.EntityID(kg.Person, name), Kind: kg.Person, Name: name}
}
func org(name string) kg.Entity {
	return kg.Entity{ID: kg.EntityID(kg.Organization, name), Kind: kg.Organization, Name: name}
}
func place(name, country string) kg.Entity {
	return kg.Entity{ID: kg.EntityID(kg.Place, name), Kind: kg.Place, Name: name, Country: country}
}

var (
	ada       = person("Ada Varga")
	bruno     = person("Bruno Keller")
	clara     = person("Clara Osei")
	dmitri    = person("Dmitri Holm")
	guard     = org("Northern Guard")
	council   = org("Harbor Council")
	lakeTown  = place("Lake Town", "Freedonia")
	freedonia = place("Freedonia", "")
	summit    = kg.Entity{
		ID: kg.EntityID(kg.Event, "Lake Town Summit"), Kind: kg.Event, Name: "Lake Town Summit",
		StartDate: day("2024-03-04"), EndDate: day("2024-03-05"), PlaceID: lakeTown.ID,
	}
)

// stmt is one relation of a fixture article, read from sentence s.
type stmt struct {
	typ      kg.RelType
	src, dst kg.Entity
	s        int
	date     string
	prec     kg.Precision
	status   kg.Status
	quote    string
}

// article builds a subgraph whose text is the sentences joined by spaces;
// evidence offsets and mentions point at the real bytes.
func article(date, title string, sentences []string, ents []kg.Entity, stmts ...stmt) kg.Subgraph {
	text := strings.Join(sentences, " ")
	a := kg.Article{ID: kg.ArticleID(text), Title: title, Date: day(date), Source: "fixture", URL: "https://news.example/" + kg.Slug(title), Text: text}
	g := kg.Subgraph{Article: a}
	for _, e := range ents {
		n := strings.Count(text, e.Name)
		if n == 0 {
			panic(fmt.Sprintf("fixture: %q not in article %q", e.Name, title))
		}
		e.Mentions = n
		e.Aliases = nil
		g.Entities = append(g.Entities, e)
		from := 0
		for range n {
			i := strings.Index(text[from:], e.Name) + from
			g.Mentions = append(g.Mentions, kg.Mention{EntityID: e.ID, Text: e.Name, Start: i, End: i + len(e.Name)})
			from = i + len(e.Name)
		}
	}
	offsets := make([]int, len(sentences)+1)
	for i, s := range sentences {
		offsets[i+1] = offsets[i] + len(s) + 1
	}
	for i, st := range stmts {
		prec, status := st.prec, st.status
		if prec == "" {
			prec = kg.PrecisionDay
		}
		if status == "" {
			status = kg.Happened
		}
		start := offsets[st.s]
		end := start + len(sentences[st.s])
		r := kg.Relation{
			Type: st.typ, Source: st.src.ID, Target: st.dst.ID, Date: day(st.date), Precision: prec, Status: status,
			Quote: st.quote, Confidence: 0.5 + float64(i%5)/10,
			Evidence: kg.Evidence{ArticleID: a.ID, Sentence: sentences[st.s], Start: start, End: end},
		}
		r.ID = kg.RelationID(a.ID, r.Type, r.Source, r.Target, start, end, r.Quote)
		g.Relations = append(g.Relations, r)
	}
	if err := g.Validate(); err != nil {
		panic(err)
	}
	return g
}

func fixture() []kg.Subgraph {
	none := kg.Entity{}
	return []kg.Subgraph{
		article("2024-03-01", "Northern Guard shells Lake Town", []string{
			"The Northern Guard shelled Lake Town on Thursday.",
			"Ada Varga said the town would not be intimidated by the Northern Guard.",
			"Bruno Keller plans to meet Clara Osei next Friday.",
		}, []kg.Entity{guard, lakeTown, ada, bruno, clara},
			stmt{typ: kg.Attacked, src: guard, dst: lakeTown, s: 0, date: "2024-02-29"},
			stmt{typ: kg.Said, src: ada, dst: guard, s: 1, date: "2024-03-01", prec: kg.PrecisionArticle, quote: "the town would not be intimidated"},
			stmt{typ: kg.Met, src: bruno, dst: clara, s: 2, date: "2024-03-08", status: kg.Planned},
		),
		article("2024-03-05", "Summit opens in Lake Town", []string{
			"Ada Varga and Clara Osei took part in the Lake Town Summit.",
			"The Lake Town Summit was held in Lake Town, Freedonia.",
			"Ada Varga met Clara Osei at the Lake Town Summit.",
			"Bruno Keller said that talks must continue.",
		}, []kg.Entity{ada, clara, summit, lakeTown, freedonia, bruno},
			stmt{typ: kg.ParticipatedIn, src: ada, dst: summit, s: 0, date: "2024-03-04"},
			stmt{typ: kg.ParticipatedIn, src: clara, dst: summit, s: 0, date: "2024-03-04"},
			stmt{typ: kg.OccurredIn, src: summit, dst: lakeTown, s: 1, date: "2024-03-04"},
			stmt{typ: kg.Met, src: ada, dst: clara, s: 2, date: "2024-03-04"},
			stmt{typ: kg.Said, src: bruno, dst: none, s: 3, date: "2024-03-05", prec: kg.PrecisionArticle, quote: "talks must continue"},
		),
		article("2024-04-10", "Harbor Council offices hit", []string{
			"The Northern Guard attacked the Harbor Council offices on Tuesday.",
			"Dmitri Holm said Ada Varga had warned of the attack.",
			"Ada Varga denied meeting Bruno Keller.",
			"Dmitri Holm once said the Northern Guard was a threat.",
		}, []kg.Entity{guard, council, dmitri, ada, bruno},
			stmt{typ: kg.Attacked, src: guard, dst: council, s: 0, date: "2024-04-09"},
			stmt{typ: kg.Said, src: dmitri, dst: ada, s: 1, date: "2024-04-10", prec: kg.PrecisionArticle, quote: "Ada Varga had warned of the attack"},
			stmt{typ: kg.Met, src: ada, dst: bruno, s: 2, date: "2024-04-10", prec: kg.PrecisionArticle, status: kg.Denied},
			stmt{typ: kg.Said, src: dmitri, dst: guard, s: 3, prec: kg.PrecisionNone, quote: "the Northern Guard was a threat"},
		),
	}
}

// fixtureRelations lists the fixture's relations that keep says to keep.
func fixtureRelations(keep func(kg.Relation) bool) []kg.Relation {
	var out []kg.Relation
	for _, g := range fixture() {
		for _, r := range g.Relations {
			if keep(r) {
				out = append(out, r)
			}
		}
	}
	return out
}

// counting is the real store behind a decorator that counts calls per
// method and delegates every one of them; tests use it to see which store
// calls a query causes. block, when set, makes the read methods wait for
// the request's deadline before delegating (the store then sees a done
// context); fail, when set, replaces every read's error; panic makes
// every read panic.
type counting struct {
	kg.Store
	mu    sync.Mutex
	calls map[string]int
	block atomic.Bool
	fail  atomic.Pointer[error]
	panic atomic.Bool
}

func newCounting(s kg.Store) *counting { return &counting{Store: s, calls: map[string]int{}} }

func (c *counting) count(ctx context.Context, method string) error {
	c.mu.Lock()
	c.calls[method]++
	c.mu.Unlock()
	if c.block.Load() {
		<-ctx.Done()
	}
	if c.panic.Load() {
		panic("store exploded near secret_column")
	}
	if err := c.fail.Load(); err != nil {
		return *err
	}
	return nil
}

func (c *counting) reset() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.calls
	c.calls = map[string]int{}
	return old
}

func (c *counting) Upsert(ctx context.Context, batch []kg.Subgraph) ([]kg.UpsertResult, error) {
	c.mu.Lock()
	c.calls["Upsert"]++
	c.mu.Unlock()
	return c.Store.Upsert(ctx, batch)
}

func (c *counting) DeleteArticle(ctx context.Context, id string) error {
	c.mu.Lock()
	c.calls["DeleteArticle"]++
	c.mu.Unlock()
	return c.Store.DeleteArticle(ctx, id)
}

func (c *counting) Entity(ctx context.Context, id string) (kg.Entity, error) {
	if err := c.count(ctx, "Entity"); err != nil {
		return kg.Entity{}, err
	}
	return c.Store.Entity(ctx, id)
}

func (c *counting) EntitiesByID(ctx context.Context, ids []string) ([]kg.Entity, error) {
	if err := c.count(ctx, "EntitiesByID"); err != nil {
		return nil, err
	}
	return c.Store.EntitiesByID(ctx, ids)
}

func (c *counting) Entities(ctx context.Context, f kg.EntityFilter, p kg.Page) (kg.EntityPage, error) {
	if err := c.count(ctx, "Entities"); err != nil {
		return kg.EntityPage{}, err
	}
	return c.Store.Entities(ctx, f, p)
}

func (c *counting) CountEntities(ctx context.Context, f kg.EntityFilter) (int, error) {
	if err := c.count(ctx, "CountEntities"); err != nil {
		return 0, err
	}
	return c.Store.CountEntities(ctx, f)
}

func (c *counting) Search(ctx context.Context, text string, kinds []kg.Kind, limit int) ([]kg.SearchHit, error) {
	if err := c.count(ctx, "Search"); err != nil {
		return nil, err
	}
	return c.Store.Search(ctx, text, kinds, limit)
}

func (c *counting) Neighborhood(ctx context.Context, id string, opt kg.NeighborhoodOptions) (kg.Graph, error) {
	if err := c.count(ctx, "Neighborhood"); err != nil {
		return kg.Graph{}, err
	}
	return c.Store.Neighborhood(ctx, id, opt)
}

func (c *counting) Paths(ctx context.Context, from, to string, opt kg.PathOptions) ([]kg.Path, error) {
	if err := c.count(ctx, "Paths"); err != nil {
		return nil, err
	}
	return c.Store.Paths(ctx, from, to, opt)
}

func (c *counting) Relations(ctx context.Context, f kg.RelationFilter, p kg.Page) (kg.RelationPage, error) {
	if err := c.count(ctx, "Relations"); err != nil {
		return kg.RelationPage{}, err
	}
	return c.Store.Relations(ctx, f, p)
}

func (c *counting) RelationsWithEnds(ctx context.Context, f kg.RelationFilter, p kg.Page) (kg.RelationPage, map[string]kg.Entity, error) {
	if err := c.count(ctx, "RelationsWithEnds"); err != nil {
		return kg.RelationPage{}, nil, err
	}
	return c.Store.RelationsWithEnds(ctx, f, p)
}

func (c *counting) Article(ctx context.Context, id string) (kg.Article, error) {
	if err := c.count(ctx, "Article"); err != nil {
		return kg.Article{}, err
	}
	return c.Store.Article(ctx, id)
}

func (c *counting) ArticlesByID(ctx context.Context, ids []string) ([]kg.Article, error) {
	if err := c.count(ctx, "ArticlesByID"); err != nil {
		return nil, err
	}
	return c.Store.ArticlesByID(ctx, ids)
}

func (c *counting) RelationsOf(ctx context.Context, ids []string, f kg.RelationFilter, perEntity int) (map[string][]kg.Relation, error) {
	if err := c.count(ctx, "RelationsOf"); err != nil {
		return nil, err
	}
	return c.Store.RelationsOf(ctx, ids, f, perEntity)
}

func (c *counting) RelationsOfEnds(ctx context.Context, ids []string, f kg.RelationFilter, perEntity int) (map[string][]kg.Relation, map[string]kg.Entity, error) {
	if err := c.count(ctx, "RelationsOfEnds"); err != nil {
		return nil, nil, err
	}
	return c.Store.RelationsOfEnds(ctx, ids, f, perEntity)
}

func (c *counting) ArticlesOf(ctx context.Context, ids []string, perEntity int) (map[string][]kg.Article, error) {
	if err := c.count(ctx, "ArticlesOf"); err != nil {
		return nil, err
	}
	return c.Store.ArticlesOf(ctx, ids, perEntity)
}

func (c *counting) RelationsIn(ctx context.Context, ids []string, types []kg.RelType, perArticle int) (map[string][]kg.Relation, error) {
	if err := c.count(ctx, "RelationsIn"); err != nil {
		return nil, err
	}
	return c.Store.RelationsIn(ctx, ids, types, perArticle)
}

func (c *counting) Articles(ctx context.Context, f kg.ArticleFilter, p kg.Page) (kg.ArticlePage, error) {
	if err := c.count(ctx, "Articles"); err != nil {
		return kg.ArticlePage{}, err
	}
	return c.Store.Articles(ctx, f, p)
}

func (c *counting) ArticleEntities(ctx context.Context, ids []string) (map[string][]kg.EntityMentions, error) {
	if err := c.count(ctx, "ArticleEntities"); err != nil {
		return nil, err
	}
	return c.Store.ArticleEntities(ctx, ids)
}

func (c *counting) Stats(ctx context.Context) (kg.Stats, error) {
	if err := c.count(ctx, "Stats"); err != nil {
		return kg.Stats{}, err
	}
	return c.Store.Stats(ctx)
}

func (c *counting) Ping(ctx context.Context) error {
	if err := c.count(ctx, "Ping"); err != nil {
		return err
	}
	return c.Store.Ping(ctx)
}
