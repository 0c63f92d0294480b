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
//     has no spaces, a word for every two characters (the kana's long
//     vowel mark "ー" among them);
//  2. placeholder: no "[...]", "{{...}}", "{...}", "<...>", TODO, TBD, XXX
//     or "insert ..." left in the line (see Placeholders);
//  3. specific: some words of the line, found close together in one profile
//     field, add up to a reference to something they did. Every rule reads text
//     in one normal form (normal.go): compatibility folding, accents stripped,
//     "ł", "ø", "ß" spelt out, lower case. A line word is found as written
//     (inflections joined by a Snowball stemmer and irregular forms), as an
//     initialism of a run of profile words ("IJCCN", "TfL" for Transport for
//     London) or of the capitals of a name written in parts ("GSK" for
//     GlaxoSmithKline; an acronym inside the run may be skipped, "LTHT" for
//     Leeds Teaching Hospitals NHS Trust, and a closed compound gives two
//     letters, "AHT" for Assistant Headteacher, and a word its first two or
//     three, "UFPE" for Universidade Federal de Pernambuco; two letters refer to two words
//     side by side, the first no function word: "SM" for Station Manager, not
//     "TU" for "Took the Unified Cell"), as the letters of a code ("NEC" for
//     NEC4), through the abbreviations and aliases lists used both ways ("PE"
//     and "private equity", "Big Four" and "KPMG", but not "Deloitte" for
//     "KPMG": a group's members are not one another; "University of Warsaw" and
//     "Uniwersytet Warszawski", "Keio" for "Keio University", "QC" for the
//     Spanish "control de calidad"; rivers, seas,
//     regions and international organisations by their names in other
//     languages, "Tagus" and "Tejo", "Red Cross" and "Croix-Rouge"; and
//     WordNet's abbreviations, lists/ wordnet-abbreviations.txt from
//     gen/wordnet -abbrev: "magnetic resonance imaging" for MRI), as a clipped
//     form of three letters or more ("Org Chem", "refi"), a name in katakana as
//     the profile's name in Latin letters that sounds the same ("ユニクロ" for
//     Uniqlo; loanwords.go) and the other way ("Istanbul" for イスタンブール, which
//     cannot carry a reference alone but is no name "not on their profile"), a
//     name in kanji by its readings ("Sanriku" for 三陸; lists/kanji-names.txt
//     from gen/ipadic, read the first time a profile has kanji; kanji.go), as
//     a WordNet synonym or related form (lists/synonyms.txt, from gen/wordnet;
//     an inflected word has the synonyms of its base form by WordNet's rules of
//     detachment: "babies" those of "baby"), or with one typo in a word of five
//     letters or more against a profile word of six or more ("Londn"; a letter
//     doubled or dropped as early as the fourth: "Sabbic" for Sabic, "Ashhurst"
//     for Ashurst; and, against a name, a letter dropped, doubled or two
//     swapped anywhere, or changed in seven letters or more: "Catellana" for
//     Castellana, typoAnywhere). A capitalised Greek word is found by its
//     romanization ("Παπαδοπούλου" for Papadopoulou; greek.go), a name with a
//     Turkish case ending after an apostrophe as the name ("THK'da"; a unit
//     too: "102 km'lik"), an initialism with its first letter in lower case
//     ("mCRPC") or a digit that sounds as a word ("G2P" for
//     grapheme-to-phoneme), a hyphenated first name by its initials ("FX" for
//     François-Xavier), "EU" as the union that holds a country they name,
//     subscript digits as digits ("CO₂"), the Swiss "1'900", and "42 m" as
//     metres where the profile gives metres ("4.2メートル" for "4.2m" too), two
//     capitalised words as the one word the profile writes them in ("Next
//     Billion" for NextBillion), and a version number with or without its "v"
//     ("PCI DSS 4.0" for v4.0). Names in Hangul are also found by their Revised
//     Romanization and a Korean loanword ending them by its sound ("Haneul
//     Interactive" for 하늘인터랙티브; hangul.go); Vietnamese syllables written apart
//     by the word they make ("Hanoi" for "Hà Nội"); a country named in another
//     language by its English name, from CLDR through golang.org/x/text
//     (countries.go); an organisation by the starts of its words ("Embrapa")
//     or, in a Romance line, its acronym spelt backwards ("CCI" for ICC). A
//     letter with an umlaut or a ring may be written out ("Duesseldorf",
//     "Goeteborg", "Aarhus"), a code in one word or two ("NEC4", "NEC 4"), and
//     a word of a French, Spanish, Italian or Portuguese line as the English
//     word of the same Latin root ("integración", "integrazione" for
//     integration; an elided "sull'" or "l'" read off). The last three count
//     for less and cannot carry a reference alone, but a name typed so is not
//     "not on their profile", and an event at it ("qualifying at Ashhurst") is
//     bound to its entry. Numbers are read in one form (numbers.go): digits and
//     words ("three hundred and ten", "eleven hundred"), a scale in the value
//     ("£3.8m", "3.8 million", "£3,800,000", "S$90k", "1,4 millones", "13亿",
//     "2千万", "約 120 萬個" across the space, and "80萬個" a bare count), digits
//     grouped by spaces ("4 200 m²"), Chinese and Japanese numerals before a
//     counter ("四十六名"), the short end of a range of years ("2022-27", "since
//     '22"), plurals of figures ("Year 11s", "over-65s"), a unit written on its
//     number ("22wks", "1hr", "5km", "30fps", "35bps": the number and the
//     unit), a scale in another language ("85 mil", "6,2 mln zł"), and a
//     scale's unit after it ("410k hours"); a decade ("the 1990s", "their 60s")
//     is no figure. Initials may also take the first two or three letters of a
//     word ("COR" for combined ratio, "CMidO" for Chief Midwifery Officer) and
//     skip the second part of a hyphenated word ("BSOTS"); a letter before a
//     number is the initial of the word before the profile's number ("C4" for
//     Channel 4, "D30" for day-30); a word of two letters or more clipped
//     before the next word of a name is that name ("Op Kestrel"); a name
//     written out where the profile gives its initials is on the profile ("the
//     International Association for Food Protection meeting" for "IAFP Annual
//     Meeting"). In a line mostly in another language (Polish, Dutch), or with
//     two function words of Polish, a Nordic language, Turkish, Dutch or Greek
//     ("Dat jullie ..."), the first word of a sentence is no name. Each word
//     weighs what it says: nothing for function words (English, French,
//     Spanish, Portuguese, Italian, Polish, Swedish, Danish, Norwegian,
//     Turkish, Dutch, Greek, and German in a German line), the name and words
//     common to almost every profile, a tenure ("15 years in ..."; "9 years'
//     PQE": an abbreviation whose long form is a kind of experience, after a
//     length of time, is its unit); 0.3 to 0.8 for English words by how common
//     they are; 1 for names, jargon, acronyms and figures. Words found together
//     count half as much again, twice with four or more (or a verbatim run of
//     four), and a reference needs 1. A quoted title found whole on the profile
//     (by its first word the index holds: "Le kintsugi pas à pas") is a
//     reference whatever its words, and so is a capitalised name of two or more
//     words written the same (an award's name may start a longer stretch, and
//     the headline may repeat it). One word of a longer name ("Texas" of "Texas
//     A&M University") counts only when it is distinctive (no English word,
//     five letters or more, no place on the profile); a lower-case English word
//     ("a law degree") names no school. Mail-merge fields do not count: name,
//     headline, current title and company, location, school and degree,
//     skills-list entries, languages, dates; an initialism of three letters or
//     more of a mail-merge field's words is that field's word ("IPC lead
//     nurse"). A line that names only them is refused ("a mail-merge tool could
//     write this"), except two schools, a path as a move between two employers
//     is; certifications beside their current employer and nothing they did
//     ("As Group Treasurer at Qamar and a CFA charterholder") are refused the
//     same way. A word a mail-merge field also holds counts inside a field that
//     says more, and a headline that repeats an award, a publication, a
//     project, volunteering or their own post does not stop it counting (a
//     certification it repeats is a headline word); a post held now beside the
//     current one counts whole, its title, employer and what its entry says;
//     and when the line says what kind of post it is (teaching, a board,
//     committee, jury or council seat, a presidency, in English or the
//     profile's language, whole or closing a compound: "Prüfungsausschuss",
//     "Chargée de cours") and names something of its entry (its employer in
//     the profile's words, by a word sharing their root, "the Jagiellonian",
//     or in English, "the Turkish Archery Federation"), it counts even where
//     its employer is their school and its subject their skills, though not
//     after "as a" ("como", "comme", "als"), as a mail merge writes a post and
//     its employer; so does such a seat listed under volunteering, and a post
//     ending "heute" or "nu" is still held. A thesis the profile gives in its
//     own language is at the school a line names in short, in English or by
//     its initials ("TU Munich", "ITU" for "İstanbul Teknik Üniversitesi"). A
//     run of seven words repeated from their words quotes them only with three
//     words of substance no mail-merge field has. A name written out where
//     the profile gives only its initials is that acronym, unless the profile
//     writes the name out too or the acronym only starts a longer name, and
//     so is one the Romance
//     languages write with only its first word capitalised ("Istituto
//     nazionale di fisica nucleare" for "INFN"); the polite "you" capitalised
//     inside a sentence ("yang Anda dirikan", "который Вы создали") is no
//     name. The name the line speaks to counts for nothing: after a
//     greeting, or a short form of their name set off by commas ("Seun" for
//     Oluwaseun). What is on the page but not their
//     work is context, never a reference: posts they reposted or commented on,
//     recommendations they gave, awards to their team or firm (the page's, or a
//     profile file's "Awarded to ... team"), interests, and sentences of an
//     About or description about what they want to learn ("keen to learn"). A
//     line that credits them with it is refused, saying whose it is, when the
//     words the candidate's own fields lack weigh enough to name it ("the
//     Rotterdam cross-dock" they run is theirs beside their team's award for
//     it), or when three or more words of substance come from it that no
//     reference finds in their own work (their own deal "single-handedly"
//     running its data room, as they wrote of a trainee). One everyday word
//     found only there, or everyday words of a French or Spanish line, which
//     the English word lists cannot weigh, credit them with nothing; a name, an
//     initialism or a figure does;
//  4. unsupported: names (capitalised words and runs of them, acronyms,
//     mixed-case words), figures and claims ("your book") must be on the
//     profile, in any of the forms above, when the line ties them to the
//     candidate. A name is the recruiter's side, not checked, when it is
//     the subject of its own verb ("Barratt Homes are hiring", "what
//     Redrow's new-build team needs", "the brief GSK gave me") with the
//     rest of its clause; in a clause the recruiter speaks in ("I'm
//     recruiting for Temple Street Hospital", "the best I've seen in the
//     West Midlands") unless it is about them ("I loved the X you led");
//     after "our", "my", "we" or a client ("our client's CFO", "notre
//     client"); in a quantified phrase and where it is ("any COO", "any of
//     the big installers in South Wales"); in the role on offer and its
//     place ("a CNM3 post in Cork", "a Head of Service opening in
//     Durham"); and LinkedIn, a JD or a CV are no claims. In a German
//     line a capital marks a noun, so capitalised words are not called
//     invented; in a French, Spanish, Italian or Portuguese line a first
//     word with the ending of an infinitive, gerund or abstract noun
//     ("Gestionar ...") is no name, nor is a greeting or congratulation
//     in those languages ("Enhorabuena por ..."), nor a currency code
//     ("GBP 240m"); a point there before three digits ending in zero
//     groups thousands ("4.100 pacientes"), as it does between groups of
//     three ("1.234.567"). An acronym that owns something ("DLUHC's") is
//     the acronym. An institution named in English for one the profile
//     names in its own language is not called invented when its kind
//     translates and its distinctive word starts with the same letter
//     ("University of Galway" for "Ollscoil na Gaillimhe"), or when its
//     words are English but one that starts with four letters of a word
//     of that name ("Italian State Railways" for "Ferrovie dello Stato
//     Italiane"), or in syllables read joined ("Hanoi University of
//     Science and Technology" for "Đại học Bách khoa Hà Nội"), or when
//     the profile names one of its kind in another script ("Kyoto
//     University" for "京都大学": it cannot be checked); the city right
//     after an institution the line names ("Charles University in
//     Prague") is not checked either; it is no reference either. A name right after a verb
//     that takes it as object ("Being named X", "Leading X's ...") is
//     that verb's, not the subject of a clause of its own. The people the
//     page shows with the candidate (who wrote their recommendations or
//     received one, whose posts they shared) are on the page: named, they
//     are not invented, and they are no reference. A profile name of three
//     words or more written whole with one word (four letters or more)
//     one edit away ("Moss Side Comunity Energy") is that name. "Your
//     patent on X", "your article ..." are supported by X when the page
//     has it in a section of that name (Patents, a featured Article).
//     A figure must have the unit and currency the profile gives it ("£9m"
//     is not "9%", "8 days" not "8%", "35 points" not "35%", "$240m" not
//     "£240m"; any dollar is one currency; a range "from 12 weeks to 3"
//     makes the 3 weeks); a change worked out from a range ("by 9 points"
//     or "by 38%" for "from 24% to 15%") is the profile's, and one given
//     as where the range starts or ends ("by 4.2 days" for "4.2 → 2.9
//     days") is refused with the difference. A figure said to rise where
//     every place the profile gives it says it fell (cut, reduced, saved),
//     or the reverse, is refused. A count of
//     things must be what the profile counts with that number ("40
//     electricians" where it has "9 electricians" and "40%" is refused,
//     with both figures), and a count of people with a noun for anyone
//     ("28 staff") is refused when the profile gives the number only for
//     things ("a 28-bed ward"; lists/people.txt, generated from WordNet's
//     people and groups, tells them apart; unknown nouns are not judged).
//     A figure at a scale with two digits or more ("$87k", "3.1 million")
//     is the profile's rounded to its last digit (scaledStep); crowns by
//     name ("kronor", "kroner") are the SEK, NOK, DKK or ISK it gives.
//     A unit of measure or a noun joined to the number by a hyphen says
//     what the profile's figure counts ("a 62,000 m² cross-dock", "a
//     28-cot neonatal unit", "a 40-strong team"). A number followed by an
//     English word for things ("4,100 sites") is refused when every figure
//     the profile gives with it counts people, by a noun whose most
//     frequent sense is a person ("4,100 patients"; lists/people-first.txt,
//     gen/wordnet -people -first), unless a word of what the line counts
//     names people ("1,200 cleaning staff"); a closed compound counts what
//     its last word counts ("a caseload of 1,100" counts loads,
//     "38 sailmakers" people); a figure counts both nouns of a pair ("60+
//     professional football and rugby pitches"), and a colon's sentence
//     tells of what the colon follows ("lantern: 1,260 glazing panes"). A figure
//     inside a reference or right before it ("Cutting $210m of claims
//     leakage") must be the one the profile's words there give for the
//     same thing ("Cut claims leakage by £6m"), and so must a year said
//     with it ("by £2.1m in 2021" where the sentence says 2023). A sum of
//     money is not judged on what it is of otherwise. A figure given as a
//     change ("by 64", "up 22%", "22% growth", a sum after "saving") must
//     not be one the profile gives only as a level: the start or end of a
//     range ("from 64 to 18"), a level reached ("at 97%"), a share ("138%
//     of quota"), or the size of a thing ("a €340m sale", "the £45m Moor
//     Street car park", "(€340m)"); a change equal to a range's ("Saving
//     €700k" for "from €1.1m to €400k") refers to it, and so does a
//     "from A to B" whose start and end the profile gives in that order in
//     one sentence, figures however small or named states ("down from nine
//     a year to two" for "från 9 till 2 per år"; "from Requires
//     Improvement to Good"); a named state that ends elsewhere is refused
//     ("to Outstanding" for "from a CQC rating of 'Requires Improvement'
//     ... to 'Good'"). (A figure whose
//     clause speaks of a measure the profile gives in another sentence
//     is no longer refused on that ground alone: it refused genuine lines
//     on sets nobody had read, and a figure said of another count is
//     still refused by the rules below.) A count of those who work there (staff, employees, headcount, FTE) is
//     not one of those served (pupils, students, patients, customers,
//     users), nor the other way round ("1,200 staff" for "1,200
//     pupils"); two nouns of one crowd are one ("240 pupils" for "240
//     students"). A count of two or more of what the profile gives one of
//     ("three ICC arbitrations" for "an ICC arbitration") is refused.
//     Units written another way are the same figure ("190ms" and "190
//     ms", "120-metre" and "120 m", "sub-200ms" and "<200 ms"); currency
//     codes such as AED, SAR, CHF, INR, CNY and ZAR are currencies of
//     their own. A number in words is checked when what it counts is counted
//     on the profile ("four hundred heat pumps"); a year counts when it
//     falls in the years of the entry the line refers to. A rank must be
//     the profile's ("first chair" where it says "second chair"), and a
//     multiple must agree with the figure of its sentence within a tenth
//     ("doubling the team" where it says "from 40 to 120"). An outcome in
//     words ("cutting readmissions by a third", "in half", "to zero",
//     "halving overtime") needs what it changes on the profile, and a
//     share must agree with the figure of the profile's sentence about it
//     as a multiple does (a range of percentages by how much it changes
//     its start: "more than a third" for "from 24% to 15%"); one that
//     agrees refers to that sentence as its figure would. A length of
//     time the profile gives with another unit is refused ("3 days" for
//     "from 12 weeks to 3"); a tenure, or a length the profile does not
//     give ("a 20-minute chat"), is not judged. The party of a deal ("acting for X", "advising
//     X", "on behalf of X", "X's lenders") must be the party the profile
//     names where it names those words, when it names one.
//     Events need support: "won", "awarded" or "Congratulations on the X
//     Award" need the award on the profile without "shortlisted",
//     "finalist", "runner-up", "highly commended", "mention",
//     "nominated", "top 5" or "argued" (and their French and Spanish
//     words; a win the entry tells of another award leaves the award's
//     own outcome, "(runner-up) ... also won the Merit Award"); a win
//     that names nothing needs some award on the profile; "passed X"
//     (and finishing, completing, gaining, earning, qualifying,
//     graduating) needs X among what they hold and not as a candidate,
//     expected or ongoing; "promoted to",
//     "became", "appointed", "made", "named" need the post among their
//     titles, named in capitals or with a rank or post word ("made deputy
//     head"), or an award or qualification whose words may be spread over
//     the lines of its entry ("making the Dallas Business Journal's 40
//     Under 40"), unless the entry says they were shortlisted, a finalist
//     or commended; a prize's grade must be the entry's (gold is not
//     silver), and "of the year" or prize in French, Spanish, Italian,
//     Portuguese or German makes an award ("Trésorier de l'année"); "named", "crowned" or "voted" with an award's name is a win,
//     and so are won in Spanish, French, Italian and Portuguese ("ganar",
//     "remporté", "vinto") against their words for a finalist. A place
//     below first right before what was won ("(2nd, Galway Plate,
//     2022)", "segundo en el Gran Premio", "2nd overall"; rankBefore) or
//     with the word for a prize ("Segundo premio") is no win; nor is one
//     the profile gives someone else ("X won", "proud of X for winning";
//     otherWinner), unless the line names that winner too; "best"
//     something is a prize (bestOf); "your 1st National" claims a win
//     (firstPlaceAt). A contest the award entry names only as where its
//     prize was given ("Spirit of the Event, Solent Classic Regatta") was
//     not won (prizeAtContest); an award "for the work on X" is for X as
//     "for X" is; the grade of a prize in Chinese, Japanese or Korean
//     (金賞, 대상, 一等奖) must be the award entry's (cjkGradeProblems);
//     Turkish ordinals and one-word places ("ikincilik") rank as other
//     languages' do; congratulations in another language that end their
//     sentence, or a word before its end ("tebrik ederim"), are for what
//     comes before them (sentenceBefore); a mention
//     or nomination in Dutch, Swedish, Turkish or Finnish ("eervolle
//     vermelding", "mansiyon") is no win, nor is a runner-up in Spanish,
//     Portuguese, Italian, German or Polish ("Subcampeón", "vice-campeã",
//     "Vizemeister"); a champion in those languages ("titre de
//     championne", "campeón", "kampioen") is a first place (saysFirst); a
//     medal's colour is the grade of a medal a line names as a medal
//     without a colour of its own ("the Hummingbird Medal" for
//     "Hummingbird Medal (Silver)"; medalGrade); "named" takes an award's
//     whole name past the words an event's object is read in, and a line
//     that says the profile's outcome short of a win ("finalist") is not
//     told the profile does not say how it ended (sameLesser);
//     congratulations on a name the profile gives with an outcome short of
//     a win after it ("Grammy-nominated") say a win (namesShortOfWin); a
//     place after "in" no award holds but the profile gives beside the
//     event ("EEM22, Ljubljana") is where it was given; an award named
//     without a place of theirs from its middle is a shorter name of it
//     (nameGap). Passing said in German, Dutch, French, Spanish,
//     Portuguese, Italian or Polish ("bestandenen") is passing. A move
//     between two dated posts told in the other order ("from A to B"
//     where B came first) is refused (binding_order.go). A question
//     asking how or why they did something ("How did you get ...?") is
//     no aside (presupposes), and a question after a dash ("... seems
//     lean — how do you manage it?") is an aside from its question word
//     on, as after a comma (questionTag). The pairs of a Chinese,
//     Japanese or Korean run that begin in the candidate's name or a
//     title after it ("佐藤先生") are the name (markCJKNameTail); the
//     first line of an education field is its subject, mail-merge, and
//     the lines after it their work. A spaced dash ends a name; a small
//     word capitalised mid-sentence joins one ("Engineers Without
//     Borders"); a word after a name and a "you" of another language
//     ("bij IJsselland geef je") is a verb (invertedVerb); a profile's
//     "from A to B" as the line says it outweighs its other "from A to
//     C"; "goose, swan and turkey quills" counts quills (kindsListHead);
//     "across" places as "in" does; „…“ closes with “; "teaching skills"
//     is no post (skillPost); "Next: ..." is a plan; one word of theirs
//     beside three of a colleague's account follows that account
//     (borrowedDetail). "As a X" or
//     "your time as X", X a post in capitals, needs X's words in one
//     title, the headline, a certification or a volunteer's post ("As
//     Head of Economic Crime" for a detective sergeant is refused); a post
//     in lower case after "as" ("as project director") needs its words
//     together in one field of their own, a title or what an entry says
//     they did ("mechanical lead on the FEED"). A post without the lesser rank
//     the profile gives it ("SIO on Operation Tern" for "Deputy SIO on
//     Operation Tern") is inflated. A verb of leading (led, headed,
//     spearheaded, directed, chaired) anywhere earlier in the clause of a
//     reference is inflated when the profile's sentence that holds it
//     gives a lesser part (supported, assisted, helped, prepared,
//     contributed, coordinated, participated, shadowed) and no verb of
//     leading ("Leading St Anne's through its 2019 Ofsted inspection" for
//     "Prepared the school for its 2019 Ofsted inspection"). Honoree,
//     silver, bronze, second or third prize and merit are not won (a
//     colour after "for", in what the award was given for, is no grade).
//     A reference after a verb of leading, running or winning ("Leading
//     the £40m Pelham arbitration", "Heading up the review") is refused
//     when the profile's sentence puts it after a verb of supporting
//     (supported, assisted, helped, contributed) or "member of", "part
//     of", in other languages too ("Lid van het projectteam", "Mitglied
//     der", "membre du"; "mitgewirkt", "participei", "bijgedragen"), with
//     both in the reason. Two facts a line binds into one claim ("your X work at Y",
//     "the X deal for Y", "the X tender out of Leeds", "a S$1.3bn steel
//     framework") must come from one entry of the same list (a position, a
//     school); the headline speaks for the current position, an
//     employer's initials stand for it ("at DLUHC"), and a place (an
//     entry's location, the profile's for the current position) must be
//     the place of the position the fact is in, when the profile gives
//     one; a place at the head of the sentence ("In Leeds, you acted for
//     ...") or in the fact's noun phrase ("your Leeds work acting for
//     ...") is bound to it too. The employer of a post held beside the
//     current one binds to that post. A place said inside the stretch
//     of a reference ("the Moor Street car park in Bristol six weeks
//     early") is bound to it. Clauses keep facts apart: "while",
//     "whilst" or "when" before a verb in -ing or a pronoun ("at Nordly
//     while sitting on the SSE board"), "on top of", and a verb between
//     the two ("... in Madrid is a great grounding for a GM"); "while at
//     Brambles Dairy" binds, and so does "by" and a verb in -ing ("cutting
//     overtime by 40% by building the library"). The refusal names both
//     entries.
//     A word of a post (its title or what its entry says) and a word of
//     its employer, joined by "at", "for" or "with", name that post
//     together when neither is enough alone ("lectures at Imperial" for
//     Visiting Lecturer, Imperial College London), or the employer right
//     before it ("Big Four audit" for Audit Manager at KPMG), for an
//     employer no mail-merge field but the headline repeats.
//     Sides and deals: a party named by "defending X" or the profile's
//     "our client X" is a side too, and "against X" may not be against
//     their own client; a side said as a role ("the banks' side", "acting
//     for the lenders") needs a word of that side on the profile (not a
//     compound: "an in-house bank"), and a word of a party the profile
//     lacks before its name ("the junior lenders" for "the senior
//     lenders") is another party, while a party the line only describes
//     ("the 640 care workers") may be the profile's side ("the
//     claimants"). A deal noun's owner is its seller or buyer ("Sol
//     Partners' sale" against "sale ... to Sol Partners"), and a deal of
//     the profile may not become another kind (a restructuring called a
//     sale); an employer written as a deal's owner binds the two.
//     Leading: leading what the profile names only as what a piece of
//     their work was for ("study for the Osaka Bay ... export cable"), or
//     something at an employer where nothing of their position leads;
//     "second chair", "part of", "member of" and "worked on" are lesser
//     parts; words of leading in compounds ("Nigerian-owned") or in a
//     post's name ("the Head of Midwifery") are no verbs. Discovering,
//     inventing or founding needs the profile's sentence, award or post
//     to say so. A reference put "in" a place of the profile where its
//     own sentence names another place right after it is refused.
//     Figures: a figure a word takes as its object is that word's
//     measure ("saving €3.2m", "£1.8m under budget"); an amount given as
//     a thing's value ("a $21m deal") must be one the profile gives as a
//     thing's value; a count ("62 pupils") is not the profile's share or
//     amount; "over", "nearly", "around" make a bound or a round figure;
//     a length in words is checked as digits are. US, UK, EU and UAE in
//     capitals are places. Two certifications or more and nothing else
//     are a list of credentials, as a mail merge fills in. A rank out of
//     a number must be one the profile gives out of it ("first place out
//     of 31" for "#2 of 31", "number one of 14"); the length a result beat
//     its plan by and a figure's rate must be the profile's ("46 days
//     ahead of programme" for "three weeks", "a month" for "a year" or
//     "/yr", up to six words after the figure within its clause, a label
//     before it giving the period too: "Annual output:
//     52,000 pallets", "Produção anual: 410.000 m²"; rateBefore), and a
//     length of time within a bound the profile gives agrees with it ("in
//     eleven weeks" for "in under three months"; sameLength); a share
//     before the noun its phrase ends in is that noun's ("a 56% pass
//     rate" for "pass rate 78%"; shareHead); a decade the profile's years
//     do not reach ("the 1890s"; decadeOffProfile) is not on it, and a
//     month between a reference and its year is no word of it; a
//     percentage found alone must be said of what the profile gives it
//     for ("cutting reward costs by 11.2%" where 11.2% is the gender pay
//     gap); a word put in the place of another before a matched noun
//     ("international applicants" for "mature applicants", international
//     being elsewhere) is refused. A shared part ("Co-led", "Co-authored",
//     "Co-investigator") is no lead and no sole authorship, a deputy's or
//     assistant's post no lead of what it was for, and "Building" or
//     "Delivering" what the profile supported is inflated unless the
//     line says it helped; gold, champion or a win named before "win"
//     ("your BAFTA win") is checked against the award's outcome. Binding
//     also holds a figure right after a fact ("the Perry Barr
//     interchange 11 weeks early"), "to" after a verb that takes a thing
//     somewhere ("Taking the Palácio Verde Hotel in Porto to 81%
//     occupancy"), a verb in -ing after where they worked ("at Halsey
//     Byrne advising Atlas Rail"), an employer inside another entry's
//     fact ("all six Tisza hotels"), a possessive before initials
//     ("Ravenscar's PRS scheme"), and an entry's own words that do not
//     clear the bar (a programme they also list as a skill). A year
//     alone is a date, no reference, and "As a <post> at <employer>,"
//     with nothing else of theirs is a mail merge whichever position it
//     names. The recruiter's own words, a country code and the grammar
//     of a Japanese sentence credit them with nobody's post. A name the
//     profile gives only as whom a piece of work was for is no employer
//     ("your work at Network Rail" for "... rebuild for Network Rail" at
//     Kier), nor is that work for another client (clientAtProblems,
//     clientForProblems). A name of an institution or prize in English
//     for one the profile writes in another language is read through
//     words of the same root (cognates.go), and its words are facts of
//     that entry only. A change "from ... to ..." is of the thing named
//     before it ("moving the Aire Valley practice from plaster models to
//     scanning"); a capitalised name runs over its small words ("Musée
//     des Tissus") to the entry that holds all of it, and a title a
//     description gives ("Competent Person") binds as an employer does.
//     An award to their team is a reference when the line gives it to
//     their team ("your team being highly commended for ..."), or a win
//     the line gives to the team ("with the whitefly camera team"),
//     unless it says won (team_award.go). A year written beside a name is
//     the year the profile gives that name, near it or in its entry's
//     other fields ("your Ento '23 talk", "#WoundCare2024"): it dates the
//     thing named, and another single year the profile gives it at every
//     mention is refused (claims_more.go). "X, published by Y" (awarded,
//     issued ...) where Y is their employer and X's entry names another
//     is refused; a fact bound to a name bound to an employer ("the
//     refinery explosion MDL you managed at Epiq") is that employer's; a
//     win said of an award that gives a place below first in any language
//     ("— 2e place", "2. Platz") is refused, as is a champion or winner
//     named after it; an amount or share, a one-word name no dictionary
//     or mail-merge field has, and a name the aliases list gives another
//     name of are facts of the entries that give them, bound like any
//     other (claimCheck.anchors), and an employer's initials find its
//     entry though the headline has them too; a move's "from" part ends
//     before its "to" (moveEnd); a question with no question word, "you"
//     or "I" is a statement (elliptical); a reference that someone else's
//     part of the page tells too, with a word of substance the
//     candidate's own part has nowhere, is credited to that part
//     (borrowedDetail); a year between a name and a reference, or right
//     before a name, is that name's (nameYearOff), and an award's year is
//     looked for to the end of its clause; "your leadership of" claims a
//     lead and work done "for" a project is a part in it (workFor); an
//     exam named only by an employer is not on the profile; an event
//     word joined by a hyphen to the next word is no event; digits of
//     every script are numbers, "12月" after a year is a month, no unit
//     follows a comma, a glued "m" is metres where the profile gives
//     metres and a length in another unit is the same length. Work said
//     to be for a party of the same post is checked against whom that
//     post's clause says it was for (workForProblems); an employer
//     followed by a city the profile gives ("Ladurée Paris") is the
//     employer and a place; facts each in posts and in other lists that
//     no entry holds together are checked as posts; an award's reach
//     ("national" for a regional or chapter award) and a first place said
//     with any verb ("took first prize") are outcomes; a move in French,
//     Spanish, Portuguese or Italian ("pasar de A a B"), a post fronted
//     by "Alongside", and the words of one title ("your Mathematics in
//     School article") keep facts apart; a year in what a move went to,
//     or of another entry the line refers to that holds the same name,
//     is that entry's; a project and a position's fact of two words or
//     more said as one conflict as two positions' facts do (projectFact);
//     "X at B, which cut Y" binds Y to B (whichAfter); "your book on X"
//     is held to the entry X is in (otherKind); a year's total said as a
//     rate of a shorter time is refused (shortRateAt); "victory" is a win
//     and a semi-final or quarter-final falls short of one; a promotion
//     in other languages ("awansu") is an event of a post; a word of an
//     entry's own name before one of its nouns is no word swapped; a
//     currency code before an amount is no label ("USD 40m"); a year
//     between the article and an award won keeps the award the object of
//     the win; the later steps of a list of Roman numerals are numbers
//     ("Class IIb and III"); zeros that end a decimal are dropped from a
//     number's key ("2,0" is 2); "onze" in a Dutch line is "our"; a
//     reference cut at a move or at ", then" keeps each part with its own
//     entries (thenEnd); a wish with an aside before its "to" and wishes
//     in Indonesian, Turkish, Norwegian, Danish, Welsh, Hungarian and
//     Vietnamese are interests; leading a project by its name is held to
//     the part its description gives (namedPart), a part said as a noun
//     ("Participation à ...", "Mitarbeit") being a lesser one; "eleven
//     point four" is 11.4; the small words of a hyphened compound do not
//     end what a number counts; a closed compound's last part says the
//     same thing ("tunnels" for "polytunnels"); an award said with the
//     initials of its entry's issuer is at that employer; a figure a
//     verb takes right before a reference is held to that reference's
//     sentence (figureBefore); "yourself" is refused against a group's
//     work (teamIn), "in 2023 alone" saying only; the line's verb is not
//     theirs where the profile gives it to someone else ("curated by
//     Dr. ..."; agentProblems); a count the profile gives as a rank
//     reached ("our 500th ... install") is no other figure for it; an
//     exam or licence said passed is held to a qualification, or to a
//     sentence that tells of one (passSaid); "your book" on a piece whose
//     publication entry names a periodical or a chapter, and "your talk"
//     on one in a periodical or from a book's publisher with no
//     conference beside it, are refused (publishedIn); a reserve champion
//     and a place told by its verb ("finishing second") fall short of a
//     win; another language's word for a thousand, a million or a billion
//     after a figure scales it ("9 bin", "31 ألف"); a unit written out is
//     its symbol ("kilometres", "km"; "ha" only after a figure); an
//     ordinal written with its number is one ("twenty-fifth",
//     "five-thousandth"; joinOrdinals), and a milestone's ordinal of a
//     hundred or more is the count of its entry (milestoneOf); the
//     recruiter's praise in other
//     languages is common (lists/common-words.txt); an institution named
//     in a sentence with its kind closed into a lower-case compound
//     ("barnsjukhus") and the words institutions are named for
//     (concepts.go: "Rolniczy" for "Agriculture") translate a name;
//  5. stock: a stock phrase (lists/stock-phrases.txt) with no specific
//     reference outside it; a phrase that names an award of theirs
//     ("Rising Star - Energy") is the award's name, not praise;
//  6. reuse: not the same or nearly the same line (see ReuseIndex) as one
//     already sent to another candidate.
//
// The word lists are embedded; a team lead extends stock-phrases.txt,
// common-words.txt, abbreviations.txt and aliases.txt with files of the
// same names in the config folder (LoadLists). The WordNet table is
// generated, with WordNet's licence notice, and not extended; so are
// people.txt and people-first.txt (gen/wordnet -people [-first]), and
// foreign-common.txt, the everyday words of other languages, which weigh
// as the commonest English words do (gen/stopwords, from stopwords-iso).
//
// # What the validator deliberately does not catch
//
//   - Truth. It checks that the line refers to what the profile says, not that
//     the profile is right or that the praise is sincere. A line that quotes a
//     profile fact and then says something false about it in common words
//     ("your Phase III trial failed") passes, and so does an outcome inflated
//     in words it does not know (other than a rank, a multiple, a share or "to
//     zero"); a multiple or share within a tenth of the profile's figure
//     ("halving" for "cut by 46%") passes.
//   - Claims made only in ordinary words. A fabricated achievement written
//     without a name, acronym, figure, event or claim noun ("your work on car
//     safety", "then rolling it out across the whole NHS") is rejected only
//     when nothing else in the line is specific; next to a real reference it
//     passes.
//   - What a sum of money counts: "$210m of claims" for the profile's "$210m of
//     premium" passes (a sum goes by many names: a check refused genuine
//     paraphrases). A count with a noun for anyone passes when the profile's
//     noun is one it does not know ("1,100 staff" for "a caseload of 1,100"); a
//     count of things passes where the profile's noun has a sense that is no
//     person ("floors", "classes").
//   - A part inflated in other words than a verb of leading or winning against
//     one of supporting ("your Grenfell review" where they sat on its panel),
//     or in the same sentence as the profile's lead verb.
//   - The party of a deal when the profile's sentence names none, or the line
//     puts it in other words ("the sponsor's side").
//   - Meaning beyond WordNet's synonyms: a paraphrase with no word, form or
//     synonym in common is not a reference.
//   - Other languages beyond their names, figures and the profile's own words:
//     a line in French, Spanish, German, Chinese or Japanese is judged on
//     those; an institution named in English whose name does not start like the
//     profile's own-language name is called invented unless the aliases list
//     has it.
//   - Authorship on pasted text depends on the page reader's marks; text the
//     reader drops is not used (the people in a sidebar: a line crediting the
//     candidate with a sidebar person's headline is refused only as not on
//     their profile, and passes when its words are on the candidate's own part
//     too), and a page the reader cannot lay out (a profile saved as PDF) is
//     read poorly.
//   - A single earlier employer named alone ("a background at the Hellenic
//     Ministry of Finance") counts as a reference, and so do certifications:
//     the mail-merge fields do not include them, and the labelled sets
//     treat a qualification beside a degree as specific. (Refusing an earlier
//     employer alone was tried in the eleventh round: every set's second roles,
//     "a trustee of X alongside ...", are genuine, and six broke.)
//   - Names translated across scripts ("Nippon Express" for 日本通運) or in
//     kanji the IPA dictionary lacks, katakana whose sound the loan key
//     misses (names of two consonants, "Toyota" written in a line as トヨタ
//     against a profile in Latin letters), Hangul romanized in another system
//     than the Revised one ("Samsung" for 삼성), and institutions whose
//     English initials are not on the profile ("DCU" for Ollscoil Chathair
//     Bhaile Átha Cliath).
//   - A name of a school or faculty the profile writes in Chinese or Japanese
//     (学院, 学部) is not checked word for word: "Tsinghua's School of Pharmacy"
//     passes where the profile's is another university's, as "Kyoto University"
//     does for any 大学. Place names translated ("Convenção da Haia", "University
//     of the Basque Country" for "Universidad del País Vasco") and English
//     names of institutions whose words are no cognates ("University of Natural
//     Resources and Life Sciences" for "Universität für Bodenkultur Wien") are
//     called not on the profile, unless the aliases list them. An initialism
//     may skip the common capitalised words of its name ("GSTT" for "Guy's and
//     St Thomas' NHS Foundation Trust"); acronyms translated ("OIOM" for NICU)
//     are not read.
//   - An award's title and its issuer on two lines of a pasted page are one
//     reference only when the line names them side by side with no other word
//     (four words of the entry or more, "Who's Who Legal Construction Future
//     Leaders"); otherwise they are matched one line at a time, and a line that
//     splits them ("the Institute's South West Fundraiser of the Year" for
//     "Fundraiser of the Year, South West / Chartered Institute of
//     Fundraising") may be read as the issuer, a credential, alone.
//   - In a German line, a noun before a reference is not compared with the
//     profile's word there: "der Gondelbahn Monte Rosso" for "der Sesselbahn
//     Monte Rosso" passes, as every German noun has a capital.
//   - Common words of another language than English have no frequency: in a
//     line in Spanish or Polish, everyday words that a repost on the profile
//     shares ("es justo") may be read as credit for the repost.
//   - A win said after its object ("a Badminton Horse Trials winner") is not
//     checked as "winning Badminton Horse Trials" is.
//   - Tone, grammar, spelling and length beyond the limits; whether the
//     reference suits the role; whether the line is polite.
//   - Reuse for the same candidate, and reuse of short lines (under three
//     words' worth of sequences) except verbatim.
package personalize
