package storetest

import (
	"strings"

	"github.com/newsgraph/newsgraph/kg"
)

// The news corpus: four articles (one undated) naming entities of every
// kind, with relations of every type, every status and every precision, a
// SAID without target, shared entities whose aggregates span articles, and
// kind-specific fields that later articles try to change or fill.
var (
	ada       = ent(kg.Person, "Ada Quill", 0)
	bruno     = ent(kg.Person, "Bruno Vantage", 0)
	celia     = ent(kg.Person, "Célia Örn", 0)
	dmitri    = ent(kg.Person, "Dmitri Halvorsen", 0)
	port      = ent(kg.Place, "Port Elmsworth", 0)
	karsk     = ent(kg.Place, "Karsk", 0)
	northwind = ent(kg.Organization, "Northwind Alliance", 0)
	ministry  = ent(kg.Organization, "Ministry of Tides", 0)
	summit    = ent(kg.Event, "Harbor Summit", 0)
	siege     = ent(kg.Event, "Siege of Karsk", 0)
	nobody    = kg.Entity{} // the missing target of a SAID
)

// as returns e as one article sees it: its mention count and aliases there.
func as(e kg.Entity, mentions int, aliases ...string) kg.Entity {
	e.Mentions, e.Aliases = mentions, aliases
	return e
}

func newsCorpus() []kg.Subgraph {
	a1 := art("Ada Quill met Bruno Vantage before the Harbor Summit in Port Elmsworth. Quill spoke of the harbor.", "2024-03-01")
	a2 := art("Forces led by Dmitri Halvorsen attacked Karsk. Célia Örn denied meeting Ada Quill.", "2024-03-10")
	a3 := art("An undated note: Vantage and Halvorsen planned to meet near the lighthouse; the Ministry of Tides declined to comment. Karsk waited.", "")
	a4 := art("Northwind Alliance attacked Port Elmsworth on 20 December. Célia Örn called for peace.", "2023-12-24")

	p1 := as(port, 1)
	p1.Country = "Elmland"
	sm := as(summit, 1)
	sm.StartDate, sm.EndDate, sm.PlaceID = day("2024-03-05"), day("2024-03-06"), port.ID
	sg := as(siege, 1)
	sg.PlaceID = karsk.ID
	k3 := as(karsk, 1)
	k3.Country = "Kaskland" // fills the empty country of A2's Karsk
	p4 := as(port, 2, "Elmsworth")
	p4.Country = "Other Land" // ignored: A1's country was stored first

	return []kg.Subgraph{
		sub(a1, []kg.Entity{as(ada, 3, "Quill", "A. Quill"), as(bruno, 2, "B. Vantage"), as(northwind, 1, "Northwind"), p1, sm},
			relSpec{typ: kg.Met, src: ada, dst: bruno, date: "2024-02-28"},
			relSpec{typ: kg.Said, src: ada, dst: nobody, date: "2024-03-01", prec: kg.PrecisionArticle, quote: "We will rebuild the harbor.", sentence: "Quill spoke of the harbor."},
			relSpec{typ: kg.ParticipatedIn, src: ada, dst: summit, date: "2024-03-05"},
			relSpec{typ: kg.OccurredIn, src: summit, dst: port, date: "2024-03-05"},
			relSpec{typ: kg.Said, src: bruno, dst: northwind, date: "2024-03-01", prec: kg.PrecisionMonth, status: kg.Planned, quote: "The alliance will grow."},
		),
		sub(a2, []kg.Entity{as(ada, 1, "Quill"), as(celia, 4, "Celia Orn"), as(karsk, 2), sg, as(dmitri, 2, "Halvorsen")},
			relSpec{typ: kg.Attacked, src: dmitri, dst: karsk, date: "2024-03-01", prec: kg.PrecisionMonth, sentence: "Forces led by Dmitri Halvorsen attacked Karsk."},
			relSpec{typ: kg.Said, src: celia, dst: ada, date: "2024-03-09", status: kg.Denied, quote: "I never met her.", sentence: "Célia Örn denied meeting Ada Quill."},
			relSpec{typ: kg.Met, src: celia, dst: dmitri, date: "2024-01-01", prec: kg.PrecisionYear, status: kg.Proposed},
			relSpec{typ: kg.ParticipatedIn, src: dmitri, dst: siege, date: "2024-03-01", prec: kg.PrecisionMonth},
			relSpec{typ: kg.OccurredIn, src: siege, dst: karsk},
		),
		sub(a3, []kg.Entity{as(bruno, 1, "Vantage"), as(ministry, 2), as(dmitri, 1), k3},
			relSpec{typ: kg.Met, src: bruno, dst: dmitri, status: kg.Planned, sentence: "Vantage and Halvorsen planned to meet near the lighthouse."},
			relSpec{typ: kg.Said, src: ministry, dst: bruno, quote: "No comment.", sentence: "The Ministry of Tides declined to comment."},
		),
		sub(a4, []kg.Entity{as(celia, 1), p4, as(northwind, 1, "NWA")},
			relSpec{typ: kg.Attacked, src: northwind, dst: port, date: "2023-12-20", sentence: "Northwind Alliance attacked Port Elmsworth on 20 December."},
			relSpec{typ: kg.Said, src: celia, dst: nobody, date: "2023-12-24", prec: kg.PrecisionArticle, quote: "Peace now.", sentence: "Célia Örn called for peace."},
		),
	}
}

// The graph corpus: one article whose relations form a small graph with a
// diamond, a chain, parallel statements, a targetless SAID, an undated edge
// and an isolated node, for Neighborhood and Paths.
//
//	c -MET(01-05), SAID(01-02)- a1      a1 -MET(01-20)- a2     a1 -MET(01-10)- b1
//	c -ATTACKED(02-01)- a2              a2 -MET(undated)- b2   a1 -MET(01-15, denied)- b1
//	a3 -SAID(03-01)-> c                 b1 -MET(04-01)- d1     a3 -MET(02-10)- b1
//	c -SAID(03-02)-> (nobody)           z alone                d1 -MET(04-02)- e1
//
// Every statement happened but the denied meeting of a1 and b1, parallel
// to one that did.
var (
	gc  = ent(kg.Person, "Graph C", 0)
	ga1 = ent(kg.Person, "Graph A1", 0)
	ga2 = ent(kg.Person, "Graph A2", 0)
	ga3 = ent(kg.Person, "Graph A3", 0)
	gb1 = ent(kg.Person, "Graph B1", 0)
	gb2 = ent(kg.Organization, "Graph B2", 0)
	gd1 = ent(kg.Place, "Graph D1", 0)
	ge1 = ent(kg.Event, "Graph E1", 0)
	gz  = ent(kg.Person, "Graph Z", 0)
)

func graphCorpus() []kg.Subgraph {
	a := art("A made-up article whose statements draw a small graph for traversal tests.", "2024-05-01")
	return []kg.Subgraph{sub(a,
		[]kg.Entity{as(gc, 1), as(ga1, 3), as(ga2, 5), as(ga3, 3), as(gb1, 2), as(gb2, 2), as(gd1, 1), as(ge1, 1), as(gz, 1)},
		relSpec{typ: kg.Met, src: gc, dst: ga1, date: "2024-01-05"},
		relSpec{typ: kg.Said, src: gc, dst: ga1, date: "2024-01-02", quote: "Hello."},
		relSpec{typ: kg.Attacked, src: gc, dst: ga2, date: "2024-02-01"},
		relSpec{typ: kg.Said, src: ga3, dst: gc, date: "2024-03-01", quote: "Listen."},
		relSpec{typ: kg.Said, src: gc, dst: nobody, date: "2024-03-02", quote: "To nobody."},
		relSpec{typ: kg.Met, src: ga1, dst: ga2, date: "2024-01-20"},
		relSpec{typ: kg.Met, src: ga1, dst: gb1, date: "2024-01-10"},
		relSpec{typ: kg.Met, src: gb1, dst: ga1, date: "2024-01-15", status: kg.Denied},
		relSpec{typ: kg.Met, src: ga3, dst: gb1, date: "2024-02-10"},
		relSpec{typ: kg.Met, src: ga2, dst: gb2},
		relSpec{typ: kg.Met, src: gb1, dst: gd1, date: "2024-04-01"},
		relSpec{typ: kg.Met, src: gd1, dst: ge1, date: "2024-04-02"},
	)}
}

// hostile are strings that break naive quoting in SQL, Cypher, LIKE
// patterns, FTS queries or JSON.
var hostile = []string{
	`'; DROP TABLE entities; --`,
	`"}) DETACH DELETE n //`,
	`Robert'); MATCH (n) DELETE n;--`,
	`100% _sure_ [x] {y} $z`,
	`back\slash \\ \" \' \n`,
	"line one\nline two\r\n\ttabbed",
	"emoji 🦊 flag 🇺🇦 and 中文 and Ünïcödé",
	`"quoted" AND NOT 'x' OR name:* NEAR(a b)`,
}

// hostileCorpus stores every hostile string in every text field.
func hostileCorpus() []kg.Subgraph {
	var out []kg.Subgraph
	for i, h := range hostile {
		a := art(h+" — article text with the string above.", "2024-06-0"+string(rune('1'+i)))
		a.Title, a.Source, a.URL = h, h, "https://example.test/?q="+h
		p := ent(kg.Person, h, 1+i, h+" alias", "alias "+h)
		pl := ent(kg.Place, h+" place", 1)
		pl.Country = h
		ev := ent(kg.Event, h+" event", 1)
		ev.PlaceID = pl.ID
		out = append(out, sub(a, []kg.Entity{p, pl, ev},
			relSpec{typ: kg.Said, src: p, dst: nobody, date: "2024-06-01", quote: h, sentence: h + " said."},
			relSpec{typ: kg.OccurredIn, src: ev, dst: pl, sentence: strings.ToUpper(h)},
		))
	}
	// An entity whose very ID (not minted from its name) is hostile.
	a := art("An article naming an entity with a forged id.", "")
	odd := kg.Entity{ID: `person:"quoted' \id %_`, Kind: kg.Person, Name: `O'Brien "the \ one"`, Mentions: 1}
	out = append(out, sub(a, []kg.Entity{odd}, relSpec{typ: kg.Said, src: odd, dst: nobody, quote: `'); --`}))
	return out
}
