package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Edit changes one setting. Key is its dotted path ("sender.name",
// "seat.monthly"); Value is a string, an int or a bool, or nil to remove
// the setting.
type Edit struct {
	Key   string
	Value any
}

// Set applies edits to the text of a config file and returns the new
// text. Every other setting keeps its value, its comments and its place;
// a new setting goes at the end of its section, which is added when
// missing, and a section left empty by a removal is removed. Empty data
// (or only comments) starts a new file. Set does not check the values:
// Save parses the result before writing it.
func Set(data []byte, edits ...Edit) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("read the settings to change them: %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	fresh := len(root.Content) == 0
	if fresh {
		root = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode, Tag: "!!map"}}}
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: expected a mapping of settings such as \"recruiter: Your Name\"", doc.Line)
	}
	for _, e := range edits {
		if err := apply(doc, e); err != nil {
			return nil, err
		}
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if len(doc.Content) > 0 || !fresh {
		if err := enc.Encode(&root); err != nil {
			return nil, fmt.Errorf("write the settings: %w", err)
		}
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("write the settings: %w", err)
	}
	out := b.Bytes()
	if fresh && len(bytes.TrimSpace(data)) > 0 {
		// A file of comments only: keep them above the new settings.
		head := append(bytes.TrimRight(data, "\n"), '\n')
		out = append(head, out...)
	}
	if bytes.Equal(bytes.TrimSpace(out), []byte("{}")) {
		out = nil
	}
	return out, nil
}

// apply makes one edit in the settings mapping doc.
func apply(doc *yaml.Node, e Edit) error {
	parts := strings.Split(e.Key, ".")
	section := strings.Join(parts[:len(parts)-1], ".")
	name := parts[len(parts)-1]
	if known, ok := schema[section]; !ok || !slices.Contains(known, name) {
		return fmt.Errorf("%q is not a setting", e.Key)
	}
	if _, nested := schema[e.Key]; nested {
		return fmt.Errorf("%q is a section; set its settings one by one", e.Key)
	}
	// Find the section, making it when a value is set in it.
	m := doc
	var parent *yaml.Node
	var parentKey string
	for _, p := range parts[:len(parts)-1] {
		next := lookup(m, p)
		if next == nil || next.Kind != yaml.MappingNode {
			if e.Value == nil {
				return nil // nothing to remove
			}
			sec := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
			if next != nil {
				// "seat:" with nothing under it, or a value where a
				// section belongs: the section replaces it.
				*next = *sec
				sec = next
			} else {
				m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: p}, sec)
			}
			next = sec
		}
		parent, parentKey, m = m, p, next
	}
	if len(m.Content) == 0 {
		m.Style &^= yaml.FlowStyle // "{}" grows into a block
	}
	i := index(m, name)
	if e.Value == nil {
		if i >= 0 {
			m.Content = slices.Delete(m.Content, i, i+2)
		}
		if parent != nil && len(m.Content) == 0 {
			j := index(parent, parentKey)
			parent.Content = slices.Delete(parent.Content, j, j+2)
		}
		return nil
	}
	v, err := scalar(e.Key, e.Value)
	if err != nil {
		return err
	}
	if i < 0 {
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: name}, v)
		return nil
	}
	old := m.Content[i+1]
	v.HeadComment, v.LineComment, v.FootComment = old.HeadComment, old.LineComment, old.FootComment
	if old.Kind == yaml.ScalarNode && v.Tag == "!!str" && old.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		v.Style = old.Style // a quoted value stays quoted
	}
	m.Content[i+1] = v
	return nil
}

// scalar is the node for a setting's value.
func scalar(key string, v any) (*yaml.Node, error) {
	switch v := v.(type) {
	case string:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}, nil
	case int:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(v)}, nil
	case bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v)}, nil
	}
	return nil, fmt.Errorf("%s: cannot write a %T", key, v)
}

// index is the position of key's key node in mapping m, or -1.
func index(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return i
		}
	}
	return -1
}

// lookup is the value of key in mapping m, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	if i := index(m, key); i >= 0 {
		return m.Content[i+1]
	}
	return nil
}

// Save applies edits to the config file at path (see Set) and returns the
// settings it then holds. A missing file is created 0600, in a folder
// created 0700; an existing file keeps its mode. The new text is parsed
// before it is written, so a value Load would refuse (a signature over 150
// characters) is an *Error and the file is left as it was; the file is
// replaced in one rename, so a failed write leaves it as it was too.
func Save(path string, edits ...Edit) (Config, error) {
	target := path
	if t, err := filepath.EvalSymlinks(path); err == nil {
		target = t // write through a link to the file it names
	}
	data, err := os.ReadFile(target)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return Config{}, fmt.Errorf("read config %s: %w", path, err)
	}
	out, err := Set(data, edits...)
	if err != nil {
		return Config{}, fmt.Errorf("config %s: %w", path, err)
	}
	cfg, err := Parse(path, out)
	if err != nil {
		return Config{}, err
	}
	mode := fs.FileMode(0o600)
	if exists {
		if fi, err := os.Stat(target); err == nil {
			mode = fi.Mode().Perm()
		}
	}
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Config{}, fmt.Errorf("save config %s: %w", path, err)
	}
	if err := writeFile(target, out, mode); err != nil {
		return Config{}, fmt.Errorf("save config %s: %w", path, err)
	}
	return cfg, nil
}

// writeFile replaces the file at path with data in one rename.
func writeFile(path string, data []byte, mode fs.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after a successful rename there is nothing left to remove
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
