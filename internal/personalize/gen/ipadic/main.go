// Command ipadic writes lists/kanji-names.txt, the proper nouns of
// Japanese written in kanji (places, organisations, people's names and
// other names) with their readings in katakana, from the IPA dictionary
// as Debian's mecab-ipadic package installs it (apt-get download
// mecab-ipadic; dpkg-deb -x; the CSV files are in
// usr/share/mecab/dic/ipadic, in EUC-JP).
//
// Usage, from the repository root:
//
//	go run ./internal/personalize/gen/ipadic -dir usr/share/mecab/dic/ipadic > internal/personalize/lists/kanji-names.txt
//
// It keeps the names of two characters or more that have a kanji, and
// only kanji, kana and the iteration marks ("々", "ヶ"), each with every
// reading the dictionary gives it. The validator romanizes the readings
// and finds a name a line writes in Latin letters ("Sanriku", "Yokosuka",
// "Shiseido") as the profile's kanji (三陸, 横須賀, 資生堂).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// files are the dictionary's files of proper nouns.
var files = []string{"Noun.place.csv", "Noun.org.csv", "Noun.name.csv", "Noun.proper.csv"}

const notice = `# Japanese proper nouns in kanji and their readings, written by
# internal/personalize/gen/ipadic from the IPA dictionary (Debian's
# mecab-ipadic 2.7.0-20070801). One name a line: the name, a space, its
# readings in katakana separated by commas. Do not edit: run the generator.
#
# Copyright 2000, 2001, 2002, 2003 Nara Institute of Science and
# Technology. All Rights Reserved.
#
# Use, reproduction, and distribution of this software is permitted. Any
# copy of this software, whether in its original form or modified, must
# include both the above copyright notice and the following paragraphs.
#
# Nara Institute of Science and Technology (NAIST), the copyright holders,
# disclaims all warranties with regard to this software, including all
# implied warranties of merchantability and fitness, in no event shall
# NAIST be liable for any special, indirect or consequential damages or
# any damages whatsoever resulting from loss of use, data or profits,
# whether in an action of contract, negligence or other tortuous action,
# arising out of or in connection with the use or performance of this
# software.
#
# A large portion of the dictionary entries originate from ICOT Free
# Software. The following conditions for ICOT Free Software applies to
# the current dictionary as well.
#
# Each User may also freely distribute the Program, whether in its
# original form or modified, to any third party or parties, PROVIDED that
# the provisions of Section 3 ("NO WARRANTY") will ALWAYS appear on, or be
# attached to, the Program, which is distributed substantially in the same
# form as set out herein and that such intended distribution, if actually
# made, will neither violate or otherwise contravene any of the laws and
# regulations of the countries having jurisdiction over the User or the
# intended distribution itself.
#
# NO WARRANTY
#
# The program was produced on an experimental basis in the course of the
# research and development conducted during the project and is provided to
# users as so produced on an experimental basis. Accordingly, the program
# is provided without any warranty whatsoever, whether express, implied,
# statutory or otherwise. The term "warranty" used herein includes, but is
# not limited to, any warranty of the quality, performance,
# merchantability and fitness for a particular purpose of the program and
# the nonexistence of any infringement or violation of any right of any
# third party.
#
# Each user of the program will agree and understand, and be deemed to
# have agreed and understood, that there is no warranty whatsoever for the
# program and, accordingly, the entire risk arising from or otherwise
# connected with the program is assumed by the user.
#
# Therefore, neither ICOT, the copyright holder, or any other organization
# that participated in or was otherwise related to the development of the
# program and their respective officials, directors, officers and other
# employees shall be held liable for any and all damages, including,
# without limitation, general, special, incidental and consequential
# damages, arising out of or otherwise in connection with the use or
# performance of the program.
`

func main() {
	dir := flag.String("dir", "usr/share/mecab/dic/ipadic", "folder of the dictionary's CSV files")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "ipadic:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	readings := map[string][]string{}
	for _, name := range files {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(transform.NewReader(f, japanese.EUCJP.NewDecoder()))
		for n := 1; sc.Scan(); n++ {
			cols := strings.Split(sc.Text(), ",")
			if len(cols) < 12 {
				f.Close()
				return fmt.Errorf("%s:%d: %d columns, want 13", name, n, len(cols))
			}
			surface, reading := cols[0], cols[11]
			if !keep(surface) || reading == "" || reading == "*" || !allKatakana(reading) {
				continue
			}
			if !slices.Contains(readings[surface], reading) {
				readings[surface] = append(readings[surface], reading)
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	names := make([]string, 0, len(readings))
	for s := range readings {
		names = append(names, s)
	}
	slices.Sort(names)
	w := bufio.NewWriter(os.Stdout)
	w.WriteString(notice)
	for _, s := range names {
		rs := readings[s]
		slices.Sort(rs)
		fmt.Fprintf(w, "%s %s\n", s, strings.Join(rs, ","))
	}
	return w.Flush()
}

// keep reports whether s is a name to keep: two characters or more, one
// of them a kanji, and nothing but kanji, kana and iteration marks.
func keep(s string) bool {
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	han := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han = true
		case r == '々' || r == 'ヶ' || r == 'ケ' || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) && r != '・':
		default:
			return false
		}
	}
	return han
}

// allKatakana reports whether s is written in katakana only.
func allKatakana(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Katakana, r) && r != 'ー' || r == '・' {
			return false
		}
	}
	return true
}
