// Command stopwords writes lists/foreign-common.txt, the everyday words of
// the other languages recruiters write lines in, from the stopwords-iso
// collection as npm serves it (npm pack stopwords-iso@1.1.0; the file
// package/stopwords-iso.json).
//
// Usage, from the repository root:
//
//	go run ./internal/personalize/gen/stopwords -json package/stopwords-iso.json > internal/personalize/lists/foreign-common.txt
//
// It keeps, for the languages of Europe and Turkish, the words of two
// letters or more, and leaves out every word the validator's English
// lists have (lists/english-*.txt, people*.txt): "also", "man" and "die"
// stay English words. The validator weighs a word of this list as it
// weighs a very common English word: "mich", "roku" or "votre" matched on a
// profile names nothing specific.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// languages are the ISO 639-1 codes kept: the languages of Europe the
// collection has, and Turkish.
var languages = strings.Fields("de nl sv da no pl cs sk tr pt it fr es ro hu fi ca hr sl")

const notice = `# Everyday words of other languages, written by
# internal/personalize/gen/stopwords from stopwords-iso 1.1.0 (npm). One
# word a line, as the collection spells it. Do not edit: run the generator.
#
# stopwords-iso: Copyright (c) Gene Diaz and the stopwords-iso contributors.
# Released under the MIT License: permission is hereby granted, free of
# charge, to any person obtaining a copy of this software and associated
# documentation files, to deal in the software without restriction,
# including without limitation the rights to use, copy, modify, merge,
# publish, distribute, sublicense, and/or sell copies of the software,
# subject to the condition that the above copyright notice and this
# permission notice be included in all copies or substantial portions of
# the software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
# KIND.
`

func main() {
	src := flag.String("json", "package/stopwords-iso.json", "the collection's JSON file")
	lists := flag.String("lists", "internal/personalize/lists", "folder of the validator's english-*.txt")
	flag.Parse()
	if err := run(*src, *lists); err != nil {
		fmt.Fprintln(os.Stderr, "stopwords:", err)
		os.Exit(1)
	}
}

func run(src, lists string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var byLang map[string][]string
	if err := json.Unmarshal(b, &byLang); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	english, err := englishWords(lists)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	var out []string
	for _, l := range languages {
		words, ok := byLang[l]
		if !ok {
			return fmt.Errorf("%s: no list for %q", src, l)
		}
		for _, w := range words {
			w = strings.ToLower(strings.TrimSpace(w))
			if len([]rune(w)) < 2 || !allLetters(w) || english[w] || seen[w] {
				continue
			}
			seen[w] = true
			out = append(out, w)
		}
	}
	slices.Sort(out)
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprint(bw, notice)
	for _, w := range out {
		fmt.Fprintln(bw, w)
	}
	return bw.Flush()
}

func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// englishWords reads the words of the validator's English lists.
func englishWords(dir string) (map[string]bool, error) {
	m := map[string]bool{}
	for _, name := range []string{"english-1.txt", "english-2.txt", "english-3.txt", "people.txt", "people-first.txt"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line, _, _ := strings.Cut(sc.Text(), "#")
			if fields := strings.Fields(line); len(fields) > 0 {
				m[strings.ToLower(fields[0])] = true
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return m, nil
}
