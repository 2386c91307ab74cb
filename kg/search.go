package kg

import (
	"sort"
	"strings"
)

// The scores of Store.Search's tiers, best first. They are part of the
// contract (store/storetest's package doc lists them), so every store grades
// with these values and a client may compare scores within one answer.
const (
	ScoreExact    = 5 // folded name equals the text
	ScorePrefix   = 4 // folded name starts with the text
	ScoreAlias    = 3 // a folded alias starts with the text
	ScorePartial  = 2 // folded name or an alias contains the text
	ScoreEvidence = 1 // an evidence sentence of the entity contains the text
)

// GradeName is the contract's rule for the name tiers of Store.Search: it
// grades how e's name or aliases match q, text already folded with
// FoldName, and reports false when neither does (the entity can then only be
// an evidence hit). The best tier wins; among aliases the first in e.Aliases
// order that matches is the one reported. Stores may narrow candidates on
// the server however they like, but grade each candidate with this.
func GradeName(e Entity, q string) (SearchHit, bool) {
	name := FoldName(e.Name)
	switch {
	case name == q:
		return SearchHit{Entity: e, Score: ScoreExact, Matched: e.Name, Field: "name"}, true
	case strings.HasPrefix(name, q):
		return SearchHit{Entity: e, Score: ScorePrefix, Matched: e.Name, Field: "name"}, true
	}
	for _, a := range e.Aliases {
		if strings.HasPrefix(FoldName(a), q) {
			return SearchHit{Entity: e, Score: ScoreAlias, Matched: a, Field: "alias"}, true
		}
	}
	if strings.Contains(name, q) {
		return SearchHit{Entity: e, Score: ScorePartial, Matched: e.Name, Field: "name"}, true
	}
	for _, a := range e.Aliases {
		if strings.Contains(FoldName(a), q) {
			return SearchHit{Entity: e, Score: ScorePartial, Matched: a, Field: "alias"}, true
		}
	}
	return SearchHit{}, false
}

// RankHits is the contract's order of Store.Search answers: score
// descending, then mentions descending, then entity ID ascending (by
// bytes). It sorts hits in place and returns at most limit of them; the
// answer is never nil, so "no hits" is an empty slice.
func RankHits(hits []SearchHit, limit int) []SearchHit {
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Entity.Mentions != b.Entity.Mentions {
			return a.Entity.Mentions > b.Entity.Mentions
		}
		return a.Entity.ID < b.Entity.ID
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	if hits == nil {
		hits = []SearchHit{}
	}
	return hits
}
