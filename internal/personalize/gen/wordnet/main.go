// Command wordnet writes the validator's synonym and word-family table,
// lists/synonyms.txt, from WordNet 3.0 as Debian's wordnet-base package
// installs it (apt-get install -y wordnet-base; files in /usr/share/wordnet).
//
// Usage, from the repository root:
//
//	go run ./internal/personalize/gen/wordnet [-dict /usr/share/wordnet] > internal/personalize/lists/synonyms.txt
//	go run ./internal/personalize/gen/wordnet -people > internal/personalize/lists/people.txt
//	go run ./internal/personalize/gen/wordnet -people -first > internal/personalize/lists/people-first.txt
//	go run ./internal/personalize/gen/wordnet -abbrev > internal/personalize/lists/wordnet-abbreviations.txt
//
// With -people it writes instead the nouns of those lists that WordNet
// files as people or groups of people ("nurse", "staff", "team"), and
// their irregular plurals: the validator tells with them what a number
// counts people and what counts things. With -first as well, only the
// nouns whose most frequent sense is a person ("patient", "member", not
// "floor", "unit" or "class"): a figure for them counts people for sure.
//
// For each word of the validator's embedded English lists it writes the
// one-word members of the synsets of its first senses (synonyms) and its
// derivationally related forms (word family: "acquire", "acquisition"),
// keeping only words that are in those lists too. The table starts with
// WordNet's licence notice, which must stay with it.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// senses is how many of a word's most frequent senses give synonyms: the
// rarer senses ("win" as a noun for money) bring more noise than help.
const senses = 2

// maxPerWord caps a word's entries.
const maxPerWord = 12

var pos = []string{"noun", "verb", "adj", "adv"}

const notice = `# Synonyms and word families from WordNet 3.0, written by
# internal/personalize/gen/wordnet from Debian's wordnet-base. One word a
# line, then its synonyms and related forms, separated by spaces. Do not
# edit: run the generator.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
#
# Permission to use, copy, modify and distribute this software and
# database and its documentation for any purpose and without fee or
# royalty is hereby granted, provided that you agree to comply with the
# following copyright notice and statements, including the disclaimer, and
# that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or
# for distribution.
#
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY
# PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS.
#
# The name of Princeton University or Princeton may not be used in
# advertising or publicity pertaining to distribution of the software
# and/or database. Title to copyright in this software, database and any
# associated documentation shall at all times remain with Princeton
# University and LICENSEE agrees to preserve same.
`

// synset is one WordNet synset: its words and its derivational links
// (from word number to the target synset and word number).
type synset struct {
	words   []string
	derived []link
}

type link struct {
	from   int // 1-based word number in this synset, 0 for all
	target string
	pos    byte
	to     int
}

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet dict folder")
	lists := flag.String("lists", "internal/personalize/lists", "folder of the validator's english-*.txt")
	people := flag.Bool("people", false, "write the nouns of people and groups instead")
	first := flag.Bool("first", false, "with -people, only the nouns whose most frequent sense is people or a group")
	abbrev := flag.Bool("abbrev", false, "write the abbreviations and their long forms instead")
	flag.Parse()
	run := run
	switch {
	case *people:
		run = func(dict, lists string) error { return runPeople(dict, lists, *first) }
	case *abbrev:
		run = runAbbrev
	}
	if err := run(*dict, *lists); err != nil {
		fmt.Fprintln(os.Stderr, "wordnet:", err)
		os.Exit(1)
	}
}

// knownWords reads the validator's English lists.
func knownWords(listDir string) (map[string]bool, error) {
	known := map[string]bool{}
	for _, name := range []string{"english-1.txt", "english-2.txt", "english-3.txt"} {
		words, err := readLines(filepath.Join(listDir, name))
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			if !strings.HasPrefix(w, "#") && w != "" {
				known[w] = true
			}
		}
	}
	return known, nil
}

// peopleNotice heads people.txt.
const peopleNotice = `# Nouns of people and groups of people from WordNet 3.0 (lexicographer
# files noun.person and noun.group), written by
# internal/personalize/gen/wordnet -people from Debian's wordnet-base: the
# words of the validator's English lists with such a sense, and their
# irregular plurals. One word a line, sorted. Do not edit: run the
# generator. WordNet's licence is at the head of synonyms.txt.
`

// firstNotice heads people-first.txt.
const firstNotice = `# Nouns whose most frequent sense in WordNet 3.0 is a person or a group of
# people (lexicographer files noun.person and noun.group), written by
# internal/personalize/gen/wordnet -people -first from Debian's
# wordnet-base: the words of the validator's English lists whose first noun
# sense is a person, and their irregular plurals. One word a line, sorted. Do
# not edit: run the generator. WordNet's licence is at the head of
# synonyms.txt.
`

// runPeople writes the nouns of the English lists that WordNet files as
// people or groups (lexicographer files 18, noun.person, and 14,
// noun.group), with the irregular plurals noun.exc gives them; with
// first, only those whose first sense in index.noun is a person.
func runPeople(dict, listDir string, first bool) error {
	known, err := knownWords(listDir)
	if err != nil {
		return err
	}
	lines, err := readLines(filepath.Join(dict, "data.noun"))
	if err != nil {
		return err
	}
	var firstSense map[string]string // word -> offset of its first noun sense
	if first {
		if firstSense, err = firstSenses(filepath.Join(dict, "index.noun")); err != nil {
			return err
		}
	}
	people := map[string]bool{}
	for _, line := range lines {
		f := strings.Fields(line)
		if line == "" || line[0] == ' ' || len(f) < 4 || f[1] != "18" && f[1] != "14" {
			continue
		}
		wcnt, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || len(f) < 4+2*int(wcnt) {
			continue
		}
		for i := 0; i < int(wcnt); i++ {
			if w := strings.ToLower(f[4+2*i]); known[w] && (!first || firstSense[w] == f[0] && f[1] == "18") {
				people[w] = true
			}
		}
	}
	exc, err := readLines(filepath.Join(dict, "noun.exc"))
	if err != nil {
		return err
	}
	for _, line := range exc {
		if f := strings.Fields(line); len(f) == 2 && people[f[1]] {
			people[f[0]] = true // "women" for "woman"
		}
	}
	words := make([]string, 0, len(people))
	for w := range people {
		words = append(words, w)
	}
	slices.Sort(words)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if first {
		fmt.Fprint(out, firstNotice)
	} else {
		fmt.Fprint(out, peopleNotice)
	}
	for _, w := range words {
		fmt.Fprintln(out, w)
	}
	return nil
}

func run(dict, listDir string) error {
	known, err := knownWords(listDir)
	if err != nil {
		return err
	}
	synsets := map[string]*synset{} // "n00789534" -> synset
	index := map[string][]string{}  // word -> synset keys, by sense order over all parts of speech
	for _, p := range pos {
		if err := readData(filepath.Join(dict, "data."+p), synsets); err != nil {
			return err
		}
	}
	for _, p := range pos {
		if err := readIndex(filepath.Join(dict, "index."+p), index); err != nil {
			return err
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprint(out, notice)
	words := make([]string, 0, len(known))
	for w := range known {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		var rel []string
		add := func(v string) {
			v = strings.ToLower(v)
			if v != w && known[v] && !slices.Contains(rel, v) && len(rel) < maxPerWord {
				rel = append(rel, v)
			}
		}
		for _, key := range index[w] {
			s := synsets[key]
			if s == nil {
				continue
			}
			for _, sw := range s.words {
				add(sw)
			}
			for _, l := range s.derived {
				if l.from != 0 && (l.from > len(s.words) || strings.ToLower(s.words[l.from-1]) != w) {
					continue
				}
				t := synsets[string(l.pos)+l.target]
				if t == nil || l.to < 1 || l.to > len(t.words) {
					continue
				}
				add(t.words[l.to-1])
			}
		}
		if len(rel) > 0 {
			fmt.Fprintf(out, "%s %s\n", w, strings.Join(rel, " "))
		}
	}
	return nil
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return strings.Split(string(b), "\n"), nil
}

// readIndex reads index.POS: each word's synsets in sense order; the first
// senses of each part of speech are kept.
func readIndex(path string, index map[string][]string) error {
	return indexEntries(path, func(word, pos string, offsets []string) {
		if pos == "s" {
			pos = "a"
		}
		for _, o := range offsets[:min(len(offsets), senses)] {
			index[word] = append(index[word], pos+o)
		}
	})
}

// indexEntries calls fn with each one-word entry of an index.POS file: the
// word, its part of speech and its synsets' offsets, most frequent sense
// first.
func indexEntries(path string, fn func(word, pos string, offsets []string)) error {
	lines, err := readLines(path)
	if err != nil {
		return err
	}
	for _, line := range lines {
		if line == "" || line[0] == ' ' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || strings.Contains(f[0], "_") {
			continue
		}
		pcnt, err := strconv.Atoi(f[3])
		if err != nil || len(f) < 6+pcnt {
			continue
		}
		fn(f[0], f[1], f[6+pcnt:])
	}
	return nil
}

// readData reads data.POS: each synset's words and derivational links.
func readData(path string, synsets map[string]*synset) error {
	lines, err := readLines(path)
	if err != nil {
		return err
	}
	for _, line := range lines {
		if line == "" || line[0] == ' ' {
			continue
		}
		body, _, _ := strings.Cut(line, "|")
		f := strings.Fields(body)
		if len(f) < 4 {
			continue
		}
		p := f[2]
		if p == "s" {
			p = "a"
		}
		wcnt, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || len(f) < 4+2*int(wcnt)+1 {
			continue
		}
		s := &synset{}
		for i := 0; i < int(wcnt); i++ {
			w := f[4+2*i]
			if k := strings.IndexByte(w, '('); k > 0 {
				w = w[:k] // adjective markers: "(a)", "(p)"
			}
			if strings.Contains(w, "_") {
				w = "" // a phrase: kept for word numbers, never written
			}
			s.words = append(s.words, w)
		}
		at := 4 + 2*int(wcnt)
		pcnt, err := strconv.Atoi(f[at])
		if err != nil {
			continue
		}
		at++
		for i := 0; i < pcnt && at+3 < len(f); i, at = i+1, at+4 {
			if f[at] != "+" {
				continue
			}
			st, err := strconv.ParseUint(f[at+3], 16, 16)
			if err != nil {
				continue
			}
			tp := f[at+2]
			if tp == "s" {
				tp = "a"
			}
			s.derived = append(s.derived, link{from: int(st >> 8), target: f[at+1], pos: tp[0], to: int(st & 0xff)})
		}
		synsets[p+f[0]] = s
	}
	return nil
}

// firstSenses reads index.noun: the offset of each word's most frequent
// noun sense.
func firstSenses(path string) (map[string]string, error) {
	out := map[string]string{}
	err := indexEntries(path, func(word, _ string, offsets []string) {
		if len(offsets) > 0 {
			out[word] = offsets[0]
		}
	})
	return out, err
}
