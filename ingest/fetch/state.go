package fetch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"
)

// maxPages is how many page URLs a State remembers; the least recently
// seen are forgotten first.
const maxPages = 20000

// State remembers what has been fetched: each feed's validators (so an
// unchanged feed costs one conditional request answered 304), the
// article each feed item (by GUID) and page (by URL, as given and
// canonical) became, and each feed's counts for the feeds query. It is a
// cache: the store stays the truth, and an article the state names but the
// store lacks is fetched again. The zero value is not usable; NewState
// and LoadState make one. It is safe for concurrent use.
type State struct {
	path string // "" keeps it in memory

	mu    sync.Mutex
	feeds map[string]*feedState
	pages map[string]pageState
	dirty bool // changed since loaded or saved

	saving sync.Mutex // one Save at a time, so an older copy never replaces a newer one
}

// feedState is what is remembered of one feed.
type feedState struct {
	Validators Validators        `json:"validators"`
	Title      string            `json:"title,omitempty"`
	Items      map[string]string `json:"items"` // GUID -> article ID, of the last document
	Articles   int               `json:"articles"`
}

// pageState is what is remembered of one page.
type pageState struct {
	Validators Validators `json:"validators"`
	ArticleID  string     `json:"article_id"`
	Seen       time.Time  `json:"seen"`
}

type stateFile struct {
	Version int                   `json:"version"`
	Feeds   map[string]*feedState `json:"feeds"`
	Pages   map[string]pageState  `json:"pages"`
}

// NewState returns an empty state kept in memory only.
func NewState() *State {
	return &State{feeds: map[string]*feedState{}, pages: map[string]pageState{}}
}

// LoadState reads the state saved at path; a missing file is an empty
// state. Save writes it back there.
func LoadState(path string) (*State, error) {
	s := NewState()
	s.path = path
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("fetch state: %w", err)
	}
	var f stateFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("fetch state %s: not a fetch state file (delete it to start afresh): %v", path, err)
	}
	for k, v := range f.Feeds {
		if v != nil {
			if v.Items == nil {
				v.Items = map[string]string{}
			}
			s.feeds[k] = v
		}
	}
	maps.Copy(s.pages, f.Pages)
	return s, nil
}

// Save writes the state to its file, atomically (a crash leaves the old
// file or the new one), if it changed. A state kept in memory saves
// nothing.
func (s *State) Save() error {
	if s == nil || s.path == "" {
		return nil
	}
	s.saving.Lock()
	defer s.saving.Unlock()
	s.mu.Lock()
	if !s.dirty {
		s.mu.Unlock()
		return nil
	}
	data, err := json.Marshal(stateFile{Version: 1, Feeds: s.feeds, Pages: s.pages})
	s.dirty = false
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("fetch state: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
		return fmt.Errorf("fetch state: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.path), ".fetch-state-*")
	if err != nil {
		return fmt.Errorf("fetch state: %w", err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), s.path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		s.mu.Lock()
		s.dirty = true
		s.mu.Unlock()
		return fmt.Errorf("fetch state: %w", werr)
	}
	return nil
}

// feed returns a copy of what is remembered of a feed.
func (s *State) feed(url string) feedState {
	if s == nil {
		return feedState{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.feeds[url]
	if !ok {
		return feedState{}
	}
	c := *f
	c.Items = maps.Clone(f.Items)
	return c
}

// setFeed records a feed's latest document: its validators, title and
// items (GUID -> article ID; items that left the feed are forgotten).
func (s *State) setFeed(url string, v Validators, title string, items map[string]string) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dirty = true
	f := s.feedLocked(url)
	f.Validators = v
	if title != "" {
		f.Title = title
	}
	if items != nil {
		f.Items = items
	}
}

// addArticles adds to a feed's count of articles brought.
func (s *State) addArticles(url string, n int) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dirty = true
	s.feedLocked(url).Articles += n
}

// feedLocked returns the feed's entry, made if missing; s.mu is held.
func (s *State) feedLocked(url string) *feedState {
	f, ok := s.feeds[url]
	if !ok {
		f = &feedState{Items: map[string]string{}}
		s.feeds[url] = f
	}
	return f
}

// page returns what is remembered of a page URL.
func (s *State) page(url string) (pageState, bool) {
	if s == nil {
		return pageState{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.pages[url]
	return p, ok
}

// setPage remembers the article a page became, under each of its URLs.
func (s *State) setPage(v Validators, articleID string, urls ...string) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dirty = true
	now := time.Now().UTC()
	for _, u := range urls {
		if u != "" {
			s.pages[u] = pageState{Validators: v, ArticleID: articleID, Seen: now}
		}
	}
	if len(s.pages) > maxPages {
		keys := slices.SortedFunc(maps.Keys(s.pages), func(a, b string) int {
			return s.pages[a].Seen.Compare(s.pages[b].Seen)
		})
		for _, k := range keys[:len(keys)-maxPages] {
			delete(s.pages, k)
		}
	}
}
