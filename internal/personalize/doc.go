// Package personalize is the personalization validator: it decides whether
// a recruiter's personalization line references something specific on the
// candidate's profile, and explains the verdict. It is pure (no I/O, no
// clock, no network), deterministic, and fast enough to run on every
// keystroke: prepare the profile once with NewIndex and pass it in
// Options.Index.
//
// # The rules
//
// Check applies the six rules of DESIGN.md:
//
//  1. length: at least Options.MinWords words (default 6), at most
//     Options.MaxChars characters when the channel sets a limit. Words are
//     counted by whitespace, and Chinese, Japanese and Korean text, which
//     has no spaces, a word for every two characters;
//  2. placeholder: no "[...]", "{{...}}", "{...}", "<...>", TODO, TBD, XXX
//     or "insert ..." left in the line (see Placeholders);
//  3. specific: some words of the line, found close together in one
//     profile field, add up to a reference to something they did. Every
//     rule reads text in one normal form (normal.go): compatibility
//     folding, accents stripped, "ł", "ø", "ß" spelt out, lower case. A
//     line word is found as written (inflections joined by a Snowball
//     stemmer and irregular forms), as an initialism of a run of profile
//     words ("IJCCN"), through the abbreviations and aliases lists used
//     both ways ("PE" and "private equity", "Big Four" and "KPMG",
//     "University of Warsaw" and "Uniwersytet Warszawski"), as a clipped
//     form of three letters or more ("Org Chem", "refi"), as a WordNet
//     synonym or related form (lists/synonyms.txt, from gen/wordnet), or
//     with one typo in a word of six letters or more. The last three count
//     for less and cannot carry a reference alone. Numbers match in
//     digits and words ("fourteen", "fifty-eight", "per cent"), with a
//     decimal comma ("1,2 millones"). Each word weighs what it says:
//     nothing for function words (English, French, Spanish), the name and
//     words common to almost every profile; 0.3 to 0.8 for English words
//     by how common they are; 1 for names, jargon, acronyms and figures.
//     Words found together count half as much again, twice with four or
//     more (or a verbatim run of four), and a reference needs 1. A quoted
//     title found whole on the profile is a reference whatever its words,
//     and so is a capitalised name of two or more words written the same.
//     One word of a longer name ("Texas" of "Texas A&M University")
//     counts only when it is distinctive (no English word, five letters or
//     more, no place on the profile).
//     Mail-merge fields do not count: name, headline, current title and
//     company, location, school and degree, skills-list entries,
//     languages, dates. A line that names only them is refused ("a
//     mail-merge tool could write this"), except two schools, a path as a
//     move between two employers is. A word a mail-merge field also holds
//     counts inside a field that says more, and a headline that repeats an
//     award does not stop the award counting.
//     What is on the page but not their work is context, never a
//     reference: posts they reposted or commented on, recommendations they
//     gave, awards to their team or firm, interests, and sentences of an
//     About or description about what they want to learn ("keen to
//     learn"). A line that credits them with it is refused, saying whose
//     it is;
//  4. unsupported: names (capitalised words and runs of them, acronyms,
//     mixed-case words), figures and claims ("your book") must be on the
//     profile, in any of the forms above. A figure must have the unit the
//     profile gives it ("£9m" is not "9%", "8 days" not "8%", and a range
//     "from 12 weeks to 3" makes the 3 weeks); a number in words is
//     checked when what it counts is counted on the profile. Words on the
//     recruiter's side ("our client's CFO", "notre client") and
//     quantified roles ("any COO") are not claims about the candidate.
//     Events need support: "won", "awarded" or "Congratulations on the X
//     Award" need the award on the profile without "shortlisted",
//     "finalist", "runner-up", "highly commended", "nominated" or
//     "argued"; "passed X" needs X among what they hold and not as a
//     candidate; "promoted to", "became", "appointed", "made" need the
//     title among their positions. Two facts a line binds into one claim
//     ("your X work at Y", "the X deal for Y") must come from one entry of
//     the same list (a position, a school); the refusal names both
//     entries;
//  5. stock: a stock phrase (lists/stock-phrases.txt) with no specific
//     reference outside it;
//  6. reuse: not the same or nearly the same line (see ReuseIndex) as one
//     already sent to another candidate.
//
// The word lists are embedded; a team lead extends stock-phrases.txt,
// common-words.txt, abbreviations.txt and aliases.txt with files of the
// same names in the config folder (LoadLists). The WordNet table is
// generated, with WordNet's licence notice, and not extended.
//
// # What the validator deliberately does not catch
//
//   - Truth. It checks that the line refers to what the profile says, not
//     that the profile is right or that the praise is sincere. A line that
//     quotes a profile fact and then says something false about it in
//     common words ("your Phase III trial failed") passes, and so does an
//     outcome inflated in words it does not know ("doubling" a figure).
//   - Claims made only in ordinary words. A fabricated achievement written
//     without a name, acronym, figure, event or claim noun ("your work on
//     car safety") is rejected only when nothing else in the line is
//     specific; next to a real reference it passes.
//   - What a figure counts, beyond its unit: "$210m of claims" for the
//     profile's "$210m of premium" passes.
//   - Meaning beyond WordNet's synonyms: a paraphrase with no word, form
//     or synonym in common is not a reference.
//   - Other languages beyond their names, figures and the profile's own
//     words: a line in French, Spanish or Japanese is judged on those;
//     numbers in Chinese or Japanese numerals are not read.
//   - Authorship on pasted text depends on the page reader's marks; text
//     the reader drops is not used.
//   - Tone, grammar, spelling and length beyond the limits; whether the
//     reference suits the role; whether the line is polite.
//   - Reuse for the same candidate, and reuse of short lines (under three
//     words' worth of sequences) except verbatim.
package personalize
