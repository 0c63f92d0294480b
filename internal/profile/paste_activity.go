package profile

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// activityVerbs are the lines that head an item of the Activity section,
// after the candidate's name: what they did, and so whose work it is. A
// reaction ("likes this") is someone else's post: the item is dropped.
var activityVerbs = []struct {
	phrase, kind string
}{
	{" reposted this", ActivityRepost},
	{" shared a post", ActivityRepost}, {" shared this", ActivityRepost},
	{" reposted", ActivityRepost},
	{" shared this", ActivityRepost},
	{" posted this", ActivityPost},
	{" published an article", ActivityArticle},
	{" wrote an article", ActivityArticle},
	{" published this", ActivityArticle},
	{" commented on this", ActivityComment},
	{" commented on a post", ActivityComment},
	{" commented on ", ActivityComment},
	// Without "this" or "on a post", ending the line: "Tomás Pereira
	// posted · 5d", "... commented · 1mo".
	{" posted", ActivityPost},
	{" commented", ActivityComment},
	{" replied to ", ActivityComment},
	{" likes this", ""}, {" liked this", ""}, {" loves this", ""}, {" celebrates this", ""},
	{" supports this", ""}, {" finds this insightful", ""}, {" finds this funny", ""},
	{" reacted to this", ""}, {" is curious about this", ""}, {" likes ", ""},
	// The same in other languages.
	{" ha compartido esto", ActivityRepost}, {" compartilhou isso", ActivityRepost}, {" compartilhou isto", ActivityRepost},
	{" partilhou isto", ActivityRepost}, {" partilhou isso", ActivityRepost}, {" republicou isto", ActivityRepost},
	{" publicou isto", ActivityPost}, {" comentou isto", ActivityComment}, {" gostou disto", ""}, {" a republié ceci", ActivityRepost},
	{" hat das geteilt", ActivityRepost}, {" hat dies geteilt", ActivityRepost}, {" hat dies direkt geteilt", ActivityRepost}, {" hat das direkt geteilt", ActivityRepost},
	{" hat dies repostet", ActivityRepost}, {" hat das repostet", ActivityRepost},
	{" ha diffuso questo post", ActivityRepost}, {" heeft dit gerepost", ActivityRepost},
	{" hat dies kommentiert", ActivityComment}, {" hat das kommentiert", ActivityComment}, {" hat dies gepostet", ActivityPost},
	{" ha comentado esto", ActivityComment}, {" a commenté ceci", ActivityComment}, {" comentou isso", ActivityComment},
	{"さんが再投稿しました", ActivityRepost}, {"转发了", ActivityRepost},
	{" ha publicado esto", ActivityPost}, {" publicou isso", ActivityPost}, {" a publié ceci", ActivityPost},
	{" hat das gepostet", ActivityPost}, {" ha pubblicato questo post", ActivityPost}, {" heeft dit geplaatst", ActivityPost},
	{"さんが投稿しました", ActivityPost}, {"发布了动态", ActivityPost},
	{" ha comentado una publicación", ActivityComment}, {" comentou uma publicação", ActivityComment},
	{" a commenté un post", ActivityComment}, {" hat einen beitrag kommentiert", ActivityComment},
	{" ha commentato un post", ActivityComment}, {" heeft gereageerd op een bericht", ActivityComment},
	{"さんがコメントしました", ActivityComment}, {"发表了评论", ActivityComment},
	{" ha recomendado esto", ""}, {" gostou disso", ""}, {" aime ça", ""}, {" gefällt das", ""}, {" consiglia questo post", ""},
	{" vindt dit leuk", ""}, {"さんがいいねしました", ""}, {"赞了", ""},
	// nb, da, sv, fi, tr, cs, ro, hu, ru, uk, el, id, ms, ko, vi, th, ar, he, hi, zh-TW.
	{" delte dette", ActivityRepost}, {" har delt dette", ActivityRepost}, {" delade detta", ActivityRepost}, {" har delat detta", ActivityRepost},
	{" jakoi tämän", ActivityRepost}, {" bunu yeniden yayınladı", ActivityRepost}, {" bunu paylaştı", ActivityRepost},
	{" to sdílel(a)", ActivityRepost}, {" to sdílel", ActivityRepost}, {" to sdílela", ActivityRepost}, {" a redistribuit asta", ActivityRepost},
	{" a distribuit asta", ActivityRepost}, {" újraposztolta ezt", ActivityRepost}, {" megosztotta ezt", ActivityRepost},
	{" сделал(а) репост", ActivityRepost}, {" сделал репост", ActivityRepost}, {" сделала репост", ActivityRepost},
	{" поширив(-ла) це", ActivityRepost}, {" поширив це", ActivityRepost}, {" поширила це", ActivityRepost},
	{" αναδημοσίευσε αυτό", ActivityRepost}, {" memposting ulang ini", ActivityRepost}, {" membagikan ini", ActivityRepost},
	{" menyiarkan semula ini", ActivityRepost}, {"님이 퍼감", ActivityRepost}, {"님이 퍼갔습니다", ActivityRepost}, {"님이 재게시했습니다", ActivityRepost},
	{" đã đăng lại", ActivityRepost}, {" đã chia sẻ", ActivityRepost}, {" โพสต์ซ้ำสิ่งนี้", ActivityRepost}, {" แชร์สิ่งนี้", ActivityRepost},
	{" أعاد نشر هذا", ActivityRepost}, {" أعادت نشر هذا", ActivityRepost}, {" شارك هذا", ActivityRepost}, {" شاركت هذا", ActivityRepost},
	{" פרסם מחדש את זה", ActivityRepost}, {" פרסמה מחדש את זה", ActivityRepost}, {" שיתף את זה", ActivityRepost}, {" שיתפה את זה", ActivityRepost},
	{" ने इसे रीपोस्ट किया", ActivityRepost}, {" ने इसे शेयर किया", ActivityRepost}, {"轉發了", ActivityRepost}, {"轉貼了", ActivityRepost},
	{" publiserte dette", ActivityPost}, {" slog dette op", ActivityPost}, {" publicerade detta", ActivityPost}, {" julkaisi tämän", ActivityPost},
	{" bunu yayınladı", ActivityPost}, {" to zveřejnil(a)", ActivityPost}, {" a publicat asta", ActivityPost}, {" közzétette ezt", ActivityPost},
	{" опубликовал(а) это", ActivityPost}, {" опублікував(-ла) це", ActivityPost}, {" δημοσίευσε αυτό", ActivityPost},
	{" memposting ini", ActivityPost}, {" menyiarkan ini", ActivityPost}, {"님이 게시했습니다", ActivityPost}, {" đã đăng", ActivityPost},
	{" โพสต์สิ่งนี้", ActivityPost}, {" نشر هذا", ActivityPost}, {" نشرت هذا", ActivityPost}, {" פרסם את זה", ActivityPost},
	{" פרסמה את זה", ActivityPost}, {" ने इसे पोस्ट किया", ActivityPost}, {"發佈了動態", ActivityPost},
	{" kommenterte dette", ActivityComment}, {" kommenterte et innlegg", ActivityComment}, {" kommenterede dette", ActivityComment},
	{" kommenterede et opslag", ActivityComment}, {" kommenterade detta", ActivityComment}, {" kommenterade ett inlägg", ActivityComment},
	{" kommentoi tätä", ActivityComment}, {" bunu yorumladı", ActivityComment}, {" bir gönderiye yorum yaptı", ActivityComment},
	{" to okomentoval(a)", ActivityComment}, {" to okomentoval", ActivityComment}, {" to okomentovala", ActivityComment},
	{" a comentat asta", ActivityComment}, {" a comentat o postare", ActivityComment}, {" hozzászólt ehhez", ActivityComment},
	{" прокомментировал(а) это", ActivityComment}, {" прокомментировал(а)", ActivityComment}, {" прокоментував(-ла) це", ActivityComment},
	{" σχολίασε αυτό", ActivityComment}, {" σχολίασε μια δημοσίευση", ActivityComment}, {" mengomentari ini", ActivityComment},
	{" mengulas ini", ActivityComment}, {"님이 댓글을 남겼습니다", ActivityComment}, {"님이 댓글을 달았습니다", ActivityComment},
	{" đã bình luận", ActivityComment}, {" แสดงความคิดเห็นเกี่ยวกับสิ่งนี้", ActivityComment}, {" علّق على هذا", ActivityComment},
	{" علق على هذا", ActivityComment}, {" علّقت على هذا", ActivityComment}, {" علقت على هذا", ActivityComment}, {" הגיב על זה", ActivityComment},
	{" הגיבה על זה", ActivityComment}, {" ने इस पर टिप्पणी की", ActivityComment}, {"發表了留言", ActivityComment}, {"留言了", ActivityComment},
	// pl, and more forms of fr, it, nl, pt.
	{" udostępnił(a) to", ActivityRepost}, {" udostępnił to", ActivityRepost}, {" udostępniła to", ActivityRepost},
	{" opublikował(a) to", ActivityPost}, {" opublikował to", ActivityPost}, {" opublikowała to", ActivityPost},
	{" skomentował(a) post", ActivityComment}, {" skomentował post", ActivityComment}, {" skomentowała post", ActivityComment},
	{" skomentował(a) to", ActivityComment}, {" skomentował to", ActivityComment}, {" skomentowała to", ActivityComment},
	{" lubi to", ""}, {" polubił(a) to", ""}, {" polubił to", ""}, {" polubiła to", ""},
	{" a partagé ceci", ActivityRepost}, {" ha condiviso questo post", ActivityRepost}, {" heeft dit gedeeld", ActivityRepost}, {" republicou isso", ActivityRepost},
	{" liker dette", ""}, {" synes godt om dette", ""}, {" gillar detta", ""}, {" tykkää tästä", ""}, {" bunu beğendi", ""}, {" se to líbí", ""},
	{" apreciază asta", ""}, {" kedveli ezt", ""}, {" menyukai ini", ""}, {"님이 추천했습니다", ""}, {"님이 좋아합니다", ""}, {" đã thích", ""},
	{" ถูกใจสิ่งนี้", ""}, {" أعجبه هذا", ""}, {" أعجبها هذا", ""}, {" אהב את זה", ""}, {" אהבה את זה", ""}, {" ने इसे पसंद किया", ""}, {"說讚", ""},
}

// activityTabs are the tabs of the Activity section.
var activityTabs = setOf("posts", "comments", "videos", "images", "articles", "newsletters", "documents",
	"events", "reactions", "all activity", "all", "reposts", "shares",
	"publicaciones", "comentarios", "publicações", "comentários", "posts", "commentaires", "beiträge", "kommentare",
	"post", "commenti", "berichten", "publications", "reacties", "投稿", "コメント", "动态", "评论",
	"posty", "komentarze", "republications", "udostępnienia", "innlegg", "kommentarer", "inlägg", "opslag", "julkaisut", "kommentit", "gönderiler", "yorumlar", "příspěvky", "komentáře",
	"postări", "comentarii", "bejegyzések", "hozzászólások", "публикации", "комментарии", "дописи", "коментарі", "δημοσιεύσεις",
	"σχόλια", "postingan", "komentar", "siaran", "komen", "게시물", "댓글", "bài đăng", "bình luận", "โพสต์", "ความคิดเห็น",
	"المنشورات", "التعليقات", "פוסטים", "תגובות", "पोस्ट", "टिप्पणियां", "貼文", "留言",
	// Images, videos, articles and documents.
	"imágenes", "vídeos", "artículos", "documentos", "imagens", "artigos", "vidéos", "bilder", "artikel", "dokumente",
	"immagini", "articoli", "documenti", "afbeeldingen", "video's", "artikelen", "documenten", "zdjęcia", "obrazy", "filmy",
	"artykuły", "dokumenty", "videor", "artiklar", "dokument", "画像", "動画", "記事", "图片", "视频", "文章")

// tabBar reports whether l, lower-cased, is the Activity section's tabs on
// one line: "posts  comments  images".
func tabBar(l string) bool {
	// The first word first, without splitting: most lines are no tabs.
	if i := strings.IndexAny(l, " \t·|"); i <= 0 || !activityTabs[l[:i]] {
		return false
	}
	parts := strings.FieldsFunc(l, func(r rune) bool { return r == '\t' || r == '·' || r == '|' })
	if len(parts) == 1 {
		parts = strings.Split(l, "  ")
	}
	if len(parts) == 1 {
		parts = strings.Fields(l) // "Posts Comments Images"
	}
	n := 0
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" {
			continue
		} else if !activityTabs[p] {
			return false
		}
		n++
	}
	return n >= 2
}

// featuredTypes are the labels of Featured items and the kind each is.
var featuredTypes = map[string]string{
	"post": ActivityPost, "article": ActivityArticle, "newsletter": ActivityArticle, "link": ActivityPost,
	"document": ActivityPost, "image": ActivityPost, "video": ActivityPost, "carousel": ActivityPost,
	// The same in the languages of Europe.
	"artykuł": ActivityArticle, "artículo": ActivityArticle, "artigo": ActivityArticle, "artikel": ActivityArticle, "articolo": ActivityArticle,
	"publicación": ActivityPost, "publicação": ActivityPost, "beitrag": ActivityPost, "bericht": ActivityPost, "wpis": ActivityPost,
	"enlace": ActivityPost, "lien": ActivityPost, "dokument": ActivityPost, "documento": ActivityPost,
}

// activityHead reads a line that heads an activity item: the kind and,
// for a comment on a named person's post, whose.
func activityHead(s string) (kind, of string, ok bool) {
	if len(s) > 160 {
		return "", "", false
	}
	s, _, _ = strings.Cut(s, "•")
	s, _, _ = strings.Cut(s, " · ") // "reposted this · 2w"
	s = strings.TrimSpace(s)
	// "Reposted by Tariq Haddad", "Shared by ...": the verb first.
	for _, p := range [...]string{"reposted by ", "shared by "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) && countFields(s[len(p):]) <= 6 && !strings.ContainsAny(s, ".!?") {
			return ActivityRepost, "", true
		}
	}
	for _, v := range activityVerbs {
		// Found in s itself: lower-casing may change byte offsets.
		i, n := indexFoldASCII(s, v.phrase), len(v.phrase)
		if i < 0 && v.phrase[0] == ' ' && hasPrefixFold(s, v.phrase[1:]) {
			// " heeft dit gerepost • 1 mnd" under "Willem de Graaf": the
			// head split over two lines, the name above it.
			i, n = 0, n-1
		} else if i <= 0 || countFields(s[:i]) > 6 {
			continue
		}
		rest := strings.TrimSpace(s[i+n:])
		if v.kind == ActivityComment && rest != "" {
			// "commented on James Holt's post"
			of = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(rest, "post"), "'s "), "’s "))
			of = strings.TrimSuffix(strings.TrimSuffix(of, "'s"), "’s")
			if of == "a" || of == "this" || countFields(of) > 6 {
				of = ""
			}
		} else if rest != "" && v.phrase[len(v.phrase)-1] != ' ' {
			continue // "reposted this" must end the line
		}
		return v.kind, of, true
	}
	if k, ok := activityHeadWords(s); ok {
		return k, "", true
	}
	return "", "", false
}

// activityHeadWords reads a head that activityVerbs does not list: a name
// of up to six capitalised words, then a verb of sharing, posting or
// commenting in a language of the interface, perhaps after its auxiliary
// ("hat", "ha", "a", "heeft", "har"), with no more than what it was about
// ("ten post", "diesen Beitrag", "esta publicación", "det här
// inlägget", "bu gönderiyi"; a comment also "le post de Sandrine
// Leclerc"). The same words with anything else after them are a post's
// own ("udostępnił nowe dane GUS").
func activityHeadWords(s string) (string, bool) {
	if strings.ContainsAny(s, ".!?:;,") {
		return "", false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 14 {
		return "", false
	}
	for i := 1; i < len(words) && i <= 6; i++ {
		w := strings.ToLower(strings.TrimSuffix(words[i], "(a)"))
		if headObjects[w] || headAuxiliaries[w] {
			continue // "Ayşe Kaya bu gönderiyi paylaştı": the object first
		}
		kind := ""
		for _, v := range headVerbs {
			if w == v.stem || len(v.stem) >= 6 && strings.HasPrefix(w, v.stem) {
				kind = v.kind
				break
			}
		}
		if kind == "" {
			r, _ := utf8.DecodeRuneInString(words[i])
			if !unicode.IsUpper(r) && !nameParticles[w] {
				return "", false // the name ends in a word that is no verb of a head
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
			return "", false
		}
		rest := words[i+1:]
		for j, r := range rest {
			if kind == ActivityComment && postOf[strings.ToLower(r)] && j+1 < len(rest) && len(rest)-j-1 <= 4 {
				break // "a commenté le post de Sandrine Leclerc"
			}
			if !headObjects[strings.ToLower(r)] {
				return "", false
			}
		}
		return kind, true
	}
	return "", false
}

// headVerbs are the starts of the verbs of an activity item's head, in
// the languages of LinkedIn's interface (the Polish and Czech ones with
// "(a)" taken off), with the kind of item each heads; one shorter than
// six letters is the whole verb ("delt", not "Delta").
var headVerbs = []struct{ stem, kind string }{
	{"reposted", ActivityRepost}, {"shared", ActivityRepost}, {"udostępnił", ActivityRepost}, {"geteilt", ActivityRepost},
	{"repostet", ActivityRepost}, {"gerepost", ActivityRepost}, {"gedeeld", ActivityRepost}, {"compartido", ActivityRepost},
	{"compartilhou", ActivityRepost}, {"partilhou", ActivityRepost}, {"republicou", ActivityRepost}, {"partagé", ActivityRepost},
	{"republié", ActivityRepost}, {"condiviso", ActivityRepost}, {"diffuso", ActivityRepost}, {"delade", ActivityRepost},
	{"delat", ActivityRepost}, {"delte", ActivityRepost}, {"delt", ActivityRepost}, {"paylaştı", ActivityRepost}, {"sdílel", ActivityRepost},
	{"megosztotta", ActivityRepost}, {"jakoi", ActivityRepost},
	{"posted", ActivityPost}, {"opublikował", ActivityPost}, {"gepostet", ActivityPost}, {"veröffentlicht", ActivityPost},
	{"geplaatst", ActivityPost}, {"gepubliceerd", ActivityPost}, {"publicado", ActivityPost}, {"publicou", ActivityPost},
	{"publié", ActivityPost}, {"pubblicato", ActivityPost}, {"publicerade", ActivityPost}, {"publicerat", ActivityPost},
	{"publiserte", ActivityPost}, {"yayınladı", ActivityPost}, {"zveřejnil", ActivityPost}, {"közzétette", ActivityPost},
	{"julkaisi", ActivityPost},
	{"commented", ActivityComment}, {"skomentował", ActivityComment}, {"kommentiert", ActivityComment},
	{"gereageerd", ActivityComment}, {"comentado", ActivityComment}, {"comentou", ActivityComment}, {"commenté", ActivityComment},
	{"commentato", ActivityComment}, {"kommenterade", ActivityComment}, {"kommenterat", ActivityComment}, {"kommenterte", ActivityComment},
	{"kommenterede", ActivityComment}, {"yorumladı", ActivityComment}, {"okomentoval", ActivityComment}, {"kommentoi", ActivityComment},
}

// headAuxiliaries come before the verb of a head: "hat", "ha", "a",
// "heeft", "har", "has".
var headAuxiliaries = setOf("has", "hat", "ha", "a", "heeft", "har", "hefur", "je", "on")

// headObjects are what a head's verb may have been about: "this", "ten
// post", "diesen Beitrag", "esta publicación", "det här inlägget".
var headObjects = setOf("this", "a", "post", "ten", "to", "wpis", "dies", "das", "diesen", "einen", "beitrag", "esto", "esta", "una",
	"publicación", "isto", "isso", "uma", "publicação", "ceci", "cette", "un", "le", "publication", "questo", "dit",
	"een", "bericht", "detta", "det", "här", "inlägget", "inlägg", "ett", "dette", "innlegget", "et", "innlegg", "opslag", "opslaget",
	"bu", "gönderiyi", "gönderi", "bir", "gönderiye", "ezt", "tämän", "příspěvek")

// postOf are the words between a comment head's object and whose post it
// was: "le post de Sandrine Leclerc", "den Beitrag von ...".
var postOf = setOf("de", "von", "di", "van")

// nameParticles may stand in lower case inside a name: "Jan de Vries".
var nameParticles = setOf("de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "das", "bin", "al", "ter", "ten")

// saysSomething reports whether s ends as a sentence does, with "!", "?"
// or, after four words or more, a full stop that ends no abbreviation: a
// post's text, not a headline.
func saysSomething(s string) bool {
	return strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") ||
		strings.HasSuffix(s, ".") && !endsWithAbbreviation(s) && countFields(s) >= 4
}

// authorLine reports whether the line after a repost or comment head is
// the original author: a short name (a person or a company), followed on
// the page by a connection degree or a follower count, or a name alone.
func authorLine(it item) bool {
	// "Maritime Denmark •": a bullet left where the degree was.
	it.s = strings.TrimRight(it.s, " •·")
	if countFields(it.s) > 8 || strings.HasSuffix(it.s, ".") && !endsWithAbbreviation(it.s) ||
		strings.HasSuffix(it.s, "!") || strings.HasSuffix(it.s, "?") {
		return false
	}
	return it.after&(markDegree|markCount) != 0 || looksLikeName(it.s) && countFields(it.s) <= 4
}

// activity reads the Activity section, or the Featured one, item by item,
// each marked with whose work it is. Spans cover only the candidate's own
// posts and articles.
func (ps *pageParser) activity(items []item, featured bool) {
	var cur *Activity
	var lines []item
	// used are the indices of the current item's lines, head included.
	var used []int
	// titled: the item's first line is its title (an article, a link).
	authorNext, headlineNext, titled := false, false, false
	// namedNext: the head named the post's author ("commented on Lotta
	// Ek's post"), whose name may come next over their headline.
	namedNext := false
	// ownHeadlineNext: the line after their own "Name • You" may be their
	// headline, dropped when it is.
	ownHeadlineNext := false
	flush := func() {
		switch {
		case cur != nil && cur.Kind == "reaction":
			// Someone else's post they reacted to: nothing of it is kept.
			for _, k := range used {
				items[k].drop = true
			}
		case cur != nil && (len(lines) > 0 || cur.Title != ""):
			ps.addActivity(*cur, lines, titled)
		}
		cur, lines, used, titled = nil, nil, nil, false
	}
	for i := range items {
		it := &items[i]
		if it.kind != kText && it.kind != kDateText {
			continue
		}
		l := strings.ToLower(it.s)
		if (activityTabs[l] || tabBar(l)) && !featured {
			it.drop = true
			continue
		}
		if it.after&markYou != 0 || it.after&markDegree != 0 && ps.isOwner(it.s) || ps.ownPostHead(it.s, !featured) ||
			!featured && ps.isOwner(it.s) && ps.ageNext(it.end) {
			// Their name alone over the post's age ("1mo •") heads their
			// own post too.
			// "Name • You" or "Name · 2nd" with their own name: an item
			// of theirs starts; their headline may follow.
			flush()
			cur = &Activity{Kind: ActivityPost, Featured: featured}
			it.drop = true
			authorNext, headlineNext, ownHeadlineNext = false, false, true
			continue
		}
		if ownHeadlineNext {
			ownHeadlineNext = false
			// Their headline, or the post and company the feed shows under
			// their name ("Head of X at Y") right above the post's age.
			if ps.onCard(it.s) || isShort(it.s) && !strings.HasSuffix(it.s, ".") && ps.ageNext(it.end) {
				it.drop = true
				continue
			}
		}
		if k, of, ok := activityHead(it.s); ok {
			flush()
			if k == "" {
				// A reaction: someone else's post follows.
				cur = &Activity{Kind: "reaction"}
			} else {
				cur = &Activity{Kind: k, Of: of, Featured: featured}
			}
			used = append(used, i)
			titled = k == ActivityArticle
			authorNext = (k == ActivityRepost || k == ActivityComment || k == "") && of == ""
			namedNext = of != ""
			headlineNext = false
			continue
		}
		if k, ok := featuredTypes[l]; ok && featured {
			flush()
			cur = &Activity{Kind: k, Featured: true}
			authorNext, headlineNext, titled = false, false, l != "post"
			continue
		}
		if cur == nil {
			// Text with no head: their own post, as LinkedIn shows one.
			cur = &Activity{Kind: ActivityPost, Featured: featured}
		}
		used = append(used, i)
		switch {
		case namedNext && strings.EqualFold(strings.TrimSpace(it.s), cur.Of):
			// "Lotta Ek · 2nd" under "... commented on Lotta Ek's post":
			// the author named again, their headline under them.
			it.drop = true
			namedNext = false
			headlineNext = it.after&markDegree != 0
			continue
		case authorNext && authorLine(*it):
			cur.Of = strings.TrimRight(it.s, " •·")
			authorNext = false
			headlineNext = it.after&markDegree != 0
			continue
		case authorNext && nameThenHeadline(it.s):
			// "Bongani Mthembu · Registered Manager at Sunnyfield Care":
			// the author and their headline on one line.
			name, _, _ := cutDot(it.s)
			cur.Of = strings.TrimSpace(name)
			it.drop = true
			authorNext = false
			continue
		case headlineNext && isShort(it.s) && !saysSomething(it.s):
			// The author's headline: about them, not this post (which a
			// line ending as a sentence is: "Primer taller en Girona,
			// ¡lleno!", under an author whose headline was not copied).
			it.drop = true
			headlineNext = false
			continue
		}
		authorNext, headlineNext, namedNext = false, false, false
		lines = append(lines, *it)
	}
	flush()
}

// onCard reports whether s is one of the profile card's first lines (its
// headline, say), or the start of one cut short with an ellipsis. The card
// is read after the sections, so this looks at its lines, not the fields.
func (ps *pageParser) onCard(s string) bool {
	s = strings.TrimRight(s, ".… ")
	if s == "" || len(ps.sections) == 0 || ps.sections[0].sec != secTop {
		return false
	}
	card := ps.sections[0].items
	for i := 0; i < len(card) && i < 8; i++ {
		if c := card[i].s; len(c) >= len(s) && strings.EqualFold(c[:len(s)], s) {
			return true
		}
	}
	return false
}

// isOwner reports whether s is the page owner's name as the card gives it:
// in the feed, "Name · 2nd" heads an item of theirs as "Name • You" does.
func (ps *pageParser) isOwner(s string) bool {
	for _, c := range ps.cardTop() {
		if c.kind != kText {
			continue
		}
		if strings.EqualFold(c.s, s) || ownNameForm(c.s, s) {
			return true
		}
	}
	return false
}

// ownNameForm reports whether s is the name top without what may come
// around it: "Maricel Dela Cruz" of "Maricel Dela Cruz, RN, MN" (its
// letters), "Yuki Matsumoto" of "Yuki Matsumoto (松本 優希)" (its other
// script), "Jürgen Weißbäcker" of "Dr.-Ing. Jürgen Weißbäcker" (a title).
func ownNameForm(top, s string) bool {
	bare, _, _ := strings.Cut(top, " (")
	return strings.EqualFold(cleanName(top), s) || strings.EqualFold(cleanName(bare), s)
}

// ownFirstName reports whether s is the page owner's first name alone
// ("Zoë: Bravo Camille"), as a reply under a post may sign.
func (ps *pageParser) ownFirstName(s string) bool {
	if s == "" || strings.ContainsRune(s, ' ') {
		return false
	}
	for _, c := range ps.cardTop() {
		if f := strings.Fields(c.s); c.kind == kText && len(f) > 0 && strings.EqualFold(f[0], s) {
			return true
		}
	}
	return false
}

// cardTop is the first three lines of the page's top section, where the
// owner's name is (callers read its text lines); none when the page has
// no such section.
func (ps *pageParser) cardTop() []item {
	if len(ps.sections) == 0 || ps.sections[0].sec != secTop {
		return nil
	}
	// From the name, as card finds it past menu text the reader does not
	// know ("LinkedIn", "Rechercher").
	items := ps.sections[0].items
	i := 0
	for i < len(items) && (items[i].kind != kText || uiText(items[i].s)) {
		i++
	}
	if i < len(items) {
		if j := nameAbovePronouns(items, i); j > i {
			i = j
		}
		if !looksLikeName(items[i].s) || !anchored(items, i) {
			if j := cardBelow(items, i); j > i {
				i = j
			}
		}
	}
	return items[i:min(i+3, len(items))]
}

// addActivity adds an item read from lines.
func (ps *pageParser) addActivity(a Activity, lines []item, titled bool) {
	if a.Kind == "reaction" {
		return
	}
	if a.Kind == ActivityComment {
		// "Jürgen Weißenböck: Degassing first! ...": their reply under
		// the post, their own words.
		var replies []string
		lines = slices.DeleteFunc(lines, func(it item) bool {
			name, text, ok := strings.Cut(it.s, ": ")
			if !ok || !ps.isOwner(strings.TrimSpace(name)) && !ps.ownFirstName(strings.TrimSpace(name)) {
				return false
			}
			replies = append(replies, strings.TrimSpace(text))
			return true
		})
		a.Reply = strings.Join(replies, "\n")
	}
	i := len(ps.p.Activity)
	own := a.Own()
	if len(lines) > 1 && titled && isShort(lines[0].s) {
		a.Title = lines[0].s
		if own {
			ps.span(fieldPath("activity", i, ".title"), lines[0])
		}
		lines = lines[1:]
	}
	parts := make([]string, 0, len(lines))
	for _, it := range lines {
		parts = append(parts, it.s)
		if own {
			ps.span(fieldPath("activity", i, ".text"), it)
		}
	}
	a.Text = strings.Join(parts, "\n")
	ps.p.Activity = append(ps.p.Activity, a)
}

// reRelation is the line under a recommender's name: the date and how they
// knew each other, "October 12, 2022, James managed Priya directly".
var reRelation = regexp.MustCompile(`^(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}]*\.? \d{1,2}, (?:19|20)\d\d,? (.+)$`)

// reRelationMonth is that line dated by month and year only ("January
// 2024, Lena managed Ravi directly"), and reRelationPhrase the ways
// LinkedIn says how two people knew each other, the recommender first:
// with no full date, a line is a relation line only when it says one.
var (
	reRelationMonth  = regexp.MustCompile(`^(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}]*\.? (?:19|20)\d\d,? (.+)$`)
	reRelationPhrase = regexp.MustCompile(`(?i)^[^,.;:!?]{1,40}? (?:managed [^,.;:!?]{1,40}? directly|reported directly to [^,.;:!?]{1,40}|reported to [^,.;:!?]{1,40}|was senior to [^,.;:!?]{1,40}? but didn['’]t manage [^,.;:!?]{1,40}? directly|worked with [^,.;:!?]{1,40}? (?:on the same team|but on different teams|but at different companies|at different companies|at [^,.;:!?]{1,60})|was [^,.;:!?]{1,40}?['’]s (?:client|teacher|mentor|student)|mentored [^,.;:!?]{1,40}|studied together|studied with [^,.;:!?]{1,40})$`)
)

// cutAuthorTag splits "Name • 2nd" or "Name · You" into the name and the
// mark the tag stands for (0 when the line is no such author line).
func cutAuthorTag(s string) (string, mark) {
	i := lastDotOrBullet(s)
	if i <= 0 {
		return s, 0
	}
	head := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	_, w := utf8.DecodeRuneInString(s[i:])
	tail := strings.TrimSpace(s[i+w:])
	if head == "" || countFields(head) > 8 || strings.ContainsAny(head, "•·") {
		return s, 0
	}
	switch {
	case len(tail) <= 9 && inLower(youTags, tail):
		return head, markYou
	case hasDigit(tail) && isDegree(tail):
		return head, markDegree
	case hasDigit(tail) && len(tail) <= 12:
		if en, ui := localized(tail); ui && isDegree(en) {
			return head, markDegree // "Sabine Krohn • 3.+"
		}
	}
	return s, 0
}

// lastDotOrBullet is strings.LastIndexAny(s, "•·") on valid UTF-8, found
// by their bytes (C2 B7, E2 80 A2) without decoding every rune backwards.
func lastDotOrBullet(s string) int {
	for i := len(s) - 1; i > 0; i-- {
		switch s[i] {
		case 0xB7:
			if s[i-1] == 0xC2 {
				return i - 1
			}
		case 0xA2:
			if i >= 2 && s[i-1] == 0x80 && s[i-2] == 0xE2 {
				return i - 2
			}
		}
	}
	return -1
}

// nameThenHeadline reports whether s is a person's name, a middle dot and
// their headline: "Bongani Mthembu · Registered Manager at Sunnyfield
// Care", "Heatherlea Care · 11,240 followers".
func nameThenHeadline(s string) bool {
	name, rest, ok := cutDot(s)
	return ok && rest != "" && countFields(name) <= 4 && looksLikeName(strings.TrimSpace(name)) && countFields(s) <= 16 &&
		!strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?")
}

// reAge matches how long ago something was posted: "2w", "3mo", "1yr",
// "5d", "4h", "Edited".
var reAge = regexp.MustCompile(`^(\d{1,2}(mo|yr|y|w|d|h|m)|edited)( •.*)?$`)

// cutDot cuts s around its first middle dot or bullet between spaces,
// which the feed puts between a name and a headline or a post's age
// ("Name · 2w", "Name • 4mo").
func cutDot(s string) (before, after string, found bool) {
	i, j := strings.Index(s, " · "), strings.Index(s, " • ")
	if i < 0 || j >= 0 && j < i {
		i = j
	}
	if i < 0 {
		return s, "", false
	}
	_, size := utf8.DecodeRuneInString(s[i+1:])
	return s[:i], s[i+1+size+1:], true
}

// ownPostHead reports whether s heads a post of theirs: their name, a
// middle dot and how long ago ("Maricel Pangilinan · 2w").
func (ps *pageParser) ownPostHead(s string, feed bool) bool {
	name, rest, ok := cutDot(s)
	if !ok || !ps.isOwner(strings.TrimSpace(name)) {
		return false
	}
	// "Name · 2w", or in the Activity feed "Name · Senior Clinical Research
	// Associate": their headline after their name heads their post as
	// their age does. (In Featured, the line names the author of the item
	// above it.)
	return reAge.MatchString(strings.ToLower(strings.TrimSpace(rest))) ||
		feed && countFields(rest) <= 16 && !strings.HasSuffix(strings.TrimSpace(rest), ".")
}

// ageNext reports whether the page's line after byte end is a post's age
// ("1mo •", "2w"): under a name, it heads a post of that person's.
//
// Their headline (or its start) may come between: "Name", "Head of Live
// Events at Northlight Events", "2mo •".
func (ps *pageParser) ageNext(end int) bool {
	rest := ps.text[end:]
	for k := 0; k < 2; k++ {
		rest = strings.TrimLeft(rest, "\r\n")
		raw, after, _ := strings.Cut(rest, "\n")
		raw = strings.TrimSpace(raw)
		line := strings.TrimSpace(strings.Trim(raw, "•·"))
		// German writes the age in words, told from a duration by its
		// bullet: "5 Tage •".
		if line != "" && (reAge.MatchString(strings.ToLower(line)) || reForeignAgo.MatchString(line) || reForeignAgo.MatchString(raw) ||
			reForeignAgo.MatchString(strings.TrimLeft(raw, "•· "))) { // "• 2 tyg. •
			return true
		}
		if _, _, head := activityHead(line); k > 0 || !ps.onCard(line) && (!isShort(line) || saysSomething(line) || head) {
			return false // their headline, perhaps shortened ("Head of X at Y" for "Head of X (A / B) at Y")
		}
		rest = after
	}
	return false
}
