package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/ingest/webpage"
	"github.com/newsgraph/newsgraph/kg"
)

// maxJSONFileBytes bounds a .json file (or a JSON array on standard
// input), which is parsed whole; JSON Lines are streamed and have no bound.
const maxJSONFileBytes = 64 << 20

// maxTextFileBytes bounds a plain-text file: an article at the limit and
// its header.
const maxTextFileBytes = kg.MaxArticleBytes + maxHeaderBytes

// Doc is one article read from an input, or the error reading it.
type Doc struct {
	// Name says where the article came from: "path/file.txt",
	// "feed.jsonl:17" (file and line), "-" (text on standard input),
	// "stdin:3" (JSON on standard input).
	Name string
	// Article is the article read, its ID set with kg.ArticleID(Text) and
	// its Source the base file name unless the input named a source or url.
	Article kg.Article
	// Err is why the input could not be read. Its message names the input
	// (file and line) and the problem; bad content wraps kg.ErrInvalid.
	Err error
	// Stored is set by a source that knows the article is stored already
	// (a feed item seen before, a page whose text is in the store): the
	// pipeline reports it unchanged without extracting or writing it.
	// Article holds what is known of it, its ID at least.
	Stored bool
}

// format is how a file is read.
type format int

const (
	formatUnknown format = iota // sniffed: JSON if it starts with { or [
	formatText
	formatJSON
	formatLines
	formatHTML
)

// formats maps the extensions a folder walk reads to their format; files
// with other extensions are skipped.
var formats = map[string]format{
	".txt": formatText, ".text": formatText, ".md": formatText,
	".json": formatJSON, ".jsonl": formatLines, ".ndjson": formatLines,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML,
}

// Read walks paths and calls fn for every doc, in order. A path is a file, a
// folder (walked recursively in lexical order, skipping hidden files and
// folders and files whose extension is not one of .txt, .text, .md, .json,
// .jsonl, .ndjson, .html, .htm and .xhtml), or "-" for stdin. A file named
// explicitly is read whatever its extension; one with an unknown extension,
// like stdin, is JSON if it starts with '{' or '[', HTML if it starts like
// HTML (webpage.IsHTML), and plain text otherwise. A text file that holds
// HTML is read as HTML too: the content decides, not the name.
//
// A path or file that cannot be read, and a folder without articles, yield a
// Doc with Err and the walk goes on. Read stops early only when ctx is done
// (returning ctx.Err()) or fn returns an error (returning it).
func Read(ctx context.Context, paths []string, stdin io.Reader, fn func(Doc) error) error {
	call := func(d Doc) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return fn(d)
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			err = readStdin(stdin, call)
		} else {
			err = readPath(ctx, p, call)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func readStdin(stdin io.Reader, fn func(Doc) error) error {
	if stdin == nil {
		return fn(Doc{Name: "-", Err: fmt.Errorf("read -: no standard input: %w", kg.ErrInvalid)})
	}
	return readSniffed("-", "stdin", stdin, fn)
}

func readPath(ctx context.Context, root string, fn func(Doc) error) error {
	fi, err := os.Stat(root)
	if err != nil {
		return fn(Doc{Name: root, Err: pathError(root, err)})
	}
	if !fi.IsDir() {
		f := formats[strings.ToLower(filepath.Ext(root))]
		return readFile(root, f, fn)
	}
	found := 0
	var stop error // fn's error, which ends the walk
	walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			stop = cerr
			return cerr
		}
		if err != nil {
			if stop = fn(Doc{Name: path, Err: pathError(path, err)}); stop != nil {
				return stop
			}
			if d != nil && d.IsDir() && path != root {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		f, ok := formats[strings.ToLower(filepath.Ext(path))]
		if !ok {
			return nil
		}
		if !d.Type().IsRegular() {
			// A symbolic link to a file is read; links to folders are not
			// followed (they could loop), nor are devices and pipes read.
			fi, err := os.Stat(path)
			if err != nil {
				if stop = fn(Doc{Name: path, Err: pathError(path, err)}); stop != nil {
					return stop
				}
				return nil
			}
			if !fi.Mode().IsRegular() {
				return nil
			}
		}
		found++
		if stop = readFile(path, f, fn); stop != nil {
			return stop
		}
		return nil
	})
	if stop != nil {
		return stop
	}
	if walkErr != nil {
		return fn(Doc{Name: root, Err: pathError(root, walkErr)})
	}
	if found == 0 {
		return fn(Doc{Name: root, Err: fmt.Errorf("read %s: folder holds no articles (no .txt, .text, .md, .json, .jsonl, .ndjson, .html or .htm files): %w", root, kg.ErrNotFound)})
	}
	return nil
}

// pathError names the path once (fs errors name it too).
func pathError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("read %s: %w", name, err)
}

// readFile reads one file in format f.
func readFile(path string, f format, fn func(Doc) error) error {
	file, err := os.Open(path)
	if err != nil {
		return fn(Doc{Name: path, Err: pathError(path, err)})
	}
	defer file.Close()
	var size int64 = -1
	if fi, err := file.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	switch f {
	case formatText:
		if size > maxTextFileBytes {
			return fn(Doc{Name: path, Err: tooBig(path, size)})
		}
		data, err := readCapped(file, maxTextFileBytes)
		if err != nil {
			return fn(Doc{Name: path, Err: capError(path, err, "article", kg.MaxArticleBytes)})
		}
		return fn(textDoc(path, data))
	case formatJSON:
		if size > maxJSONFileBytes {
			return fn(Doc{Name: path, Err: jsonTooBig(path, megabytes(size))})
		}
		data, err := readCapped(file, maxJSONFileBytes)
		if err != nil {
			return fn(Doc{Name: path, Err: capError(path, err, "file", maxJSONFileBytes)})
		}
		return ParseJSON(path, data, fn)
	case formatLines:
		return readLines(path, baseName(path), file, 1, fn)
	case formatHTML:
		if size > maxHTMLBytes {
			return fn(Doc{Name: path, Err: htmlTooBig(path, megabytes(size))})
		}
		data, err := readCapped(file, maxHTMLBytes)
		if err != nil {
			return fn(Doc{Name: path, Err: capError(path, err, "page", maxHTMLBytes)})
		}
		return fn(htmlDoc(path, data))
	}
	return readSniffed(path, path, file, fn)
}

// textDoc reads a plain-text article, or an HTML page whatever its name.
func textDoc(name string, data []byte) Doc {
	if webpage.IsHTML(data) {
		return htmlDoc(name, data)
	}
	a, err := ParseText(name, data)
	if err != nil {
		return Doc{Name: name, Err: err}
	}
	return Doc{Name: name, Article: a}
}

// errTooLong is readCapped's error for input longer than its cap.
var errTooLong = errors.New("too long")

// readCapped reads all of r, or fails with errTooLong past max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, errTooLong
	}
	return data, nil
}

func capError(name string, err error, what string, max int64) error {
	if !errors.Is(err, errTooLong) {
		return fmt.Errorf("read %s: %w", name, err)
	}
	switch what {
	case "file":
		return jsonTooBig(name, "more than "+megabytes(max))
	case "page":
		return htmlTooBig(name, "more than "+megabytes(max))
	}
	return fmt.Errorf("read %s: article is more than %s, the limit is %d MB: %w", name, megabytes(max), kg.MaxArticleBytes>>20, kg.ErrInvalid)
}

func jsonTooBig(name, size string) error {
	return fmt.Errorf("read %s: file is %s, the limit for a JSON document is %d MB (write bigger feeds as JSON Lines, .jsonl): %w", name, size, maxJSONFileBytes>>20, kg.ErrInvalid)
}

func htmlTooBig(name, size string) error {
	return fmt.Errorf("read %s: page is %s, the limit for an HTML page is %d MB: %w", name, size, maxHTMLBytes>>20, kg.ErrInvalid)
}

// readSniffed reads r as JSON if its first character is '{' or '[' (naming
// records jsonName:line), else as one HTML page or plain-text article
// named textName.
func readSniffed(textName, jsonName string, r io.Reader, fn func(Doc) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	c, skipped, err := firstByte(br)
	if err == io.EOF {
		return fn(Doc{Name: textName, Err: fmt.Errorf("read %s: no article text: %w", textName, kg.ErrInvalid)})
	}
	if err != nil {
		return fn(Doc{Name: textName, Err: fmt.Errorf("read %s: %w", textName, err)})
	}
	switch c {
	case '[':
		data, err := readCapped(br, maxJSONFileBytes)
		if err != nil {
			return fn(Doc{Name: jsonName, Err: capError(jsonName, err, "file", maxJSONFileBytes)})
		}
		return ParseJSON(jsonName, append(bytes.Repeat([]byte("\n"), skipped), data...), fn)
	case '{':
		// JSON Lines stream, however long; anything else (a pretty-printed
		// object) is read whole.
		line, long, err := readLine(br, maxRecordBytes)
		if err != nil && err != io.EOF {
			return fn(Doc{Name: jsonName, Err: fmt.Errorf("read %s: %w", jsonName, err)})
		}
		if long || json.Valid(bytes.TrimSpace(line)) {
			at := fmt.Sprintf("%s:%d", jsonName, skipped+1)
			d := record(at, baseName(jsonName), line, false)
			if long {
				d = Doc{Name: at, Err: recordTooBig(at)}
			}
			if ferr := fn(d); ferr != nil || err == io.EOF {
				return ferr
			}
			return readLines(jsonName, baseName(jsonName), br, skipped+2, fn)
		}
		rest, rerr := readCapped(br, maxJSONFileBytes)
		if rerr != nil {
			return fn(Doc{Name: jsonName, Err: capError(jsonName, rerr, "file", maxJSONFileBytes)})
		}
		data := append(bytes.Repeat([]byte("\n"), skipped), line...)
		data = append(append(data, '\n'), rest...)
		return ParseJSON(jsonName, data, fn)
	}
	if c == '<' {
		data, err := readCapped(br, maxHTMLBytes)
		if err != nil {
			return fn(Doc{Name: textName, Err: capError(textName, err, "page", maxHTMLBytes)})
		}
		return fn(textDoc(textName, data))
	}
	data, err := readCapped(br, maxTextFileBytes)
	if err != nil {
		return fn(Doc{Name: textName, Err: capError(textName, err, "article", kg.MaxArticleBytes)})
	}
	return fn(textDoc(textName, data))
}

// firstByte skips a byte-order mark and white space and returns the first
// other byte, left unread, and how many line breaks it skipped.
func firstByte(br *bufio.Reader) (byte, int, error) {
	if b, err := br.Peek(3); err == nil && string(b) == "\uFEFF" {
		br.Discard(3)
	}
	lines := 0
	for {
		c, err := br.ReadByte()
		if err != nil {
			return 0, lines, err
		}
		switch c {
		case '\n':
			lines++
			continue
		case ' ', '\t', '\r':
			continue
		}
		br.UnreadByte()
		return c, lines, nil
	}
}
