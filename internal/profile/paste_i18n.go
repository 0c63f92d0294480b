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
// pl, ja, zh; nb, sv, da, fi, tr, cs, ro, hu, ru, uk, el, id, ms, ko, vi,
// th, ar, he, hi, zh-TW.
var uiStrings = map[string]string{}

// uiTable lists, for each English string, what LinkedIn shows for it in
// other languages.
var uiTable = map[string][]string{
	// Menus.
	"skip to main content": {"accéder au contenu principal", "hoppa till huvudinnehåll", "hopp til hovedinnhold", "spring til hovedindhold",
		"ana içeriğe atla", "direct naar de hoofdinhoud", "naar hoofdinhoud gaan", "przejdź do treści głównej", "przejdź do głównej treści", "ir al contenido principal", "pular para conteúdo principal", "pular para o conteúdo principal",
		"saltar al contenido principal", "passer au contenu principal", "aller au contenu principal", "salta al contenuto principale", "direkt zum hauptinhalt", "zum hauptinhalt springen", "vai al contenuto principale",
		"naar hoofdcontent gaan", "naar de hoofdinhoud", "メインコンテンツにスキップ", "跳到主要内容", "跳至主要内容",
		"gå til hovedinnhold", "gå till huvudinnehåll", "gå til hovedindhold", "siirry pääsisältöön", "ana içeriğe geç",
		"přejít na hlavní obsah", "treceți la conținutul principal", "ugrás a fő tartalomhoz", "перейти к основному контенту",
		"перейти до основного вмісту", "μετάβαση στο κύριο περιεχόμενο", "langsung ke konten utama", "langkau ke kandungan utama", "본문 바로가기",
		"chuyển đến nội dung chính", "ข้ามไปยังเนื้อหาหลัก", "تخط إلى المحتوى الرئيسي", "انتقل إلى المحتوى الرئيسي", "דלג לתוכן הראשי",
		"मुख्य सामग्री पर जाएं", "跳到主要內容"},
	"home": {"strona główna", "inicio", "início", "accueil", "startseite", "startpagina", "ホーム", "首页",
		"hjem", "hem", "etusivu", "ana sayfa", "domů", "acasă", "kezdőlap", "главная", "головна", "αρχική", "beranda", "laman utama", "홈",
		"trang chủ", "หน้าแรก", "الرئيسية", "דף הבית", "होम", "首頁"},
	"my network": {"moja sieć", "mi red", "minha rede", "réseau", "mon réseau", "mein netzwerk", "rete", "mijn netwerk", "ネットワーク", "マイネットワーク", "人脉", "我的人脉",
		"mitt nettverk", "mitt nätverk", "mit netværk", "oma verkosto", "ağım", "moje síť", "rețeaua mea", "kapcsolatháló", "hálózatom",
		"моя сеть", "моя мережа", "το δίκτυό μου", "jaringan saya", "rangkaian saya", "내 네트워크", "mạng lưới của tôi", "mạng của tôi",
		"เครือข่ายของฉัน", "شبكتي", "הרשת שלי", "मेरा नेटवर्क", "我的人脈"},
	"jobs": {"praca", "oferty pracy", "empleos", "vagas", "emplois", "lavoro", "vacatures", "求人", "职位",
		"jobber", "jobb", "job", "työpaikat", "iş ilanları", "pracovní nabídky", "locuri de muncă", "állások", "вакансии", "вакансії",
		"θέσεις εργασίας", "lowongan", "lowongan kerja", "pekerjaan", "채용공고", "việc làm", "งาน", "الوظائف", "משרות", "नौकरियां", "नौकरियाँ",
		"職缺"},
	"messaging": {"wiadomości", "mensajes", "mensagens", "messagerie", "nachrichten", "messaggistica", "berichten", "メッセージ一覧", "消息",
		"meldinger", "meddelanden", "beskeder", "viestit", "mesajlaşma", "zprávy", "mesagerie", "üzenetek", "сообщения", "повідомлення",
		"μηνύματα", "pesan", "pemesejan", "nhắn tin", "ข้อความ", "المراسلة", "הודעות", "मैसेजिंग", "訊息"},
	"notifications": {"powiadomienia", "notificaciones", "notificações", "mitteilungen", "benachrichtigungen", "notifiche", "meldingen", "お知らせ", "通知",
		"varsler", "notiser", "aviseringar", "notifikationer", "ilmoitukset", "bildirimler", "oznámení", "notificări", "értesítések",
		"уведомления", "сповіщення", "ειδοποιήσεις", "notifikasi", "pemberitahuan", "알림", "thông báo", "การแจ้งเตือน", "الإشعارات", "התראות",
		"सूचनाएं"},
	"me": {"yo", "eu", "vous", "sie", "tu", "ik", "自分", "ミー", "我",
		"meg", "jag", "mig", "minä", "ben", "já", "én", "я", "εγώ", "saya", "나", "tôi", "ฉัน", "أنا", "אני", "मैं"},
	"for business": {"dla firm", "para negocios", "para empresas", "para negócios", "pour les entreprises", "für unternehmen", "per le aziende", "voor bedrijven", "法人向けサービス", "ビジネス向けサービス", "商务服务", "企业服务",
		"for bedrifter", "för företag", "til virksomheder", "yrityksille", "işletmeler için", "pro firmy", "pentru companii", "vállalkozásoknak",
		"для бизнеса", "для бізнесу", "για επιχειρήσεις", "untuk bisnis", "untuk perniagaan", "비즈니스", "비즈니스용", "dành cho doanh nghiệp",
		"สำหรับธุรกิจ", "للأعمال", "לעסקים", "बिज़नेस के लिए", "商務服務"},
	"search": {"buscar", "pesquisar", "recherche", "suche", "suchen", "cerca", "zoeken", "検索", "搜索",
		"søk", "sök", "søg", "haku", "hae", "ara", "hledat", "căutare", "keresés", "поиск", "пошук", "αναζήτηση", "cari", "검색", "tìm kiếm",
		"ค้นหา", "بحث", "חיפוש", "खोजें", "搜尋"},
	"open app": {"abrir la aplicación", "abrir app", "abrir o app", "ouvrir l’appli", "ouvrir l'appli", "app öffnen", "apri l’app", "apri l'app", "app openen", "アプリを開く", "打开应用",
		"åpne appen", "öppna appen", "åbn appen", "avaa sovellus", "uygulamayı aç", "otevřít aplikaci", "deschideți aplicația",
		"alkalmazás megnyitása", "открыть приложение", "відкрити застосунок", "άνοιγμα εφαρμογής", "buka aplikasi", "앱 열기", "mở ứng dụng",
		"เปิดแอป", "فتح التطبيق", "פתיחת האפליקציה", "ऐप खोलें", "開啟應用程式"},
	"sign in": {"iniciar sesión", "entrar", "s’identifier", "s'identifier", "einloggen", "accedi", "inloggen", "サインイン", "登录",
		"logg på", "logga in", "log ind", "kirjaudu sisään", "oturum aç", "přihlásit se", "conectați-vă", "bejelentkezés", "войти", "увійти",
		"σύνδεση", "masuk", "log masuk", "로그인", "đăng nhập", "ลงชื่อเข้าใช้", "تسجيل الدخول", "כניסה", "साइन इन करें", "登入"},
	"join now": {"únete ahora", "cadastre-se agora", "s’inscrire", "s'inscrire", "mitglied werden", "iscriviti ora", "nu lid worden", "今すぐ登録", "加入",
		"bli med nå", "gå med nu", "tilmeld dig nu", "liity nyt", "hemen katılın", "přidejte se", "înscrieți-vă acum", "csatlakozzon most",
		"присоединиться", "приєднатися", "εγγραφείτε τώρα", "bergabung sekarang", "sertai sekarang", "지금 가입", "tham gia ngay", "เข้าร่วมเลย",
		"انضم الآن", "הצטרפות עכשיו", "अभी जुड़ें", "立即加入"},
	// Buttons and labels.
	"cover photo": {"foto de portada", "foto de capa", "photo de couverture", "titelbild", "foto di copertina", "omslagfoto",
		"zdjęcie w tle", "omslagsbild", "forsidebilde", "coverbillede", "kansikuva", "kapak fotoğrafı", "titulní fotka",
		"カバー写真", "封面照片"},
	"background photo": {"imagen de fondo", "foto de fondo", "foto de plano de fundo", "photo d’arrière-plan", "photo d'arrière-plan",
		"hintergrundbild", "immagine di sfondo", "foto di sfondo", "achtergrondfoto", "bakgrundsbild", "bakgrunnsbilde", "baggrundsbillede",
		"taustakuva", "arka plan fotoğrafı", "背景写真", "背景照片"},
	"profile photo": {"foto de perfil", "foto do perfil", "photo de profil", "profilbild", "profilfoto", "foto del profilo", "profielfoto",
		"zdjęcie profilowe", "profilbilde", "profilbillede", "profiilikuva", "profil fotoğrafı", "プロフィール写真", "头像"},
	"contact info": {"informacje kontaktowe", "dane kontaktowe", "información de contacto", "informações de contato", "informações de contacto", "coordonnées", "kontaktinfo", "kontaktinformationen",
		"informazioni di contatto", "contactgegevens", "連絡先情報", "联系方式",
		"kontaktinformasjon", "kontaktuppgifter", "kontaktinformation", "kontaktoplysninger", "yhteystiedot", "iletişim bilgileri",
		"kontaktní údaje", "kontaktní informace", "informații de contact", "elérhetőség", "kapcsolattartási adatok", "контактная информация",
		"контактные сведения", "контактна інформація", "στοιχεία επικοινωνίας", "informasi kontak", "info kontak", "maklumat hubungan", "연락처",
		"연락처 정보", "thông tin liên hệ", "ข้อมูลติดต่อ", "معلومات الاتصال", "بيانات الاتصال", "פרטי קשר", "संपर्क जानकारी", "聯絡資訊"},
	"message": {"wiadomość", "wyślij wiadomość", "mensaje", "enviar mensaje", "mensagem", "enviar mensagem", "envoyer un message", "nachricht", "messaggio", "bericht", "メッセージ", "发消息", "发送消息",
		"melding", "send melding", "meddelande", "skicka meddelande", "besked", "send besked", "viesti", "lähetä viesti", "mesaj",
		"mesaj gönder", "zpráva", "poslat zprávu", "trimiteți mesaj", "üzenet", "сообщение", "отправить сообщение", "надіслати повідомлення",
		"μήνυμα", "kirim pesan", "mesej", "hantar mesej", "메시지", "메시지 보내기", "gửi tin nhắn", "ส่งข้อความ", "رسالة", "إرسال رسالة", "הודעה",
		"שליחת הודעה", "संदेश", "मैसेज", "傳訊息"},
	"more": {"więcej", "más", "mais", "plus", "mehr", "altro", "meer", "その他", "更多",
		"mer", "mere", "lisää", "diğer", "více", "mai mult", "mai multe", "továbbiak", "több", "ещё", "еще", "більше", "ще", "περισσότερα",
		"lainnya", "lagi", "더보기", "thêm", "เพิ่มเติม", "المزيد", "עוד", "अधिक"},
	"connect": {"nawiąż kontakt", "połącz", "conectar", "se connecter", "vernetzen", "collegati", "connectie maken", "つながりを申請", "加为好友", "建立联系",
		"knytt kontakt", "koble til", "skapa kontakt", "anslut", "opret forbindelse", "luo yhteys", "yhdistä", "bağlantı kur", "spojit se",
		"navázat spojení", "kapcsolódás", "установить контакт", "встановити контакт", "terhubung", "hubungkan", "berhubung", "1촌 맺기", "kết nối",
		"เชื่อมต่อ", "تواصل", "התחברות", "कनेक्ट करें", "建立關係"},
	"follow": {"obserwuj", "seguir", "suivre", "folgen", "segui", "volgen", "フォロー", "关注",
		"følg", "följ", "seuraa", "takip et", "sledovat", "urmăriți", "követés", "отслеживать", "стежити", "ακολουθήστε", "ikuti", "ikut", "팔로우",
		"theo dõi", "ติดตาม", "متابعة", "מעקב", "फ़ॉलो करें", "追蹤"},
	"show all": {"pokaż wszystko", "wyświetl wszystko", "mostrar todo", "mostrar todos", "mostrar tudo", "exibir tudo", "tout afficher", "alle anzeigen", "mostra tutto", "alles weergeven", "すべて表示", "显示全部",
		"vis alle", "visa alla", "näytä kaikki", "tümünü göster", "zobrazit vše", "afișați tot", "afișați toate", "összes megjelenítése",
		"показать все", "показати все", "показати всі", "εμφάνιση όλων", "tampilkan semua", "tunjukkan semua", "모두 보기", "hiển thị tất cả",
		"แสดงทั้งหมด", "عرض الكل", "הצגת הכל", "सभी दिखाएं", "顯示全部"},
	"see more": {"zobacz więcej", "pokaż więcej", "…więcej", "…ver mais", "…ver más", "…voir plus", "…mehr", "ver más", "ver mais", "voir plus", "mehr anzeigen", "mostra altro", "meer weergeven", "もっと見る", "展开", "查看更多",
		"se mer", "vis mer", "visa mer", "se mere", "vis mere", "näytä lisää", "daha fazlasını gör", "daha fazla", "zobrazit více",
		"vedeți mai mult", "továbbiak megjelenítése", "показать больше", "показати більше", "δείτε περισσότερα", "lihat selengkapnya",
		"selengkapnya", "lihat lagi", "더 보기", "xem thêm", "ดูเพิ่มเติม", "عرض المزيد", "הצגת עוד", "और देखें", "查看更多內容", "顯示更多"},
	"like": {"lubię to", "recomendar", "gostei", "j’aime", "j'aime", "gefällt mir", "consiglia", "vind ik leuk", "いいね！", "赞",
		"liker", "gilla", "synes godt om", "tykkää", "beğen", "to se mi líbí", "îmi place", "tetszik", "нравится", "подобається", "μου αρέσει",
		"suka", "추천", "thích", "ถูกใจ", "أعجبني", "לייק", "पसंद करें", "讚"},
	"comment": {"skomentuj", "comentar", "commenter", "kommentieren", "commenta", "reageren", "コメント", "评论",
		"kommenter", "kommentera", "kommentér", "kommentoi", "yorum yap", "komentovat", "comentați", "hozzászólás", "комментировать",
		"коментувати", "σχόλιο", "komentari", "komen", "댓글", "bình luận", "แสดงความคิดเห็น", "تعليق", "תגובה", "टिप्पणी करें", "留言"},
	"repost": {"udostępnij", "compartir", "compartilhar", "partilhar", "republicar", "partager", "teilen", "diffondi", "reposten", "再投稿", "转发",
		"del på nytt", "dela vidare", "del igen", "jaa uudelleen", "yeniden yayınla", "sdílet znovu", "redistribuiți", "újraposztolás",
		"сделать репост", "поширити", "αναδημοσίευση", "posting ulang", "siar semula", "퍼가기", "đăng lại", "โพสต์ซ้ำ", "إعادة النشر",
		"פרסום מחדש", "रीपोस्ट करें", "轉發"},
	"send": {"wyślij", "enviar", "envoyer", "senden", "invia", "verzenden", "送信", "发送",
		"skicka", "lähetä", "gönder", "odeslat", "trimiteți", "küldés", "отправить", "надіслати", "αποστολή", "kirim", "hantar", "보내기", "gửi",
		"ส่ง", "إرسال", "שליחה", "भेजें", "傳送"},
	"no alternative text description for this image": {"brak alternatywnego tekstu dla tego zdjęcia", "no hay texto alternativo para esta imagen",
		"nenhum texto alternativo para esta imagem", "aucun texte alternatif pour cette image", "kein alternativer text für dieses bild vorhanden",
		"nessun testo alternativo per questa immagine", "geen alternatieve tekst voor deze afbeelding"},
	"show credential": {"nachweis anzeigen", "wyświetl poświadczenie", "mostrar credencial", "ver credencial", "exibir credencial",
		"afficher l’identifiant", "afficher l'identifiant", "mostra credenziale", "referentie weergeven", "visa behörighetsbevis", "資格情報を表示", "显示证书"},
	"show publication": {"publikation anzeigen", "veröffentlichung anzeigen", "wyświetl publikację", "mostrar publicación", "ver publicação",
		"exibir publicação", "afficher la publication", "mostra pubblicazione", "publicatie weergeven", "visa publikation", "出版物を表示"},
	"see translation": {"ver tradução", "ver traducción", "voir la traduction", "übersetzung anzeigen", "vedi traduzione", "vertaling weergeven",
		"zobacz tłumaczenie", "pokaż tłumaczenie", "visa översättning", "vis oversettelse", "se oversættelse", "näytä käännös", "çeviriyi gör",
		"zobrazit překlad", "翻訳を表示", "查看翻译"},
	// Headings.
	"about": {"à propos", "über mich", "over", "informacje", "acerca de", "sobre", "infos", "info", "informazioni", "概要", "简介", "关于",
		"om", "tietoja", "hakkında", "informace", "despre", "névjegy", "информация", "інформація", "πληροφορίες", "tentang", "perihal", "소개",
		"giới thiệu", "เกี่ยวกับ", "نبذة عني", "نبذة", "אודות", "परिचय", "關於"},
	"featured": {"uitgelicht", "wyróżnione", "polecane", "destacado", "destaques", "sélection", "im fokus", "in primo piano", "aanbevolen", "注目", "精选",
		"fremhevet", "utvalda", "i fokus", "fremhævet", "esittelyssä", "öne çıkanlar", "doporučené", "recomandate", "kiemelt", "рекомендуемое",
		"рекомендоване", "προβεβλημένα", "unggulan", "pilihan", "주요 항목", "nổi bật", "โดดเด่น", "المميزة", "מומלצים", "फ़ीचर्ड", "精選"},
	"activity": {"aktywność", "actividad", "atividade", "activité", "aktivitäten", "attività", "activiteit", "アクティビティ", "动态",
		"aktivitet", "toiminta", "aktiviteetti", "aktivite", "etkinlik", "aktivita", "activitate", "tevékenység", "активность", "активність",
		"δραστηριότητα", "aktivitas", "aktiviti", "활동", "hoạt động", "กิจกรรม", "النشاط", "פעילות", "गतिविधि", "動態"},
	"experience": {"doświadczenie", "doświadczenie zawodowe", "experiencia", "experiencia laboral", "experiência", "experiência profissional", "expérience", "expérience professionnelle", "berufserfahrung", "erfahrung", "werkervaring", "esperienza lavorativa", "arbetslivserfarenhet", "esperienza", "ervaring", "職歴", "経験", "工作经历",
		"erfaring", "erfarenhet", "kokemus", "työkokemus", "deneyim", "praxe", "pracovní zkušenosti", "experiență", "tapasztalat",
		"szakmai tapasztalat", "опыт работы", "опыт", "досвід", "досвід роботи", "εμπειρία", "pengalaman", "경력", "kinh nghiệm", "ประสบการณ์",
		"الخبرة", "الخبرات", "ניסיון", "अनुभव", "經歷", "工作經歷"},
	"education": {"éducation", "bildungsweg", "wykształcenie", "educación", "formación", "formação acadêmica", "formação", "formation", "ausbildung", "formazione", "opleiding", "学歴", "教育经历",
		"utdanning", "utbildning", "uddannelse", "koulutus", "eğitim", "vzdělání", "studii", "educație", "tanulmányok", "oktatás", "образование",
		"освіта", "εκπαίδευση", "pendidikan", "학력", "học vấn", "การศึกษา", "التعليم", "השכלה", "शिक्षा", "學歷"},
	"licenses & certifications": {"lizenzen und zertifizierungen", "zertifizierungen", "zertifikate", "certificaciones", "certificações", "certificazioni", "certificaten", "certyfikaty", "sertifikalar", "licencje i certyfikaty", "licencias y certificaciones", "licenças e certificados", "licences et certifications", "bescheinigungen und zertifikate", "lizenzen und zertifikate", "licenze e certificazioni", "licenties en certificaten", "ライセンス・認定資格", "資格・認定", "資格", "資格・免許", "执照和认证", "资格认证",
		"lisenser og sertifiseringer", "licenser och certifieringar", "licenser og certificeringer", "lisenssit ja sertifioinnit",
		"lisanslar ve sertifikalar", "licence a certifikace", "licențe și certificări", "licencek és tanúsítványok", "лицензии и сертификаты",
		"ліцензії та сертифікати", "άδειες και πιστοποιήσεις", "lisensi & sertifikasi", "lisensi dan sertifikasi", "lesen & pensijilan",
		"라이선스 및 자격증", "자격증", "giấy phép & chứng chỉ", "ใบอนุญาตและใบรับรอง", "التراخيص والشهادات", "רישיונות והסמכות", "लाइसेंस और प्रमाणन",
		"執照與認證", "證照"},
	"skills": {"umiejętności", "aptitudes", "competências", "compétences", "kenntnisse", "competenze", "vaardigheden", "スキル", "技能",
		"ferdigheter", "kompetenser", "färdigheter", "kompetencer", "færdigheder", "taidot", "yetenekler", "beceriler", "dovednosti",
		"competențe", "aptitudini", "készségek", "навыки", "навички", "δεξιότητες", "keahlian", "keterampilan", "kemahiran", "보유 기술", "스킬",
		"kỹ năng", "ทักษะ", "المهارات", "כישורים", "कौशल"},
	"projects": {"projekty", "proyectos", "projetos", "projets", "projekte", "progetti", "projecten", "プロジェクト", "项目", "项目经历",
		"prosjekter", "projekt", "projekter", "projektit", "projeler", "proiecte", "projektek", "проекты", "проєкти", "проекти", "έργα",
		"proyek", "projek", "프로젝트", "dự án", "โครงการ", "المشروعات", "المشاريع", "פרויקטים", "प्रोजेक्ट", "परियोजनाएं", "專案"},
	"publications": {"publikacje", "publicaciones", "publicações", "veröffentlichungen", "publikationen", "pubblicazioni", "publicaties", "出版物", "出版作品",
		"publikasjoner", "publikationer", "julkaisut", "yayınlar", "publikace", "publicații", "publikációk", "публикации", "публікації",
		"δημοσιεύσεις", "publikasi", "penerbitan", "출판물", "ấn phẩm", "สิ่งพิมพ์", "المنشورات", "פרסומים", "प्रकाशन", "出版品", "著作"},
	"honors & awards": {"prix", "premios", "prêmios", "premi", "preise", "nagrody", "prijzen", "onderscheidingen", "ödüller", "honores y premios", "honneurs et prix", "onori e premi", "honras e prêmios", "auszeichnungen & preise", "wyróżnienia i nagrody", "reconocimientos y premios", "premios y reconocimientos", "reconhecimentos e prêmios", "prêmios e reconhecimentos", "distinctions et prix", "prix et distinctions", "distinctions", "auszeichnungen", "auszeichnungen und preise", "riconoscimenti e premi", "onderscheidingen en prijzen", "受賞歴", "荣誉奖项",
		"utmerkelser og priser", "æresbevisninger og priser", "utmärkelser och priser", "hædersbevisninger og priser", "priser og udmærkelser",
		"kunniamaininnat ja palkinnot", "palkinnot ja tunnustukset", "onur ve ödüller", "onurlar ve ödüller", "ocenění a vyznamenání",
		"vyznamenání a ocenění", "distincții și premii", "onoruri și premii", "kitüntetések és díjak", "награды и премии", "награды",
		"нагороди та відзнаки", "відзнаки та нагороди", "τιμητικές διακρίσεις και βραβεία", "διακρίσεις και βραβεία", "penghargaan & anugerah",
		"penghargaan", "penghormatan & anugerah", "수상 경력", "danh hiệu & giải thưởng", "เกียรติยศและรางวัล", "الأوسمة والجوائز",
		"التكريمات والجوائز", "הוקרות ופרסים", "כיבודים ופרסים", "सम्मान और पुरस्कार", "榮譽與獎項"},
	"volunteering": {"expérience de bénévolat", "engagement bénévole", "ehrenamtliches engagement", "ehrenamtliche erfahrung", "freiwilligenarbeit", "experiência de voluntariado", "esperienza di volontariato", "wolontariat", "voluntariado", "experiencia de voluntariado", "trabalho voluntário", "bénévolat", "ehrenamt", "ehrenamtliche tätigkeiten", "volontariato", "vrijwilligerswerk", "ボランティア活動", "ボランティア経験", "ボランティア", "志愿者经历",
		"frivillig arbeid", "frivillighet", "ideellt arbete", "volontärarbete", "frivilligt arbejde", "vapaaehtoistyö", "gönüllü deneyim",
		"gönüllü çalışmalar", "dobrovolnictví", "voluntariat", "önkéntes munka", "волонтерская деятельность", "волонтёрская деятельность",
		"волонтерство", "волонтерський досвід", "εθελοντική εργασία", "εθελοντισμός", "pengalaman sukarela", "kesukarelawanan", "봉사활동",
		"hoạt động tình nguyện", "งานอาสาสมัคร", "العمل التطوعي", "التطوع", "התנדבות", "स्वयंसेवा", "志工服務", "志工經驗"},
	"languages": {"języki", "idiomas", "langues", "sprachen", "lingue", "talen", "言語", "语言能力", "语言",
		"språk", "sprog", "kielet", "diller", "jazyky", "limbi", "limbi străine", "nyelvek", "языки", "мови", "γλώσσες", "bahasa", "언어",
		"ngôn ngữ", "ภาษา", "اللغات", "שפות", "भाषाएं", "語言"},
	"interests": {"zainteresowania", "intereses", "interesses", "centres d’intérêt", "centres d'intérêt", "interessen", "interessi", "interesses ", "興味・関心", "兴趣",
		"interesser", "intressen", "kiinnostuksen kohteet", "ilgi alanları", "zájmy", "interese", "érdeklődési körök", "интересы", "інтереси",
		"ενδιαφέροντα", "minat", "관심분야", "sở thích", "ความสนใจ", "الاهتمامات", "תחומי עניין", "रुचियां", "興趣"},
	"recommendations": {"rekomendacje", "recomendaciones", "recomendações", "recommandations", "empfehlungen", "referenze", "aanbevelingen", "推薦", "推荐信",
		"anbefalinger", "rekommendationer", "suositukset", "tavsiyeler", "doporučení", "recomandări", "ajánlások", "рекомендации",
		"рекомендації", "συστάσεις", "rekomendasi", "cadangan", "추천서", "lời giới thiệu", "คำแนะนำ", "التوصيات", "המלצות", "अनुशंसाएं", "推薦函"},
	// The tabs of Recommendations.
	"received": {"erhalten", "reçues", "recibidas", "recebidas", "ricevute", "ontvangen", "otrzymane", "受け取った推薦", "mottatt", "mottagna", "modtaget", "saadut", "alınan", "přijatá", "primite", "kapott", "полученные", "отримані",
		"ληφθείσες", "diterima", "받은 추천서", "đã nhận", "ที่ได้รับ", "المستلمة", "שהתקבלו", "प्राप्त", "已收到"},
	"given": {"ausgesprochen", "abgegeben", "gegeben", "données", "enviadas", "inviate", "gegeven", "udzielone", "wystawione", "送った推薦", "otorgadas", "dadas", "fornite", "verstrekt", "書いた推薦", "gitt", "givna", "givet", "annetut", "verilen", "poskytnutá", "oferite", "adott", "отправленные", "надані", "δοθείσες",
		"diberikan", "작성한 추천서", "đã đưa ra", "ที่ให้", "المقدمة", "שניתנו", "दी गई", "已提供"},
	"top skills": {"aptitudes principales", "principais competências", "compétences principales", "top-kenntnisse", "competenze principali", "belangrijkste vaardigheden", "トップスキル", "核心技能",
		"toppferdigheter", "toppkompetenser", "topkompetencer", "keskeiset taidot", "en iyi yetenekler", "hlavní dovednosti",
		"competențe de top", "legfontosabb készségek", "основные навыки", "основні навички", "κορυφαίες δεξιότητες", "keahlian teratas",
		"kemahiran teratas", "주요 스킬", "kỹ năng hàng đầu", "ทักษะยอดนิยม", "أهم المهارات", "כישורים מובילים", "शीर्ष कौशल", "頂尖技能"},
	"courses": {"kursy", "cursos", "cours", "kurse", "corsi", "cursussen", "コース", "课程",
		"kurs", "kurser", "kurssit", "kurslar", "kurzy", "cursuri", "tanfolyamok", "курсы", "курси", "μαθήματα", "kursus", "수강 과목", "khóa học",
		"หลักสูตร", "الدورات التدريبية", "קורסים", "पाठ्यक्रम", "課程"},
	"patents": {"patentes", "brevets", "patente", "brevetti", "octrooien", "特許", "专利",
		"patenter", "patent", "patentit", "patentler", "patenty", "brevete", "szabadalmak", "патенты", "патенти", "διπλώματα ευρεσιτεχνίας",
		"paten", "특허", "bằng sáng chế", "สิทธิบัตร", "براءات الاختراع", "פטנטים", "पेटेंट", "專利"},
	"organizations": {"organizacje", "organizaciones", "organizações", "organisations", "organisationen", "organizzazioni", "organisaties", "団体", "组织",
		"organisasjoner", "organisationer", "organisaatiot", "kuruluşlar", "organizace", "organizații", "szervezetek", "организации",
		"організації", "οργανισμοί", "organisasi", "단체", "tổ chức", "องค์กร", "المؤسسات", "ארגונים", "संगठन", "組織"},
	// Sidebars.
	"people also viewed": {"la gente también vio", "otras personas también vieron", "las personas también vieron", "outras pessoas também viram",
		"pessoas também visualizaram", "autres profils consultés", "les membres ont également consulté", "andere sahen sich auch an", "personen, die auch angesehen wurden", "andere haben sich auch angesehen",
		"andere personen haben sich auch angesehen", "altri profili consultati", "altre persone hanno visualizzato anche", "anderen bekeken ook",
		"他のユーザーが閲覧したプロフィール", "他の人はこちらも閲覧しています", "其他会员还浏览了", "浏览者还看过",
		"andre har også sett", "andre så også på", "andra har även tittat på", "andra tittade också på", "andre så også", "andre har også set",
		"muut katsoivat myös", "diğer kullanıcıların görüntüledikleri", "lidé si také prohlédli", "alte persoane au vizualizat și",
		"mások ezeket is megtekintették", "другие также просматривали", "інші також переглядали", "άλλοι είδαν επίσης",
		"orang lain juga melihat", "orang juga melihat", "다른 회원이 본 프로필", "mọi người cũng đã xem", "ผู้คนยังดู", "شاهد الأشخاص أيضًا",
		"שאחרים צפו בהם", "लोगों ने यह भी देखा", "其他會員也瀏覽了"},
	"people you may know": {"personas que quizá conozcas", "pessoas que talvez você conheça", "vous connaissez peut-être",
		"personen, die sie kennen könnten", "persone che potresti conoscere", "mensen die u misschien kent", "知り合いかも", "您可能认识的会员", "可能认识的人",
		"personer du kanskje kjenner", "personer du kanske känner", "personer, du måske kender", "ihmisiä, jotka saatat tuntea",
		"tanıyor olabileceğiniz kişiler", "lidé, které možná znáte", "persoane pe care poate le cunoașteți", "ismerősök lehetnek",
		"возможно, вы знакомы", "люди, яких ви можете знати", "άτομα που μπορεί να γνωρίζετε", "orang yang mungkin anda kenal", "알 수도 있는 회원",
		"những người bạn có thể biết", "บุคคลที่คุณอาจรู้จัก", "أشخاص قد تعرفهم", "אנשים שאולי אתם מכירים", "ऐसे लोग जिन्हें आप जानते होंगे",
		"您可能認識的會員"},
	"more profiles for you": {"más perfiles para ti", "mais perfis para você", "plus de profils pour vous", "weitere profile für sie",
		"altri profili per te", "meer profielen voor u", "おすすめのプロフィール", "为您推荐更多档案"},
	"you might like": {"puede que te guste", "você pode gostar", "vous aimerez peut-être", "das könnte sie interessieren",
		"potrebbe piacerti", "misschien interessant voor u", "おすすめ", "您可能喜欢"},
	"profile language": {"idioma del perfil", "idioma do perfil", "langue du profil", "profilsprache", "lingua del profilo", "profieltaal", "プロフィールの言語", "档案语言",
		"profilspråk", "profilsprog", "profiilin kieli", "profil dili", "jazyk profilu", "limba profilului", "profil nyelve", "язык профиля",
		"мова профілю", "γλώσσα προφίλ", "bahasa profil", "프로필 언어", "ngôn ngữ hồ sơ", "ภาษาของโปรไฟล์", "لغة الملف الشخصي", "שפת הפרופיל",
		"प्रोफ़ाइल की भाषा", "檔案語言"},
	"public profile & url": {"perfil público y url", "perfil público e url", "profil public et url", "öffentliches profil & url", "profilo pubblico e url", "openbaar profiel en url", "公開プロフィールとurl", "公开档案和网址",
		"offentlig profil og url", "offentlig profil och url", "julkinen profiili ja url", "herkese açık profil ve url", "veřejný profil a url",
		"profil public și url", "nyilvános profil és url", "общедоступный профиль и url", "публічний профіль і url", "δημόσιο προφίλ και url",
		"profil publik & url", "공개 프로필 및 url", "hồ sơ công khai & url", "โปรไฟล์สาธารณะและ url", "الملف الشخصي العام وعنوان url",
		"פרופיל ציבורי וכתובת url", "सार्वजनिक प्रोफ़ाइल और url", "公開檔案與網址"},
	// Employment types and workplaces.
	"full-time": {"pełny etat", "pełen etat", "pełny wymiar godzin", "jornada completa", "tiempo completo", "tempo integral", "tempo inteiro", "temps plein", "vollzeit", "a tempo pieno", "fulltime", "正社員", "フルタイム", "全职",
		"heltid", "fuldtid", "kokoaikainen", "tam zamanlı", "plný úvazek", "normă întreagă", "teljes munkaidő", "полный рабочий день",
		"полная занятость", "повна зайнятість", "πλήρης απασχόληση", "penuh waktu", "sepenuh masa", "풀타임", "toàn thời gian", "เต็มเวลา",
		"دوام كامل", "משרה מלאה", "पूर्णकालिक", "全職"},
	"part-time": {"niepełny etat", "część etatu", "jornada parcial", "medio tiempo", "meio período", "temps partiel", "teilzeit", "parttime", "パートタイム", "兼职",
		"deltid", "osa-aikainen", "yarı zamanlı", "částečný úvazek", "normă redusă", "részmunkaidő", "частичная занятость",
		"часткова зайнятість", "μερική απασχόληση", "paruh waktu", "separuh masa", "파트타임", "bán thời gian", "พาร์ทไทม์", "دوام جزئي",
		"משרה חלקית", "अंशकालिक", "兼職"},
	"self-employed": {"samozatrudnienie", "działalność gospodarcza", "autónomo", "autônomo", "indépendant", "indépendante", "travailleur autonome", "travailleuse autonome", "selbstständig", "lavoro autonomo", "zelfstandige", "自営業", "自雇",
		"selvstendig næringsdrivende", "egenföretagare", "selvstændig", "itsenäinen ammatinharjoittaja", "serbest meslek", "kendi işinin sahibi",
		"osvč", "liber profesionist", "egyéni vállalkozó", "самозанятый", "самозайнятий", "αυτοαπασχολούμενος", "wiraswasta", "bekerja sendiri",
		"자영업", "tự kinh doanh", "ประกอบอาชีพอิสระ", "عمل حر", "עצמאי", "स्व-नियोजित", "自僱"},
	"freelance": {"freelancer", "freiberuflich", "フリーランス", "自由职业",
		"frilans", "frilanser", "serbest çalışan", "na volné noze", "szabadúszó", "фриланс", "фріланс", "ελεύθερος επαγγελματίας",
		"pekerja lepas", "프리랜서", "làm việc tự do", "ฟรีแลนซ์", "مستقل", "פרילנס", "फ़्रीलांस", "自由工作者"},
	"internship": {"staż", "praktyki", "prácticas", "estágio", "stage", "praktikum", "tirocinio", "インターンシップ", "实习",
		"praksisplass", "praktik", "harjoittelu", "staj", "stáž", "stagiu", "szakmai gyakorlat", "стажировка", "стажування", "πρακτική άσκηση",
		"magang", "latihan industri", "인턴", "thực tập", "ฝึกงาน", "تدريب", "התמחות", "इंटर्नशिप", "實習"},
	"permanent": {"cdi", "unbefristet", "a tempo indeterminato",
		"fast ansatt", "fast anställning", "fastansat", "vakituinen", "süresiz", "trvalý pracovní poměr", "határozatlan idejű",
		"постоянная работа", "постійна робота", "μόνιμη", "tetap", "정규직", "dài hạn", "ประจำ", "دائم", "קבוע", "स्थायी", "正職"},
	"contract": {"umowa o dzieło", "umowa zlecenie", "kontrakt", "contrato temporal", "contrato", "cdd", "befristet", "contratto a tempo determinato", "契約社員", "合同工",
		"midlertidig", "visstidsanställning", "tidsbegrænset", "määräaikainen", "sözleşmeli", "smlouva", "határozott idejű", "контракт",
		"σύμβαση", "kontrak", "계약직", "hợp đồng", "สัญญาจ้าง", "عقد", "חוזה", "अनुबंध", "約聘"},
	"remote": {"zdalnie", "praca zdalna", "en remoto", "remoto", "à distance", "da remoto", "op afstand", "リモート", "远程",
		"fjernarbeid", "på distans", "fjernarbejde", "etätyö", "uzaktan", "na dálku", "la distanță", "távmunka", "удаленно", "удалённо",
		"віддалено", "εξ αποστάσεως", "jarak jauh", "원격", "từ xa", "ทางไกล", "عن بُعد", "عن بعد", "מרחוק", "रिमोट", "遠端"},
	"hybrid": {"hybrydowo", "praca hybrydowa", "híbrido", "hybride", "ibrido", "ハイブリッド", "混合办公",
		"hybridi", "hibrit", "hybridní", "hibrid", "гибридный формат", "гібридний формат", "υβριδικό", "hibrida", "하이브리드", "kết hợp", "ไฮบริด",
		"هجين", "היברידי", "हाइब्रिड", "混合"},
	"on-site": {"stacjonarnie", "w biurze", "presencial", "sur site", "vor ort", "in sede", "op locatie", "出社", "现场办公",
		"på stedet", "på plats", "paikan päällä", "iş yerinde", "na místě", "la sediu", "helyszíni", "в офисе", "в офісі", "επιτόπια",
		"di lokasi", "di tapak", "현장 근무", "tại chỗ", "ในสถานที่", "في الموقع", "במשרד", "ऑन-साइट", "現場"},
	// Connection degrees.
	"2nd": {"2º", "2.º", "2°", "2e", "2.", "2. stopnia", "2次", "2度", "2 度", "二度",
		"2:a", "2. derece", "2-й", "2ος", "2촌", "الدرجة الثانية", "दूसरा", "第 2 度"},
	"3rd+": {"3º+", "3.º+", "3er+", "3°+", "3e+", "3e et +", "3e et plus", "3.+", "3e", "3.", "3º", "3°", "3er", "3. stopnia", "3+ stopnia", "3次以上", "3次", "3度+", "3 度+", "3 度", "三度+",
		"3:e+", "3. derece+", "3-й+", "3ος+", "3촌+", "3촌", "الدرجة الثالثة+", "الدرجة الثالثة", "तीसरा+", "第 3+ 度"},
	"1st": {"1º", "1.º", "1er", "1re", "1e", "1. stopnia", "1°", "1.", "1次", "1度", "1 度", "一度",
		"1:a", "1. derece", "1-й", "1ος", "1촌", "الدرجة الأولى", "पहला", "第 1 度"},
	// Language proficiency.
	"native or bilingual proficiency": {"competencia bilingüe o nativa", "fluente ou nativo", "nível nativo ou bilíngue",
		"znajomość na poziomie ojczystym lub dwujęzyczność", "ネイティブまたはバイリンガル", "bilingue ou langue natale",
		"muttersprache oder zweisprachig", "madrelingua o bilingue", "moedertaal of tweetalig", "ネイティブ・バイリンガル", "母语或双语",
		"morsmål eller tospråklig", "modersmål eller tvåspråkig", "modersmål eller tosproget", "äidinkieli tai kaksikielinen",
		"ana dil veya iki dil seviyesinde yetkinlik", "rodilý mluvčí nebo bilingvní", "nativ sau bilingv", "anyanyelvi vagy kétnyelvű szint",
		"родной или билингвальный уровень", "рідна або двомовна", "μητρική ή δίγλωσση επάρκεια", "penutur asli atau dwibahasa",
		"원어민 또는 이중 언어 구사", "bản ngữ hoặc song ngữ", "เจ้าของภาษาหรือสองภาษา", "اللغة الأم أو ثنائي اللغة", "שפת אם או דו-לשוני",
		"मूल या द्विभाषी दक्षता", "母語或雙語能力"},
	"full professional proficiency": {"competencia profesional completa", "proficiência profissional completa",
		"nível de proficiência profissional completo", "pełna biegłość zawodowa",
		"capacité professionnelle complète", "verhandlungssicher", "fließend", "conoscenza professionale completa",
		"volledige professionele vaardigheid", "ビジネス上級（全般）", "ビジネス上級", "全面职业能力",
		"full yrkesmessig ferdighet", "fullständig yrkesmässig färdighet", "fuld professionel færdighed", "täysi ammatillinen taito",
		"tam profesyonel yetkinlik", "plná profesní znalost", "competență profesională deplină", "teljes szakmai jártasság",
		"полный профессиональный уровень", "повний професійний рівень", "πλήρης επαγγελματική επάρκεια", "kemahiran profesional penuh",
		"완전한 업무 능력", "thông thạo chuyên môn đầy đủ", "ความสามารถระดับมืออาชีพเต็มรูปแบบ", "كفاءة مهنية كاملة", "מיומנות מקצועית מלאה",
		"पूर्ण व्यावसायिक दक्षता", "完全專業能力"},
	"professional working proficiency": {"competencia profesional", "proficiência profissional",
		"nível de proficiência profissional", "profesjonalna biegłość w pracy", "compétence professionnelle",
		"gute kenntnisse", "conoscenza professionale", "professionele werkvaardigheid", "ビジネス中級", "专业工作能力",
		"yrkesmessig arbeidsferdighet", "yrkesmässig arbetsfärdighet", "professionel arbejdsfærdighed", "ammatillinen työtaito",
		"profesyonel çalışma yetkinliği", "profesní pracovní znalost", "competență profesională de lucru", "szakmai munkavégzési jártasság",
		"профессиональный рабочий уровень", "професійний робочий рівень", "επαγγελματική επάρκεια εργασίας", "kemahiran kerja profesional",
		"전문적 업무 능력", "thông thạo làm việc chuyên môn", "ความสามารถในการทำงานระดับมืออาชีพ", "كفاءة عمل مهنية", "מיומנות עבודה מקצועית",
		"व्यावसायिक कार्य दक्षता", "專業工作能力"},
	"limited working proficiency": {"competencia básica profesional", "proficiência profissional limitada",
		"nível de proficiência profissional limitado", "ograniczona biegłość w pracy",
		"compétence professionnelle limitée", "conoscenza professionale limitata", "beperkte werkvaardigheid", "ビジネス初級", "有限工作能力",
		"begrenset arbeidsferdighet", "begränsad arbetsfärdighet", "begrænset arbejdsfærdighed", "rajoitettu työtaito",
		"sınırlı çalışma yetkinliği", "omezená pracovní znalost", "competență de lucru limitată", "korlátozott munkavégzési jártasság",
		"ограниченный рабочий уровень", "обмежений робочий рівень", "περιορισμένη επάρκεια εργασίας", "kemahiran kerja terhad", "제한적 업무 능력",
		"thông thạo làm việc hạn chế", "ความสามารถในการทำงานแบบจำกัด", "كفاءة عمل محدودة", "מיומנות עבודה מוגבלת", "सीमित कार्य दक्षता"},
	"elementary proficiency": {"competencia básica", "nível básico", "nível de proficiência elementar", "podstawowa znajomość", "notions", "grundkenntnisse", "conoscenza elementare",
		"elementaire vaardigheid", "初級", "初级",
		"grunnleggende ferdighet", "grundläggande färdighet", "grundlæggende færdighed", "alkeistaito", "başlangıç düzeyinde yetkinlik",
		"základní znalost", "competență elementară", "alapszintű jártasság", "начальный уровень", "елементарний рівень", "στοιχειώδης επάρκεια",
		"kemahiran asas", "기초 능력", "thông thạo sơ cấp", "ความสามารถระดับพื้นฐาน", "كفاءة أساسية", "מיומנות בסיסית", "प्रारंभिक दक्षता", "初級能力"},
	// Dates.
	"less than a year": {"menos de un año", "menos de um ano", "moins d’un an", "moins d'un an", "weniger als ein jahr", "meno di un anno", "minder dan een jaar", "1年未満", "不到 1 年", "不到1年",
		"mindre enn ett år", "mindre än ett år", "mindre end et år", "alle vuosi", "alle vuoden", "1 yıldan az", "bir yıldan az", "méně než rok",
		"mai puțin de un an", "kevesebb mint egy év", "менее года", "меньше года", "менше року", "λιγότερο από ένα έτος", "kurang dari setahun",
		"kurang daripada setahun", "1년 미만", "chưa đến một năm", "น้อยกว่าหนึ่งปี", "أقل من سنة", "פחות משנה", "एक वर्ष से कम"},
}

// dateGlue are words dropped after "Issued" or before "Present": "Délivré
// en", "Emitido em", "o momento", "até o momento".
var dateGlue = setOf("en", "em", "il", "a", "o", "até", "da", "op", "im", "saat", "hingga", "حتى", "עד")

var (
	// reCJKMonth is a month in Chinese, Japanese or Korean: "2021年1月",
	// "2021년 1월".
	reCJKMonth = regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]`)
	// reCJKDuration is a duration: "3年 2ヶ月", "3 年 2 个月", "2ヶ月".
	reCJKDuration = regexp.MustCompile(`(\d+)\s*[年년]|(\d+)\s*(ヶ月|か月|カ月|个月|個月|개월)`)
	// reCJKYear is a year alone: "2014年".
	reCJKYear = regexp.MustCompile(`((?:19|20)\d\d)\s*[年년]`)
)

// reForeignAgo is the age of a post: "1 sem.", "2 mes •", "3 Wo.", "1週間",
// "2 周"; the French "4 j" (days) in lower case only: "4 J." is German years.
var reForeignAgo = regexp.MustCompile(`(?i)^\d{1,2}\s?(sem|mes|meses|mois|an|ans|sett|mesi|sem\.|(?-i:j)|jr|wo|mon|mnd|g|d|h|週間|か月|ヶ月|日|時間|周|个月|天|小时)\.?\s*(?:[•·]\s*(?:(?:editado|modifié|bearbeitet|modificato|bewerkt|編集済み|已编辑)\s*[•·]?)?\s*)?$|` +
	// In full words or other abbreviations, with the bullet, which a
	// duration lacks: German, Polish, Spanish, French, Swedish, Dutch,
	// Turkish, Hungarian; and a mark of editing after it.
	`(?i)^\d{1,2}\s(?:monat|monate|woche|wochen|tag|tage|jahr|jahre|stunde|stunden|j\.|mies\.|tyg\.|tydz\.|r\.|dni|dzień|godz\.|` +
	`año|años|semana|semanas|día|días|horas|semaine|semaines|jour|jours|heures|a|ans|mån|v|dag|dagar|tim|dagen|weken|jaar|uur|` +
	`gün|ay|yıl|saat|hafta|hét|nap|év|óra|m)\s*[•·]\s*(?:(?:bearbeitet|edytowano|editado|modifié|bewerkt|redigerad|düzenlendi|szerkesztve|edited)\s*[•·]?\s*)?$`)

// reForeignShowAll is a "Show all 12 skills" link: "Mostrar las 12
// aptitudes", "Alle 12 Kenntnisse anzeigen", "12件のスキルをすべて表示".
var reForeignShowAll = regexp.MustCompile(`(?i)^(mostrar|exibir|ver|afficher|voir|mostra|toon|alle)\s.*\d|^\d+\s*(件|項目).*(すべて|全て)表示|^(显示全部|查看全部)|` +
	`^(mostrar|exibir|ver|afficher|voir|mostra|toon) (todas|todos|toda|tous|toutes|toute|tutti|tutte|alle)\b|^alle \S+ (anzeigen|weergeven)\s*→?$|^すべての.+を表示\s*→?$` +
	`|^(pokaż wszystk\S*|pokaż cał\S*|wyświetl wszystk\S*|vis alle|visa alla|näytä kaikki|tüm|zobrazit vš\S*|afișați to\S*|показать все|показати вс\S*|εμφάνιση όλων|tampilkan semua|tunjukkan semua|hiển thị tất cả|عرض كل|הצגת כל)(\s|$)|모두 보기$`)

// reForeignCountWord is a count of reactions or comments: "4 comentarios".
var reForeignCountWord = regexp.MustCompile(`(?i)^[\d.,]+\s*(komentarzy|udostępnień|udostępnienia|reakcji|comentarios?|reacciones|comentários?|reações|commentaires?|réactions|kommentare?|reaktionen|commenti|reazioni|reacties|opmerkingen|komentarz[ey]?|reakcj[aei]|kommentarer|reaktioner|yorum|tepki|件のコメント|件|条评论|人)$`)

// foreignNavPrefixes start menu lines in other languages: "Prueba Premium
// por 0 EUR".
var foreignNavPrefixes = []string{"prueba premium", "experimenta premium", "teste o premium", "experimente o premium",
	"essayez premium", "essai premium", "essai gratuit de premium", "premium 0 €", "premium testen", "premium 1 monat", "premium für 0", "premium gratis", "premium kostenlos", "prova premium", "probeer premium", "premiumを無料", "免费试用 premium",
	"únete para ", "cadastre-se para ", "inscrivez-vous pour ", "jetzt anmelden", "iscriviti per ", "word lid om "}

var monthEN = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// maxUIString is the length of the longest interface string, and
// uiShapes the shapes of the ASCII ones.
var (
	maxUIString int
	uiShapes    *keyShapes
)

func init() {
	for en, others := range uiTable {
		for _, o := range others {
			uiStrings[o] = en
		}
	}
	for _, w := range []string{"ahora", "hoy", "jetzt", "oggi", "nu", "現在", "至今", "今", "현재", "目前"} {
		dateWords[w] = "Present"
	}
	maxUIString = longest(uiStrings)
	uiShapes = shapesOf(uiStrings)
	navPrefixes = append(navPrefixes, foreignNavPrefixes...)
	for _, p := range navPrefixes {
		navPrefixStart[foldByte(p[0])] = true
	}
}

// uiLine is the English form of a whole line that is a string of the
// interface in another language ("Experiencia", "Mi red"), or "".
func uiLine(s string) string {
	if len(s) > maxUIString || !uiShapes.mayHold(s) {
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
func localized(s string) (en string, ui bool) { return localizedLine(s, false) }

// localizedLine is localized; notUI says s is known not to be one of
// uiStrings (uiLine has looked it up), and it is not looked up again.
func localizedLine(s string, notUI bool) (en string, ui bool) {
	if s == "" || len(s) > 80 {
		return "", false
	}
	if !notUI && len(s) <= maxUIString && uiShapes.mayHold(s) {
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
	if (startsWithDigit(s) || !ascii || countPrefix(s)) && mayBeForeignCount(s) && endsLikeForeignCount(s) && reForeignCount.MatchString(s) {
		return "500 connections", true
	}
	if len(s) > 60 || ascii && mayBeDate(s) && isDate(s) {
		return "", false // description, or an English date
	}
	return localDate(s), false
}

// showAllWords start a "Show all" link in the languages that write it
// in Latin letters.
var showAllWords = setOf("pokaż", "wyświetl", "mostrar", "exibir", "ver", "afficher", "voir", "mostra", "toon", "alle",
	"vis", "visa", "näytä", "tüm", "zobrazit", "afișați", "показать", "показати", "εμφάνιση", "tampilkan", "tunjukkan", "hiển", "عرض", "הצגת")

// mayBeShowAll: reForeignShowAll starts with one of showAllWords, or is
// Chinese or Japanese and shows all.
func mayBeShowAll(s string, ascii bool) bool {
	if !ascii && (strings.Contains(s, "表示") || strings.Contains(s, "全部") || strings.HasSuffix(s, "모두 보기")) {
		return true
	}
	w, _, _ := strings.Cut(s, " ")
	return len(w) <= 16 && inLower(showAllWords, w)
}

// countPrefix: a count that starts with words, "Más de 500 contactos".
func countPrefix(s string) bool {
	for _, p := range []string{"más de ", "mais de ", "plus de ", "mehr als ", "oltre ", "meer dan ", "více než ", "peste ", "több mint ", "lebih dari ", "trên "} {
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
	for _, w := range strings.Fields(s) { // localDate has spaced its dashes
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
	if strings.ContainsAny(s, "–—～〜") {
		// "Jan. 2019–Heute": the dash between the dates, unspaced; and
		// the wave dash of Japanese ("2022年4月～現在").
		s = dashSpacer.Replace(s)
	}
	if !strings.Contains(s, "年") && !strings.Contains(s, "月") && !strings.Contains(s, "월") && !hasDateWord(s) {
		return "" // English, or no date
	}
	t := s
	if strings.Contains(s, "年") || strings.Contains(s, "月") || strings.Contains(s, "년") || strings.Contains(s, "월") {
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
var cjkCountries = setOf("中国", "中國", "日本", "台湾", "台灣", "香港", "新加坡", "シンガポール", "韩国", "韓国", "大韩民国", "美国", "アメリカ合衆国", "대한민국", "한국", "臺灣")

// cjkPlace reports whether s is a location in Chinese or Japanese: a
// country of cjkCountries and up to three places, separated by spaces.
func cjkPlace(s string) bool {
	if len(s) > 60 || isASCII(s) {
		return false
	}
	f := strings.Fields(s)
	return len(f) >= 2 && len(f) <= 4 && cjkCountries[f[0]] && !hasDigit(s)
}

// dashSpacer spaces the dashes between two dates.
var dashSpacer = strings.NewReplacer("–", " – ", "—", " — ", "～", " – ", "〜", " – ")
