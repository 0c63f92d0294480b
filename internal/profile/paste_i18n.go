package profile

import (
	"regexp"
	"strings"
)

// LinkedIn's interface in other languages. A recruiter in Madrid, São
// Paulo or Osaka pastes a page whose menus, buttons, headings and dates are
// in their own language. The reader knows them through one table: each
// string of the interface, in lower case, with the English string it
// stands for. A line (or a part of a line between "·") that is one of them
// is read as its English string; its text and span stay as pasted. Dates
// are read word by word ("ene. de 2021 - actualidad" is "Jan 2021 -
// Present"), and the Chinese and Japanese forms ("2021年1月 - 現在") by
// pattern.

// uiStrings maps an interface string, in lower case, to its English form
// as the reader's other tables have it. Languages: es, pt, fr, de, it, nl,
// ja, zh.
var uiStrings = map[string]string{}

// uiTable lists, for each English string, what LinkedIn shows for it in
// other languages.
var uiTable = map[string][]string{
	// Menus.
	"skip to main content": {"przejdź do treści głównej", "przejdź do głównej treści", "ir al contenido principal", "pular para conteúdo principal", "pular para o conteúdo principal",
		"passer au contenu principal", "direkt zum hauptinhalt", "zum hauptinhalt springen", "vai al contenuto principale",
		"naar hoofdcontent gaan", "naar de hoofdinhoud", "メインコンテンツにスキップ", "跳到主要内容", "跳至主要内容"},
	"home":          {"strona główna", "inicio", "início", "accueil", "startseite", "startpagina", "ホーム", "首页"},
	"my network":    {"moja sieć", "mi red", "minha rede", "réseau", "mein netzwerk", "rete", "mijn netwerk", "ネットワーク", "人脉", "我的人脉"},
	"jobs":          {"praca", "oferty pracy", "empleos", "vagas", "emplois", "lavoro", "vacatures", "求人", "职位"},
	"messaging":     {"wiadomości", "mensajes", "mensagens", "messagerie", "nachrichten", "messaggistica", "berichten", "メッセージ一覧", "消息"},
	"notifications": {"powiadomienia", "notificaciones", "notificações", "mitteilungen", "notifiche", "meldingen", "お知らせ", "通知"},
	"me":            {"yo", "eu", "vous", "sie", "tu", "ik", "自分", "我"},
	"for business":  {"dla firm", "para negocios", "para empresas", "para negócios", "pour les entreprises", "für unternehmen", "per le aziende", "voor bedrijven", "法人向けサービス", "商务服务", "企业服务"},
	"search":        {"buscar", "pesquisar", "recherche", "suche", "cerca", "zoeken", "検索", "搜索"},
	"open app":      {"abrir la aplicación", "abrir app", "abrir o app", "ouvrir l’appli", "ouvrir l'appli", "app öffnen", "apri l’app", "apri l'app", "app openen", "アプリを開く", "打开应用"},
	"sign in":       {"iniciar sesión", "entrar", "s’identifier", "s'identifier", "einloggen", "accedi", "inloggen", "サインイン", "登录"},
	"join now":      {"únete ahora", "cadastre-se agora", "s’inscrire", "s'inscrire", "mitglied werden", "iscriviti ora", "nu lid worden", "今すぐ登録", "加入"},
	// Buttons and labels.
	"contact info": {"informacje kontaktowe", "dane kontaktowe", "información de contacto", "informações de contato", "coordonnées", "kontaktinfo", "kontaktinformationen",
		"informazioni di contatto", "contactgegevens", "連絡先情報", "联系方式"},
	"message":  {"wiadomość", "wyślij wiadomość", "mensaje", "enviar mensaje", "mensagem", "enviar mensagem", "envoyer un message", "nachricht", "messaggio", "bericht", "メッセージ", "发消息", "发送消息"},
	"more":     {"więcej", "más", "mais", "plus", "mehr", "altro", "meer", "その他", "更多"},
	"connect":  {"nawiąż kontakt", "połącz", "conectar", "se connecter", "vernetzen", "collegati", "connectie maken", "つながりを申請", "加为好友", "建立联系"},
	"follow":   {"obserwuj", "seguir", "suivre", "folgen", "segui", "volgen", "フォロー", "关注"},
	"show all": {"pokaż wszystko", "wyświetl wszystko", "mostrar todo", "mostrar todos", "mostrar tudo", "exibir tudo", "tout afficher", "alle anzeigen", "mostra tutto", "alles weergeven", "すべて表示", "显示全部"},
	"see more": {"zobacz więcej", "pokaż więcej", "ver más", "ver mais", "voir plus", "mehr anzeigen", "mostra altro", "meer weergeven", "もっと見る", "展开", "查看更多"},
	"like":     {"recomendar", "gostei", "j’aime", "j'aime", "gefällt mir", "consiglia", "vind ik leuk", "いいね！", "赞"},
	"comment":  {"comentar", "commenter", "kommentieren", "commenta", "reageren", "コメント", "评论"},
	"repost":   {"compartir", "republicar", "partager", "teilen", "diffondi", "reposten", "再投稿", "转发"},
	"send":     {"enviar", "envoyer", "senden", "invia", "verzenden", "送信", "发送"},
	// Headings.
	"about":                     {"informacje", "acerca de", "sobre", "infos", "info", "informazioni", "概要", "简介", "关于"},
	"featured":                  {"destacado", "destaques", "sélection", "im fokus", "in primo piano", "aanbevolen", "注目", "精选"},
	"activity":                  {"aktywność", "actividad", "atividade", "activité", "aktivitäten", "attività", "activiteit", "アクティビティ", "动态"},
	"experience":                {"doświadczenie", "experiencia", "experiência", "expérience", "berufserfahrung", "esperienza", "ervaring", "職歴", "経験", "工作经历"},
	"education":                 {"wykształcenie", "educación", "formación", "formação acadêmica", "formação", "formation", "ausbildung", "formazione", "opleiding", "学歴", "教育经历"},
	"licenses & certifications": {"licencje i certyfikaty", "licencias y certificaciones", "licenças e certificados", "licences et certifications", "bescheinigungen und zertifikate", "lizenzen und zertifikate", "licenze e certificazioni", "licenties en certificaten", "ライセンス・認定資格", "資格・認定", "执照和认证", "资格认证"},
	"skills":                    {"umiejętności", "aptitudes", "competências", "compétences", "kenntnisse", "competenze", "vaardigheden", "スキル", "技能"},
	"projects":                  {"projekty", "proyectos", "projetos", "projets", "projekte", "progetti", "projecten", "プロジェクト", "项目", "项目经历"},
	"publications":              {"publikacje", "publicaciones", "publicações", "veröffentlichungen", "pubblicazioni", "publicaties", "出版物", "出版作品"},
	"honors & awards":           {"wyróżnienia i nagrody", "reconocimientos y premios", "premios y reconocimientos", "reconhecimentos e prêmios", "prêmios e reconhecimentos", "distinctions et prix", "prix et distinctions", "distinctions", "auszeichnungen", "auszeichnungen und preise", "riconoscimenti e premi", "onderscheidingen en prijzen", "受賞歴", "荣誉奖项"},
	"volunteering":              {"wolontariat", "voluntariado", "experiencia de voluntariado", "trabalho voluntário", "bénévolat", "ehrenamt", "ehrenamtliche tätigkeiten", "volontariato", "vrijwilligerswerk", "ボランティア活動", "志愿者经历"},
	"languages":                 {"języki", "idiomas", "langues", "sprachen", "lingue", "talen", "言語", "语言能力", "语言"},
	"interests":                 {"zainteresowania", "intereses", "interesses", "centres d’intérêt", "centres d'intérêt", "interessen", "interessi", "interesses ", "興味・関心", "兴趣"},
	"recommendations":           {"rekomendacje", "recomendaciones", "recomendações", "recommandations", "empfehlungen", "referenze", "aanbevelingen", "推薦", "推荐信"},
	"top skills":                {"aptitudes principales", "principais competências", "compétences principales", "top-kenntnisse", "competenze principali", "belangrijkste vaardigheden", "トップスキル", "核心技能"},
	"courses":                   {"cursos", "cours", "kurse", "corsi", "cursussen", "コース", "课程"},
	"patents":                   {"patentes", "brevets", "patente", "brevetti", "octrooien", "特許", "专利"},
	"organizations":             {"organizaciones", "organizações", "organisations", "organisationen", "organizzazioni", "organisaties", "団体", "组织"},
	// Sidebars.
	"people also viewed": {"la gente también vio", "otras personas también vieron", "las personas también vieron", "outras pessoas também viram",
		"pessoas também visualizaram", "autres profils consultés", "les membres ont également consulté", "andere sahen sich auch an",
		"andere personen haben sich auch angesehen", "altri profili consultati", "altre persone hanno visualizzato anche", "anderen bekeken ook",
		"他のユーザーが閲覧したプロフィール", "他の人はこちらも閲覧しています", "其他会员还浏览了", "浏览者还看过"},
	"people you may know": {"personas que quizá conozcas", "pessoas que talvez você conheça", "vous connaissez peut-être",
		"personen, die sie kennen könnten", "persone che potresti conoscere", "mensen die u misschien kent", "知り合いかも", "您可能认识的会员", "可能认识的人"},
	"more profiles for you": {"más perfiles para ti", "mais perfis para você", "plus de profils pour vous", "weitere profile für sie",
		"altri profili per te", "meer profielen voor u", "おすすめのプロフィール", "为您推荐更多档案"},
	"you might like": {"puede que te guste", "você pode gostar", "vous aimerez peut-être", "das könnte sie interessieren",
		"potrebbe piacerti", "misschien interessant voor u", "おすすめ", "您可能喜欢"},
	"profile language":     {"idioma del perfil", "idioma do perfil", "langue du profil", "profilsprache", "lingua del profilo", "profieltaal", "プロフィールの言語", "档案语言"},
	"public profile & url": {"perfil público y url", "perfil público e url", "profil public et url", "öffentliches profil & url", "profilo pubblico e url", "openbaar profiel en url", "公開プロフィールとurl", "公开档案和网址"},
	// Employment types and workplaces.
	"full-time":     {"pełny etat", "pełen etat", "pełny wymiar godzin", "jornada completa", "tiempo completo", "tempo integral", "temps plein", "vollzeit", "a tempo pieno", "fulltime", "正社員", "フルタイム", "全职"},
	"part-time":     {"niepełny etat", "część etatu", "jornada parcial", "medio tiempo", "meio período", "temps partiel", "teilzeit", "parttime", "パートタイム", "兼职"},
	"self-employed": {"samozatrudnienie", "działalność gospodarcza", "autónomo", "autônomo", "indépendant", "indépendante", "travailleur autonome", "travailleuse autonome", "selbstständig", "lavoro autonomo", "zelfstandige", "自営業", "自雇"},
	"freelance":     {"freelancer", "freiberuflich", "フリーランス", "自由职业"},
	"internship":    {"staż", "praktyki", "prácticas", "estágio", "stage", "praktikum", "tirocinio", "インターンシップ", "实习"},
	"permanent":     {"cdi", "unbefristet", "a tempo indeterminato"},
	"contract":      {"umowa o dzieło", "umowa zlecenie", "kontrakt", "contrato temporal", "contrato", "cdd", "befristet", "contratto a tempo determinato", "契約社員", "合同工"},
	"remote":        {"zdalnie", "praca zdalna", "en remoto", "remoto", "à distance", "da remoto", "op afstand", "リモート", "远程"},
	"hybrid":        {"hybrydowo", "praca hybrydowa", "híbrido", "hybride", "ibrido", "ハイブリッド", "混合办公"},
	"on-site":       {"stacjonarnie", "w biurze", "presencial", "sur site", "vor ort", "in sede", "op locatie", "出社", "现场办公"},
	// Connection degrees.
	"2nd":  {"2º", "2.º", "2°", "2e", "2.", "2次", "2度", "2 度", "二度"},
	"3rd+": {"3º+", "3.º+", "3er+", "3°+", "3e+", "3e et +", "3e et plus", "3.+", "3次以上", "3次", "3度+", "3 度+", "3 度", "三度+"},
	"1st":  {"1º", "1.º", "1er", "1°", "1.", "1次", "1度", "1 度", "一度"},
	// Language proficiency.
	"native or bilingual proficiency": {"competencia bilingüe o nativa", "fluente ou nativo", "bilingue ou langue natale",
		"muttersprache oder zweisprachig", "madrelingua o bilingue", "moedertaal of tweetalig", "ネイティブ・バイリンガル", "母语或双语"},
	"full professional proficiency": {"competencia profesional completa", "proficiência profissional completa",
		"capacité professionnelle complète", "verhandlungssicher", "fließend", "conoscenza professionale completa",
		"volledige professionele vaardigheid", "ビジネス上級（全般）", "ビジネス上級", "全面职业能力"},
	"professional working proficiency": {"competencia profesional", "proficiência profissional", "compétence professionnelle",
		"gute kenntnisse", "conoscenza professionale", "professionele werkvaardigheid", "ビジネス中級", "专业工作能力"},
	"limited working proficiency": {"competencia básica profesional", "proficiência profissional limitada",
		"compétence professionnelle limitée", "conoscenza professionale limitata", "beperkte werkvaardigheid", "ビジネス初級", "有限工作能力"},
	"elementary proficiency": {"competencia básica", "nível básico", "notions", "grundkenntnisse", "conoscenza elementare",
		"elementaire vaardigheid", "初級", "初级"},
	// Dates.
	"less than a year": {"menos de un año", "menos de um ano", "moins d’un an", "moins d'un an", "weniger als ein jahr", "meno di un anno", "minder dan een jaar", "1年未満", "不到 1 年", "不到1年"},
}

// dateWords are the words of a date or a duration in other languages,
// in lower case without a final dot, and their English form; "" drops
// the word ("ene. de 2021").
var dateWords = map[string]string{
	"de": "", "del": "", "jan": "Jan", "feb": "Feb", "apr": "Apr", "dec": "Dec", "sep": "Sep", "may": "May",
	"発行日:": "Issued", "発行日：": "Issued", "颁发日期:": "Issued", "颁发日期：": "Issued", "发证日期：": "Issued",
	"present": "Present",
	// Months: es, pt, fr, de, it, nl.
	"ene": "Jan", "enero": "Jan", "janv": "Jan", "janvier": "Jan", "januar": "Jan", "jän": "Jan", "gen": "Jan", "gennaio": "Jan", "januari": "Jan",
	"febr": "Feb", "fév": "Feb", "févr": "Feb", "février": "Feb", "fev": "Feb", "fevereiro": "Feb", "febrero": "Feb", "februar": "Feb", "febbraio": "Feb", "februari": "Feb",
	"mar": "Mar", "marzo": "Mar", "março": "Mar", "mars": "Mar", "märz": "Mar", "mrt": "Mar", "maart": "Mar",
	"abr": "Apr", "abril": "Apr", "avr": "Apr", "avril": "Apr", "aprile": "Apr",
	"mayo": "May", "mai": "May", "maio": "May", "mag": "May", "maggio": "May", "mei": "May",
	"jun": "Jun", "junio": "Jun", "junho": "Jun", "juin": "Jun", "juni": "Jun", "giu": "Jun", "giugno": "Jun",
	"jul": "Jul", "julio": "Jul", "julho": "Jul", "juil": "Jul", "juillet": "Jul", "juli": "Jul", "lug": "Jul", "luglio": "Jul",
	"ago": "Aug", "agosto": "Aug", "août": "Aug", "aug": "Aug", "augustus": "Aug",
	"sept": "Sep", "set": "Sep", "setembro": "Sep", "septiembre": "Sep", "septembre": "Sep", "september": "Sep", "settembre": "Sep",
	"oct": "Oct", "octubre": "Oct", "out": "Oct", "outubro": "Oct", "octobre": "Oct", "okt": "Oct", "oktober": "Oct", "ott": "Oct", "ottobre": "Oct",
	"nov": "Nov", "noviembre": "Nov", "novembro": "Nov", "novembre": "Nov", "november": "Nov",
	"dic": "Dec", "diciembre": "Dec", "dez": "Dec", "dezembro": "Dec", "déc": "Dec", "décembre": "Dec", "dezember": "Dec", "dicembre": "Dec", "december": "Dec",
	// Polish short months.
	"sty": "Jan", "lut": "Feb", "kwi": "Apr", "maj": "May", "cze": "Jun", "lip": "Jul", "sie": "Aug", "wrz": "Sep",
	"paź": "Oct", "paz": "Oct", "lis": "Nov", "gru": "Dec",
	// "Present".
	"obecnie": "Present", "actualidad": "Present", "actualmente": "Present", "presente": "Present", "atual": "Present", "aujourd’hui": "Present",
	"aujourd'hui": "Present", "heute": "Present", "heden": "Present", "momento": "Present",
	// Durations.
	"año": "yr", "años": "yrs", "ano": "yr", "anos": "yrs", "an": "yr", "ans": "yrs", "jahr": "yr", "jahre": "yrs", "anno": "yr",
	"anni": "yrs", "jaar": "yrs", "mes": "mo", "meses": "mos", "mois": "mos", "monat": "mo", "monate": "mos", "mese": "mo",
	"mesi": "mos", "maand": "mo", "maanden": "mos",
	// LinkedIn's German, Dutch and Polish pages: "7 J. 3 Mon.", "3 jr 2
	// mnd", "1 rok 3 mies.".
	"j": "yrs", "mon": "mos", "jr": "yrs", "mnd": "mos", "rok": "yr", "lata": "yrs", "lat": "yrs", "mies": "mos",
	// "Issued", "Expires".
	"expedición:": "Issued", "expedición": "Issued", "emitido": "Issued", "emissão:": "Issued", "délivrée": "Issued",
	"délivré": "Issued", "ausgestellt:": "Issued", "ausgestellt": "Issued", "rilasciato": "Issued", "uitgegeven:": "Issued", "uitgegeven": "Issued",
}

// dateGlue are words dropped after "Issued" or before "Present": "Délivré
// en", "Emitido em", "o momento", "até o momento".
var dateGlue = setOf("en", "em", "il", "a", "o", "até", "da", "op", "im")

var (
	// reCJKMonth is a month in Chinese or Japanese: "2021年1月".
	reCJKMonth = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月`)
	// reCJKDuration is a duration: "3年 2ヶ月", "3 年 2 个月", "2ヶ月".
	reCJKDuration = regexp.MustCompile(`(\d+)\s*年|(\d+)\s*(ヶ月|か月|カ月|个月|個月)`)
	// reCJKYear is a year alone: "2014年".
	reCJKYear = regexp.MustCompile(`((?:19|20)\d\d)\s*年`)
	// reForeignCount is a count of connections or followers: "500+
	// contactos", "Más de 500 contactos", "つながり500件以上", "500+ 位好友".
	reForeignCount = regexp.MustCompile(`(?i)^(?:más de |mais de |plus de |mehr als |oltre |meer dan |ponad )?\d[\d.,\x{a0}\x{202f} ]*\+?\s*(?:位\s*)?` +
		`(?:contactos|conexiones|seguidores|conexões|contatos|relations|abonnés|kontakte|kontaktów|kontakty|obserwujących|follower|collegamenti|connecties|volgers|好友|关注者|联系人|人脉)$|` +
		`^(?:つながり|フォロワー)\s*[\d.,]+\s*(?:件|人)(?:以上)?$`)
)

// reForeignAgo is the age of a post: "1 sem.", "2 mes •", "3 Wo.", "1週間",
// "2 周".
var reForeignAgo = regexp.MustCompile(`(?i)^\d{1,2}\s?(sem|mes|meses|mois|an|ans|sett|mesi|sem\.|j|jr|wo|mon|mnd|g|d|h|週間|か月|ヶ月|日|時間|周|个月|天|小时)\.?\s*(?:[•·]\s*(?:editado|modifié|bearbeitet|modificato|bewerkt|編集済み|已编辑)?\s*)?$`)

// reForeignShowAll is a "Show all 12 skills" link: "Mostrar las 12
// aptitudes", "Alle 12 Kenntnisse anzeigen", "12件のスキルをすべて表示".
var reForeignShowAll = regexp.MustCompile(`(?i)^(mostrar|exibir|ver|afficher|voir|mostra|toon|alle)\s.*\d|^\d+\s*(件|項目).*(すべて|全て)表示|^(显示全部|查看全部)|` +
	`^(mostrar|exibir|ver|afficher|voir|mostra|toon) (todas|todos|tous|toutes|tutti|tutte|alle)\b|^alle \S+ (anzeigen|weergeven)$|^すべての.+を表示$`)

// reForeignCountWord is a count of reactions or comments: "4 comentarios".
var reForeignCountWord = regexp.MustCompile(`(?i)^[\d.,]+\s*(comentarios?|reacciones|comentários?|reações|commentaires?|réactions|kommentare?|reaktionen|commenti|reazioni|reacties|opmerkingen|件のコメント|件|条评论|人)$`)

// foreignNavPrefixes start menu lines in other languages: "Prueba Premium
// por 0 EUR".
var foreignNavPrefixes = []string{"prueba premium", "experimenta premium", "teste o premium", "experimente o premium",
	"essayez premium", "essai premium", "essai gratuit de premium", "premium 0 €", "premium testen", "premium 1 monat", "premium für 0", "premium gratis", "premium kostenlos", "prova premium", "probeer premium", "premiumを無料", "免费试用 premium",
	"únete para ", "cadastre-se para ", "inscrivez-vous pour ", "jetzt anmelden", "iscriviti per ", "word lid om "}

var monthEN = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// maxUIString is the length of the longest interface string.
var maxUIString int

func init() {
	for en, others := range uiTable {
		for _, o := range others {
			uiStrings[o] = en
		}
	}
	for _, w := range []string{"ahora", "hoy", "jetzt", "oggi", "nu", "現在", "至今", "今"} {
		dateWords[w] = "Present"
	}
	maxUIString = longest(uiStrings)
	navPrefixes = append(navPrefixes, foreignNavPrefixes...)
}

// uiLine is the English form of a whole line that is a string of the
// interface in another language ("Experiencia", "Mi red"), or "".
func uiLine(s string) string {
	if len(s) > maxUIString {
		return ""
	}
	return inLower(uiStrings, s)
}

// localized is the English form of s when s is a string of LinkedIn's
// interface in another language, a date or duration in one, a count of
// connections or the age of a post; it is "" otherwise. ui says the
// string is furniture, read as its English form; a date is kept as
// pasted. It runs on every short part of every line, so English lines
// and plain text leave it before any pattern is tried.
func localized(s string) (en string, ui bool) {
	if s == "" || len(s) > 80 {
		return "", false
	}
	if len(s) <= maxUIString {
		if en := inLower(uiStrings, s); en != "" {
			return en, true
		}
	}
	ascii := isASCII(s)
	if mayBeShowAll(s, ascii) && reForeignShowAll.MatchString(s) {
		return "show all", true
	}
	if !hasDigit(s) {
		return "", false
	}
	if startsWithDigit(s) {
		if ascii && (isNumber(s) || isDuration(s) || mayBeCount(s) && isCount(s) || mayBeDate(s) && isDate(s)) {
			return "", false // English
		}
		if reForeignCountWord.MatchString(s) {
			return "12 comments", true
		}
		if reForeignAgo.MatchString(s) {
			return "1w", true
		}
	}
	if (startsWithDigit(s) || !ascii || countPrefix(s)) && reForeignCount.MatchString(s) {
		return "500 connections", true
	}
	if len(s) > 60 || ascii && mayBeDate(s) && isDate(s) {
		return "", false // description, or an English date
	}
	return localDate(s), false
}

// showAllWords start a "Show all" link in the languages that write it
// in Latin letters.
var showAllWords = setOf("mostrar", "exibir", "ver", "afficher", "voir", "mostra", "toon", "alle")

// mayBeShowAll: reForeignShowAll starts with one of showAllWords, or is
// Chinese or Japanese and shows all.
func mayBeShowAll(s string, ascii bool) bool {
	if !ascii && (strings.Contains(s, "表示") || strings.Contains(s, "全部")) {
		return true
	}
	w, _, _ := strings.Cut(s, " ")
	return len(w) <= 8 && inLower(showAllWords, w)
}

// countPrefix: a count that starts with words, "Más de 500 contactos".
func countPrefix(s string) bool {
	for _, p := range []string{"más de ", "mais de ", "plus de ", "mehr als ", "oltre ", "meer dan "} {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// hasDateWord reports whether s has a word of dateWords that reads
// differently in English ("ene.", "heute", "de"), or a word of dateGlue:
// one that localDate would change. An ASCII word is looked up without
// allocating.
func hasDateWord(s string) bool {
	var buf [16]byte
	for _, w := range strings.Fields(s) {
		w = strings.TrimSuffix(w, ".")
		if w == "" || isDigitByte(w[0]) {
			continue
		}
		if !isASCII(w) {
			l := strings.ToLower(w)
			if en, ok := dateWords[l]; ok && en != w || dateGlue[l] {
				return true
			}
			continue
		}
		if len(w) > len(buf) || !isLetterByte(w[0]) {
			continue
		}
		b := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if en, ok := dateWords[string(b)]; ok && en != w || dateGlue[string(b)] {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// localDate writes a date, a range or a duration in another language in
// English: "ene. de 2021 - actualidad" is "Jan 2021 - Present", "2021年1月 -
// 現在 · 3年 2ヶ月" is "Jan 2021 - Present · 3 yrs 2 mos". It is "" when s
// has no word to translate.
func localDate(s string) string {
	if !strings.Contains(s, "年") && !strings.Contains(s, "月") && !hasDateWord(s) {
		return "" // English, or no date
	}
	t := s
	if strings.Contains(s, "年") || strings.Contains(s, "月") {
		t = reCJKMonth.ReplaceAllStringFunc(t, func(m string) string {
			sub := reCJKMonth.FindStringSubmatch(m)
			n := 0
			for _, c := range sub[2] {
				n = n*10 + int(c-'0')
			}
			if n < 1 || n > 12 {
				return m
			}
			return monthEN[n-1] + " " + sub[1]
		})
		t = reCJKYear.ReplaceAllString(t, "$1")
		t = reCJKDuration.ReplaceAllStringFunc(t, func(m string) string {
			sub := reCJKDuration.FindStringSubmatch(m)
			if sub[1] != "" {
				return " " + sub[1] + " yrs "
			}
			return " " + sub[2] + " mos "
		})
	}
	words := strings.Fields(t)
	out := make([]string, 0, len(words))
	changed := t != s
	for i, w := range words {
		l := strings.ToLower(w)
		if en, ok := dateWords[strings.TrimSuffix(l, ".")]; ok && (en != "" || i > 0) {
			changed = changed || en != w
			if en != "" {
				out = append(out, en)
			}
			continue
		}
		if dateGlue[l] && i > 0 && i < len(words)-1 {
			changed = true
			continue
		}
		out = append(out, w)
	}
	if !changed {
		return ""
	}
	r := strings.Join(out, " ")
	if en := inLower(uiStrings, r); en != "" {
		return en
	}
	return r
}

// cjkCountries are the countries a Chinese or Japanese location starts
// with, as LinkedIn writes them: "中国 北京", "日本 東京都 港区".
var cjkCountries = setOf("中国", "中國", "日本", "台湾", "台灣", "香港", "新加坡", "シンガポール", "韩国", "韓国", "大韩民国", "美国", "アメリカ合衆国")

// cjkPlace reports whether s is a location in Chinese or Japanese: a
// country of cjkCountries and up to three places, separated by spaces.
func cjkPlace(s string) bool {
	if len(s) > 60 || isASCII(s) {
		return false
	}
	f := strings.Fields(s)
	return len(f) >= 2 && len(f) <= 4 && cjkCountries[f[0]] && !hasDigit(s)
}
