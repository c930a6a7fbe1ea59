<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="ru_RU">
    <context>
        <name>__init__</name>
        <message>
            <location filename="../../tbn4_desktop/__init__.py" line="8" />
            <location filename="../../tbn4_desktop/cli.py" line="54" />
            <source>ТБН-4: исполнение проектов</source>
            <translation>ТБН-4: жобаларды орындау</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="238" />
            <source>организация папки данных</source>
            <translation>деректер қалтасының ұйымы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="239" />
            <source>создать организацию (в пустой папке данных)</source>
            <translation>ұйым құру (бос деректер қалтасында)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="251" />
            <source>подписанты организации</source>
            <translation>ұйымның қол қоюшылары</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="252" />
            <source>добавить подписанта</source>
            <translation>қол қоюшыны қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="271" />
            <source>вопросы о применимости подзадач (на год)</source>
            <translation>кіші міндеттердің қолданылуы туралы сұрақтар (жылға)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="272" />
            <source>ответить на вопрос</source>
            <translation>сұраққа жауап беру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="279" />
            <source>курируемые субъекты квазигосударственного сектора</source>
            <translation>квазимемлекеттік сектордың жетекшілік етілетін субъектілері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="280" />
            <source>добавить курируемую организацию</source>
            <translation>жетекшілік етілетін ұйымды қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="290" />
            <source>приложить файл к документу подзадачи</source>
            <translation>кіші міндеттің құжатына файл тіркеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="297" />
            <source>изменить вид приложенного файла</source>
            <translation>тіркелген файлдың түрін өзгерту</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="302" />
            <source>добавить ссылку на публикацию</source>
            <translation>жарияланымға сілтеме қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="308" />
            <source>отметить документ «не требуется»</source>
            <translation>құжатты «талап етілмейді» деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="314" />
            <source>даты событий, от которых считаются сроки</source>
            <translation>мерзімдер есептелетін оқиғалардың күндері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="315" />
            <source>указать дату события</source>
            <translation>оқиғаның күнін көрсету</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="319" />
            <source>сроки из Карты реализации</source>
            <translation>Іске асыру картасындағы мерзімдер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="320" />
            <source>указать срок подзадачи по Карте</source>
            <translation>кіші міндеттің Карта бойынша мерзімін көрсету</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="323" />
            <source>Карта реализации (XLSX)</source>
            <translation>Іске асыру картасы (XLSX)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="328" />
            <source>отметить подзадачу «Готово к загрузке»</source>
            <translation>кіші міндетті «Жүктеуге дайын» деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="330" />
            <source>отметить загрузку в ИСПУ</source>
            <translation>ИСПУ-ға жүктелгенін белгілеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="335" />
            <source>исполнение года: документы, сроки, загрузка в ИСПУ</source>
            <translation>жылдың орындалуы: құжаттар, мерзімдер, ИСПУ-ға жүктеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="662" />
            <source>число рабочих дней N</source>
            <translation>N жұмыс күндерінің саны</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="41" />
            <source>папка данных (база, вложения, резервные копии)</source>
            <translation>деректер қалтасы (дерекқор, тіркемелер, резервтік көшірмелер)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="47" />
            <source>язык сообщений: ru или kk (по умолчанию — выбранный в программе)</source>
            <translation>хабарламалар тілі: ru немесе kk (әдепкі бойынша — бағдарламада таңдалған тіл)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="61" />
            <source>запустить приложение (по умолчанию)</source>
            <translation>бағдарламаны іске қосу (әдепкі бойынша)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="63" />
            <source>открыть главное окно и сразу выйти (проверка сборки)</source>
            <translation>басты терезені ашып, бірден шығу (жинақты тексеру)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="67" />
            <source>каталог подзадач ТБН №4</source>
            <translation>ТБН №4 кіші міндеттерінің каталогы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="72" />
            <source>заполнить папку данных демонстрационными данными</source>
            <translation>деректер қалтасын демонстрациялық деректермен толтыру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="76" />
            <source>пакет для загрузки в ИСПУ</source>
            <translation>ИСПУ-ға жүктеуге арналған пакет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="79" />
            <source>пакет в виде ZIP-файла</source>
            <translation>ZIP-файл түріндегі пакет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="81" />
            <source>пакет в виде обычной папки (новой или пустой)</source>
            <translation>кәдімгі қалта түріндегі пакет (жаңа немесе бос)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="85" />
            <source>только проект N</source>
            <translation>тек N жоба</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="86" />
            <source>только изменённое с прошлой выгрузки</source>
            <translation>тек соңғы шығарудан кейін өзгергендер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="88" />
            <source>не формировать пакет, если проверка нашла замечания (код выхода 1)</source>
            <translation>тексеру ескертулер тапса, пакетті қалыптастырмау (шығу коды 1)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="92" />
            <source>рабочие дни Казахстана</source>
            <translation>Қазақстанның жұмыс күндері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="94" />
            <source>дата плюс N рабочих дней (N может быть отрицательным)</source>
            <translation>күнге N жұмыс күнін қосу (N теріс болуы мүмкін)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="95" />
            <location filename="../../tbn4_desktop/cli.py" line="100" />
            <location filename="../../tbn4_desktop/cli.py" line="101" />
            <source>дата ГГГГ-ММ-ДД</source>
            <translation>ЖЖЖЖ-АА-КК күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="96" />
            <source>число рабочих дней</source>
            <translation>жұмыс күндерінің саны</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="99" />
            <source>рабочие дни с FROM по TO включительно</source>
            <translation>FROM бастап TO қоса алғандағы жұмыс күндері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="104" />
            <source>праздники, переносы и рабочие выходные года</source>
            <translation>жылдың мерекелері, ауыстырылған демалыстары және жұмыс істейтін демалыс күндері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="105" />
            <source>год</source>
            <translation>жыл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="109" />
            <source>сроки подзадач текущей организации</source>
            <translation>ағымдағы ұйымның кіші міндеттерінің мерзімдері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="110" />
            <source>год (по умолчанию — год даты --as-of)</source>
            <translation>жыл (әдепкі бойынша — --as-of күнінің жылы)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="116" />
            <location filename="../../tbn4_desktop/cli.py" line="342" />
            <source>на какую дату (ГГГГ-ММ-ДД), по умолчанию сегодня</source>
            <translation>қай күнге (ЖЖЖЖ-АА-КК), әдепкі бойынша бүгін</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="122" />
            <source>официальная форма (Приложения 1–5, опись) в DOCX, PDF или XLSX</source>
            <translation>ресми нысан (1–5 қосымшалар, тізімдеме) DOCX, PDF немесе XLSX форматында</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="124" />
            <source>app1 … app5 или inventory</source>
            <translation>app1 … app5 немесе inventory</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="130" />
            <source>файл формы; формат по расширению</source>
            <translation>нысан файлы; форматы кеңейтімі бойынша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="133" />
            <source>год (по умолчанию — последний год организации)</source>
            <translation>жыл (әдепкі бойынша — ұйымның соңғы жылы)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="135" />
            <source>БИН организации (по умолчанию — текущая)</source>
            <translation>ұйымның БСН-і (әдепкі бойынша — ағымдағы ұйым)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="136" />
            <source>только эта подзадача (Приложение №1), например 2.2.1</source>
            <translation>тек осы кіші міндет (№1 қосымша), мысалы 2.2.1</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="138" />
            <source>только этот период: Q1…Q4, M01…M12 (Приложение №2 — всегда за квартал)</source>
            <translation>тек осы кезең: Q1…Q4, M01…M12 (№2 қосымша — әрқашан тоқсан үшін)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="141" />
            <source>сводная форма организации и её подведомственных (app1, app3)</source>
            <translation>ұйымның және оның ведомстволық бағынысты ұйымдарының жиынтық нысаны (app1, app3)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="146" />
            <source>снимки экрана всех окон и мастеров на демонстрационных данных (PNG)</source>
            <translation>демонстрациялық деректердегі барлық терезелер мен шеберлердің скриншоттары (PNG)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="148" />
            <source>папка для PNG-файлов</source>
            <translation>PNG-файлдарға арналған қалта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="149" />
            <source>мастера только этих подзадач, через запятую</source>
            <translation>тек осы кіші міндеттердің шеберлері, үтір арқылы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="152" />
            <source>принять пакет подведомственной организации (импорт)</source>
            <translation>ведомстволық бағынысты ұйымның пакетін қабылдау (импорт)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="153" />
            <source>пакет, выгруженный подведомственной организацией</source>
            <translation>ведомстволық бағынысты ұйым шығарған пакет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="158" />
            <source>добавить организацию пакета как подведомственную, если её ещё нет</source>
            <translation>пакеттің ұйымы әлі жоқ болса, оны ведомстволық бағынысты ұйым ретінде қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="162" />
            <source>сведения об электронной цифровой подписи (ЭЦП)</source>
            <translation>электрондық цифрлық қолтаңба (ЭЦҚ) туралы мәліметтер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="163" />
            <source>файл подписи CMS (PKCS#7): .cms, .sig, .p7s</source>
            <translation>CMS (PKCS#7) қолтаңба файлы: .cms, .sig, .p7s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="164" />
            <source>подписанный документ (для отделённой подписи)</source>
            <translation>қол қойылған құжат (бөлек қолтаңба үшін)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="165" />
            <source>список отзыва сертификатов (CRL), скачанный с сайта НУЦ РК</source>
            <translation>ҚР ҰКО сайтынан жүктеп алынған кері қайтарылған сертификаттар тізімі (CRL)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="186" />
            <source>сделать резервную копию сейчас</source>
            <translation>резервтік көшірмені қазір жасау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="187" />
            <source>папка резервных копий (по умолчанию — из настроек)</source>
            <translation>резервтік көшірмелер қалтасы (әдепкі бойынша — баптаулардан)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="189" />
            <source>список резервных копий</source>
            <translation>резервтік көшірмелер тізімі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="192" />
            <source>восстановить данные из резервной копии</source>
            <translation>деректерді резервтік көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="193" />
            <source>папка резервной копии (или её имя из tbn4 backups)</source>
            <translation>резервтік көшірменің қалтасы (немесе оның tbn4 backups тізіміндегі атауы)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="195" />
            <source>проверка данных (код выхода 1 — найдены проблемы)</source>
            <translation>деректерді тексеру (шығу коды 1 — ақаулар табылды)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="197" />
            <source>убрать лишнее в карантин и удалить временные файлы программы</source>
            <translation>артық файлдарды карантинге жылжытып, бағдарламаның уақытша файлдарын жою</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="201" />
            <source>журнал изменений</source>
            <translation>өзгерістер журналы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="202" />
            <source>только эта подзадача</source>
            <translation>тек осы кіші міндет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="203" />
            <source>только этот год</source>
            <translation>тек осы жыл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="204" />
            <source>сохранить журнал в XLSX</source>
            <translation>журналды XLSX форматында сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="223" />
            <source>год плана (по умолчанию — текущий)</source>
            <translation>жоспар жылы (әдепкі бойынша — ағымдағы жыл)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="225" />
            <source>код подзадачи, например 1.1.2</source>
            <translation>кіші міндеттің коды, мысалы 1.1.2</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="226" />
            <source>период: Q1…Q4 или M01…M12 (не указывается для годовых)</source>
            <translation>кезең: Q1…Q4 немесе M01…M12 (жылдық кіші міндеттер үшін көрсетілмейді)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="240" />
            <source>наименование организации</source>
            <translation>ұйымның атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="241" />
            <source>БИН (12 цифр)</source>
            <translation>БСН (12 цифр)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="242" />
            <source>central, oblast, district или quasi</source>
            <translation>central, oblast, district немесе quasi</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="243" />
            <source>вышестоящий (курирующий) орган; не нужен для central</source>
            <translation>жоғары тұрған (жетекшілік етуші) орган; central үшін қажет емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="248" />
            <source>уровень вышестоящего органа (по умолчанию: oblast, для central — central)</source>
            <translation>жоғары тұрған органның деңгейі (әдепкі бойынша: oblast, central үшін — central)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="253" />
            <location filename="../../tbn4_desktop/cli.py" line="293" />
            <location filename="../../tbn4_desktop/ui/first_start.py" line="215" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="45" />
            <source>Ф.И.О.</source>
            <translation>Т.А.Ә.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="254" />
            <source>должность полностью</source>
            <translation>лауазымы толық</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="259" />
            <source>first_head, deputy_head, chief_of_staff, district_akim или ethics_commissioner</source>
            <translation>first_head, deputy_head, chief_of_staff, district_akim немесе ethics_commissioner</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="265" />
            <source>ИИН подписанта (необязательно): по нему узнаётся подписант в сертификате ЭЦП</source>
            <translation>қол қоюшының ЖСН-і (міндетті емес): ол бойынша ЭЦҚ сертификатындағы қол қоюшы анықталады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="273" />
            <source>ключ вопроса (tbn4 applicability list)</source>
            <translation>сұрақтың кілті (tbn4 applicability list)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="274" />
            <source>да, нет или снять ответ</source>
            <translation>иә, жоқ немесе жауапты алып тастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="292" />
            <source>ключ документа (tbn4 catalog --json)</source>
            <translation>құжаттың кілті (tbn4 catalog --json)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="293" />
            <source>кто подписал (утвердил) документ</source>
            <translation>құжатқа кім қол қойды (бекітті)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="294" />
            <source>дата документа ГГГГ-ММ-ДД</source>
            <translation>құжаттың күні ЖЖЖЖ-АА-КК</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="295" />
            <source>проект документа без подписи</source>
            <translation>қол қойылмаған құжат жобасы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="298" />
            <source>имя приложенного файла, например «Приказ.pdf»</source>
            <translation>тіркелген файлдың атауы, мысалы «Приказ.pdf»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="299" />
            <location filename="../../tbn4_desktop/cli.py" line="309" />
            <source>ключ документа</source>
            <translation>құжаттың кілті</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="300" />
            <source>signed_scan, draft или supporting</source>
            <translation>signed_scan, draft немесе supporting</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="304" />
            <source>ключ документа-ссылки</source>
            <translation>сілтеме-құжаттың кілті</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="305" />
            <source>site, media или social</source>
            <translation>site, media немесе social</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="306" />
            <source>дата публикации ГГГГ-ММ-ДД</source>
            <translation>жарияланған күні ЖЖЖЖ-АА-КК</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="311" />
            <source>причина, которую допускает Инструкция</source>
            <translation>Нұсқаулықта рұқсат етілген себеп</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="312" />
            <source>снять отметку</source>
            <translation>белгіні алып тастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="316" />
            <source>analysis_start, analysis_end, report_signed или plan_approved</source>
            <translation>analysis_start, analysis_end, report_signed немесе plan_approved</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="317" />
            <location filename="../../tbn4_desktop/cli.py" line="321" />
            <source>дата ГГГГ-ММ-ДД или none</source>
            <translation>ЖЖЖЖ-АА-КК күні немесе none</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="331" />
            <source>дата загрузки ГГГГ-ММ-ДД</source>
            <translation>жүктелген күні ЖЖЖЖ-АА-КК</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="332" />
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="230" />
            <source>номер в ИСПУ</source>
            <translation>ИСПУ-дағы нөмірі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="884" />
            <source>После --only укажите коды подзадач через запятую, например 2.3.1,4.2.1.</source>
            <translation>--only параметрінен кейін кіші міндеттердің кодтарын үтір арқылы көрсетіңіз, мысалы 2.3.1,4.2.1.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="267" />
            <source>список подписантов</source>
            <translation>қол қоюшылар тізімі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="275" />
            <source>вопросы и ответы</source>
            <translation>сұрақтар мен жауаптар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="283" />
            <source>убрать курируемую организацию</source>
            <translation>жетекшілік етілетін ұйымды алып тастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="286" />
            <source>список курируемых организаций</source>
            <translation>жетекшілік етілетін ұйымдар тізімі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="325" />
            <source>импортировать сроки из заполненной Карты</source>
            <translation>толтырылған Картадан мерзімдерді импорттау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="459" />
            <source>{title} (каталог {id}, версия {version}, {year} год)</source>
            <translation>{title} ({id} каталогы, {version} нұсқа, {year} жыл)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="529" />
            <source>Демонстрационные данные созданы: «{name}», {year} год, папка данных {folder}.</source>
            <translation>Демонстрациялық деректер жасалды: «{name}», {year} жыл, деректер қалтасы {folder}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="774" />
            <source>Сроки «{name}», {year} год, на {date}</source>
            <translation>«{name}» мерзімдері, {year} жыл, {date} күнгі жағдай</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="779" />
            <location filename="../../tbn4_desktop/cli_evidence.py" line="870" />
            <source>Предупреждения:</source>
            <translation>Ескертулер:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="905" />
            <source>Снимков экрана: {count}, папка {folder}, {seconds} с.</source>
            <translation>Скриншоттар: {count}, қалта {folder}, {seconds} с.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="470" />
            <source>Всего подзадач: {count}.</source>
            <translation>Барлық кіші міндеттер: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="485" />
            <source>Нет ни одного каталога ТБН №4: переустановите программу или импортируйте Карту реализации.</source>
            <translation>ТБН №4 бірде-бір каталогы жоқ: бағдарламаны қайта орнатыңыз немесе Іске асыру картасын импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="510" />
            <source>Демонстрационные данные создаются за год с {first} по {last}, а не за {year}: укажите один из этих годов.</source>
            <translation>Демонстрациялық деректер {year} жылға емес, {first} жылдан {last} жылға дейінгі жылға жасалады: осы жылдардың бірін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="583" />
            <source>Пакет за {year} год: подзадач и периодов {items} (готово к загрузке {ready}), файлов {files}, {size} МБ.</source>
            <translation>{year} жылғы пакет: кіші міндеттер мен кезеңдер — {items} (жүктеуге дайын — {ready}), файлдар — {files}, {size} МБ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="590" />
            <source>Пакет за {year} год ({scope}): подзадач и периодов {items} (готово к загрузке {ready}), файлов {files}, {size} МБ.</source>
            <translation>{year} жылғы пакет ({scope}): кіші міндеттер мен кезеңдер — {items} (жүктеуге дайын — {ready}), файлдар — {files}, {size} МБ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="601" />
            <source>Замечание: {code} {period}: {text}</source>
            <translation>Ескерту: {code} {period}: {text}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="709" />
            <source>tbn4: календаря на {year} год в поставке нет: дни рассчитаны по общим правилам, переносы выходных и дата Курбан айта могут не совпадать с официальными.</source>
            <translation>tbn4: жеткізілімде {year} жылғы күнтізбе жоқ: күндер жалпы ережелер бойынша есептелді, демалыс күндерінің ауыстырылуы мен Құрбан айт күні ресми күндермен сәйкес келмеуі мүмкін.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="816" />
            <location filename="../../tbn4_desktop/core/forms/render.py" line="47" />
            <source>{form}: формат XLSX не предусмотрен, сохраните в DOCX или PDF.</source>
            <translation>{form}: XLSX форматы қарастырылмаған, DOCX немесе PDF форматында сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="819" />
            <source>Указана папка, а не имя файла: {path}. Укажите имя файла, например «{example}».</source>
            <translation>Файл атауы емес, қалта көрсетілген: {path}. Файл атауын көрсетіңіз, мысалы «{example}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="824" />
            <source>Папка «{folder}» не существует. Укажите существующую папку.</source>
            <translation>«{folder}» қалтасы жоқ. Бар қалтаны көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="860" />
            <source>За {year} год данных нет: у организации нет плана на этот год (параметр --year).</source>
            <translation>{year} жылға деректер жоқ: ұйымның бұл жылға жоспары жоқ (--year параметрі).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="871" />
            <source>«{path}» — это файл, а не папка: укажите в --out папку для снимков экрана.</source>
            <translation>«{path}» — қалта емес, файл: --out параметрінде скриншоттарға арналған қалтаны көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="880" />
            <source>В папку «{folder}» нельзя записывать: укажите папку, доступную для записи.</source>
            <translation>«{folder}» қалтасына жазуға болмайды: жазуға болатын қалтаны көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="465" />
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="196" />
            <source>Проект {number}. {title}</source>
            <translation>{number}-жоба. {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="488" />
            <source>Нет каталога ТБН №4 на {year} год: каталоги есть на годы с {first} по {last}; укажите один из них или импортируйте Карту реализации на {year} год.</source>
            <translation>{year} жылға ТБН №4 каталогы жоқ: каталогтар {first} жылдан {last} жылға дейін бар; солардың бірін көрсетіңіз немесе {year} жылға арналған Іске асыру картасын импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="610" />
            <source>«{text}» — не целое число ({what}).</source>
            <translation>«{text}» — бүтін сан емес ({what}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="735" />
            <location filename="../../tbn4_desktop/services/forms.py" line="196" />
            <source>Организация не выбрана: сначала заполните сведения об организации в приложении (или создайте демонстрационные данные: tbn4 demo).</source>
            <translation>Ұйым таңдалмаған: алдымен бағдарламада ұйым туралы мәліметтерді толтырыңыз (немесе демонстрациялық деректер жасаңыз: tbn4 demo).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="808" />
            <source>Неизвестная форма «{name}»: укажите одну из {names}.</source>
            <translation>Белгісіз нысан «{name}»: мыналардың бірін көрсетіңіз: {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="848" />
            <source>Форма не сохранена. {error}</source>
            <translation>Нысан сақталмады. {error}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="876" />
            <source>Не удалось создать папку «{folder}»: укажите папку, доступную для записи.</source>
            <translation>«{folder}» қалтасын құру мүмкін болмады: жазуға болатын қалтаны көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="467" />
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="203" />
            <source>Задача {code}. {title}</source>
            <translation>{code} міндеті. {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="559" />
            <source>Проверка перед выгрузкой: замечаний {count}; пакет не сформирован (--strict).</source>
            <translation>Шығару алдындағы тексеру: ескертулер саны {count}; пакет қалыптастырылмады (--strict).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="926" />
            <source>{error}: повторите с параметром --add-subordinate.</source>
            <translation>{error}: --add-subordinate параметрімен қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="743" />
            <source>За {year} год у организации «{name}» нет плана: укажите другой год (параметр --year).</source>
            <translation>«{name}» ұйымының {year} жылға жоспары жоқ: басқа жылды көрсетіңіз (--year параметрі).</translation>
        </message>
    </context>
    <context>
        <name>cli_args</name>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="32" />
            <source>использование: </source>
            <translation>қолданылуы: </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="33" />
            <source>аргументы</source>
            <translation>аргументтер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="34" />
            <source>параметры</source>
            <translation>параметрлер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="35" />
            <source>показать эту справку и выйти</source>
            <translation>осы анықтаманы көрсету және шығу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="36" />
            <source> (по умолчанию: %(default)s)</source>
            <translation> (әдепкі бойынша: %(default)s)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="37" />
            <source>параметр %(argument_name)s: %(message)s</source>
            <translation>%(argument_name)s параметрі: %(message)s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="38" />
            <source>не указаны обязательные параметры: %s</source>
            <translation>міндетті параметрлер көрсетілмеген: %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="39" />
            <source>укажите один из параметров: %s</source>
            <translation>мына параметрлердің бірін көрсетіңіз: %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="40" />
            <source>нельзя указывать вместе с %s</source>
            <translation>%s параметрімен бірге көрсетуге болмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="41" />
            <source>неизвестные параметры: %s</source>
            <translation>белгісіз параметрлер: %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="42" />
            <source>после него нужно указать значение</source>
            <translation>одан кейін мәнін көрсету қажет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="43" />
            <source>допускается не больше одного значения</source>
            <translation>бір мәннен артық көрсетуге болмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="44" />
            <source>нужно указать хотя бы одно значение</source>
            <translation>кемінде бір мән көрсету қажет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="45" />
            <source>нет такого значения: «%(value)s» (допустимые: %(choices)s)</source>
            <translation>мұндай мән жоқ: «%(value)s» (рұқсат етілгендері: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="49" />
            <source>«%(value)s» — не целое число</source>
            <translation>«%(value)s» — бүтін сан емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="50" />
            <source>сокращение %(option)s неоднозначно: подходят %(matches)s</source>
            <translation>%(option)s қысқартуы бір мәнді емес: %(matches)s сәйкес келеді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="53" />
            <source>значение «%s» здесь не принимается</source>
            <translation>«%s» мәні мұнда қабылданбайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="54" />
            <source>неожиданный параметр %s</source>
            <translation>күтілмеген параметр %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="56" />
            <source>нужно указать значений: %s</source>
            <translation>көрсетілуі тиіс мәндер саны: %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="158" />
            <source>Дата не указана: укажите дату в виде ГГГГ-ММ-ДД.</source>
            <translation>Күні көрсетілмеген: күнді ЖЖЖЖ-АА-КК түрінде көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="186" />
            <source>Путь не указан: укажите имя файла или папки.</source>
            <translation>Жол көрсетілмеген: файлдың немесе қалтаның атауын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="200" />
            <source>Имя «{name}…» слишком длинное (длина {length}): допускается не больше {max_chars} символов.</source>
            <translation>«{name}…» атауы тым ұзын (ұзындығы {length}): {max_chars} таңбадан аспауы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="205" />
            <source>Имя «{name}» недопустимо: {problem} (имена проверяются по правилам Windows); укажите другое имя.</source>
            <translation>«{name}» атауына жол берілмейді: {problem} (атаулар Windows ережелері бойынша тексеріледі); басқа атау көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="134" />
            <source>Год не указан: укажите год числом от {year_min} до {year_max}.</source>
            <translation>Жыл көрсетілмеген: жылды {year_min} мен {year_max} аралығындағы санмен көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="140" />
            <source>«{text}» — не год: укажите год числом от {year_min} до {year_max}.</source>
            <translation>«{text}» — жыл емес: жылды {year_min} мен {year_max} аралығындағы санмен көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="147" />
            <source>Год {year} вне допустимого диапазона: укажите год от {year_min} до {year_max}.</source>
            <translation>{year} жылы рұқсат етілген ауқымнан тыс: {year_min} мен {year_max} аралығындағы жылды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="169" />
            <source>Дата {date} вне допустимого диапазона: укажите дату с 01.01.{year_min} по 31.12.{year_max}.</source>
            <translation>{date} күні рұқсат етілген ауқымнан тыс: 01.01.{year_min} бастап 31.12.{year_max} дейінгі күнді көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="90" />
            <source>tbn4: {text}. Справка: {prog} --help.</source>
            <translation>tbn4: {text}. Анықтама: {prog} --help.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="114" />
            <source>значение «{value}» не допускается (допустимые: {choices})</source>
            <translation>«{value}» мәніне рұқсат етілмейді (рұқсат етілгендері: {choices})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="165" />
            <source>«{text}» — не дата: укажите существующую дату в виде ГГГГ-ММ-ДД.</source>
            <translation>«{text}» — күн емес: нақты бар күнді ЖЖЖЖ-АА-КК түрінде көрсетіңіз.</translation>
        </message>
    </context>
    <context>
        <name>cli_backup</name>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="100" />
            <source>Дата и время</source>
            <translation>Күні мен уақыты</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="100" />
            <source>Причина</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="100" />
            <source>Размер</source>
            <translation>Өлшемі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <source>Изменений после</source>
            <translation>Кейінгі өзгерістер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <source>Имя</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="130" />
            <source>Резервных копий нет.</source>
            <translation>Резервтік көшірмелер жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="168" />
            <source>Укажите резервную копию: путь к её папке или её имя из списка tbn4 backups.</source>
            <translation>Резервтік көшірмені көрсетіңіз: оның қалтасына жолды немесе tbn4 backups тізіміндегі атауын.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="54" />
            <source>Резервная копия создана: {created}, {size}, файлов вложений {files}.</source>
            <translation>Резервтік көшірме жасалды: {created}, {size}, тіркеме файлдары: {files}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="128" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="133" />
            <source>Папка резервных копий: {folder}</source>
            <translation>Резервтік көшірмелер қалтасы: {folder}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="44" />
            <source>«{path}» — это файл, а не папка: укажите в --out папку для резервных копий.</source>
            <translation>«{path}» — қалта емес, файл: --out параметрінде резервтік көшірмелерге арналған қалтаны көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="148" />
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="26" />
            <source>Резервных копий ещё нет: создайте копию сейчас.</source>
            <translation>Резервтік көшірмелер әлі жоқ: көшірмені қазір жасаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="193" />
            <source>Отменить восстановление: tbn4 restore {name}</source>
            <translation>Қалпына келтіруден бас тарту: tbn4 restore {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="38" />
            <source>В папке данных «{folder}» нет базы данных: копировать нечего.</source>
            <translation>«{folder}» деректер қалтасында дерекқор жоқ: көшіретін ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="40" />
            <source>Файл «{path}» — не база данных SQLite: резервная копия не создана.</source>
            <translation>«{path}» файлы — SQLite дерекқоры емес: резервтік көшірме жасалмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="149" />
            <source>Внимание: {warning}</source>
            <translation>Назар аударыңыз: {warning}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="181" />
            <source>tbn4: данные восстановлены, но открыть их не удалось: {error}</source>
            <translation>tbn4: деректер қалпына келтірілді, бірақ оларды ашу мүмкін болмады: {error}</translation>
        </message>
    </context>
    <context>
        <name>cli_check</name>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="89" />
            <source>Файлы хранилища, на которые нет ссылок в базе данных: {count}, всего {size}.</source>
            <translation>Дерекқорда сілтемесі жоқ қойма файлдары: {count}, барлығы {size}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="91" />
            <source>Оставшиеся временные файлы программы: {count}, всего {size}.</source>
            <translation>Бағдарламаның қалып қойған уақытша файлдары: {count}, барлығы {size}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="76" />
            <source>Проверка данных в папке «{folder}».</source>
            <translation>«{folder}» қалтасындағы деректерді тексеру.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="80" />
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="168" />
            <source>Проверено файлов вложений: {count} ({size}).</source>
            <translation>Тексерілген тіркеме файлдары: {count} ({size}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="53" />
            <source>{summary} Лишние файлы уберёт команда «tbn4 check --repair».</source>
            <translation>{summary} Артық файлдарды «tbn4 check --repair» командасы алып тастайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="95" />
            <location filename="../../tbn4_desktop/services/integrity.py" line="126" />
            <source>Исправлять было нечего.</source>
            <translation>Түзететін ештеңе болмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="85" />
            <source>Найдено проблем: {count}.</source>
            <translation>Табылған ақаулар: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="93" />
            <source>Исправление: {result}</source>
            <translation>Түзету: {result}</translation>
        </message>
    </context>
    <context>
        <name>cli_evidence</name>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="40" />
            <source>Организация не выбрана: сначала создайте её (tbn4 org init) или заполните сведения об организации в приложении.</source>
            <translation>Ұйым таңдалмаған: алдымен оны құрыңыз (tbn4 org init) немесе бағдарламада ұйым туралы мәліметтерді толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="61" />
            <source>Неизвестный уровень «{text}»: укажите один из {choices}.</source>
            <translation>Белгісіз деңгей «{text}»: мыналардың бірін көрсетіңіз: {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="65" />
            <source>Неизвестная роль «{text}»: укажите одну из {choices}.</source>
            <translation>Белгісіз рөл «{text}»: мыналардың бірін көрсетіңіз: {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="69" />
            <source>Неизвестный канал «{text}»: укажите один из {choices}.</source>
            <translation>Белгісіз арна «{text}»: мыналардың бірін көрсетіңіз: {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="73" />
            <source>Неизвестное событие «{text}»: укажите одно из {choices}.</source>
            <translation>Белгісіз оқиға «{text}»: мыналардың бірін көрсетіңіз: {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="722" />
            <source>{where}: срок по Карте {date}.</source>
            <translation>{where}: Карта бойынша мерзім {date}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="902" />
            <source>{mark} {title} (необязательный): {parts}</source>
            <translation>{mark} {title} (міндетті емес): {parts}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="913" />
            <source>подписал(а) {name}, {role}, не может подписывать</source>
            <translation>қол қойған: {name}, {role}, қол қоя алмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="913" />
            <source>подписал(а) {name}, {role}</source>
            <translation>қол қойған: {name}, {role}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="427" />
            <source>не задаётся на этом уровне</source>
            <translation>бұл деңгейде қойылмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="724" />
            <source>{where}: срок по Карте {date} (без изменений).</source>
            <translation>{where}: Карта бойынша мерзім {date} (өзгеріссіз).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="911" />
            <source>подписал(а) {name}, не может подписывать</source>
            <translation>қол қойған: {name}, қол қоя алмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="911" />
            <source>подписал(а) {name}</source>
            <translation>қол қойған: {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="84" />
            <source>Ответ «{text}» не понят: укажите yes (да), no (нет) или none (снять ответ).</source>
            <translation>«{text}» жауабы түсініксіз: yes (иә), no (жоқ) немесе none (жауапты алып тастау) деп көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="242" />
            <source>В плане {year} года нет подзадачи {where}.</source>
            <translation>{year} жылғы жоспарда {where} кіші міндеті жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="272" />
            <source>Подписанта «{name}» нет среди подписантов организации: {names}.</source>
            <translation>«{name}» ұйымның қол қоюшыларының арасында жоқ: {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="334" />
            <source>Подписант добавлен: {name} — {position}, роль: {role}.</source>
            <translation>Қол қоюшы қосылды: {name} — {position}, рөлі: {role}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="460" />
            <source>«{name}» убрана из списка курируемых организаций.</source>
            <translation>«{name}» жетекшілік етілетін ұйымдар тізімінен алып тасталды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="660" />
            <source>Ссылка добавлена: {where}, документ «{title}», канал «{channel}».</source>
            <translation>Сілтеме қосылды: {where}, «{title}» құжаты, «{channel}» арнасы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="726" />
            <source>{where}: срок по Карте снят.</source>
            <translation>{where}: Карта бойынша мерзім алып тасталды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="728" />
            <source>{where}: срок по Карте снят (без изменений).</source>
            <translation>{where}: Карта бойынша мерзім алып тасталды (өзгеріссіз).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="783" />
            <source>{where}: «Готово к загрузке». Загрузите документы в ИСПУ и отметьте загрузку: tbn4 uploaded.</source>
            <translation>{where}: «Жүктеуге дайын». Құжаттарды ИСПУ-ға жүктеп, жүктелгенін белгілеңіз: tbn4 uploaded.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="832" />
            <source>Исполнение «{name}», {year} год, на {date}</source>
            <translation>«{name}» орындалуы, {year} жыл, {date} күнгі жағдай</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="839" />
            <source>по загрузке</source>
            <translation>жүктеу бойынша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="839" />
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="51" />
            <source>по дате документа</source>
            <translation>құжат күні бойынша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="894" />
            <source>подписант не указан</source>
            <translation>қол қоюшы көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="99" />
            <source>Период «{text}» не понят: укажите квартал Q1…Q4 или месяц M01…M12.</source>
            <translation>«{text}» кезеңі түсініксіз: Q1…Q4 тоқсанын немесе M01…M12 айын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="210" />
            <source>Подзадача {code} не применяется (ответ {reason}).</source>
            <translation>{code} кіші міндеті қолданылмайды (жауап {reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="267" />
            <source>Подписанта «{name}» нет среди подписантов организации: список пуст (tbn4 signatory add).</source>
            <translation>«{name}» ұйымның қол қоюшыларының арасында жоқ: тізім бос (tbn4 signatory add).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="302" />
            <source>Организация создана: «{name}», БИН {bin}, уровень «{level}», вышестоящий орган «{parent}». Добавьте подписантов: tbn4 signatory add.</source>
            <translation>Ұйым құрылды: «{name}», БСН {bin}, деңгейі «{level}», жоғары тұрған орган «{parent}». Қол қоюшыларды қосыңыз: tbn4 signatory add.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="309" />
            <source>Организация создана: «{name}», БИН {bin}, уровень «{level}». Добавьте подписантов: tbn4 signatory add.</source>
            <translation>Ұйым құрылды: «{name}», БСН {bin}, деңгейі «{level}». Қол қоюшыларды қосыңыз: tbn4 signatory add.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="396" />
            <source>{year} год, «{question}»: да. Подзадачи, которые от этого зависят: {codes}.</source>
            <translation>{year} жыл, «{question}»: иә. Осыған байланысты кіші міндеттер: {codes}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="429" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="173" />
            <source>да</source>
            <translation>иә</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="429" />
            <source>нет</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="429" />
            <source>нет ответа</source>
            <translation>жауап жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="432" />
            <source>{key}: {answer} — {question} (подзадачи: {codes})</source>
            <translation>{key}: {answer} — {question} (кіші міндеттер: {codes})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="445" />
            <source>Курируемая организация добавлена: «{name}», БИН {bin}.</source>
            <translation>Жетекшілік етілетін ұйым қосылды: «{name}», БСН {bin}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="447" />
            <source>Курируемая организация добавлена: «{name}».</source>
            <translation>Жетекшілік етілетін ұйым қосылды: «{name}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="533" />
            <source>Файл «{name}», {role}, добавлен: {where}, документ «{title}».</source>
            <translation>«{name}» файлы, {role}, қосылды: {where}, «{title}» құжаты.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="557" />
            <source>Неизвестный вид файла «{text}»: укажите один из {choices}.</source>
            <translation>Белгісіз файл түрі «{text}»: мыналардың бірін көрсетіңіз: {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="592" />
            <source>Файл «{name}» уже {role}: ничего не изменено.</source>
            <translation>«{name}» файлы бұрыннан — {role}: ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="598" />
            <source>Вид файла «{name}» изменён: {before} → {after} ({where}, документ «{title}»).</source>
            <translation>«{name}» файлының түрі өзгертілді: {before} → {after} ({where}, «{title}» құжаты).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="678" />
            <source>Отметка «не требуется» снята: {where}, документ «{title}».</source>
            <translation>«Талап етілмейді» белгісі алып тасталды: {where}, «{title}» құжаты.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="684" />
            <source>{where}: документ «{title}» отмечен «не требуется» ({reason}).</source>
            <translation>{where}: «{title}» құжаты «талап етілмейді» деп белгіленді ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="708" />
            <source>{year} год, {event}: {date}.</source>
            <translation>{year} жыл, {event}: {date}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="710" />
            <source>{year} год, {event}: дата снята.</source>
            <translation>{year} жыл, {event}: күні алып тасталды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="769" />
            <source>Пропущено: {item}</source>
            <translation>Өткізіп жіберілді: {item}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="806" />
            <source>{where}: «Загружено в ИСПУ» {date}, номер в ИСПУ {number}.</source>
            <translation>{where}: «ИСПУ-ға жүктелді» {date}, ИСПУ-дағы нөмірі {number}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="811" />
            <source>{where}: «Загружено в ИСПУ» {date}.</source>
            <translation>{where}: «ИСПУ-ға жүктелді» {date}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="880" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="48" />
            <source>не требуется: {reason}</source>
            <translation>талап етілмейді: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="890" />
            <source>таблица в программе</source>
            <translation>кесте бағдарламада</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="898" />
            <source>ЭЦП: {names}</source>
            <translation>ЭЦҚ: {names}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="197" />
            <source>Подзадачи «{code}» нет в каталоге на {year} год: укажите код вида 1.1.2 (список подзадач: tbn4 catalog).</source>
            <translation>{year} жылғы каталогта «{code}» кіші міндеті жоқ: 1.1.2 түріндегі кодты көрсетіңіз (кіші міндеттер тізімі: tbn4 catalog).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="206" />
            <source>Подзадача {code} не применяется к организации уровня «{level}».</source>
            <translation>{code} кіші міндеті «{level}» деңгейіндегі ұйымға қолданылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="216" />
            <source>Подзадача {code} исполняется за год целиком: параметр --period для неё не указывается.</source>
            <translation>{code} кіші міндеті бүкіл жыл үшін орындалады: ол үшін --period параметрі көрсетілмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="229" />
            <source>Подзадача {code} исполняется ежеквартально: укажите период --period ({periods}).</source>
            <translation>{code} кіші міндеті тоқсан сайын орындалады: --period кезеңін көрсетіңіз ({periods}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="251" />
            <source>У подзадачи {code} нет документа «{key}»: укажите в --doc один из ключей: {keys}.</source>
            <translation>{code} кіші міндетінде «{key}» құжаты жоқ: --doc параметрінде мына кілттердің бірін көрсетіңіз: {keys}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="327" />
            <source>Подписант «{name}» уже есть в списке организации.</source>
            <translation>«{name}» қол қоюшысы ұйымның тізімінде бұрыннан бар.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="371" />
            <source>{name} — {position} ({key}: {role}) — не подписывает больше</source>
            <translation>{name} — {position} ({key}: {role}) — енді қол қоймайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="387" />
            <source>Вопрос «{question}» не задаётся организации уровня «{level}».</source>
            <translation>«{question}» сұрағы «{level}» деңгейіндегі ұйымға қойылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="398" />
            <source>{year} год, «{question}»: нет. Подзадачи, которые от этого зависят: {codes}.</source>
            <translation>{year} жыл, «{question}»: жоқ. Осыған байланысты кіші міндеттер: {codes}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="401" />
            <source>{year} год, «{question}»: ответ снят. Подзадачи, которые от этого зависят: {codes}.</source>
            <translation>{year} жыл, «{question}»: жауап алып тасталды. Осыған байланысты кіші міндеттер: {codes}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="458" />
            <source>«{name}» нет в списке курируемых организаций.</source>
            <translation>«{name}» жетекшілік етілетін ұйымдар тізімінде жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="473" />
            <source>{name} (БИН {bin})</source>
            <translation>{name} (БСН {bin})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="499" />
            <source>{where}: к документу «{title}» файлы не прикладываются: таблица заполняется в приложении.</source>
            <translation>{where}: «{title}» құжатына файлдар тіркелмейді: кесте бағдарламада толтырылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="576" />
            <source>{where}: у документа «{title}» нет файла «{name}»: {names}.</source>
            <translation>{where}: «{title}» құжатында «{name}» файлы жоқ: {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="582" />
            <source>{where}: у документа «{title}» несколько файлов «{name}»: измените вид нужного в приложении (мастер подзадачи, страница «Документы»).</source>
            <translation>{where}: «{title}» құжатында бірнеше «{name}» файлы бар: керектісінің түрін бағдарламада өзгертіңіз (кіші міндет шебері, «Құжаттар» беті).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="627" />
            <source>{where}: документ «{title}» — не ссылка: таблица заполняется в приложении.</source>
            <translation>{where}: «{title}» құжаты — сілтеме емес: кесте бағдарламада толтырылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="646" />
            <source>Ссылка {url} ({channel}) уже есть у документа «{title}»: ничего не изменено.</source>
            <translation>{url} ({channel}) сілтемесі «{title}» құжатында бұрыннан бар: ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="764" />
            <source>{where}: {date} (было: {before})</source>
            <translation>{where}: {date} (бұрын: {before})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="882" />
            <source>файлов {count}</source>
            <translation>файлдар: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="224" />
            <source>Подзадача {code} исполняется ежемесячно: укажите период --period ({periods}).</source>
            <translation>{code} кіші міндеті ай сайын орындалады: --period кезеңін көрсетіңіз ({periods}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="235" />
            <source>У подзадачи {code} нет периода {period}: укажите один из {periods}.</source>
            <translation>{code} кіші міндетінде {period} кезеңі жоқ: мыналардың бірін көрсетіңіз: {periods}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="494" />
            <source>{where}: к документу «{title}» файлы не прикладываются: ссылки добавляются командой tbn4 link.</source>
            <translation>{where}: «{title}» құжатына файлдар тіркелмейді: сілтемелер tbn4 link командасымен қосылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="571" />
            <source>{where}: у документа «{title}» нет файла «{name}»: файлов нет.</source>
            <translation>{where}: «{title}» құжатында «{name}» файлы жоқ: файлдар жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="622" />
            <source>{where}: документ «{title}» — не ссылка: файл прикладывается командой tbn4 attach.</source>
            <translation>{where}: «{title}» құжаты — сілтеме емес: файл tbn4 attach командасымен тіркеледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="634" />
            <source>Для документа «{title}» укажите канал --channel: {channels}.</source>
            <translation>«{title}» құжаты үшін --channel арнасын көрсетіңіз: {channels}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="859" />
            <source>Не распределено: файлов {count}</source>
            <translation>Бөлінбеген файлдар: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="863" />
            <source>Загружено в ИСПУ {date}, номер {number}</source>
            <translation>ИСПУ-ға жүктелді {date}, нөмірі {number}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="884" />
            <source>ссылок {count}</source>
            <translation>сілтемелер: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="868" />
            <source>Загружено в ИСПУ {date}</source>
            <translation>ИСПУ-ға жүктелді {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="887" />
            <source>нет каналов: {channels}</source>
            <translation>арналар жоқ: {channels}</translation>
        </message>
    </context>
    <context>
        <name>cli_journal</name>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="64" />
            <source>Записей журнала изменений: {count}.</source>
            <translation>Өзгерістер журналының жазбалары: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="78" />
            <source>tbn4: внимание: журнал изменений нарушен (нарушений {count}): {first} Подробно: tbn4 check.</source>
            <translation>tbn4: назар аударыңыз: өзгерістер журналы бұзылған (бұзушылықтар саны {count}): {first} Толығырақ: tbn4 check.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="29" />
            <source>«{text}» — не код подзадачи: укажите код вида 1.1.2.</source>
            <translation>«{text}» — кіші міндеттің коды емес: 1.1.2 түріндегі кодты көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="69" />
            <source>Записей в журнале изменений нет.</source>
            <translation>Өзгерістер журналында жазбалар жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="71" />
            <source>Записей в журнале изменений по этому отбору нет.</source>
            <translation>Өзгерістер журналында осы іріктеу бойынша жазбалар жоқ.</translation>
        </message>
    </context>
    <context>
        <name>cli_signature</name>
        <message>
            <location filename="../../tbn4_desktop/cli_signature.py" line="64" />
            <source>Подпись отделена от документа: укажите подписанный документ параметром --data.</source>
            <translation>Қолтаңба құжаттан бөлек: қол қойылған құжатты --data параметрімен көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_signature.py" line="38" />
            <location filename="../../tbn4_desktop/cli_signature.py" line="30" />
            <source>Файл «{path}» больше 50 МБ: такие файлы подписи и документы не принимаются.</source>
            <translation>«{path}» файлы 50 МБ-тан үлкен: мұндай қолтаңба файлдары мен құжаттар қабылданбайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_signature.py" line="27" />
            <source>«{path}» — папка, а не файл: укажите файл.</source>
            <translation>«{path}» — файл емес, қалта: файлды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_signature.py" line="35" />
            <source>Файл не прочитан. {error}</source>
            <translation>Файл оқылмады. {error}</translation>
        </message>
    </context>
    <context>
        <name>core.attachments</name>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="43" />
            <source>PDF, JPEG, PNG, TIFF, DOCX, XLSX или файл электронной подписи (CMS)</source>
            <translation>PDF, JPEG, PNG, TIFF, DOCX, XLSX немесе электрондық қолтаңба файлы (CMS)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="221" />
            <source>Файл «{name}» в хранилище вложений повреждён или изменён: его содержимое не совпадает с сохранённой контрольной суммой. Восстановите данные из резервной копии или приложите файл заново.</source>
            <translation>Тіркемелер қоймасындағы «{name}» файлы бүлінген немесе өзгертілген: оның мазмұны сақталған бақылау сомасына сәйкес келмейді. Деректерді резервтік көшірмеден қалпына келтіріңіз немесе файлды қайта тіркеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="258" />
            <source>Файл «{name}» слишком большой: {size} МБ при допустимых {limit} МБ. Уменьшите разрешение скана или разделите документ.</source>
            <translation>«{name}» файлы тым үлкен: {size} МБ, ал рұқсат етілгені {limit} МБ. Сканның ажыратымдылығын азайтыңыз немесе құжатты бөліңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="132" />
            <source>Файл «{name}» пустой (0 байт). Выберите файл с содержимым.</source>
            <translation>«{name}» файлы бос (0 байт). Мазмұны бар файлды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="143" />
            <source>Файл «{name}» не является документом допустимого типа ({types}): тип определяется по содержимому, а не по расширению.</source>
            <translation>«{name}» файлы рұқсат етілген түрдегі құжат емес ({types}): түрі кеңейтім бойынша емес, мазмұны бойынша анықталады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="125" />
            <source>«{name}» — это не файл или он не найден.</source>
            <translation>«{name}» — бұл файл емес немесе ол табылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="129" />
            <location filename="../../tbn4_desktop/core/attachments.py" line="139" />
            <location filename="../../tbn4_desktop/core/documents.py" line="168" />
            <location filename="../../tbn4_desktop/core/esign/card.py" line="83" />
            <source>Не удалось прочитать «{name}». {reason}</source>
            <translation>«{name}» файлын оқу мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="156" />
            <location filename="../../tbn4_desktop/core/esign/card.py" line="215" />
            <source>Не удалось сохранить «{name}». {reason}</source>
            <translation>«{name}» файлын сақтау мүмкін болмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>core.backup</name>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="48" />
            <source>вручную</source>
            <translation>қолмен</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="49" />
            <source>автоматически</source>
            <translation>автоматты түрде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="50" />
            <source>при закрытии программы</source>
            <translation>бағдарламаны жапқанда</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="51" />
            <source>перед восстановлением</source>
            <translation>қалпына келтіру алдында</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="52" />
            <source>перед обновлением программы</source>
            <translation>бағдарламаны жаңарту алдында</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="149" />
            <source>Не удалось создать папку резервной копии в «{root}».</source>
            <translation>«{root}» ішінде резервтік көшірме қалтасын жасау мүмкін болмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="234" />
            <source>Файл вложения {sha}… повреждён: его содержимое не совпадает с SHA-256.</source>
            <translation>{sha}… тіркеме файлы бүлінген: оның мазмұны SHA-256 мәніне сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="310" />
            <location filename="../../tbn4_desktop/core/backup.py" line="342" />
            <location filename="../../tbn4_desktop/ui/backup_runner.py" line="113" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="192" />
            <source>Резервная копия не создана. {reason}</source>
            <translation>Резервтік көшірме жасалмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>core.backup_restore</name>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="140" />
            <source>Копия базы данных не совпадает с резервной копией: восстановление прервано, прежние данные не изменены.</source>
            <translation>Дерекқор көшірмесі резервтік көшірмеге сәйкес келмейді: қалпына келтіру тоқтатылды, бұрынғы деректер өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="61" />
            <location filename="../../tbn4_desktop/services/backups.py" line="139" />
            <source>Папка «{name}» — не полная резервная копия ТБН-4: в ней нет описания копии ({manifest}), копия не была закончена или это другая папка.</source>
            <translation>«{name}» қалтасы — ТБН-4 бағдарламасының толық резервтік көшірмесі емес: онда көшірменің сипаттамасы ({manifest}) жоқ, көшірме аяқталмаған немесе бұл басқа қалта.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="70" />
            <source>В резервной копии «{name}» нет файла базы данных.</source>
            <translation>«{name}» резервтік көшірмесінде дерекқор файлы жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="73" />
            <source>Файл базы данных в резервной копии «{name}» повреждён: его SHA-256 не совпадает с записанным при создании копии.</source>
            <translation>«{name}» резервтік көшірмесіндегі дерекқор файлы бүлінген: оның SHA-256 мәні көшірме жасалғанда жазылған мәнге сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="81" />
            <source>База данных в резервной копии «{name}» не прошла проверку целостности ({problem}).</source>
            <translation>«{name}» резервтік көшірмесіндегі дерекқор тұтастық тексерісінен өтпеді ({problem}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="88" />
            <source>В резервной копии «{name}» недостаёт файлов вложений или они повреждены (файлов: {count}, например {sha}…).</source>
            <translation>«{name}» резервтік көшірмесінде тіркеме файлдары жетіспейді немесе олар бүлінген (файлдар саны: {count}, мысалы, {sha}…).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="59" />
            <source>Папка резервной копии «{folder}» не найдена.</source>
            <translation>«{folder}» резервтік көшірме қалтасы табылмады.</translation>
        </message>
    </context>
    <context>
        <name>core.bundle</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="183" />
            <location filename="../../tbn4_desktop/services/export.py" line="780" />
            <source>Папка «{folder}» уже существует и не пуста. Выберите новую или пустую папку для пакета.</source>
            <translation>«{folder}» қалтасы бұрыннан бар және бос емес. Пакет үшін жаңа немесе бос қалтаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="220" />
            <source>Формирование пакета отменено; папка не создана.</source>
            <translation>Пакетті қалыптастыру тоқтатылды; қалта жасалмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="316" />
            <source>Файл «{name}» изменился или повреждён в хранилище вложений (не совпадает контрольная сумма). Приложите скан заново и повторите выгрузку.</source>
            <translation>«{name}» файлы тіркемелер қоймасында өзгерген немесе бүлінген (бақылау сомасы сәйкес келмейді). Сканды қайта тіркеп, жүктеп алуды қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="138" />
            <source>Не удалось создать файл пакета. {reason}</source>
            <translation>Пакет файлын жасау мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="194" />
            <source>Не удалось создать папку пакета. {reason}</source>
            <translation>Пакет қалтасын жасау мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="333" />
            <location filename="../../tbn4_desktop/core/bundle_layout.py" line="114" />
            <source>Не удалось прочитать файл для пакета. {reason}</source>
            <translation>Пакетке арналған файлды оқу мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="158" />
            <location filename="../../tbn4_desktop/core/bundle.py" line="223" />
            <source>Не удалось записать пакет. {reason}</source>
            <translation>Пакетті жазу мүмкін болмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_layout</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_layout.py" line="240" />
            <source>(формируемый пакет)</source>
            <translation>(жасалып жатқан пакет)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_layout.py" line="236" />
            <source>Не удалось составить имя файла «{path}» для пакета ({problem}).</source>
            <translation>Пакет үшін «{path}» файлының атауын құрастыру мүмкін болмады ({problem}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_layout.py" line="296" />
            <source>Предельная длина пути в пакете ({limit} символов) слишком мала для папки «{folder}». Увеличьте её в настройках.</source>
            <translation>Пакеттегі жолдың шекті ұзындығы ({limit} таңба) «{folder}» қалтасы үшін тым аз. Оны баптауларда үлкейтіңіз.</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_manifest</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="42" />
            <source>попросите организацию сформировать пакет в программе ТБН-4 заново и прислать его ещё раз</source>
            <translation>ұйымнан пакетті ТБН-4 бағдарламасында қайта қалыптастырып, оны тағы бір рет жіберуді сұраңыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="63" />
            <source>сведения о вышестоящем органе неверного типа</source>
            <translation>жоғары тұрған орган туралы мәліметтердің түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="78" />
            <source>версия каталога неверного типа</source>
            <translation>каталог нұсқасының түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="82" />
            <source>список файлов в корне (files) неверного типа</source>
            <translation>түбірдегі файлдар тізімінің (files) түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="85" />
            <source>неизвестный состав пакета (scope)</source>
            <translation>пакеттің құрамы белгісіз (scope)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="454" />
            <source>{message}; {advice}.</source>
            <translation>{message}; {advice}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="51" />
            <source>файл manifest.json повреждён или не в формате JSON</source>
            <translation>manifest.json файлы бүлінген немесе JSON форматында емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="57" />
            <source>в manifest.json слишком глубокая вложенность</source>
            <translation>manifest.json ішіндегі кірістіру тым терең</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="67" />
            <source>БИН организации</source>
            <translation>ұйымның БСН-і</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="68" />
            <source>уровень организации</source>
            <translation>ұйымның деңгейі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="69" />
            <source>наименование вышестоящего органа</source>
            <translation>жоғары тұрған органның атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="70" />
            <source>БИН вышестоящего органа</source>
            <translation>жоғары тұрған органның БСН-і</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="197" />
            <source>записи №{number} ({code})</source>
            <translation>№{number} жазбаның ({code})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="218" />
            <source>чем судится срок</source>
            <translation>мерзім неге қарап бағаланады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="303" />
            <source>список курируемых организаций (organization.supervised) неверного типа</source>
            <translation>жетекшілік етілетін ұйымдар тізімінің (organization.supervised) түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="316" />
            <source>даты событий (anchors) неверного вида</source>
            <translation>оқиғалар күндерінің (anchors) түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="333" />
            <source>ответы на вопросы применимости (answers) неверного вида</source>
            <translation>қолданылу сұрақтарына жауаптардың (answers) түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="447" />
            <source>Пакет «{name}» отклонён: {problem}; {advice}.</source>
            <translation>«{name}» пакеті қабылданбады: {problem}; {advice}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="75" />
            <source>указан невозможный год {year}</source>
            <translation>мүмкін емес жыл көрсетілген: {year}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="153" />
            <source>в manifest.json {problem}</source>
            <translation>manifest.json ішінде {problem}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="184" />
            <source>дата «{value}» ({what}) не в виде ГГГГ-ММ-ДД</source>
            <translation>«{value}» күні ({what}) ЖЖЖЖ-АА-КК түрінде емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="283" />
            <source>{where}, документ «{key}»</source>
            <translation>{where} «{key}» құжатының</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="307" />
            <source>в списке курируемых организаций запись без наименования</source>
            <translation>жетекшілік етілетін ұйымдар тізімінде атауы жоқ жазба бар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="91" />
            <source>подзадача {code} (за год) указана дважды</source>
            <translation>{code} кіші міндеті (жыл бойынша) екі рет көрсетілген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="103" />
            <source>корня пакета</source>
            <translation>пакет түбірінің</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="159" />
            <source>поле «{what}» неверного типа или слишком длинное</source>
            <translation>«{what}» өрісінің түрі қате немесе ол тым ұзын</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="167" />
            <source>{what} «{value}» не из 12 цифр</source>
            <translation>{what} «{value}» 12 цифрдан тұрмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="199" />
            <source>у {where} неверный код подзадачи или период</source>
            <translation>{where} кіші міндет коды немесе кезеңі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="203" />
            <source>у {where} подписант указан для всей подзадачи, а в формате 2 — для каждого документа</source>
            <translation>{where} қол қоюшысы бүкіл кіші міндет үшін көрсетілген, ал 2-форматта ол әр құжат үшін көрсетіледі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="228" />
            <source>примечание</source>
            <translation>ескертпе</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="245" />
            <source>у {where} сведения о подписанте неполные (full_name, role)</source>
            <translation>{where} қол қоюшы туралы мәліметтері толық емес (full_name, role)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="254" />
            <source>у {where} ссылка без адреса</source>
            <translation>{where} мекенжайы жоқ сілтемесі бар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="268" />
            <source>у {where} неверный ключ документа «{key}»</source>
            <translation>{where} «{key}» құжат кілті қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="273" />
            <source>у {where} нет списка документов (slots)</source>
            <translation>{where} құжаттар тізімі (slots) жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="284" />
            <source>причина «не требуется», {where}</source>
            <translation>{where} «талап етілмейді» себебі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="309" />
            <source>БИН курируемой организации</source>
            <translation>жетекшілік етілетін ұйымның БСН-і</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="320" />
            <source>дата события «{event}»</source>
            <translation>«{event}» оқиғасының күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="341" />
            <source>у {where} строки таблиц (data_rows) неверного типа</source>
            <translation>{where} кестелер жолдарының (data_rows) түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="366" />
            <source>у {where} описание файла неполное (path, sha256, size, role)</source>
            <translation>{where} файл сипаттамасы толық емес (path, sha256, size, role)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="405" />
            <source>у файла подписи «{path}» сведения о подписи (signs, signers) неверного вида</source>
            <translation>«{path}» қолтаңба файлының қолтаңба туралы мәліметтері (signs, signers) дұрыс емес түрде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="90" />
            <source>подзадача {code} ({period}) указана дважды</source>
            <translation>{code} кіші міндеті ({period}) екі рет көрсетілген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="175" />
            <source>неизвестное значение «{value}» ({what})</source>
            <translation>белгісіз мән «{value}» ({what})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="190" />
            <source>время создания «{value}» не в формате ISO</source>
            <translation>«{value}» жасалу уақыты ISO форматында емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="217" />
            <source>у {where} отметка «complete» неверного типа</source>
            <translation>{where} «complete» белгісінің түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="222" />
            <source>статус {where}</source>
            <translation>{where} мәртебесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="223" />
            <source>дата исполнения, {where}</source>
            <translation>{where} орындалу күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="229" />
            <source>дата загрузки в ИСПУ, {where}</source>
            <translation>{where} ИСПУ-ға жүктелген күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="249" />
            <source>роль подписанта {where}</source>
            <translation>{where} қол қоюшысының рөлі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="258" />
            <source>название ссылки</source>
            <translation>сілтеме атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="259" />
            <source>дата публикации, {where}</source>
            <translation>{where} жариялану күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="278" />
            <source>у {where} описание документа неверного вида</source>
            <translation>{where} құжат сипаттамасының түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="281" />
            <source>у {where} документ «{key}» указан дважды</source>
            <translation>{where} «{key}» құжаты екі рет көрсетілген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="287" />
            <source>у {where} список ссылок неверного типа</source>
            <translation>{where} сілтемелер тізімінің түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="350" />
            <source>у {where} строки таблицы «{key}» (data_rows) неверного вида</source>
            <translation>{where} «{key}» кестесі жолдарының (data_rows) түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="378" />
            <source>исходное имя файла</source>
            <translation>файлдың бастапқы атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="379" />
            <source>тип файла</source>
            <translation>файл түрі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="428" />
            <source>файл подписи «{path}» относится к файлу «{document}», которого нет среди файлов этой подзадачи</source>
            <translation>«{path}» қолтаңба файлы осы кіші міндеттің файлдары арасында жоқ «{document}» файлына жатады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="262" />
            <source>канал публикации, {where}</source>
            <translation>{where} жариялану арнасы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="293" />
            <source>дата документа, {where}</source>
            <translation>{where} күні</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_names</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="85" />
            <source>пустое имя или переход в родительскую папку («..»)</source>
            <translation>бос атау немесе аталық қалтаға өту («..»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="90" />
            <source>управляющие символы</source>
            <translation>басқарушы таңбалар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="92" />
            <source>точка или пробел в конце имени</source>
            <translation>атаудың соңында нүкте немесе бос орын</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="94" />
            <source>зарезервированное имя Windows</source>
            <translation>Windows жүйесінің резервтелген атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="117" />
            <source>обратная косая черта в пути</source>
            <translation>жолда кері қиғаш сызық бар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="119" />
            <source>абсолютный путь</source>
            <translation>абсолют жол</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="124" />
            <source>переход в родительскую папку («..»)</source>
            <translation>аталық қалтаға өту («..»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="88" />
            <source>недопустимые символы {chars}</source>
            <translation>рұқсат етілмеген таңбалар {chars}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="121" />
            <source>путь длиннее {limit} символов</source>
            <translation>жол {limit} таңбадан ұзын</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="50" />
            <source>Имя пакета «{stem}» слишком длинное: после распаковки в папку «Загрузки» пути файлов превысят 260 символов. Сократите имя файла или папки пакета.</source>
            <translation>«{stem}» пакет атауы тым ұзын: «Жүктеулер» қалтасына шығарғаннан кейін файлдардың жолдары 260 таңбадан асады. Пакет файлының немесе қалтасының атауын қысқартыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="143" />
            <source>Пакет «{name}» отклонён: имена «{first}» и «{second}» совпадают (с учётом регистра букв в Windows).</source>
            <translation>«{name}» пакеті қабылданбады: «{first}» және «{second}» атаулары сәйкес келеді (Windows жүйесінде әріп регистрі ескерілмейді).</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_reader</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="344" />
            <source>в нём нет файла manifest.json (это не пакет ТБН-4 или он неполный)</source>
            <translation>онда manifest.json файлы жоқ (бұл ТБН-4 пакеті емес немесе ол толық емес)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="346" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="353" />
            <source>файл manifest.json слишком большой</source>
            <translation>manifest.json файлы тым үлкен</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="96" />
            <source>если пакет настоящий, увеличьте предел «{setting}» в файле settings.json папки данных</source>
            <translation>егер пакет шынайы болса, деректер қалтасындағы settings.json файлында «{setting}» шегін үлкейтіңіз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="351" />
            <source>файл manifest.json не читается (архив повреждён)</source>
            <translation>manifest.json файлы оқылмайды (архив бүлінген)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="152" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="188" />
            <location filename="../../tbn4_desktop/services/import_staging.py" line="106" />
            <location filename="../../tbn4_desktop/services/imports.py" line="200" />
            <source>Приём пакета отменён; данные не изменены.</source>
            <translation>Пакетті қабылдау тоқтатылды; деректер өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="238" />
            <source>«{path}» — это не файл; выберите ZIP-файл пакета.</source>
            <translation>«{path}» — бұл файл емес; пакеттің ZIP-файлын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="243" />
            <source>файл больше допустимых {limit} МБ</source>
            <translation>файл рұқсат етілген шектен ({limit} МБ) үлкен</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="289" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="299" />
            <source>в архиве %n файл при допустимых {limit}</source>
            <translation>
                <numerusform>архивте %n файл бар, ал рұқсат етілгені {limit}</numerusform>
                <numerusform>архивте %n файл бар, ал рұқсат етілгені {limit}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="234" />
            <source>Файл пакета не найден: {path}; проверьте имя и папку.</source>
            <translation>Пакет файлы табылмады: {path}; атауы мен қалтасын тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="236" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="257" />
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="62" />
            <source>Не удалось открыть пакет. {reason}</source>
            <translation>Пакетті ашу мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="251" />
            <source>Файл «{name}» не является пакетом ТБН-4: это не ZIP-архив или он повреждён; попросите прислать пакет заново.</source>
            <translation>«{name}» файлы ТБН-4 пакеті емес: бұл ZIP-архив емес немесе ол бүлінген; пакетті қайта жіберуді сұраңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="320" />
            <source>файл «{path}» больше допустимых {limit} МБ</source>
            <translation>«{path}» файлы рұқсат етілген шектен ({limit} МБ) үлкен</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="326" />
            <source>файл «{path}» сжат в %n раз (признак ZIP-бомбы)</source>
            <translation>
                <numerusform>«{path}» файлы %n есе сығылған (ZIP-бомба белгісі)</numerusform>
                <numerusform>«{path}» файлы %n есе сығылған (ZIP-бомба белгісі)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="334" />
            <source>общий размер файлов больше допустимых {limit} МБ</source>
            <translation>файлдардың жалпы өлшемі рұқсат етілген шектен ({limit} МБ) үлкен</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="190" />
            <source>размер файла «{path}» не совпадает с manifest.json</source>
            <translation>«{path}» файлының өлшемі manifest.json мәліметіне сәйкес келмейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="193" />
            <source>контрольная сумма файла «{path}» не совпадает (файл повреждён)</source>
            <translation>«{path}» файлының бақылау сомасы сәйкес келмейді (файл бүлінген)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="200" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="208" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="376" />
            <source>файл «{path}» не читается (архив повреждён)</source>
            <translation>«{path}» файлы оқылмайды (архив бүлінген)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="204" />
            <source>Не удалось сохранить файл «{path}» из пакета. {reason}</source>
            <translation>Пакеттегі «{path}» файлын сақтау мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="179" />
            <source>файл «{path}» больше, чем указано в manifest.json</source>
            <translation>«{path}» файлы manifest.json ішінде көрсетілгеннен үлкен</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_spec</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_spec.py" line="50" />
            <source>Формирование пакета отменено; файл не создан.</source>
            <translation>Пакетті қалыптастыру тоқтатылды; файл жасалмады.</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_verify</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="106" />
            <source>нет номера версии формата</source>
            <translation>формат нұсқасының нөмірі жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="128" />
            <source>не указаны наименование или уровень организации</source>
            <translation>ұйымның атауы немесе деңгейі көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="130" />
            <source>не указан каталог (id, version)</source>
            <translation>каталог көрсетілмеген (id, version)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="132" />
            <source>список файлов в корне пакета («files») неверного типа</source>
            <translation>пакет түбіріндегі файлдар тізімінің («files») түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="135" />
            <source>описание файла в корне пакета неполное (path, sha256, size, role)</source>
            <translation>пакет түбіріндегі файл сипаттамасы толық емес (path, sha256, size, role)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="257" />
            <source>недопустимое имя «{entry}» ({problem})</source>
            <translation>«{entry}» атауы рұқсат етілмейді ({problem})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="259" />
            <source>имя «{entry}» записано не в UTF-8, русские буквы будут искажены</source>
            <translation>«{entry}» атауы UTF-8 кодтауында жазылмаған, орыс әріптері бұрмаланады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="261" />
            <source>файл «{entry}» зашифрован</source>
            <translation>«{entry}» файлы шифрланған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="264" />
            <source>«{entry}» — символьная ссылка</source>
            <translation>«{entry}» — символдық сілтеме</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="266" />
            <source>«{entry}» — папка, записанная как файл</source>
            <translation>«{entry}» — файл ретінде жазылған қалта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="81" />
            <source>Файл manifest.json в пакете «{name}» слишком большой; пакет отклонён.</source>
            <translation>«{name}» пакетіндегі manifest.json файлы тым үлкен; пакет қабылданбады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="98" />
            <source>Пакет «{name}» отклонён: в manifest.json {problem}.</source>
            <translation>«{name}» пакеті қабылданбады: manifest.json ішінде {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="102" />
            <source>Файл «{name}» не является пакетом ТБН-4 (неверный формат manifest.json).</source>
            <translation>«{name}» файлы ТБН-4 пакеті емес (manifest.json форматы қате).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="109" />
            <source>Пакет «{name}» создан более новой версией программы (формат {version}). Обновите программу, чтобы принять его.</source>
            <translation>«{name}» пакеті бағдарламаның жаңарақ нұсқасымен жасалған ({version} формат). Оны қабылдау үшін бағдарламаны жаңартыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="115" />
            <source>неизвестная версия формата {version}</source>
            <translation>форматтың белгісіз нұсқасы {version}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="233" />
            <source>Пакет «{name}» отклонён: журнал изменений должен быть одним файлом {journal} в корне пакета.</source>
            <translation>«{name}» пакеті қабылданбады: өзгерістер журналы пакет түбіріндегі бір {journal} файлы болуы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="240" />
            <source>Пакет «{name}» отклонён: журнал изменений ({journal}) слишком большой.</source>
            <translation>«{name}» пакеті қабылданбады: өзгерістер журналы ({journal}) тым үлкен.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="310" />
            <source>Пакет «{name}» отклонён: файл «{path}» не указан в manifest.json.</source>
            <translation>«{name}» пакеті қабылданбады: «{path}» файлы manifest.json ішінде көрсетілмеген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="53" />
            <source>Файл пакета не найден: {path}.</source>
            <translation>Пакет файлы табылмады: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="56" />
            <source>Файл «{name}» не является пакетом ТБН-4: это не ZIP-архив или он повреждён. Попросите прислать пакет заново.</source>
            <translation>«{name}» файлы ТБН-4 пакеті емес: бұл ZIP-архив емес немесе ол бүлінген. Пакетті қайта жіберуді сұраңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="78" />
            <source>В пакете «{name}» нет файла manifest.json: это не пакет ТБН-4 или он неполный.</source>
            <translation>«{name}» пакетінде manifest.json файлы жоқ: бұл ТБН-4 пакеті емес немесе ол толық емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="88" />
            <source>Файл manifest.json в пакете «{name}» повреждён или не в формате JSON; пакет отклонён.</source>
            <translation>«{name}» пакетіндегі manifest.json файлы бүлінген немесе JSON форматында емес; пакет қабылданбады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="125" />
            <source>нет поля «{key}» или оно неверного типа</source>
            <translation>«{key}» өрісі жоқ немесе оның түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="138" />
            <source>запись №{number} не содержит кода подзадачи или периода</source>
            <translation>№{number} жазбада кіші міндет коды немесе кезең жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="141" />
            <source>у записи №{number} ({code}) списки файлов или ссылок неверного типа</source>
            <translation>№{number} жазбаның ({code}) файлдар немесе сілтемелер тізімдерінің түрі қате</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="147" />
            <source>у записи №{number} ({code}) нет списка документов (slots)</source>
            <translation>№{number} жазбаның ({code}) құжаттар тізімі (slots) жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="247" />
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="194" />
            <source>Пакет «{name}» отклонён: {problem}.</source>
            <translation>«{name}» пакеті қабылданбады: {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="283" />
            <source>Пакет «{name}» отклонён: в manifest.json недопустимый путь «{path}» ({problem}).</source>
            <translation>«{name}» пакеті қабылданбады: manifest.json ішінде рұқсат етілмеген «{path}» жолы бар ({problem}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="289" />
            <source>Пакет «{name}» отклонён: файл «{path}» указан в manifest.json дважды.</source>
            <translation>«{name}» пакеті қабылданбады: «{path}» файлы manifest.json ішінде екі рет көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="297" />
            <source>Пакет «{name}» неполный: нет файла «{path}», указанного в manifest.json.</source>
            <translation>«{name}» пакеті толық емес: manifest.json ішінде көрсетілген «{path}» файлы жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="303" />
            <source>Пакет «{name}» повреждён: размер файла «{path}» не совпадает с manifest.json.</source>
            <translation>«{name}» пакеті бүлінген: «{path}» файлының өлшемі manifest.json мәліметіне сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="322" />
            <source>Пакет «{name}» повреждён: файл «{path}» не читается.</source>
            <translation>«{name}» пакеті бүлінген: «{path}» файлы оқылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="152" />
            <source>у записи №{number} ({code}) описание файла неполное (path, sha256, size, role)</source>
            <translation>№{number} жазбаның ({code}) файл сипаттамасы толық емес (path, sha256, size, role)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="158" />
            <source>у записи №{number} ({code}) у файла не указан документ (slot)</source>
            <translation>№{number} жазбада ({code}) файлдың құжаты (slot) көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="206" />
            <source>Пакет «{name}» повреждён: контрольная сумма файла «{path}» не совпадает.</source>
            <translation>«{name}» пакеті бүлінген: «{path}» файлының бақылау сомасы сәйкес келмейді.</translation>
        </message>
    </context>
    <context>
        <name>core.catalog</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog.py" line="56" />
            <source>начало внутреннего анализа коррупционных рисков</source>
            <translation>сыбайлас жемқорлық тәуекелдеріне ішкі талдаудың басталуы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog.py" line="57" />
            <source>завершение внутреннего анализа коррупционных рисков</source>
            <translation>сыбайлас жемқорлық тәуекелдеріне ішкі талдаудың аяқталуы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog.py" line="58" />
            <source>подписание аналитической справки</source>
            <translation>талдамалық анықтамаға қол қою</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog.py" line="59" />
            <source>утверждение плана мероприятий</source>
            <translation>іс-шаралар жоспарын бекіту</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_fields</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="111" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="46" />
            <source>целое число</source>
            <translation>бүтін сан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="93" />
            <source>поле не должно быть пустым</source>
            <translation>өріс бос болмауы тиіс</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="170" />
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="79" />
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="86" />
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="114" />
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="180" />
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="304" />
            <location filename="../../tbn4_desktop/core/workdays.py" line="201" />
            <source>обязательное поле отсутствует</source>
            <translation>міндетті өріс жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="222" />
            <source>хотя бы один уровень организации</source>
            <translation>кемінде бір ұйым деңгейі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="61" />
            <source>Файл каталога {file}: {problem}.</source>
            <translation>Каталог файлы {file}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="206" />
            <source>ожидается дата в формате ГГГГ-ММ-ДД, получено {value}</source>
            <translation>ЖЖЖЖ-АА-КК форматындағы күн күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="246" />
            <source>список подписантов пуст</source>
            <translation>қол қоюшылар тізімі бос</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="59" />
            <source>Файл каталога {file}: {path} — {problem}.</source>
            <translation>Каталог файлы {file}: {path} — {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="66" />
            <location filename="../../tbn4_desktop/core/workdays.py" line="188" />
            <source>ожидается набор полей «ключ: значение», получено {value}</source>
            <translation>«кілт: мән» өрістер жиыны күтілген, {value} алынды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="90" />
            <source>ожидается строка, получено {value}</source>
            <translation>жол күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="118" />
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="122" />
            <source>ожидается {what}, получено {value}</source>
            <translation>{what} күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="144" />
            <source>ожидается true или false, получено {value}</source>
            <translation>true немесе false күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="153" />
            <source>ожидается одно из значений ({allowed}), получено {value}</source>
            <translation>мәндердің бірі күтіледі ({allowed}), берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="184" />
            <source>ожидается список, получено {value}</source>
            <translation>тізім күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="188" />
            <source>список пуст: добавьте {need}</source>
            <translation>тізім бос: {need} қосыңыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="197" />
            <source>ожидается дата ГГГГ-ММ-ДД без времени, получено {value}</source>
            <translation>уақытсыз ЖЖЖЖ-АА-КК күні күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="214" />
            <source>ожидается идентификатор из строчных латинских букв, цифр и «_», начинающийся с буквы, получено {value}</source>
            <translation>әріптен басталатын, кіші латын әріптерінен, цифрлардан және «_» белгісінен тұратын идентификатор күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="235" />
            <source>ожидается набор «уровень: [роли]», получено {value}</source>
            <translation>«деңгей: [рөлдер]» жиыны күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="258" />
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="195" />
            <source>ожидается непустая строка, получено {value}</source>
            <translation>бос емес жол күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="73" />
            <location filename="../../tbn4_desktop/core/workdays.py" line="195" />
            <source>неизвестное поле «{key}» (допустимые поля: {allowed})</source>
            <translation>белгісіз «{key}» өрісі (рұқсат етілген өрістер: {allowed})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="124" />
            <source>ожидается {what} от {minimum} до {maximum}, получено {value}</source>
            <translation>{minimum}–{maximum} аралығындағы {what} күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="162" />
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="181" />
            <source>неизвестное значение {value} (допустимые значения: {allowed})</source>
            <translation>белгісіз мән {value} (рұқсат етілген мәндер: {allowed})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="189" />
            <source>хотя бы один элемент</source>
            <translation>кемінде бір элемент</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="228" />
            <source>уровень «{level}» указан дважды</source>
            <translation>«{level}» деңгейі екі рет көрсетілген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="243" />
            <source>ожидается список ролей подписантов, получено {value}</source>
            <translation>қол қоюшылар рөлдерінің тізімі күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="128" />
            <source>ожидается {what} не меньше {minimum}, получено {value}</source>
            <translation>кемінде {minimum} болатын {what} күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="132" />
            <source>ожидается {what} не больше {maximum}, получено {value}</source>
            <translation>{maximum} мәнінен аспайтын {what} күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="251" />
            <source>роль «{role}» указана дважды</source>
            <translation>«{role}» рөлі екі рет көрсетілген</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_loader</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="80" />
            <source>год (целое число)</source>
            <translation>жыл (бүтін сан)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="81" />
            <source>целое положительное число</source>
            <translation>оң бүтін сан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="93" />
            <source>хотя бы один проект</source>
            <translation>кемінде бір жоба</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="139" />
            <source>номер проекта (целое число)</source>
            <translation>жоба нөмірі (бүтін сан)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="142" />
            <source>хотя бы одну задачу</source>
            <translation>кемінде бір міндет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="161" />
            <source>номер задачи (целое число)</source>
            <translation>міндет нөмірі (бүтін сан)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="163" />
            <source>хотя бы одну подзадачу</source>
            <translation>кемінде бір кіші міндет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="252" />
            <source>хотя бы один реестр</source>
            <translation>кемінде бір тізілім</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="303" />
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="38" />
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="71" />
            <source>(без имени)</source>
            <translation>(атауы жоқ)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="65" />
            <source>верхний уровень файла должен быть набором полей «ключ: значение» (id, year, version, …), получено {value}</source>
            <translation>файлдың жоғарғы деңгейі «кілт: мән» өрістерінің жиыны (id, year, version, …) болуы тиіс, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="76" />
            <source>допустимы латинские буквы, цифры, точка, дефис и подчёркивание, получено {value}</source>
            <translation>латын әріптері, цифрлар, нүкте, дефис және астын сызу белгісі рұқсат етіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="225" />
            <source>код {value} не совпадает с позицией в файле: ожидается «{expected}» (проект {project}, задача {task}, подзадача {number})</source>
            <translation>{value} коды файлдағы орнына сәйкес келмейді: «{expected}» күтіледі ({project} жоба, {task} міндет, {number} кіші міндет)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="106" />
            <source>номер проекта {number} уже использован в {path}</source>
            <translation>{number} жоба нөмірі {path} ішінде бұрыннан қолданылған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="172" />
            <source>код подзадачи «{code}» повторяется (уже есть в {path})</source>
            <translation>«{code}» кіші міндет коды қайталанады ({path} ішінде бұрыннан бар)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="245" />
            <source>вопрос «{key}» не найден в списке questions каталога</source>
            <translation>«{key}» сұрағы каталогтың questions тізімінен табылмады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="261" />
            <source>ключ реестра «{key}» уже использован в {path}</source>
            <translation>«{key}» тізілім кілті {path} ішінде бұрыннан қолданылған</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_registers</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="37" />
            <source>хотя бы один вопрос</source>
            <translation>кемінде бір сұрақ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="89" />
            <source>хотя бы один столбец</source>
            <translation>кемінде бір баған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="130" />
            <source>столбец не может зависеть от самого себя</source>
            <translation>баған өзіне-өзі тәуелді бола алмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="189" />
            <source>хотя бы один вариант выбора</source>
            <translation>кемінде бір таңдау нұсқасы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="27" />
            <source>ожидается набор «уровень: цитата», получено {value}</source>
            <translation>«деңгей: дәйексөз» жиыны күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="120" />
            <source>ожидается условие «столбец: значение», например {{superior_is_political: true}}, получено {value}</source>
            <translation>«баған: мән» шарты күтіледі, мысалы {{superior_is_political: true}}, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="214" />
            <source>ожидается положительное число, получено {value}</source>
            <translation>оң сан күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="45" />
            <source>вопрос «{key}» указан дважды</source>
            <translation>«{key}» сұрағы екі рет көрсетілген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="77" />
            <source>не указаны подписанты для уровня «{level}»: добавьте его в signers подзадачи или в default_signers каталога</source>
            <translation>«{level}» деңгейі үшін қол қоюшылар көрсетілмеген: оны кіші міндеттің signers өрісіне немесе каталогтың default_signers өрісіне қосыңыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="99" />
            <source>ключ столбца «{key}» повторяется (уже есть в {path})</source>
            <translation>«{key}» баған кілті қайталанады ({path} ішінде бұрыннан бар)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="140" />
            <source>столбец {value} не найден в этом реестре</source>
            <translation>{value} бағаны осы тізілімнен табылмады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="203" />
            <source>варианты выбора допустимы только для столбца типа choice, а здесь type: {type}</source>
            <translation>таңдау нұсқалары тек choice түріндегі баған үшін рұқсат етіледі, ал мұнда type: {type}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="67" />
            <source>уровень «{level}» не входит в levels этой подзадачи ({levels})</source>
            <translation>«{level}» деңгейі осы кіші міндеттің levels тізіміне кірмейді ({levels})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="135" />
            <source>столбец {value} идёт ниже этого столбца: условие может ссылаться только на столбцы выше по списку</source>
            <translation>{value} бағаны осы бағаннан төмен орналасқан: шарт тек тізімде жоғарырақ тұрған бағандарға сілтей алады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="146" />
            <source>столбец «{key}» типа bool: ожидается true или false, получено {value}</source>
            <translation>«{key}» бағаны bool түрінде: true немесе false күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="162" />
            <source>условие может ссылаться только на столбец типа bool или choice, а «{key}» имеет тип {type}</source>
            <translation>шарт тек bool немесе choice түріндегі бағанға сілтей алады, ал «{key}» бағанының түрі — {type}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="197" />
            <source>вариант {value} указан дважды</source>
            <translation>{value} нұсқасы екі рет көрсетілген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="154" />
            <source>значение {value} не входит в варианты столбца «{key}» ({choices})</source>
            <translation>{value} мәні «{key}» бағанының нұсқаларына кірмейді ({choices})</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_registry</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="41" />
            <source>Файл каталога {name}: каталог «{id}» версии {version} уже прочитан из файла {known} — файл {path} отклонён. Чтобы заменить каталог, увеличьте version в новом файле.</source>
            <translation>Каталог файлы {name}: «{id}» каталогының {version} нұсқасы {known} файлынан бұрын оқылған — {path} файлы қабылданбады. Каталогты ауыстыру үшін жаңа файлдағы version мәнін үлкейтіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="61" />
            <source>Файл каталога {name}: версия {version} каталога «{id}» старше уже установленной версии {newest} (файл {path}) — более новый каталог не заменяется.</source>
            <translation>Каталог файлы {name}: «{id}» каталогының {version} нұсқасы орнатылған {newest} нұсқасынан ескі ({path} файлы) — жаңарақ каталог ауыстырылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="127" />
            <source>Каталог «{id}» версии {version} не найден. Импортируйте файл каталога этой версии.</source>
            <translation>«{id}» каталогының {version} нұсқасы табылмады. Осы нұсқадағы каталог файлын импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="137" />
            <source>Каталог «{id}» не найден.</source>
            <translation>«{id}» каталогы табылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="154" />
            <source>Каталог ТБН №4 на {year} год не найден. Импортируйте Карту реализации на {year} год.</source>
            <translation>{year} жылға арналған ТБН №4 каталогы табылмады. {year} жылға арналған Іске асыру картасын импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="167" />
            <source>Нет каталога ТБН №4 на {year} год или более ранний. Импортируйте Карту реализации на этот год.</source>
            <translation>{year} жылға немесе одан ерте жылға арналған ТБН №4 каталогы жоқ. Осы жылға арналған Іске асыру картасын импорттаңыз.</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_slots</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="136" />
            <source>поле допустимо только для ссылки (kind: link)</source>
            <translation>өріс тек сілтеме үшін рұқсат етіледі (kind: link)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="137" />
            <source>поле допустимо только для условного документа (requirement: conditional)</source>
            <translation>өріс тек шартты құжат үшін рұқсат етіледі (requirement: conditional)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="138" />
            <source>поле допустимо только для формы отчётности (kind: form)</source>
            <translation>өріс тек есептілік нысаны үшін рұқсат етіледі (kind: form)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="139" />
            <source>поле допустимо только для таблицы (kind: register)</source>
            <translation>өріс тек кесте үшін рұқсат етіледі (kind: register)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="145" />
            <source>поле допустимо только для подписываемого документа (kind: signed или form)</source>
            <translation>өріс тек қол қойылатын құжат үшін рұқсат етіледі (kind: signed немесе form)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="147" />
            <source>поле допустимо только вместе с полем signers</source>
            <translation>өріс тек signers өрісімен бірге рұқсат етіледі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="150" />
            <source>поле допустимо только вместе с полем date</source>
            <translation>өріс тек date өрісімен бірге рұқсат етіледі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="151" />
            <source>поле допустимо только для ежеквартальных и ежемесячных подзадач</source>
            <translation>өріс тек тоқсан сайынғы және ай сайынғы кіші міндеттер үшін рұқсат етіледі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="61" />
            <source>краткое название не может заканчиваться точкой (недопустимо в именах папок Windows)</source>
            <translation>қысқа атау нүктемен аяқтала алмайды (Windows қалталарының атауларында рұқсат етілмейді)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="93" />
            <source>хотя бы один подтверждающий документ</source>
            <translation>кемінде бір растайтын құжат</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="101" />
            <source>у подтверждающего документа нет ключа (key): файл каталога составлен для прежней версии программы — возьмите образец формата из встроенного каталога tbn4-2023.yaml</source>
            <translation>растайтын құжаттың кілті (key) жоқ: каталог файлы бағдарламаның бұрынғы нұсқасына арналып жасалған — формат үлгісін кірістірілген tbn4-2023.yaml каталогынан алыңыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="163" />
            <source>номер приложения</source>
            <translation>қосымша нөмірі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="174" />
            <source>хотя бы одну причину</source>
            <translation>кемінде бір себеп</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="193" />
            <source>хотя бы один канал</source>
            <translation>кемінде бір арна</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="301" />
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="315" />
            <source>число месяца</source>
            <translation>айдың күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="317" />
            <source>число месяцев</source>
            <translation>айлар саны</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="45" />
            <source>краткое название длиннее {limit} символов ({length}): {value}</source>
            <translation>қысқа атау {limit} таңбадан ұзын ({length}): {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="54" />
            <source>краткое название используется в именах папок и не может содержать символы &lt; &gt; : " / \ | ? * и управляющие символы (найдено: {found})</source>
            <translation>қысқа атау қалталардың атауларында қолданылады және &lt; &gt; : " / \ | ? * таңбалары мен басқарушы таңбаларды қамти алмайды (табылғаны: {found})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="110" />
            <source>ключ документа «{key}» повторяется в этой подзадаче</source>
            <translation>«{key}» құжат кілті осы кіші міндетте қайталанады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="158" />
            <source>для формы отчётности (kind: form) обязателен номер приложения от {minimum} до {maximum}</source>
            <translation>есептілік нысаны (kind: form) үшін {minimum}–{maximum} аралығындағы қосымша нөмірі міндетті</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="169" />
            <source>таблица «{key}» не найдена в этой подзадаче</source>
            <translation>«{key}» кестесі осы кіші міндеттен табылмады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="215" />
            <source>ожидается year, получено {value}</source>
            <translation>year күтіледі, берілгені: {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="245" />
            <source>документ «{key}» не найден в этой подзадаче</source>
            <translation>«{key}» құжаты осы кіші міндеттен табылмады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="249" />
            <source>у документа «{key}» нет даты (поле date), по которой судить о сроке</source>
            <translation>«{key}» құжатында мерзімді бағалауға болатын күн (date өрісі) жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="286" />
            <source>поле «{key}» не применяется к сроку вида «{kind}» (допустимые поля: {allowed})</source>
            <translation>«{key}» өрісі «{kind}» түріндегі мерзімге қолданылмайды (рұқсат етілген өрістер: {allowed})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="185" />
            <source>уровень «{level}» не входит в levels этой подзадачи</source>
            <translation>«{level}» деңгейі осы кіші міндеттің levels тізіміне кірмейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="198" />
            <source>канал «{channel}» указан дважды</source>
            <translation>«{channel}» арнасы екі рет көрсетілген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="206" />
            <source>ожидается all или any, получено {value}</source>
            <translation>all немесе any күтіледі, берілгені: {value}</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_translation</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="214" />
            <source>Файл перевода каталога {file}: {place} — в каталоге нет проекта {code}.</source>
            <translation>Каталог аудармасының файлы {file}: {place} — каталогта {code} жобасы жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="222" />
            <source>Файл перевода каталога {file}: {place} — в каталоге нет задачи {code}.</source>
            <translation>Каталог аудармасының файлы {file}: {place} — каталогта {code} міндеті жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="231" />
            <source>Файл перевода каталога {file}: {place} — в каталоге нет вопроса «{code}».</source>
            <translation>Каталог аудармасының файлы {file}: {place} — каталогта «{code}» сұрағы жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="239" />
            <source>Файл перевода каталога {file}: {place} — в каталоге нет подзадачи {code}.</source>
            <translation>Каталог аудармасының файлы {file}: {place} — каталогта {code} кіші міндеті жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="268" />
            <source>Файл перевода каталога {file}: {place} — у подзадачи нет документа «{code}».</source>
            <translation>Каталог аудармасының файлы {file}: {place} — кіші міндетте «{code}» құжаты жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="280" />
            <source>Файл перевода каталога {file}: {place} — у подзадачи нет таблицы «{code}».</source>
            <translation>Каталог аудармасының файлы {file}: {place} — кіші міндетте «{code}» кестесі жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="99" />
            <source>Файл перевода каталога {file}: ожидается набор полей «ключ: значение».</source>
            <translation>Каталог аудармасының файлы {file}: «кілт: мән» түріндегі өрістер жиыны күтіледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="102" />
            <source>Файл перевода каталога {file}: {place} — ожидается набор полей «ключ: значение».</source>
            <translation>Каталог аудармасының файлы {file}: {place} — «кілт: мән» түріндегі өрістер жиыны күтіледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="121" />
            <source>Файл перевода каталога {file}: {place} — отметка перевода должна быть project или official.</source>
            <translation>Каталог аудармасының файлы {file}: {place} — аударма белгісі project немесе official болуы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="128" />
            <source>Файл перевода каталога {file}: {place} — такого текста нет в каталоге.</source>
            <translation>Каталог аудармасының файлы {file}: {place} — каталогта мұндай мәтін жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="131" />
            <source>Файл перевода каталога {file}: {place} — текст перевода пустой или не является строкой.</source>
            <translation>Каталог аудармасының файлы {file}: {place} — аударма мәтіні бос немесе жол емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="137" />
            <source>Файл перевода каталога {file}: {place} — тот же русский текст, что и в {other}, переведён иначе.</source>
            <translation>Каталог аудармасының файлы {file}: {place} — {other} орнындағы сол орысша мәтін басқаша аударылған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="148" />
            <source>Файл перевода каталога {file}: {place} — число вариантов ({count}) не совпадает с каталогом ({expected}).</source>
            <translation>Каталог аудармасының файлы {file}: {place} — нұсқалар саны ({count}) каталогпен ({expected}) сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="192" />
            <source>Файл перевода каталога {file}: {place} — перевод относится к каталогу «{found}», а не «{expected}».</source>
            <translation>Каталог аудармасының файлы {file}: {place} — аударма «{expected}» каталогына емес, «{found}» каталогына жатады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="203" />
            <source>Файл перевода каталога {file}: {place} — неизвестный язык перевода «{found}».</source>
            <translation>Каталог аудармасының файлы {file}: {place} — аударма тілі белгісіз: «{found}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="289" />
            <source>Файл перевода каталога {file}: {place} — в таблице нет столбца «{code}».</source>
            <translation>Каталог аудармасының файлы {file}: {place} — кестеде «{code}» бағаны жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="107" />
            <source>Файл перевода каталога {file}: {place} — неизвестное поле «{field}» (допустимые поля: {allowed}).</source>
            <translation>Каталог аудармасының файлы {file}: {place} — белгісіз «{field}» өрісі (рұқсат етілген өрістер: {allowed}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="176" />
            <source>Файл перевода каталога {file}: {place} — код «{code}» нужно записать в кавычках.</source>
            <translation>Каталог аудармасының файлы {file}: {place} — «{code}» кодын тырнақшаға алу керек.</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_yaml</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="57" />
            <source>Файл каталога {name}: файл слишком большой ({size} КБ, допустимо не более {limit} КБ).</source>
            <translation>Каталог файлы {name}: файл тым үлкен ({size} КБ, рұқсат етілген шегі — {limit} КБ).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="63" />
            <source>Файл каталога {name}: файл не найден ({path}).</source>
            <translation>Каталог файлы {name}: файл табылмады ({path}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="66" />
            <source>Файл каталога {name}: это папка, а не файл ({path}).</source>
            <translation>Каталог файлы {name}: бұл файл емес, қалта ({path}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="71" />
            <source>Файл каталога {name}: не удалось прочитать файл ({reason}).</source>
            <translation>Каталог файлы {name}: файлды оқу мүмкін болмады ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="78" />
            <source>Файл каталога {name}: файл не в кодировке UTF-8 (строка {line}, байт 0x{byte}). Сохраните файл в кодировке UTF-8.</source>
            <translation>Каталог файлы {name}: файл UTF-8 кодтауында емес ({line}-жол, 0x{byte} байты). Файлды UTF-8 кодтауында сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="88" />
            <source>Файл каталога {name}: строка {line} — поле «{key}» указано дважды.</source>
            <translation>Каталог файлы {name}: {line}-жол — «{key}» өрісі екі рет көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="102" />
            <source>Файл каталога {name}: ошибка синтаксиса YAML (место неизвестно): {detail}.</source>
            <translation>Каталог файлы {name}: YAML синтаксис қатесі (орны белгісіз): {detail}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="108" />
            <source>Файл каталога {name}: ошибка синтаксиса YAML: {error}.</source>
            <translation>Каталог файлы {name}: YAML синтаксис қатесі: {error}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="112" />
            <source>Файл каталога {name}: слишком глубокая вложенность данных YAML.</source>
            <translation>Каталог файлы {name}: YAML деректерінің кірістірілуі тым терең.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="97" />
            <source>Файл каталога {name}: ошибка синтаксиса YAML (строка {line}, столбец {column}): {detail}.</source>
            <translation>Каталог файлы {name}: YAML синтаксис қатесі ({line}-жол, {column}-баған): {detail}.</translation>
        </message>
    </context>
    <context>
        <name>core.checklist</name>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="257" />
            <source>не указана {date} документа «{title}»</source>
            <translation>«{title}» құжатының {date} көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="124" />
            <source>Подзадачу {code} нельзя завершить: {problems}.</source>
            <translation>{code} кіші міндетін аяқтау мүмкін емес: {problems}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="168" />
            <source>нет подписанного документа «{title}» (скана с подписью или файла с ЭЦП)</source>
            <translation>«{title}» қол қойылған құжаты жоқ (қолы бар скан да, ЭЦҚ бар файл да жоқ)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="325" />
            <source>не применяется к уровню организации</source>
            <translation>ұйымның деңгейіне қолданылмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="333" />
            <source>нет: «{question}»</source>
            <translation>жоқ: «{question}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="171" />
            <source>нет файла «{title}»</source>
            <translation>«{title}» файлы жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="201" />
            <source>не указан подписант документа «{title}»</source>
            <translation>«{title}» құжатына қол қоюшы көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="328" />
            <source>ответьте на вопрос: «{question}» (пока подзадача считается применимой)</source>
            <translation>сұраққа жауап беріңіз: «{question}» (әзірге кіші міндет қолданылатын болып саналады)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="332" />
            <source>да: «{question}»</source>
            <translation>иә: «{question}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="192" />
            <source>таблица «{title}» не заполнена</source>
            <translation>«{title}» кестесі толтырылмаған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="205" />
            <source>документ «{title}» подписал(а) {name} — {role}, а подписывать его может: {roles}</source>
            <translation>«{title}» құжатына {name} — {role} қол қойған, ал оған қол қоюға құқылы: {roles}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="189" />
            <source>нет ссылки «{title}»</source>
            <translation>«{title}» сілтемесі жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="184" />
            <source>для документа «{title}» нет ссылки ни в одном из каналов: {channels}</source>
            <translation>«{title}» құжатының сілтемесі арналардың ешқайсысында жоқ: {channels}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="186" />
            <source>для документа «{title}» нет ссылки в каналах: {channels}</source>
            <translation>«{title}» құжатының мына арналарда сілтемесі жоқ: {channels}</translation>
        </message>
    </context>
    <context>
        <name>core.deadlines</name>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="133" />
            <source>в Карте реализации нет срока — импортируйте Карту или укажите срок</source>
            <translation>Іске асыру картасында мерзім жоқ — Картаны импорттаңыз немесе мерзімді көрсетіңіз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="134" />
            <source>срок изменён вручную/по Карте</source>
            <translation>мерзім қолмен/Карта бойынша өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="60" />
            <source>Выполнено в срок</source>
            <translation>Мерзімінде орындалды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="61" />
            <source>Выполнено с опозданием</source>
            <translation>Кешігіп орындалды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="62" />
            <location filename="../../tbn4_desktop/services/today.py" line="49" />
            <source>Просрочено</source>
            <translation>Мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="63" />
            <source>Срок ≤ 3 раб. дн.</source>
            <translation>Мерзім ≤ 3 жұм. күн</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="64" />
            <source>Срок ≤ 10 раб. дн.</source>
            <translation>Мерзім ≤ 10 жұм. күн</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="65" />
            <source>Срок впереди</source>
            <translation>Мерзім алда</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="66" />
            <location filename="../../tbn4_desktop/services/today.py" line="153" />
            <source>Срок не определён</source>
            <translation>Мерзім анықталмаған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="67" />
            <location filename="../../tbn4_desktop/ui/icons.py" line="18" />
            <source>Не применяется</source>
            <translation>Қолданылмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="379" />
            <source>по дате загрузки в ИСПУ (отметка «Загружено в ИСПУ»)</source>
            <translation>ИСПУ-ға жүктелген күні бойынша («ИСПУ-ға жүктелді» белгісі)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="304" />
            <source>Дата {date} вне календаря рабочих дней ({first}–{last} годы): срок не рассчитан.</source>
            <translation>{date} күні жұмыс күндерінің күнтізбесінен тыс ({first}–{last} жылдар): мерзім есептелмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="384" />
            <source>по дате документа «{title}» ({date})</source>
            <translation>«{title}» құжатының күні бойынша ({date})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="609" />
            <source>Срок анонса о начале анализа ({due}) уже прошёл, а анализ начинается {start}: перенесите начало анализа не ранее чем на {earliest} (анонс — за 10 рабочих дней до начала).</source>
            <translation>Талдаудың басталуы туралы хабарландыру мерзімі ({due}) өтіп кетті, ал талдау {start} басталады: талдаудың басталуын {earliest} күнінен ерте емес мерзімге ауыстырыңыз (хабарландыру — басталуынан 10 жұмыс күні бұрын).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="383" />
            <source>по дате документа «{title}» (дате)</source>
            <translation>«{title}» құжатының күні бойынша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="491" />
            <source>квартал мониторинга {start}–{end} (ежеквартально со дня подписания аналитической справки {signed}; отчёт — в плане года, в котором квартал заканчивается); информация подразделений — не позднее {info_due}; справка — в течение {workdays} рабочих дней со дня поступления информации (поступила {receipt}): до {due}</source>
            <translation>мониторинг тоқсаны {start}–{end} (талдамалық анықтамаға қол қойылған {signed} күннен бастап тоқсан сайын; есеп — тоқсан аяқталатын жылдың жоспарында); бөлімшелердің ақпараты — {info_due} кешіктірілмей; анықтама — ақпарат түскен күннен бастап {workdays} жұмыс күні ішінде (ақпарат {receipt} түсті): {due} дейін</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="498" />
            <source>квартал мониторинга {start}–{end} (ежеквартально со дня подписания аналитической справки {signed}; отчёт — в плане года, в котором квартал заканчивается); информация подразделений — не позднее {info_due}; справка — в течение {workdays} рабочих дней со дня поступления информации: до {due}, если информация поступит {info_due}</source>
            <translation>мониторинг тоқсаны {start}–{end} (талдамалық анықтамаға қол қойылған {signed} күннен бастап тоқсан сайын; есеп — тоқсан аяқталатын жылдың жоспарында); бөлімшелердің ақпараты — {info_due} кешіктірілмей; анықтама — ақпарат түскен күннен бастап {workdays} жұмыс күні ішінде: ақпарат {info_due} түссе, {due} дейін</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="520" />
            <source>Год {year} вне календаря рабочих дней ({first}–{last}): сроки не рассчитаны.</source>
            <translation>{year} жыл жұмыс күндерінің күнтізбесінен тыс ({first}–{last}): мерзімдер есептелмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="710" />
            <source>не применяется к уровню «{level}»</source>
            <translation>«{level}» деңгейіне қолданылмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="359" />
            <source>Аналитическая справка подписана ({signed}) раньше завершения анализа ({end}).</source>
            <translation>Талдамалық анықтамаға ({signed}) талдау аяқталғаннан ({end}) бұрын қол қойылған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="367" />
            <source>План мероприятий утверждён ({approved}) раньше подписания аналитической справки ({signed}).</source>
            <translation>Іс-шаралар жоспары ({approved}) талдамалық анықтамаға қол қойылғаннан ({signed}) бұрын бекітілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="433" />
            <source>{rule} ({nominal} — выходной день, срок переносится на следующий рабочий день {due})</source>
            <translation>{rule} ({nominal} — демалыс күні, мерзім келесі жұмыс күніне, {due} күніне ауыстырылады)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="471" />
            <source>в этом квартале не заканчивается ни один квартал мониторинга ({details})</source>
            <translation>бұл тоқсанда мониторингтің бірде-бір тоқсаны аяқталмайды ({details})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="648" />
            <source>Дата расчёта {date} вне календаря рабочих дней ({first}–{last} годы): состояние сроков не определено.</source>
            <translation>Есептеу күні {date} жұмыс күндерінің күнтізбесінен тыс ({first}–{last} жылдар): мерзімдердің жай-күйі анықталмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="663" />
            <source>Подзадачи {code} нет в каталоге {catalog} (версия {version}).</source>
            <translation>{catalog} каталогында (нұсқасы {version}) {code} кіші міндеті жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="673" />
            <source>подзадача не найдена в каталоге</source>
            <translation>кіші міндет каталогтан табылмады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="188" />
            <location filename="../../tbn4_desktop/core/workdays.py" line="430" />
            <source>Календарь рабочих дней охватывает {first}–{last} годы, а не {year} год.</source>
            <translation>Жұмыс күндерінің күнтізбесі {year} жылды емес, {first}–{last} жылдарды қамтиды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="330" />
            <source>Дата «{event}» ({date}) приходится на выходной день: проверьте её.</source>
            <translation>«{event}» күні ({date}) демалыс күніне түседі: оны тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="339" />
            <source>Завершение анализа ({end}) указано раньше его начала ({start}).</source>
            <translation>Талдаудың аяқталуы ({end}) оның басталуынан ({start}) ерте көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="414" />
            <source>{rule}: правило срока неполное</source>
            <translation>{rule}: мерзім ережесі толық емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="416" />
            <location filename="../../tbn4_desktop/core/deadlines.py" line="540" />
            <source>укажите дату: {event}</source>
            <translation>күнін көрсетіңіз: {event}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="463" />
            <source>справка подписана {signed}, кварталы мониторинга заканчиваются {ends}</source>
            <translation>анықтамаға {signed} қол қойылды, мониторинг тоқсандары {ends} аяқталады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="578" />
            <source>срок изменён вручную/по Карте: {date} (по правилу «{rule}» — {due})</source>
            <translation>мерзім қолмен/Карта бойынша өзгертілді: {date} («{rule}» ережесі бойынша — {due})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="322" />
            <source>Дата «{event}» {date} вне календаря рабочих дней ({first}–{last} годы): проверьте её.</source>
            <translation>«{event}» күні {date} жұмыс күндерінің күнтізбесінен тыс ({first}–{last} жылдар): оны тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="351" />
            <source>Внутренний анализ коррупционных рисков длится {length} рабочих дней ({start}–{end}), а по Инструкции — не более {limit} рабочих дней.</source>
            <translation>Сыбайлас жемқорлық тәуекелдеріне ішкі талдау {length} жұмыс күніне созылады ({start}–{end}), ал Нұсқаулық бойынша — {limit} жұмыс күнінен аспауы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="552" />
            <location filename="../../tbn4_desktop/core/deadlines.py" line="568" />
            <source>неизвестный отчётный период «{period}»</source>
            <translation>белгісіз есепті кезең «{period}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="582" />
            <source>срок изменён вручную/по Карте: {date} (правило: {rule})</source>
            <translation>мерзім қолмен/Карта бойынша өзгертілді: {date} (ереже: {rule})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="691" />
            <source>не применяется: нет — «{question}»</source>
            <translation>қолданылмайды: жоқ — «{question}»</translation>
        </message>
    </context>
    <context>
        <name>core.documents</name>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="123" />
            <source>Выберите файлы для объединения.</source>
            <translation>Біріктіру үшін файлдарды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="105" />
            <source>Просмотр файлов этого типа («{name}») недоступен: откройте его в Word или Excel.</source>
            <translation>Бұл түрдегі файлдарды («{name}») қарау қолжетімсіз: оны Word немесе Excel бағдарламасында ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="245" />
            <source>Изображение «{name}» повреждено или не читается. Отсканируйте документ заново.</source>
            <translation>«{name}» кескіні бүлінген немесе оқылмайды. Құжатты қайта сканерлеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="67" />
            <source>В PDF «{name}» нет ни одной страницы. Пересохраните или отсканируйте документ заново.</source>
            <translation>«{name}» PDF файлында бірде-бір бет жоқ. Құжатты қайта сақтаңыз немесе қайта сканерлеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="117" />
            <source>«{name}» нельзя объединить в PDF: объединяются только PDF и сканы (JPEG, PNG, TIFF). Уберите файлы DOCX и XLSX из выбора.</source>
            <translation>«{name}» файлын PDF-ке біріктіру мүмкін емес: тек PDF және скандар (JPEG, PNG, TIFF) біріктіріледі. DOCX және XLSX файлдарын таңдаудан алып тастаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="139" />
            <source>Не удалось записать объединённый PDF. {reason}</source>
            <translation>Біріктірілген PDF файлын жазу мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="172" />
            <source>PDF «{name}» повреждён или не является PDF: его страницы не читаются. Пересохраните или отсканируйте документ заново.</source>
            <translation>«{name}» PDF файлы бүлінген немесе PDF емес: оның беттері оқылмайды. Құжатты қайта сақтаңыз немесе қайта сканерлеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="98" />
            <location filename="../../tbn4_desktop/core/documents.py" line="191" />
            <source>В файле «{name}» нет страницы {page}.</source>
            <translation>«{name}» файлында {page}-бет жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="158" />
            <source>PDF «{name}» защищён паролем. Сохраните его без пароля и приложите заново.</source>
            <translation>«{name}» PDF файлы құпиясөзбен қорғалған. Оны құпиясөзсіз сақтап, қайта тіркеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="187" />
            <source>PDF «{name}» повреждён или защищён паролем: страницу не удалось показать.</source>
            <translation>«{name}» PDF файлы бүлінген немесе құпиясөзбен қорғалған: бетті көрсету мүмкін болмады.</translation>
        </message>
    </context>
    <context>
        <name>core.esign.card</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="92" />
            <source>Файл «{card}» повреждён: встроенные в него файлы не удаётся прочитать.</source>
            <translation>«{card}» файлы бүлінген: оның ішіндегі файлдарды оқу мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="230" />
            <source>вложение-{number}</source>
            <translation>тіркеме-{number}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="198" />
            <source>Вложение «{name}» в файле «{card}» больше допустимых {limit} МБ.</source>
            <translation>«{card}» файлындағы «{name}» тіркемесі рұқсат етілген {limit} МБ-тан үлкен.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="194" />
            <source>Вложение «{name}» в файле «{card}» повреждено и не читается.</source>
            <translation>«{card}» файлындағы «{name}» тіркемесі бүлінген және оқылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="114" />
            <source>Вложения в файле «{card}» вместе больше допустимых {limit} МБ.</source>
            <translation>«{card}» файлындағы тіркемелер бірге алғанда рұқсат етілген {limit} МБ-тан үлкен.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="140" />
            <source>Число вложений в файле «{card}» больше допустимого ({limit}).</source>
            <translation>«{card}» файлындағы тіркемелер саны рұқсат етілгеннен көп ({limit}).</translation>
        </message>
    </context>
    <context>
        <name>core.esign.cms</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/cms.py" line="63" />
            <source>Файл не является электронной подписью (CMS/PKCS#7) или повреждён.</source>
            <translation>Файл электрондық қолтаңба (CMS/PKCS#7) емес немесе бүлінген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/cms.py" line="105" />
            <source>В файле подписи нет ни одной подписи.</source>
            <translation>Қолтаңба файлында бірде-бір қолтаңба жоқ.</translation>
        </message>
    </context>
    <context>
        <name>core.esign.kz_cert</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/kz_cert.py" line="67" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="191" />
            <source>Сертификат в подписи повреждён и не читается.</source>
            <translation>Қолтаңбадағы сертификат бүлінген, оқылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/kz_cert.py" line="120" />
            <source>ГОСТ</source>
            <translation>ГОСТ</translation>
        </message>
    </context>
    <context>
        <name>core.esign.report</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="19" />
            <source>Целостность</source>
            <translation>Тұтастық</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="20" />
            <source>Подпись</source>
            <translation>Қолтаңба</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="21" />
            <source>Цепочка сертификатов</source>
            <translation>Сертификаттар тізбегі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="22" />
            <source>Время подписания</source>
            <translation>Қол қойылған уақыт</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="23" />
            <source>Отзыв сертификата</source>
            <translation>Сертификатты кері қайтарып алу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="105" />
            <source>Подпись отделена от документа.</source>
            <translation>Қолтаңба құжаттан бөлек.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="105" />
            <source>Документ вложен в файл подписи.</source>
            <translation>Құжат қолтаңба файлының ішінде.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="83" />
            <source>Подписал: {name}</source>
            <translation>Қол қойған: {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="91" />
            <source>Издатель сертификата: {issuer}, серийный номер {serial}</source>
            <translation>Тіркеу куәлігін (сертификатты) берген: {issuer}, сериялық нөмірі {serial}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="94" />
            <source>Сертификат действует с {start} по {end}, ключ {algorithm}</source>
            <translation>Сертификат {start} бастап {end} дейін қолданылады, кілті {algorithm}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="113" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="248" />
            <source>Сертификат подписавшего не найден в файле подписи.</source>
            <translation>Қол қойған адамның сертификаты қолтаңба файлында табылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="87" />
            <source>Организация: {name}, БИН {bin}</source>
            <translation>Ұйым: {name}, БСН {bin}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="89" />
            <source>Полномочия: {list}</source>
            <translation>Өкілеттіктер: {list}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="115" />
            <source>Алгоритмы: хеш {digest}, подпись {signature}</source>
            <translation>Алгоритмдер: хеш {digest}, қолтаңба {signature}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="85" />
            <source>ИИН: {iin}</source>
            <translation>ЖСН: {iin}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="109" />
            <source>Подпись {number}</source>
            <translation>{number}-қолтаңба</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="121" />
            <source>Время подписания (по компьютеру подписавшего): {time}</source>
            <translation>Қол қойылған уақыт (қол қойған адамның компьютері бойынша): {time}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="126" />
            <source>Метка времени: {time}</source>
            <translation>Уақыт белгісі: {time}</translation>
        </message>
    </context>
    <context>
        <name>core.esign.terms</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="22" />
            <source>Физическое лицо</source>
            <translation>Жеке тұлға</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="23" />
            <source>Юридическое лицо</source>
            <translation>Заңды тұлға</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="24" />
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="59" />
            <source>Первый руководитель</source>
            <translation>Бірінші басшы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="25" />
            <source>Право подписи</source>
            <translation>Қол қою құқығы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="26" />
            <source>Право подписи финансовых документов</source>
            <translation>Қаржы құжаттарына қол қою құқығы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="27" />
            <source>Сотрудник отдела кадров</source>
            <translation>Кадр бөлімінің қызметкері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="28" />
            <source>Сотрудник организации</source>
            <translation>Ұйым қызметкері</translation>
        </message>
    </context>
    <context>
        <name>core.esign.verify</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="323" />
            <source>Подпись сделана ключом этого сертификата.</source>
            <translation>Қолтаңба осы сертификаттың кілтімен қойылған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="182" />
            <source>Подпись отделена от документа: укажите подписанный файл.</source>
            <translation>Қолтаңба құжаттан бөлек: қол қойылған файлды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="193" />
            <source>Сведения о подписи</source>
            <translation>Қолтаңба туралы мәліметтер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="194" />
            <source>Это сведения, прочитанные из файла подписи программой, а не проверка НУЦ РК: юридическую силу подписи подтверждает только НУЦ РК.</source>
            <translation>Бұл — бағдарлама қолтаңба файлынан оқыған мәліметтер, ҚР ҰКО тексеруі емес: қолтаңбаның заңдық күшін тек ҚР ҰКО растайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="278" />
            <source>В подписи нет хеша подписанного файла (messageDigest).</source>
            <translation>Қолтаңбада қол қойылған файлдың хеші (messageDigest) жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="294" />
            <source>Подпись не проверена: сертификат подписавшего не найден в файле.</source>
            <translation>Қолтаңба тексерілмеді: қол қойған адамның сертификаты файлда табылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="342" />
            <source>Цепочка не проверена: корневые сертификаты НУЦ РК не установлены.</source>
            <translation>Тізбек тексерілмеді: ҚР ҰКО түбірлік сертификаттары орнатылмаған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="368" />
            <source>Цепочка сертификатов слишком длинная или замкнута.</source>
            <translation>Сертификаттар тізбегі тым ұзын немесе тұйықталған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="389" />
            <source>Время подписания в подписи не указано; на {now} сертификат действует.</source>
            <translation>Қолтаңбада қол қойылған уақыт көрсетілмеген; {now} кезінде сертификат қолданыста.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="391" />
            <source>Время подписания в подписи не указано; на {now} сертификат не действует.</source>
            <translation>Қолтаңбада қол қойылған уақыт көрсетілмеген; {now} кезінде сертификат қолданыста емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="415" />
            <source>Не проверялось (нет связи): отзыв проверяется по файлу списка отзыва (CRL), если его указать.</source>
            <translation>Тексерілмеді (байланыс жоқ): кері қайтарылған сертификаттар тізімінің (CRL) файлын көрсетсеңіз, сертификат сол бойынша тексеріледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="418" />
            <source>Список отзыва выпущен не издателем этого сертификата: отзыв не проверен.</source>
            <translation>Кері қайтарылғандар тізімін осы сертификатты берген орталық шығармаған: кері қайтарып алу тексерілмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="421" />
            <source>Подпись списка отзыва не проверена: нет сертификата его издателя.</source>
            <translation>Кері қайтарылғандар тізімінің қолтаңбасы тексерілмеді: оны шығарған орталықтың сертификаты жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="428" />
            <source>Список отзыва повреждён или подделан: его подпись не сходится.</source>
            <translation>Кері қайтарылғандар тізімі бүлінген немесе жалған: оның қолтаңбасы сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="152" />
            <source>Файл списка отзыва (CRL) не читается: это не список отзыва или он повреждён.</source>
            <translation>Кері қайтарылғандар тізімінің (CRL) файлы оқылмайды: бұл кері қайтарылғандар тізімі емес немесе ол бүлінген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="238" />
            <source>ГОСТ ({oid})</source>
            <translation>ГОСТ ({oid})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="258" />
            <source>Подпись ГОСТ: целостность не проверена (программа не проверяет алгоритмы ГОСТ).</source>
            <translation>ГОСТ қолтаңбасы: тұтастығы тексерілмеді (бағдарлама ГОСТ алгоритмдерін тексермейді).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="260" />
            <source>Подпись ГОСТ не проверена: программа не проверяет алгоритмы ГОСТ.</source>
            <translation>ГОСТ қолтаңбасы тексерілмеді: бағдарлама ГОСТ алгоритмдерін тексермейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="264" />
            <source>Алгоритм хеширования {oid} неизвестен программе: целостность не проверена.</source>
            <translation>{oid} хештеу алгоритмі бағдарламаға белгісіз: тұтастығы тексерілмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="280" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="275" />
            <source>Файл не изменён после подписания.</source>
            <translation>Файл қол қойылғаннан кейін өзгертілмеген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="282" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="272" />
            <source>Файл изменён после подписания или подпись не от этого файла.</source>
            <translation>Файл қол қойылғаннан кейін өзгертілген немесе қолтаңба бұл файлдікі емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="316" />
            <source>Подпись не соответствует ключу сертификата: подпись поддельная или повреждена.</source>
            <translation>Қолтаңба сертификат кілтіне сәйкес келмейді: қолтаңба жалған немесе бүлінген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="378" />
            <source>Сертификат ведёт к установленному сертификату НУЦ РК «{anchor}» (действует по {end}): каждое звено цепочки проверено.</source>
            <translation>Сертификат орнатылған ҚР ҰКО «{anchor}» сертификатына апарады ({end} дейін қолданылады): тізбектің әр буыны тексерілді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="399" />
            <source>Подписано {moment}, вне срока действия сертификата (с {start} по {end}).</source>
            <translation>{moment} қол қойылған, сертификаттың қолданылу мерзімінен тыс ({start} бастап {end} дейін).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="426" />
            <source>Подпись списка отзыва не проверена: алгоритм не поддерживается.</source>
            <translation>Кері қайтарылғандар тізімінің қолтаңбасы тексерілмеді: алгоритмге қолдау көрсетілмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="447" />
            <source>Сертификата нет в списке отзыва от {issued}.</source>
            <translation>Сертификат {issued} күнгі кері қайтарылғандар тізімінде жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="372" />
            <source>Цепочка до сертификата НУЦ РК «{anchor}» найдена по именам; звенья ГОСТ не проверены.</source>
            <translation>ҚР ҰКО «{anchor}» сертификатына дейінгі тізбек атаулар бойынша табылды; ГОСТ буындары тексерілмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="395" />
            <source>Подписано {moment}, когда сертификат действовал.</source>
            <translation>{moment} қол қойылған, сол кезде сертификат қолданыста болған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="443" />
            <source>Сертификат отозван {date} (список отзыва от {issued}).</source>
            <translation>Сертификат {date} кері қайтарып алынған ({issued} күнгі кері қайтарылғандар тізімі).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="321" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="312" />
            <source>Алгоритм подписи {name} не проверяется программой.</source>
            <translation>{name} қолтаңба алгоритмін бағдарлама тексермейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="360" />
            <source>Сертификат выдан не НУЦ РК или цепочка до корневого сертификата НУЦ РК не найдена (издатель: {issuer}).</source>
            <translation>Сертификатты ҚР ҰКО бермеген немесе ҚР ҰКО түбірлік сертификатына дейінгі тізбек табылмады (берген: {issuer}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="436" />
            <source>Сертификат отозван {date}, после указанного в подписи времени подписания {moment} (список отзыва от {issued}).</source>
            <translation>Сертификат {date} кері қайтарып алынған, қолтаңбада көрсетілген қол қойылған уақыттан ({moment}) кейін ({issued} күнгі кері қайтарылғандар тізімі).</translation>
        </message>
    </context>
    <context>
        <name>core.fileio</name>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="161" />
            <source>Ошибка файловой системы ({reason}): {path}.</source>
            <translation>Файлдық жүйе қатесі ({reason}): {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="150" />
            <source>Нет прав на запись или чтение: {path}.</source>
            <translation>Жазуға немесе оқуға құқық жоқ: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="152" />
            <source>Диск или папка доступны только для чтения: {path}.</source>
            <translation>Диск немесе қалта тек оқу үшін қолжетімді: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="154" />
            <source>На диске закончилось место: {path}.</source>
            <translation>Дискіде орын таусылды: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="156" />
            <source>Файл или папка не найдены: {path}.</source>
            <translation>Файл немесе қалта табылмады: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="158" />
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="309" />
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="382" />
            <source>Указана папка, а не файл: {path}.</source>
            <translation>Файл емес, қалта көрсетілген: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="160" />
            <source>Слишком длинное имя файла: {path}.</source>
            <translation>Файл атауы тым ұзын: {path}.</translation>
        </message>
    </context>
    <context>
        <name>core.forms.errors</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/errors.py" line="32" />
            <source>{form}: одна из строк не помещается на страницу. Сократите её текст или разбейте сведения на несколько строк и сформируйте форму снова.</source>
            <translation>{form}: жолдардың бірі бетке сыймайды. Оның мәтінін қысқартыңыз немесе мәліметтерді бірнеше жолға бөліп, нысанды қайта қалыптастырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/errors.py" line="26" />
            <source>{form}: строка «{label}» не помещается на страницу. Сократите её текст или разбейте сведения на несколько строк и сформируйте форму снова.</source>
            <translation>{form}: «{label}» жолы бетке сыймайды. Оның мәтінін қысқартыңыз немесе мәліметтерді бірнеше жолға бөліп, нысанды қайта қалыптастырыңыз.</translation>
        </message>
    </context>
    <context>
        <name>core.forms.model</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="45" />
            <source>Приложение №1. Отчёт (справка) о соблюдении норм антикоррупционного законодательства</source>
            <translation>№1 қосымша. Сыбайлас жемқорлыққа қарсы заңнама нормаларының сақталуы туралы есеп (анықтама)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="46" />
            <source>Приложение №2. Акт сверки правонарушений</source>
            <translation>№2 қосымша. Құқық бұзушылықтарды салыстыру актісі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="47" />
            <source>Приложение №3. Реестр антикоррупционных комплаенс-служб</source>
            <translation>№3 қосымша. Сыбайлас жемқорлыққа қарсы комплаенс-қызметтер тізілімі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="48" />
            <source>Приложение №4. Координация ГСЗ на антикоррупционную тематику</source>
            <translation>№4 қосымша. Сыбайлас жемқорлыққа қарсы тақырыптағы МӘТ үйлестіру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="49" />
            <source>Приложение №5. Отчёт о системной профилактической работе</source>
            <translation>№5 қосымша. Жүйелі профилактикалық жұмыс туралы есеп</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="50" />
            <source>Опись документов</source>
            <translation>Құжаттар тізімдемесі</translation>
        </message>
    </context>
    <context>
        <name>core.forms.pdf_render</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/pdf_render.py" line="83" />
            <source>Не найден шрифт «{file}» в папке программы: переустановите программу.</source>
            <translation>Бағдарлама қалтасында «{file}» қарпі табылмады: бағдарламаны қайта орнатыңыз.</translation>
        </message>
    </context>
    <context>
        <name>core.forms.render</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/render.py" line="35" />
            <source>Неизвестный формат файла «{name}»: укажите имя с расширением .docx, .pdf или .xlsx.</source>
            <translation>«{name}» файлының пішімі белгісіз: атауын .docx, .pdf немесе .xlsx кеңейтімімен көрсетіңіз.</translation>
        </message>
    </context>
    <context>
        <name>core.forms.xlsx_render</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/xlsx_render.py" line="277" />
            <source>{form}: в одной из строк текст длиннее {limit} знаков — больше ячейка Excel не вмещает; сократите его или сохраните форму в DOCX или PDF.</source>
            <translation>{form}: жолдардың бірінде мәтін {limit} таңбадан ұзын — Excel ұяшығы бұдан артық сыйғызбайды; оны қысқартыңыз немесе нысанды DOCX не PDF пішімінде сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/xlsx_render.py" line="271" />
            <source>{form}: в строке «{label}» текст длиннее {limit} знаков — больше ячейка Excel не вмещает; сократите его или сохраните форму в DOCX или PDF.</source>
            <translation>{form}: «{label}» жолындағы мәтін {limit} таңбадан ұзын — Excel ұяшығы бұдан артық сыйғызбайды; оны қысқартыңыз немесе нысанды DOCX не PDF пішімінде сақтаңыз.</translation>
        </message>
    </context>
    <context>
        <name>core.journal</name>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="82" />
            <source>План на год создан</source>
            <translation>Жылдық жоспар жасалды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="83" />
            <source>План на год изменён</source>
            <translation>Жылдық жоспар өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="84" />
            <source>Статус изменён</source>
            <translation>Мәртебе өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="85" />
            <source>Сведения подзадачи изменены</source>
            <translation>Кіші міндет мәліметтері өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="86" />
            <source>Срок изменён</source>
            <translation>Мерзім өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="87" />
            <source>Файл добавлен</source>
            <translation>Файл қосылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="88" />
            <source>Файл заменён</source>
            <translation>Файл ауыстырылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="89" />
            <source>Файл убран</source>
            <translation>Файл алып тасталды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="90" />
            <source>Файл отнесён к документу</source>
            <translation>Файл құжатқа жатқызылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="91" />
            <source>Вид файла изменён</source>
            <translation>Файл түрі өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="92" />
            <source>Подписант указан</source>
            <translation>Қол қоюшы көрсетілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="93" />
            <source>Дата документа указана</source>
            <translation>Құжат күні көрсетілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="94" />
            <source>Отмечено «не требуется»</source>
            <translation>«Талап етілмейді» деп белгіленді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="95" />
            <source>Снята отметка «не требуется»</source>
            <translation>«Талап етілмейді» белгісі алынды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="96" />
            <source>Ссылка добавлена</source>
            <translation>Сілтеме қосылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="97" />
            <source>Ссылка изменена</source>
            <translation>Сілтеме өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="98" />
            <source>Ссылка удалена</source>
            <translation>Сілтеме жойылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="99" />
            <source>Строка таблицы добавлена</source>
            <translation>Кесте жолы қосылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="100" />
            <source>Строка таблицы изменена</source>
            <translation>Кесте жолы өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="101" />
            <source>Строка таблицы удалена</source>
            <translation>Кесте жолы жойылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="102" />
            <source>Таблица заменена</source>
            <translation>Кесте ауыстырылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="103" />
            <source>Отмечена загрузка в ИСПУ</source>
            <translation>ИСПУ-ға жүктелгені белгіленді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="104" />
            <source>Снята отметка о загрузке в ИСПУ</source>
            <translation>ИСПУ-ға жүктелгені туралы белгі алынды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="105" />
            <source>Сведения организации изменены</source>
            <translation>Ұйым мәліметтері өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="106" />
            <source>Подписанты изменены</source>
            <translation>Қол қоюшылар өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="107" />
            <source>Календарь изменён</source>
            <translation>Күнтізбе өзгертілді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="108" />
            <source>Импорт пакета</source>
            <translation>Пакетті импорттау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="109" />
            <source>Выгрузка пакета</source>
            <translation>Пакетті экспорттау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="110" />
            <source>Резервная копия</source>
            <translation>Резервтік көшірме</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="111" />
            <source>Восстановление из резервной копии</source>
            <translation>Резервтік көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="112" />
            <source>Исправление данных</source>
            <translation>Деректерді түзету</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="249" />
            <source>журнал изменений (journal.json) не в формате журнала ТБН-4</source>
            <translation>өзгерістер журналы (journal.json) ТБН-4 журналының форматында емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="252" />
            <source>у журнала изменений (journal.json) нет номера версии формата</source>
            <translation>өзгерістер журналында (journal.json) формат нұсқасының нөмірі жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="257" />
            <source>в журнале изменений (journal.json) нет списка записей</source>
            <translation>өзгерістер журналында (journal.json) жазбалар тізімі жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="266" />
            <source>запись №{n} журнала изменений (journal.json) неверного вида</source>
            <translation>өзгерістер журналының (journal.json) №{n} жазбасы дұрыс емес түрде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="270" />
            <source>запись №{n} журнала изменений (journal.json) неполная (user, host, action, summary, at, prev_hash, entry_hash)</source>
            <translation>өзгерістер журналының (journal.json) №{n} жазбасы толық емес (user, host, action, summary, at, prev_hash, entry_hash)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="279" />
            <location filename="../../tbn4_desktop/core/journal.py" line="282" />
            <source>запись №{n} журнала изменений (journal.json) содержит поле «{key}» неверного типа</source>
            <translation>өзгерістер журналының (journal.json) №{n} жазбасында «{key}» өрісінің түрі дұрыс емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="284" />
            <source>запись №{n} журнала изменений (journal.json) не содержит подробностей (details)</source>
            <translation>өзгерістер журналының (journal.json) №{n} жазбасында толық мәліметтер (details) жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="286" />
            <source>запись №{n} журнала изменений (journal.json) содержит неверную контрольную сумму</source>
            <translation>өзгерістер журналының (journal.json) №{n} жазбасында бақылау сомасы дұрыс емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="306" />
            <source>запись №{n} журнала изменений (journal.json) изменена: не совпадает её контрольная сумма</source>
            <translation>өзгерістер журналының (journal.json) №{n} жазбасы өзгертілген: оның бақылау сомасы сәйкес келмейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="247" />
            <source>журнал изменений (journal.json) повреждён или не в формате JSON</source>
            <translation>өзгерістер журналы (journal.json) бүлінген немесе JSON форматында емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="290" />
            <source>запись №{n} журнала изменений (journal.json) содержит время не в формате ISO</source>
            <translation>өзгерістер журналының (journal.json) №{n} жазбасындағы уақыт ISO форматында емес</translation>
        </message>
    </context>
    <context>
        <name>core.karta_xlsx</name>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="696" />
            <source>строка {row}, столбец «{column}»: «{value}» — не дата; введите дату в формате ДД.ММ.ГГГГ.</source>
            <translation>{row}-жол, «{column}» бағаны: «{value}» — күн емес; күнді КК.АА.ЖЖЖЖ форматында енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="703" />
            <source>строка {row}, столбец «{column}»: число {value} не является датой; введите дату в формате ДД.ММ.ГГГГ.</source>
            <translation>{row}-жол, «{column}» бағаны: {value} саны күн болып табылмайды; күнді КК.АА.ЖЖЖЖ форматында енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="453" />
            <source>В книге нет ни одного листа.</source>
            <translation>Кітапта бірде-бір парақ жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="517" />
            <source>строка {row}, столбец «{column}»: не указан код подзадачи.</source>
            <translation>{row}-жол, «{column}» бағаны: кіші міндеттің коды көрсетілмеген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="563" />
            <source>строка {row}, столбец «{column}»: «{value}» — не период подзадачи {code} ({periodicity}); допустимо: {allowed}.</source>
            <translation>{row}-жол, «{column}» бағаны: «{value}» — {code} кіші міндетінің кезеңі емес ({periodicity}); рұқсат етілгені: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="599" />
            <source>строка {row}, столбец «{column}»: дата {date} вне {first}–{last} годов: проверьте год.</source>
            <translation>{row}-жол, «{column}» бағаны: {date} күні {first}–{last} жылдар аралығынан тыс: жылды тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="396" />
            <source>Файл «{name}» защищён паролем или сохранён в старом формате Excel (.xls). Снимите пароль и сохраните файл как «Книга Excel (.xlsx)».</source>
            <translation>«{name}» файлы құпиясөзбен қорғалған немесе Excel-дің ескі форматында (.xls) сақталған. Құпиясөзді алып тастап, файлды «Excel жұмыс кітабы (.xlsx)» ретінде сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="403" />
            <source>Файл «{name}» не является книгой Excel (XLSX). Сохраните его как «Книга Excel (.xlsx)».</source>
            <translation>«{name}» файлы Excel кітабы (XLSX) емес. Оны «Excel жұмыс кітабы (.xlsx)» ретінде сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="524" />
            <source>строка {row}, столбец «{column}»: подзадачи «{code}» нет в каталоге «{catalog}» (версия {version}).</source>
            <translation>{row}-жол, «{column}» бағаны: «{catalog}» каталогында ({version} нұсқасы) «{code}» кіші міндеті жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="541" />
            <source>строка {row}, столбец «{column}»: «{value}» — не периодичность; допустимо: {allowed}.</source>
            <translation>{row}-жол, «{column}» бағаны: «{value}» — кезеңділік емес; рұқсат етілгені: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="549" />
            <source>строка {row}, столбец «{column}»: у подзадачи {code} в разных строках указана разная периодичность.</source>
            <translation>{row}-жол, «{column}» бағаны: {code} кіші міндетінің әр жолында әртүрлі кезеңділік көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="578" />
            <source>строка {row}, столбец «{column}»: подзадача {code}, {period} уже указана в строке {first}.</source>
            <translation>{row}-жол, «{column}» бағаны: {code} кіші міндеті ({period}) {first}-жолда бұрыннан көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="586" />
            <source>строка {row}, столбец «{column}»: подзадача {code} уже указана в строке {first}.</source>
            <translation>{row}-жол, «{column}» бағаны: {code} кіші міндеті {first}-жолда бұрыннан көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="609" />
            <source>Лист «{sheet}» пуст: в ячейке {cell} нет года Карты.</source>
            <translation>«{sheet}» парағы бос: {cell} ұяшығында Картаның жылы жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="613" />
            <source>В листе «{sheet}» не найдены заголовки столбцов «{code}», «{period}», «{due}». Заполните шаблон, выгруженный программой.</source>
            <translation>«{sheet}» парағында «{code}», «{period}», «{due}» бағандарының тақырыптары табылмады. Бағдарлама шығарған үлгіні толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="624" />
            <source>Карта «{name}» не импортирована, ничего не изменено. Исправьте ошибки ({count}):
{problems}</source>
            <translation>«{name}» Іске асыру картасы импортталмады, ештеңе өзгертілмеді. Қателерді түзетіңіз ({count}):
{problems}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="653" />
            <source>В ячейке {cell} должен быть год Карты (например {year}), а там «{value}». Заполните шаблон, выгруженный программой.</source>
            <translation>{cell} ұяшығында Картаның жылы болуы керек (мысалы, {year}), ал онда «{value}» тұр. Бағдарлама шығарған үлгіні толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="660" />
            <source>Это Карта на {found} год (ячейка {cell}), а импортируются сроки {year} года. Выберите Карту этого года.</source>
            <translation>Бұл — {found} жылға арналған Карта ({cell} ұяшығы), ал {year} жылдың мерзімдері импортталуда. Осы жылдың Картасын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="735" />
            <source>строка {row}, столбец «{column}»: в ячейке ошибка {error} (или число, которое не является датой); введите дату в формате ДД.ММ.ГГГГ.</source>
            <translation>{row}-жол, «{column}» бағаны: ұяшықта {error} қатесі бар (немесе күн болып табылмайтын сан); күнді КК.АА.ЖЖЖЖ форматында енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="743" />
            <source>строка {row}, столбец «{column}»: формулы не допускаются: введите саму дату в формате ДД.ММ.ГГГГ.</source>
            <translation>{row}-жол, «{column}» бағаны: формулаларға жол берілмейді: күннің өзін КК.АА.ЖЖЖЖ форматында енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="385" />
            <source>Файл «{name}» слишком большой ({size} МБ; допускается до {limit} МБ). Импортируйте Карту, выгруженную программой.</source>
            <translation>«{name}» файлы тым үлкен ({size} МБ; {limit} МБ-қа дейін рұқсат етіледі). Бағдарлама шығарған Картаны импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="429" />
            <source>Файл «{name}» не является книгой Excel (XLSX). Файл повреждён.</source>
            <translation>«{name}» файлы Excel кітабы (XLSX) емес. Файл бүлінген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="442" />
            <source>Файл «{name}» повреждён или не является книгой Excel (XLSX): {error}.</source>
            <translation>«{name}» файлы бүлінген немесе Excel кітабы (XLSX) емес: {error}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="491" />
            <source>В листе «{sheet}» файла «{name}» больше {limit} строк: это не Карта реализации. Импортируйте Карту, выгруженную программой.</source>
            <translation>«{name}» файлының «{sheet}» парағында {limit} жолдан артық: бұл Іске асыру картасы емес. Бағдарлама шығарған Картаны импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="622" />
            <source>… и ещё {count}.</source>
            <translation>… және тағы {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="754" />
            <source>строка {row}, столбец «{column}»: «{value}» — такой даты нет.</source>
            <translation>{row}-жол, «{column}» бағаны: «{value}» — мұндай күн жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="413" />
            <source>Файл «{name}» не является книгой Excel (XLSX). Это ZIP-архив другого вида.</source>
            <translation>«{name}» файлы Excel кітабы (XLSX) емес. Бұл басқа түрдегі ZIP-архив.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="419" />
            <source>Файл «{name}» после распаковки слишком большой: это не Карта реализации.</source>
            <translation>«{name}» файлы архивтен шығарылғаннан кейін тым үлкен: бұл Іске асыру картасы емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="425" />
            <source>Файл «{name}» зашифрован. Снимите пароль и сохраните заново.</source>
            <translation>«{name}» файлы шифрланған. Құпиясөзді алып тастап, қайта сақтаңыз.</translation>
        </message>
    </context>
    <context>
        <name>core.kpi</name>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="61" />
            <source>Список курируемых организаций не заполнен: добавьте организации квазигосударственного сектора, деятельность которых курирует организация, чтобы посчитать долю.</source>
            <translation>Жетекшілік етілетін ұйымдар тізімі толтырылмаған: үлесті есептеу үшін ұйым қызметіне жетекшілік ететін квазимемлекеттік сектор ұйымдарын қосыңыз.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="150" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="228" />
            <source>%n балл</source>
            <translation>
                <numerusform>%n балл</numerusform>
                <numerusform>%n балл</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="212" />
            <source>; не учтено %n организация из таблицы, которых нет в списке курируемых</source>
            <translation>
                <numerusform>; кестедегі жетекшілік етілетін ұйымдар тізімінде жоқ %n ұйым есепке алынбады</numerusform>
                <numerusform>; кестедегі жетекшілік етілетін ұйымдар тізімінде жоқ %n ұйым есепке алынбады</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="47" />
            <location filename="../../tbn4_desktop/core/kpi.py" line="50" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="165" />
            <source>Штатная численность государственных служащих</source>
            <translation>Мемлекеттік қызметшілердің штат саны</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="83" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="46" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="189" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="182" />
            <source>нет данных</source>
            <translation>деректер жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="84" />
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="443" />
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="444" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="46" />
            <source>выполнено</source>
            <translation>орындалды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="84" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="46" />
            <source>не выполнено</source>
            <translation>орындалмады</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="221" />
            <source>{having} из %n организации ({percent})</source>
            <translation>
                <numerusform>%n ұйымнан {having} ({percent})</numerusform>
                <numerusform>%n ұйымнан {having} ({percent})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="243" />
            <source>{having} из %n организации ({percent}) — {points} из {max}</source>
            <translation>
                <numerusform>%n ұйымнан {having} ({percent}) — {max} балдан {points}</numerusform>
                <numerusform>%n ұйымнан {having} ({percent}) — {max} балдан {points}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="149" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="226" />
            <source>{score} балла</source>
            <translation>{score} балл</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="189" />
            <source>Обучено {trained} из %n служащего ({percent}); цель — не менее {target}</source>
            <translation>
                <numerusform>%n қызметшіден {trained} оқытылды ({percent}); мақсат — кемінде {target}</numerusform>
                <numerusform>%n қызметшіден {trained} оқытылды ({percent}); мақсат — кемінде {target}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="203" />
            <source>За год проведено %n мероприятие; цель — не менее {target}</source>
            <translation>
                <numerusform>Жыл ішінде %n іс-шара өткізілді; мақсат — кемінде {target}</numerusform>
                <numerusform>Жыл ішінде %n іс-шара өткізілді; мақсат — кемінде {target}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="164" />
            <source>Обучено: {trained}. Укажите штатную численность, чтобы посчитать долю (цель — не менее {target}).</source>
            <translation>Оқытылғандар: {trained}. Үлесті есептеу үшін штат санын көрсетіңіз (мақсат — кемінде {target}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="176" />
            <source>Обучено {trained}, а штатная численность — {headcount}: проверьте численность.</source>
            <translation>Оқытылғандар — {trained}, ал штат саны — {headcount}: санын тексеріңіз.</translation>
        </message>
    </context>
    <context>
        <name>core.register_values</name>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="148" />
            <source>Укажите «Да» или «Нет».</source>
            <translation>«Иә» немесе «Жоқ» деп көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="101" />
            <location filename="../../tbn4_desktop/core/register_values.py" line="109" />
            <source>Введите целое число, например 12.</source>
            <translation>Бүтін сан енгізіңіз, мысалы, 12.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="112" />
            <source>Число не может быть отрицательным.</source>
            <translation>Сан теріс болмауы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="118" />
            <location filename="../../tbn4_desktop/core/register_values.py" line="126" />
            <source>Введите сумму в тенге, например 1 250 000 или 1 250 000,50.</source>
            <translation>Соманы теңгемен енгізіңіз, мысалы, 1 250 000 немесе 1 250 000,50.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="132" />
            <source>Сумма не может быть отрицательной.</source>
            <translation>Сома теріс болмауы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="134" />
            <source>Сумма указывается с точностью до тиына: не больше двух знаков после запятой.</source>
            <translation>Сома тиынға дейінгі дәлдікпен көрсетіледі: үтірден кейін екі таңбадан артық емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="156" />
            <source>Введите номер телефона в виде +7 XXX XXX XX XX, например +7 701 234 56 78.</source>
            <translation>Телефон нөмірін +7 XXX XXX XX XX түрінде енгізіңіз, мысалы, +7 701 234 56 78.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="256" />
            <source>Заполняется, если {conditions}</source>
            <translation>{conditions} болса, толтырылады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="356" />
            <source>{amount} тнг.</source>
            <translation>{amount} тг.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="380" />
            <location filename="../../tbn4_desktop/core/register_values.py" line="249" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="43" />
            <source>Да</source>
            <translation>Иә</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="380" />
            <location filename="../../tbn4_desktop/core/register_values.py" line="249" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="215" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="43" />
            <source>Нет</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="165" />
            <location filename="../../tbn4_desktop/core/validation.py" line="40" />
            <source>ИИН должен состоять из 12 цифр.</source>
            <translation>ЖСН 12 цифрдан тұруы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="165" />
            <location filename="../../tbn4_desktop/core/validation.py" line="28" />
            <source>БИН должен состоять из 12 цифр.</source>
            <translation>БСН 12 цифрдан тұруы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="168" />
            <location filename="../../tbn4_desktop/core/validation.py" line="42" />
            <source>ИИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.</source>
            <translation>ЖСН қате енгізілген: бақылау цифры сәйкес келмейді. Нөмірді тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="170" />
            <location filename="../../tbn4_desktop/core/validation.py" line="30" />
            <source>БИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.</source>
            <translation>БСН қате енгізілген: бақылау цифры сәйкес келмейді. Нөмірді тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="255" />
            <source>{first} и {second}</source>
            <translation>{first} және {second}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="78" />
            <source>Введите дату в виде ДД.ММ.ГГГГ, например 15.03.2025.</source>
            <translation>Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз, мысалы, 15.03.2025.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="85" />
            <source>Дата {date} вне допустимого диапазона ({first}–{last}).</source>
            <translation>{date} күні рұқсат етілген ауқымнан тыс ({first}–{last}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="290" />
            <source>«{later}» ({later_date}) не может быть раньше, чем «{earlier}» ({earlier_date}).</source>
            <translation>«{later}» ({later_date}) «{earlier}» ({earlier_date}) күнінен ерте болмауы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="130" />
            <source>Введите сумму в тенге.</source>
            <translation>Соманы теңгемен енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="201" />
            <source>Выберите одно из значений: {choices}.</source>
            <translation>Мәндердің бірін таңдаңыз: {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="282" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="264" />
            <source>Укажите «Да» или «Нет» в столбце «{column}».</source>
            <translation>«{column}» бағанында «Иә» немесе «Жоқ» деп көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="284" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="262" />
            <source>Заполните столбец «{column}».</source>
            <translation>«{column}» бағанын толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="82" />
            <source>Такой даты нет: {text}. Проверьте день и месяц.</source>
            <translation>Мұндай күн жоқ: {text}. Күн мен айды тексеріңіз.</translation>
        </message>
    </context>
    <context>
        <name>core.settings</name>
        <message>
            <location filename="../../tbn4_desktop/core/settings.py" line="56" />
            <source>Файл настроек «{path}» повреждён, поэтому программа не знает, с какой базой данных работать: исправьте или удалите его (тогда программа откроет локальную базу этого компьютера) либо восстановите его из резервной копии.</source>
            <translation>«{path}» баптаулар файлы бүлінген, сондықтан бағдарлама қай дерекқормен жұмыс істеу керегін білмейді: оны түзетіңіз немесе жойыңыз (сонда бағдарлама осы компьютердің жергілікті дерекқорын ашады) не резервтік көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/settings.py" line="75" />
            <source>Не удалось прочитать файл настроек. {reason}</source>
            <translation>Баптаулар файлын оқу мүмкін болмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>core.signature_rules</name>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="23" />
            <source>Сверка ЭЦП с подписантом, БИН организации и полномочиями — правило программы: Инструкция называет, кто подписывает документ, но ничего не говорит о сертификате ЭЦП. Эти предупреждения не мешают завершить подзадачу.</source>
            <translation>ЭЦҚ-ны қол қоюшымен, ұйымның БСН-імен және өкілеттіктермен салыстыру — бағдарламаның ережесі: Нұсқаулық құжатқа кім қол қоятынын атайды, бірақ ЭЦҚ сертификаты туралы ештеңе айтпайды. Бұл ескертулер кіші міндетті аяқтауға кедергі болмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="101" />
            <source>подпись ГОСТ документа «{title}» прочитана, но программа не проверяет её целостность</source>
            <translation>«{title}» құжатының ГОСТ қолтаңбасы оқылды, бірақ бағдарлама оның тұтастығын тексермейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="125" />
            <source>документ «{title}» подписан ЭЦП: {names}, а подписантом указан(а) {name}</source>
            <translation>«{title}» құжатына ЭЦҚ-мен қол қойған: {names}, ал қол қоюшы ретінде {name} көрсетілген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="138" />
            <source>документ «{title}» подписан ЭЦП физического лица ({names}), а не ЭЦП организации</source>
            <translation>«{title}» құжатына ұйымның ЭЦҚ-сымен емес, жеке тұлғаның ЭЦҚ-сымен қол қойылған ({names})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="151" />
            <source>в ЭЦП документа «{title}» нет права подписи за организацию (полномочия в сертификате: {authorities})</source>
            <translation>«{title}» құжатының ЭЦҚ-сында ұйым атынан қол қою құқығы жоқ (сертификаттағы өкілеттіктер: {authorities})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="86" />
            <source>подпись «{file}» относится к файлу, отмеченному как проект без подписи: поменяйте вид этого файла</source>
            <translation>«{file}» қолтаңбасы қолтаңбасыз жоба ретінде белгіленген файлға жатады: осы файлдың түрін өзгертіңіз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="131" />
            <source>у подписанта {name} не указан ИИН: программа не может сверить его с ЭЦП документа «{title}»</source>
            <translation>{name} қол қоюшының ЖСН-і көрсетілмеген: бағдарлама оны «{title}» құжатының ЭЦҚ-сымен салыстыра алмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="144" />
            <source>ЭЦП документа «{title}» выдана организации с БИН {bin}, а БИН вашей организации — {own}</source>
            <translation>«{title}» құжатының ЭЦҚ-сы БСН {bin} ұйымына берілген, ал сіздің ұйымыңыздың БСН-і — {own}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="161" />
            <source>документ «{title}» подписывает первый руководитель, а в ЭЦП {names} нет полномочия «Первый руководитель»</source>
            <translation>«{title}» құжатына бірінші басшы қол қояды, ал {names} ЭЦҚ-сында «Бірінші басшы» өкілеттігі жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="92" />
            <source>подпись «{file}» относится к файлу, которого нет среди файлов документа «{title}»</source>
            <translation>«{file}» қолтаңбасы «{title}» құжатының файлдары арасында жоқ файлға жатады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="97" />
            <source>сведения о подписи «{file}» не читаются: приложите подпись заново</source>
            <translation>«{file}» қолтаңба туралы мәліметтер оқылмайды: қолтаңбаны қайта тіркеңіз</translation>
        </message>
    </context>
    <context>
        <name>core.signer_rules</name>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="52" />
            <source>Приложения {numbers}</source>
            <translation>{numbers} қосымшалар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="61" />
            <source>подзадачи {codes}</source>
            <translation>{codes} кіші міндеттері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="73" />
            <source>подтверждающие документы</source>
            <translation>растайтын құжаттар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="132" />
            <source>Роль «{role}» на уровне «{level}» ничего не подписывает.</source>
            <translation>«{role}» рөлі «{level}» деңгейінде ешнәрсеге қол қоймайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="51" />
            <source>Приложение {numbers}</source>
            <translation>{numbers} қосымша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="60" />
            <source>подзадача {codes}</source>
            <translation>{codes} кіші міндеті</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="129" />
            <source>{who} — роль «{role}» на уровне «{level}» ничего не подписывает.</source>
            <translation>{who} — «{role}» рөлі «{level}» деңгейінде ешнәрсеге қол қоймайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="112" />
            <source>{first} или {second}</source>
            <translation>{first} немесе {second}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="115" />
            <source>Некому подписать подтверждающие документы: нужен подписант с ролью {roles}.</source>
            <translation>Растайтын құжаттарға қол қоятын ешкім жоқ: {roles} рөлі бар қол қоюшы қажет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="119" />
            <source>Некому подписать {documents}: нужен подписант с ролью {roles}.</source>
            <translation>{documents}: қол қоятын ешкім жоқ, {roles} рөлі бар қол қоюшы қажет.</translation>
        </message>
    </context>
    <context>
        <name>core.sqlite_copy</name>
        <message>
            <location filename="../../tbn4_desktop/core/sqlite_copy.py" line="83" />
            <source>Копия базы данных не прошла проверку целостности: {problem}</source>
            <translation>Дерекқор көшірмесі тұтастық тексерісінен өтпеді: {problem}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/sqlite_copy.py" line="90" />
            <source>Не удалось скопировать базу данных: {error}.</source>
            <translation>Дерекқорды көшіру мүмкін болмады: {error}.</translation>
        </message>
    </context>
    <context>
        <name>core.validation</name>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="63" />
            <source>Укажите адрес ссылки.</source>
            <translation>Сілтеменің мекенжайын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="67" />
            <source>Ссылка должна начинаться с http:// или https:// и содержать адрес сайта, например https://gov.kz/…</source>
            <translation>Сілтеме http:// немесе https:// деп басталып, сайттың мекенжайын қамтуы тиіс, мысалы, https://gov.kz/…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="82" />
            <source>пустое значение</source>
            <translation>бос мән</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="95" />
            <source>список</source>
            <translation>тізім</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="97" />
            <source>набор полей</source>
            <translation>өрістер жиыны</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="49" />
            <source>ИИН введён с ошибкой: первые шесть цифр — дата рождения (ГГММДД), седьмая — век и пол (1–6). Проверьте номер.</source>
            <translation>ЖСН қате енгізілген: алғашқы алты цифр — туған күні (ЖЖААКК), жетіншісі — ғасыр мен жынысы (1–6). Нөмірді тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="87" />
            <source>пустая строка</source>
            <translation>бос жол</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="98" />
            <source>значение типа {type}</source>
            <translation>{type} түріндегі мән</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="57" />
            <source>Заполните поле «{what}».</source>
            <translation>«{what}» өрісін толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="84" />
            <source>логическое значение «{value}»</source>
            <translation>«{value}» логикалық мәні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="89" />
            <source>число {value}</source>
            <translation>{value} саны</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="91" />
            <source>дата и время «{value}»</source>
            <translation>«{value}» күні мен уақыты</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="93" />
            <source>дата «{value}»</source>
            <translation>«{value}» күні</translation>
        </message>
    </context>
    <context>
        <name>core.vocabulary</name>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="33" />
            <source>Центральный государственный орган</source>
            <translation>Орталық мемлекеттік орган</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="34" />
            <source>Акимат области / областное управление</source>
            <translation>Облыс әкімдігі / облыстық басқарма</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="35" />
            <source>Акимат района (города)</source>
            <translation>Аудан (қала) әкімдігі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="36" />
            <source>Субъект квазигосударственного сектора</source>
            <translation>Квазимемлекеттік сектор субъектісі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="60" />
            <source>Заместитель первого руководителя</source>
            <translation>Бірінші басшының орынбасары</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="61" />
            <source>Руководитель аппарата</source>
            <translation>Аппарат басшысы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="62" />
            <source>Аким района (города)</source>
            <translation>Аудан (қала) әкімі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="63" />
            <source>Уполномоченный по этике</source>
            <translation>Әдеп жөніндегі уәкіл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="85" />
            <source>Однократно</source>
            <translation>Бір рет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="86" />
            <source>Ежеквартально</source>
            <translation>Тоқсан сайын</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="87" />
            <source>Ежемесячно</source>
            <translation>Ай сайын</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="88" />
            <source>Ежегодно</source>
            <translation>Жыл сайын</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="106" />
            <source>январь</source>
            <translation>қаңтар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="107" />
            <source>февраль</source>
            <translation>ақпан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="108" />
            <source>март</source>
            <translation>наурыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="109" />
            <source>апрель</source>
            <translation>сәуір</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="110" />
            <source>май</source>
            <translation>мамыр</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="111" />
            <source>июнь</source>
            <translation>маусым</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="112" />
            <source>июль</source>
            <translation>шілде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="113" />
            <source>август</source>
            <translation>тамыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="114" />
            <source>сентябрь</source>
            <translation>қыркүйек</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="115" />
            <source>октябрь</source>
            <translation>қазан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="116" />
            <source>ноябрь</source>
            <translation>қараша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="117" />
            <source>декабрь</source>
            <translation>желтоқсан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="119" />
            <source>I квартал</source>
            <translation>I тоқсан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="119" />
            <source>II квартал</source>
            <translation>II тоқсан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="119" />
            <source>III квартал</source>
            <translation>III тоқсан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="119" />
            <source>IV квартал</source>
            <translation>IV тоқсан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="164" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="60" />
            <source>Не начато</source>
            <translation>Басталмаған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="165" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="61" />
            <source>В работе</source>
            <translation>Орындалуда</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="166" />
            <source>Документ подготовлен</source>
            <translation>Құжат дайындалды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="167" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="63" />
            <source>Подписано</source>
            <translation>Қол қойылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="168" />
            <source>Готово к загрузке</source>
            <translation>Жүктеуге дайын</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="169" />
            <source>Загружено в ИСПУ</source>
            <translation>ИСПУ-ға жүктелді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="202" />
            <source>Подписанный документ</source>
            <translation>Қол қойылған құжат</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="203" />
            <source>Электронная копия</source>
            <translation>Электрондық көшірме</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="204" />
            <source>Форма отчётности</source>
            <translation>Есептілік нысаны</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="205" />
            <source>Ссылка на публикацию</source>
            <translation>Жарияланымға сілтеме</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="206" />
            <source>Таблица в программе</source>
            <translation>Бағдарламадағы кесте</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="227" />
            <source>Обязательный</source>
            <translation>Міндетті</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="228" />
            <source>При условии</source>
            <translation>Шарт бойынша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="229" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="29" />
            <source>Необязательный</source>
            <translation>Міндетті емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="254" />
            <source>Дата подписания</source>
            <translation>Қол қойылған күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="255" />
            <source>Дата утверждения</source>
            <translation>Бекітілген күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="256" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="228" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="119" />
            <source>Дата публикации</source>
            <translation>Жарияланған күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="257" />
            <source>Дата проведения</source>
            <translation>Өткізілген күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="258" />
            <source>Дата поступления</source>
            <translation>Түскен күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="281" />
            <source>интернет-ресурс</source>
            <translation>интернет-ресурс</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="282" />
            <source>СМИ</source>
            <translation>БАҚ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="283" />
            <source>социальные сети</source>
            <translation>әлеуметтік желілер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="307" />
            <source>Скан подписанного документа</source>
            <translation>Қол қойылған құжаттың сканы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="308" />
            <source>Проект документа (без подписи)</source>
            <translation>Құжат жобасы (қолтаңбасыз)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="309" />
            <source>Сопроводительный материал</source>
            <translation>Ілеспе материал</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="310" />
            <source>Файл электронной подписи (ЭЦП)</source>
            <translation>Электрондық қолтаңба файлы (ЭЦҚ)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="126" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="367" />
            <source>за год</source>
            <translation>жыл бойы</translation>
        </message>
    </context>
    <context>
        <name>core.workdays</name>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="63" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="94" />
            <source>праздник</source>
            <translation>мереке</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="64" />
            <source>перенос праздника</source>
            <translation>мерекені ауыстыру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="65" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="94" />
            <source>выходной</source>
            <translation>демалыс</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="66" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="186" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="198" />
            <source>рабочий день</source>
            <translation>жұмыс күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="78" />
            <source>Выходной день перенесён с понедельника, {date}</source>
            <translation>Демалыс күні дүйсенбіден ауыстырылды, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="79" />
            <source>Выходной день перенесён с вторника, {date}</source>
            <translation>Демалыс күні сейсенбіден ауыстырылды, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="80" />
            <source>Выходной день перенесён со среды, {date}</source>
            <translation>Демалыс күні сәрсенбіден ауыстырылды, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="81" />
            <source>Выходной день перенесён с четверга, {date}</source>
            <translation>Демалыс күні бейсенбіден ауыстырылды, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="82" />
            <source>Выходной день перенесён с пятницы, {date}</source>
            <translation>Демалыс күні жұмадан ауыстырылды, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="83" />
            <source>Выходной день перенесён с субботы, {date}</source>
            <translation>Демалыс күні сенбіден ауыстырылды, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="84" />
            <source>Выходной день перенесён с воскресенья, {date}</source>
            <translation>Демалыс күні жексенбіден ауыстырылды, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="90" />
            <source>Новый год</source>
            <translation>Жаңа жыл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="91" />
            <source>Православное Рождество</source>
            <translation>Православиелік Рождество</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="92" />
            <source>Международный женский день</source>
            <translation>Халықаралық әйелдер күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="93" />
            <source>Наурыз мейрамы</source>
            <translation>Наурыз мейрамы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="95" />
            <source>Праздник единства народа Казахстана</source>
            <translation>Қазақстан халқының бірлігі мерекесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="96" />
            <source>День защитника Отечества</source>
            <translation>Отан қорғаушы күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="97" />
            <source>День Победы</source>
            <translation>Жеңіс күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="98" />
            <source>День Столицы</source>
            <translation>Астана күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="100" />
            <source>День Конституции Республики Казахстан</source>
            <translation>Қазақстан Республикасының Конституциясы күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="101" />
            <source>День Республики</source>
            <translation>Республика күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="102" />
            <source>День Республики Казахстан</source>
            <translation>Қазақстан Республикасы күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="104" />
            <source>День Первого Президента Республики Казахстан</source>
            <translation>Қазақстан Республикасының Тұңғыш Президенті күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="105" />
            <source>День Независимости</source>
            <translation>Тәуелсіздік күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="106" />
            <source>Курбан айт (первый день)</source>
            <translation>Құрбан айт (бірінші күні)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="527" />
            <source>Рабочий день: выходной перенесён на {date}</source>
            <translation>Жұмыс күні: демалыс {date} күніне ауыстырылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="141" />
            <source>Дата записи календаря должна быть датой без времени.</source>
            <translation>Күнтізбе жазбасының күні уақытсыз күн болуы тиіс.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="183" />
            <source>Файл календаря {file}: {problem}.</source>
            <translation>Күнтізбе файлы {file}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="230" />
            <source>ожидается год от {first} до {last}, получено {value}</source>
            <translation>{first} жылдан {last} жылға дейінгі жыл күтілген, {value} алынды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="236" />
            <source>год {year} не совпадает с годом в имени файла</source>
            <translation>{year} жылы файл атауындағы жылмен сәйкес келмейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="247" />
            <source>ожидается список записей, получено {value}</source>
            <translation>жазбалар тізімі күтілген, {value} алынды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="340" />
            <source>Запись календаря пользователя имеет неверный тип.</source>
            <translation>Пайдаланушы күнтізбесінің жазбасы дұрыс емес түрде.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="439" />
            <source>Дата выходит за пределы календаря.</source>
            <translation>Күн күнтізбе шегінен шығады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="459" />
            <source>по данным пакета holidays</source>
            <translation>holidays пакетінің деректері бойынша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="138" />
            <source>Вид записи календаря «{kind}» неизвестен: допустимы day_off, working_day.</source>
            <translation>Күнтізбе жазбасының «{kind}» түрі белгісіз: day_off, working_day мәндері рұқсат етіледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="181" />
            <source>Файл календаря {file}: {path} — {problem}.</source>
            <translation>Күнтізбе файлы {file}: {path} — {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="211" />
            <location filename="../../tbn4_desktop/core/workdays.py" line="209" />
            <source>ожидается дата ГГГГ-ММ-ДД, получено {value}</source>
            <translation>ЖЖЖЖ-АА-КК күні күтілген, {value} алынды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="213" />
            <source>дата {date} не относится к {year} году</source>
            <translation>{date} күні {year} жылға жатпайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="218" />
            <source>ожидается непустой текст, получено {value}</source>
            <translation>бос емес мәтін күтілген, {value} алынды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="257" />
            <source>дата {date} уже указана в {entry}</source>
            <translation>{date} күні {entry} жазбасында бұрыннан көрсетілген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="264" />
            <source>ожидается day_off (выходной) или working_day (рабочий день), получено {value}</source>
            <translation>day_off (демалыс) немесе working_day (жұмыс күні) күтілген, {value} алынды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="284" />
            <source>Файл календаря {file}: слишком большой ({size} байт).</source>
            <translation>Күнтізбе файлы {file}: тым үлкен ({size} байт).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="288" />
            <source>Файл календаря {file}: не в кодировке UTF-8.</source>
            <translation>Күнтізбе файлы {file}: UTF-8 кодтауында емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="291" />
            <source>Файл календаря {file}: не удалось прочитать ({reason}).</source>
            <translation>Күнтізбе файлы {file}: оқу мүмкін болмады ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="303" />
            <source>Файл календаря {file}: ошибка синтаксиса YAML.</source>
            <translation>Күнтізбе файлы {file}: YAML синтаксисінің қатесі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="499" />
            <source>Перенос выходного дня с {date} ({holiday})</source>
            <translation>Демалыс күнін {date} күнінен ауыстыру ({holiday})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="299" />
            <source>Файл календаря {file}: ошибка синтаксиса YAML (строка {line}).</source>
            <translation>Күнтізбе файлы {file}: YAML синтаксисінің қатесі ({line}-жол).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="332" />
            <source>Календарь на {year} год задан дважды: {first} и {second}.</source>
            <translation>{year} жылға арналған күнтізбе екі рет берілген: {first} және {second}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="470" />
            <source>{holiday}, дата ориентировочная</source>
            <translation>{holiday}, күні болжамды</translation>
        </message>
    </context>
    <context>
        <name>instance_lock</name>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="36" />
            <source>приложение ТБН-4</source>
            <translation>ТБН-4 бағдарламасы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="36" />
            <source>команда tbn4</source>
            <translation>tbn4 командасы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="134" />
            <source>Папка данных занята другим процессом ТБН-4: дождитесь его завершения и повторите.</source>
            <translation>Деректер қалтасын ТБН-4-тің басқа процесі пайдаланып жатыр: оның аяқталуын күтіп, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="146" />
            <source>Резервная копия этой папки данных уже создаётся другим процессом. Дождитесь окончания и повторите.</source>
            <translation>Бұл деректер қалтасының резервтік көшірмесін басқа процесс жасап жатыр. Аяқталуын күтіп, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="139" />
            <source>Папка данных занята: её использует приложение ТБН-4 ({where}). Закройте его и повторите.</source>
            <translation>Деректер қалтасы бос емес: оны ТБН-4 бағдарламасы пайдаланып жатыр ({where}). Оны жауып, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="152" />
            <source>Резервная копия этой папки данных уже создаётся: её делает приложение ТБН-4 ({where}). Дождитесь окончания и повторите.</source>
            <translation>Бұл деректер қалтасының резервтік көшірмесі жасалып жатыр: оны ТБН-4 бағдарламасы жасауда ({where}). Аяқталуын күтіп, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="64" />
            <source>процесс {pid} на компьютере {host}</source>
            <translation>{host} компьютеріндегі {pid} процесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="136" />
            <source>Папка данных занята: её использует команда tbn4 ({where}). Дождитесь её завершения и повторите.</source>
            <translation>Деректер қалтасы бос емес: оны tbn4 командасы пайдаланып жатыр ({where}). Оның аяқталуын күтіп, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="148" />
            <source>Резервная копия этой папки данных уже создаётся: её делает команда tbn4 ({where}). Дождитесь окончания и повторите.</source>
            <translation>Бұл деректер қалтасының резервтік көшірмесі жасалып жатыр: оны tbn4 командасы жасауда ({where}). Аяқталуын күтіп, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="63" />
            <source>процесс {pid} на компьютере неизвестно</source>
            <translation>белгісіз компьютердегі {pid} процесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="198" />
            <location filename="../../tbn4_desktop/store.py" line="151" />
            <source>Не удалось открыть папку данных. {error}</source>
            <translation>Деректер қалтасын ашу мүмкін болмады. {error}</translation>
        </message>
    </context>
    <context>
        <name>migrations.runner</name>
        <message>
            <location filename="../../tbn4_desktop/migrations/runner.py" line="39" />
            <source>В общей базе данных офиса нет отметки о версии её схемы, поэтому программа не может безопасно её открыть и ничего в ней не меняет: обратитесь к администратору сервера.</source>
            <translation>Кеңсенің ортақ дерекқорында оның схемасының нұсқасы туралы белгі жоқ, сондықтан бағдарлама оны қауіпсіз аша алмайды және онда ештеңе өзгертпейді: сервер әкімшісіне хабарласыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/migrations/runner.py" line="43" />
            <source>В общей базе данных офиса есть чужие таблицы, поэтому программа её не открывает и ничего в ней не меняет: укажите в настройках отдельную пустую базу для программы.</source>
            <translation>Кеңсенің ортақ дерекқорында бөгде кестелер бар, сондықтан бағдарлама оны ашпайды және онда ештеңе өзгертпейді: баптауларда бағдарлама үшін бөлек бос дерекқорды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/migrations/runner.py" line="47" />
            <source>Обновление базы данных нарушило бы связи между записями, поэтому оно отменено и база не изменена: сообщите об этом разработчикам.</source>
            <translation>Дерекқорды жаңарту жазбалар арасындағы байланыстарды бұзар еді, сондықтан ол тоқтатылды және дерекқор өзгертілмеді: бұл туралы әзірлеушілерге хабарлаңыз.</translation>
        </message>
    </context>
    <context>
        <name>services.audit</name>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="266" />
            <source>Отметка о последней записи журнала изменений повреждена.</source>
            <translation>Өзгерістер журналының соңғы жазбасы туралы белгі бүлінген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="262" />
            <source>Пропала отметка о последней записи журнала изменений: удалённые последние записи не обнаружить.</source>
            <translation>Өзгерістер журналының соңғы жазбасы туралы белгі жоғалған: жойылған соңғы жазбаларды анықтау мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="269" />
            <source>Из журнала изменений удалены последние записи {gap}.</source>
            <translation>Өзгерістер журналынан соңғы {gap} жазбалары жойылған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="271" />
            <source>Записи журнала изменений после №{id} добавлены в обход программы.</source>
            <translation>Өзгерістер журналының №{id} жазбасынан кейінгі жазбалар бағдарламаны айналып өтіп қосылған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="273" />
            <source>Последняя запись журнала изменений №{id} заменена в обход программы.</source>
            <translation>Өзгерістер журналының №{id} соңғы жазбасы бағдарламаны айналып өтіп ауыстырылған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="420" />
            <source>Пакет этой организации за {year} год ещё не принят.</source>
            <translation>Осы ұйымның {year} жылғы пакеті әлі қабылданбаған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="227" />
            <source>Запись журнала изменений №{id} от {when} изменена после того, как была сделана: её контрольная сумма не совпадает.</source>
            <translation>Өзгерістер журналының {when} күнгі №{id} жазбасы жасалғаннан кейін өзгертілген: оның бақылау сомасы сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="236" />
            <source>И ещё нарушений в журнале изменений: {count}.</source>
            <translation>Өзгерістер журналындағы тағы бұзушылықтар: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="429" />
            <source>Журнал изменений из пакета «{name}» не прочитать: сохранённый пакет отсутствует или повреждён; примите пакет заново.</source>
            <translation>«{name}» пакетіндегі өзгерістер журналын оқу мүмкін емес: сақталған пакет жоқ немесе бүлінген; пакетті қайта қабылдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="210" />
            <source>Из журнала изменений удалены записи {gap}: за ними идёт запись №{id} от {when}.</source>
            <translation>Өзгерістер журналынан {gap} жазбалары жойылған: олардан кейін {when} күнгі №{id} жазба тұр.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="214" />
            <source>Запись журнала изменений №{id} от {when} стоит не на своём месте: записи переставлены.</source>
            <translation>Өзгерістер журналының {when} күнгі №{id} жазбасы өз орнында тұрған жоқ: жазбалардың орны ауыстырылған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="220" />
            <source>Запись журнала изменений №{id} от {when} не продолжает предыдущую: записи удалены, вставлены или переставлены.</source>
            <translation>Өзгерістер журналының {when} күнгі №{id} жазбасы алдыңғы жазбаның жалғасы емес: жазбалар жойылған, қосылған немесе орны ауыстырылған.</translation>
        </message>
    </context>
    <context>
        <name>services.backup_warnings</name>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="70" />
            <source>Папка данных сама не может быть папкой резервных копий: выберите её вложенную папку или папку на другом диске.</source>
            <translation>Деректер қалтасының өзі резервтік көшірмелер қалтасы бола алмайды: оның ішкі қалтасын немесе басқа дискідегі қалтаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="35" />
            <source>Резервные копии лежат на том же диске, что и данные: при отказе диска пропадут и они. Выберите папку на другом диске или на сетевом ресурсе.</source>
            <translation>Резервтік көшірмелер деректермен бір дискіде сақталған: диск істен шықса, олар да жоғалады. Басқа дискідегі немесе желілік ресурстағы қалтаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="66" />
            <source>Папка «{folder}» находится внутри папки вложений: выберите для резервных копий другую папку.</source>
            <translation>«{folder}» қалтасы тіркемелер қалтасының ішінде орналасқан: резервтік көшірмелер үшін басқа қалтаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="80" />
            <source>В папку «{folder}» нельзя записывать: выберите папку, доступную для записи.</source>
            <translation>«{folder}» қалтасына жазуға болмайды: жазуға қолжетімді қалтаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="29" />
            <source>Последней резервной копии больше 7 дней (она сделана {date}): создайте копию сейчас.</source>
            <translation>Соңғы резервтік көшірме жасалғалы 7 күннен асты (ол {date} жасалған): көшірмені қазір жасаңыз.</translation>
        </message>
    </context>
    <context>
        <name>services.backups</name>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="43" />
            <source>Программа работает с общей базой данных офиса: резервные копии базы делает сервер (администратор PostgreSQL), программа сохраняет только настройки этого компьютера.</source>
            <translation>Бағдарлама кеңсенің ортақ дерекқорымен жұмыс істейді: дерекқордың резервтік көшірмелерін сервер (PostgreSQL әкімшісі) жасайды, бағдарлама тек осы компьютердің баптауларын сақтайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="240" />
            <source>{size} ГБ</source>
            <translation>{size} ГБ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="237" />
            <location filename="../../tbn4_desktop/services/integrity.py" line="133" />
            <source>{size} КБ</source>
            <translation>{size} КБ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="239" />
            <location filename="../../tbn4_desktop/services/integrity.py" line="134" />
            <source>{size} МБ</source>
            <translation>{size} МБ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="420" />
            <source>Данные восстановлены из резервной копии от {when}; прежнее состояние сохранено в копии «{copy}».</source>
            <translation>Деректер {when} жасалған резервтік көшірмеден қалпына келтірілді; бұрынғы күйі «{copy}» көшірмесінде сақталды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="356" />
            <source>Резервная копия «{name}» — копия локальной базы, а программа работает с общей базой данных офиса: её восстанавливает администратор сервера.</source>
            <translation>«{name}» резервтік көшірмесі — жергілікті дерекқордың көшірмесі, ал бағдарлама кеңсенің ортақ дерекқорымен жұмыс істейді: оны сервер әкімшісі қалпына келтіреді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="363" />
            <source>Резервная копия «{name}» сделана более новой версией программы: обновите программу, чтобы восстановить её.</source>
            <translation>«{name}» резервтік көшірмесі бағдарламаның жаңарақ нұсқасымен жасалған: оны қалпына келтіру үшін бағдарламаны жаңартыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="414" />
            <source>Данные восстановлены из резервной копии от {when}.</source>
            <translation>Деректер {when} жасалған резервтік көшірмеден қалпына келтірілді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="410" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="309" />
            <source>Данные не восстановлены. {reason}</source>
            <translation>Деректер қалпына келтірілмеді. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="401" />
            <source>Настройки этого компьютера восстановлены из резервной копии от {when}.</source>
            <translation>Осы компьютердің баптаулары {when} жасалған резервтік көшірмеден қалпына келтірілді.</translation>
        </message>
    </context>
    <context>
        <name>services.bundle_signatures</name>
        <message>
            <location filename="../../tbn4_desktop/services/bundle_signatures.py" line="121" />
            <source>Пакет «{name}» отклонён: подпись «{file}» не читается или не сходится со своим документом (файл изменён после подписания).</source>
            <translation>«{name}» пакеті қабылданбады: «{file}» қолтаңбасы оқылмайды немесе өз құжатына сәйкес келмейді (файл қол қойылғаннан кейін өзгертілген).</translation>
        </message>
    </context>
    <context>
        <name>services.checklist</name>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="557" />
            <source>Укажите наименование организации.</source>
            <translation>Ұйымның атауын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="559" />
            <source>Наименование длиннее 500 символов.</source>
            <translation>Атауы 500 таңбадан ұзын.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="565" />
            <source>«{name}» уже есть в списке курируемых организаций.</source>
            <translation>«{name}» жетекшілік етілетін ұйымдар тізімінде бұрыннан бар.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="277" />
            <source>Такого подписанта нет в списке организации.</source>
            <translation>Ұйымның тізімінде мұндай қол қоюшы жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="436" />
            <source>Дата публикации не может быть в будущем.</source>
            <translation>Жариялану күні болашақ күн бола алмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="268" />
            <source>Документ «{title}» не подписывается в организации: подписант для него не указывается.</source>
            <translation>«{title}» құжатына ұйымда қол қойылмайды: оған қол қоюшы көрсетілмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="316" />
            <source>У документа «{title}» нет своей даты.</source>
            <translation>«{title}» құжатының өз күні жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="318" />
            <source>{date} не может быть в будущем.</source>
            <translation>{date} болашақ күн бола алмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="423" />
            <source>Документ «{title}» — не ссылка.</source>
            <translation>«{title}» құжаты сілтеме емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="430" />
            <source>Канал «{channel}» не предусмотрен для документа «{title}»; допустимо: {allowed}.</source>
            <translation>«{channel}» арнасы «{title}» құжаты үшін көзделмеген; рұқсат етілгені: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="487" />
            <source>Подзадача {code} не применяется ({reason}).</source>
            <translation>{code} кіші міндеті қолданылмайды ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="230" />
            <source>У подзадачи {code} нет документа «{key}» (документы: {known}).</source>
            <translation>{code} кіші міндетінде «{key}» құжаты жоқ (құжаттар: {known}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="283" />
            <source>{name}, {role}, не может подписывать документ «{title}»; его подписывает: {allowed}.</source>
            <translation>{name}, {role}, «{title}» құжатына қол қоя алмайды; оған қол қоятындар: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="352" />
            <source>Документ «{title}» обязателен: Инструкция не допускает отметку «не требуется».</source>
            <translation>«{title}» құжаты міндетті: Нұсқаулық «талап етілмейді» белгісіне жол бермейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="362" />
            <source>Причина «{reason}» не подходит; допустимо: {allowed}.</source>
            <translation>«{reason}» себебі жарамайды; рұқсат етілгені: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="388" />
            <source>К документу «{title}» файлы не прикладываются.</source>
            <translation>«{title}» құжатына файлдар тіркелмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="520" />
            <source>Вопроса «{key}» нет в каталоге (есть: {known}).</source>
            <translation>Каталогта «{key}» сұрағы жоқ (барлары: {known}).</translation>
        </message>
    </context>
    <context>
        <name>services.deadlines</name>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="130" />
            <source>Укажите, что это за день (например, «Перенос выходного дня с 04.01.2027»).</source>
            <translation>Бұл қандай күн екенін көрсетіңіз (мысалы, «Демалыс күнін 04.01.2027 күнінен ауыстыру»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="119" />
            <source>Дата {date} вне календаря ({first}–{last} годы).</source>
            <translation>{date} күні күнтізбеден тыс ({first}–{last} жылдар).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="134" />
            <source>Основание длиннее {max} символов.</source>
            <translation>Негіздемесі {max} таңбадан ұзын.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="80" />
            <source>Дата «{event}»: укажите дату без времени.</source>
            <translation>«{event}» күні: күнді уақытсыз көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="125" />
            <source>На {date} уже есть запись календаря («{note}»): удалите её, чтобы указать другую.</source>
            <translation>{date} күніне күнтізбе жазбасы бұрыннан бар («{note}»): басқасын көрсету үшін оны жойыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="132" />
            <source>Описание длиннее {max} символов.</source>
            <translation>Сипаттамасы {max} таңбадан ұзын.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="77" />
            <source>Неизвестное событие «{key}».</source>
            <translation>Белгісіз оқиға: «{key}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="82" />
            <source>Дата «{event}» ({date}) должна относиться к {first}–{last} годам (план на {year} год).</source>
            <translation>«{event}» күні ({date}) {first}–{last} жылдарға жатуы керек ({year} жылға арналған жоспар).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="179" />
            <location filename="../../tbn4_desktop/services/year_status.py" line="73" />
            <source>За {year} год план организации не создан.</source>
            <translation>Ұйымның {year} жылға арналған жоспары құрылмаған.</translation>
        </message>
    </context>
    <context>
        <name>services.demo</name>
        <message>
            <location filename="../../tbn4_desktop/services/demo.py" line="113" />
            <source>Демонстрационные данные создаются за текущий или прошедший год, а не за {year}. Укажите другой год.</source>
            <translation>Демонстрациялық деректер {year} жылға емес, ағымдағы немесе өткен жылға жасалады. Басқа жылды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/demo.py" line="124" />
            <source>В папке данных уже есть организация «{name}»: демонстрационные данные создаются только в пустой папке. Выберите другую папку данных (параметр --data-dir).</source>
            <translation>Деректер қалтасында «{name}» ұйымы бұрыннан бар: демонстрациялық деректер тек бос қалтада жасалады. Басқа деректер қалтасын таңдаңыз (--data-dir параметрі).</translation>
        </message>
    </context>
    <context>
        <name>services.due_dates</name>
        <message>
            <location filename="../../tbn4_desktop/services/due_dates.py" line="40" />
            <source>Срок {date} вне {first}–{last} годов (план на {year} год): проверьте год.</source>
            <translation>{date} мерзімі {first}–{last} жылдар аралығынан тыс ({year} жылға арналған жоспар): жылды тексеріңіз.</translation>
        </message>
    </context>
    <context>
        <name>services.executions</name>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="412" />
            <source>Этот файл только что убрал из подзадачи другой пользователь. Ваши изменения не сохранены: откройте подзадачу заново и повторите.</source>
            <translation>Бұл файлды жаңа ғана басқа пайдаланушы кіші міндеттен алып тастады. Сіздің өзгерістеріңіз сақталмады: кіші міндетті қайта ашып, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="330" />
            <source>Объединённый документ</source>
            <translation>Біріктірілген құжат</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="475" />
            <source>Дата загрузки не может быть в будущем.</source>
            <translation>Жүктеу күні болашақ күн бола алмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="320" />
            <source>Для объединения выберите не меньше двух приложенных файлов.</source>
            <translation>Біріктіру үшін кемінде екі тіркелген файлды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="325" />
            <source>Файл электронной подписи не объединяется с документами: подпись относится к одному файлу, и после объединения она бы ничего не подтверждала.</source>
            <translation>Электрондық қолтаңба файлы құжаттармен біріктірілмейді: қолтаңба бір файлға жатады, біріктірілгеннен кейін ол ештеңені растамайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="461" />
            <source>Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»; не готово: {names}.</source>
            <translation>Жүктеу туралы белгіні тек «Жүктеуге дайын» мәртебесі бар кіші міндеттерге қоюға болады; дайын емес: {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="477" />
            <source>Номер в ИСПУ длиннее {max} символов.</source>
            <translation>ИСПУ-дағы нөмір {max} таңбадан ұзын.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="513" />
            <source>Не выбрано ни одной подзадачи.</source>
            <translation>Бірде-бір кіші міндет таңдалмаған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="497" />
            <source>Отметка о загрузке есть не у всех выбранных подзадач: {names} в ИСПУ не загружено.</source>
            <translation>Жүктеу туралы белгі таңдалған кіші міндеттердің бәрінде бірдей жоқ: {names} ИСПУ-ға жүктелмеген.</translation>
        </message>
    </context>
    <context>
        <name>services.export</name>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="177" />
            <source>Чтение данных…</source>
            <translation>Деректер оқылуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="337" />
            <source>За {year} год данных нет: у организации «{name}» нет плана на этот год. Выберите другой год или начните работу над этим годом в программе.</source>
            <translation>{year} жылға деректер жоқ: «{name}» ұйымының осы жылға жоспары жоқ. Басқа жылды таңдаңыз немесе бағдарламада осы жыл бойынша жұмысты бастаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="373" />
            <source>В плане на {year} год нет ни одной подзадачи: выгружать нечего.</source>
            <translation>{year} жылға арналған жоспарда бірде-бір кіші міндет жоқ: экспорттайтын ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="439" />
            <source>Организация ещё не настроена: выгружать нечего. Заполните сведения об организации в программе (или создайте демонстрационные данные).</source>
            <translation>Ұйым әлі бапталмаған: экспорттайтын ештеңе жоқ. Бағдарламада ұйым туралы мәліметтерді толтырыңыз (немесе демонстрациялық деректер жасаңыз).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="365" />
            <source>С последней выгрузки за {year} год ничего не изменилось: пакет не сформирован.</source>
            <translation>Соңғы экспорттан бері {year} жыл бойынша ештеңе өзгерген жоқ: пакет қалыптастырылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="369" />
            <source>В проекте {project} нет подзадач за {year} год: выгружать нечего. Выберите другой проект или весь год.</source>
            <translation>{project}-жобада {year} жылға кіші міндеттер жоқ: экспорттайтын ештеңе жоқ. Басқа жобаны немесе бүкіл жылды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="447" />
            <location filename="../../tbn4_desktop/services/forms.py" line="215" />
            <source>Организации с номером {id} нет в базе. Проверьте номер организации.</source>
            <translation>Дерекқорда {id} нөмірлі ұйым жоқ. Ұйымның нөмірін тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="758" />
            <source>Указана папка, а не имя файла пакета: {path}. Укажите имя файла, например «пакет.zip».</source>
            <translation>Пакет файлының атауы емес, қалта көрсетілген: {path}. Файл атауын көрсетіңіз, мысалы, «пакет.zip».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="765" />
            <location filename="../../tbn4_desktop/services/export.py" line="786" />
            <source>Папка «{folder}» не существует. Выберите существующую папку для пакета.</source>
            <translation>«{folder}» қалтасы жоқ. Пакет үшін бар қалтаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="769" />
            <source>Недопустимое имя файла пакета: «{name}». Укажите имя, например «пакет.zip».</source>
            <translation>Пакет файлының атауы жарамсыз: «{name}». Атауын көрсетіңіз, мысалы, «пакет.zip».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="776" />
            <source>«{path}» — это файл, а не папка. Укажите новую или пустую папку для пакета.</source>
            <translation>«{path}» — қалта емес, файл. Пакет үшін жаңа немесе бос қалтаны көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="790" />
            <source>Недопустимое имя папки пакета: «{name}». Укажите имя, например «Пакет ИСПУ».</source>
            <translation>Пакет қалтасының атауы жарамсыз: «{name}». Атауын көрсетіңіз, мысалы, «ИСПУ пакеті».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="360" />
            <source>С последней выгрузки ({when}) за {year} год ничего не изменилось: пакет не сформирован.</source>
            <translation>Соңғы экспорттан ({when}) бері {year} жыл бойынша ештеңе өзгерген жоқ: пакет қалыптастырылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="573" />
            <source>Файл «{name}» подзадачи {code} не найден в хранилище вложений ({path}). Приложите его заново или восстановите папку данных из резервной копии.</source>
            <translation>{code} кіші міндетінің «{name}» файлы тіркемелер қоймасынан табылмады ({path}). Оны қайта тіркеңіз немесе деректер қалтасын резервтік көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="654" />
            <source>Формирование документов: {done} из {total}…</source>
            <translation>Құжаттарды қалыптастыру: {total} ішінен {done}…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="709" />
            <source>Не удалось записать «{form}». {reason}</source>
            <translation>«{form}» жазу мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="710" />
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="341" />
            <source>Пакет не сформирован. {reason}</source>
            <translation>Пакет қалыптастырылмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="185" />
            <source>Не удалось подготовить документы пакета во временной папке. {reason}</source>
            <translation>Пакет құжаттарын уақытша қалтада дайындау мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="567" />
            <source>Файл «{name}» подзадачи {code} ({period}) не найден в хранилище вложений ({path}). Приложите его заново или восстановите папку данных из резервной копии.</source>
            <translation>{code} кіші міндетінің ({period}) «{name}» файлы тіркемелер қоймасынан табылмады ({path}). Оны қайта тіркеңіз немесе деректер қалтасын резервтік көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="404" />
            <source>Не удалось сформировать «{form}» для подзадачи {code}: {reason}</source>
            <translation>{code} кіші міндеті үшін «{form}» қалыптастыру мүмкін болмады: {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.export_scope</name>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="89" />
            <source>весь год</source>
            <translation>бүкіл жыл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="89" />
            <source>только изменённое</source>
            <translation>тек өзгергені</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/services/export_scope.py" line="391" />
            <source>%n файл не распределён по документам и останутся в папке «Не распределено»: укажите, к какому документу относится каждый файл.</source>
            <translation>
                <numerusform>%n файл құжаттарға бөлінбеген және «Бөлінбеген» қалтасында қалады: әр файлдың қай құжатқа жататынын көрсетіңіз.</numerusform>
                <numerusform>%n файл құжаттарға бөлінбеген және «Бөлінбеген» қалтасында қалады: әр файлдың қай құжатқа жататынын көрсетіңіз.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="421" />
            <source>Документы собраны, но подзадача не отмечена «Готово к загрузке».</source>
            <translation>Құжаттар жиналды, бірақ кіші міндет «Жүктеуге дайын» деп белгіленбеген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="88" />
            <source>проект {number}</source>
            <translation>{number}-жоба</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="406" />
            <source>Не указан подписант документа «{title}»; подписывать его может: {allowed}.</source>
            <translation>«{title}» құжатына қол қоюшы көрсетілмеген; оған қол қоя алатындар: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="413" />
            <source>Документ «{title}» подписал(а) {name} — {role}, а подписывать его может: {allowed}.</source>
            <translation>«{title}» құжатына {name} — {role} қол қойған, ал оған қол қоя алатындар: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="427" />
            <source>Срок {date} прошёл, а отметки о загрузке в ИСПУ нет.</source>
            <translation>{date} мерзімі өтті, ал ИСПУ-ға жүктеу туралы белгі жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="430" />
            <source>Срок {date} прошёл, подзадача не исполнена.</source>
            <translation>{date} мерзімі өтті, кіші міндет орындалмаған.</translation>
        </message>
    </context>
    <context>
        <name>services.forms</name>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="278" />
            <source>Акт сверки (Приложение №2) составляется за квартал: выберите I квартал (Q1), II квартал (Q2), III квартал (Q3) или IV квартал (Q4).</source>
            <translation>Салыстыру актісі (№2 қосымша) тоқсанға жасалады: I тоқсанды (Q1), II тоқсанды (Q2), III тоқсанды (Q3) немесе IV тоқсанды (Q4) таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="246" />
            <source>Подзадачу можно указать только для Приложения №1.</source>
            <translation>Кіші міндетті тек №1 қосымша үшін көрсетуге болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="138" />
            <source>Сводной формы «{form}» нет: сводными бывают Приложения №1 и №3.</source>
            <translation>«{form}» жиынтық нысаны жоқ: жиынтық нысандар тек №1 және №3 қосымшалар болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="224" />
            <source>За {year} год данных нет: у организации «{name}» нет плана на этот год.</source>
            <translation>{year} жылға деректер жоқ: «{name}» ұйымының осы жылға жоспары жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="270" />
            <source>Период «{period}» не подходит для формы «{form}»: форма составляется за год, период не указывается.</source>
            <translation>«{period}» кезеңі «{form}» нысанына сәйкес келмейді: нысан бір жылға жасалады, кезең көрсетілмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="401" />
            <source>Сводную форму составить не из чего: у подведомственных организаций «{name}» нет данных за {year} год.</source>
            <translation>Жиынтық нысанды жасайтын ештеңе жоқ: «{name}» ведомстволық бағынысты ұйымдарында {year} жылға деректер жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="189" />
            <source>Организации с БИН {bin} нет в базе. Проверьте БИН (параметр --org).</source>
            <translation>Дерекқорда БСН {bin} ұйым жоқ. БСН-ді тексеріңіз (--org параметрі).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="205" />
            <source>У организации «{name}» ещё нет ни одного года работы: формировать нечего.</source>
            <translation>«{name}» ұйымының әлі бірде-бір жұмыс жылы жоқ: қалыптастыратын ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="243" />
            <source>Подзадача {code} не подтверждается формой «{form}».</source>
            <translation>{code} кіші міндеті «{form}» нысанымен расталмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="265" />
            <source>Период «{period}» не подходит для формы «{form}»: допустимы: {periods}.</source>
            <translation>«{period}» кезеңі «{form}» нысанына сәйкес келмейді: рұқсат етілгендері: {periods}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="239" />
            <source>Подзадачи {code} нет в каталоге ТБН №4 этого года.</source>
            <translation>Осы жылғы ТБН №4 каталогында {code} кіші міндеті жоқ.</translation>
        </message>
    </context>
    <context>
        <name>services.import_staging</name>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="164" />
            <source>Пакет «{name}» отклонён: файл «{file}» указан как документ, а по содержимому это файл электронной подписи.</source>
            <translation>«{name}» пакеті қабылданбады: «{file}» файлы құжат ретінде көрсетілген, бірақ мазмұны бойынша бұл электрондық қолтаңба файлы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="160" />
            <source>Пакет «{name}» отклонён: файл «{file}» указан как файл электронной подписи, а по содержимому им не является.</source>
            <translation>«{name}» пакеті қабылданбады: «{file}» файлы электрондық қолтаңба файлы ретінде көрсетілген, бірақ мазмұны бойынша ол қолтаңба файлы емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="124" />
            <source>Не удалось прочитать пакет «{name}». {reason}</source>
            <translation>«{name}» пакетін оқу мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="130" />
            <source>Не удалось скопировать пакет в папку вложений; данные не изменены. {reason}</source>
            <translation>Пакетті тіркемелер қалтасына көшіру мүмкін болмады; деректер өзгертілмеді. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="60" />
            <source>Не удалось подготовить папку вложений к приёму пакета. {reason}</source>
            <translation>Тіркемелер қалтасын пакетті қабылдауға дайындау мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="199" />
            <source>Не удалось сохранить файлы пакета. {reason}</source>
            <translation>Пакет файлдарын сақтау мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="149" />
            <source>Пакет «{name}» отклонён: файл «{file}» не является документом допустимого типа ({types}).</source>
            <translation>«{name}» пакеті қабылданбады: «{file}» файлы рұқсат етілген түрдегі құжат емес ({types}).</translation>
        </message>
    </context>
    <context>
        <name>services.imports</name>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="136" />
            <source>Пакет «{name}» за {year} год заменил ранее принятый: подзадач и периодов {items}, файлов {files}.</source>
            <translation>«{name}» ұйымының {year} жылғы пакеті бұрын қабылданған пакетті алмастырды: кіші міндеттер мен кезеңдер — {items}, файлдар — {files}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="140" />
            <source>Пакет «{name}» за {year} год принят: подзадач и периодов {items}, файлов {files}.</source>
            <translation>«{name}» ұйымының {year} жылғы пакеті қабылданды: кіші міндеттер мен кезеңдер — {items}, файлдар — {files}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="413" />
            <source>Организация ещё не настроена: сначала заполните сведения о своей организации, затем принимайте пакеты подведомственных.</source>
            <translation>Ұйым әлі бапталмаған: алдымен өз ұйымыңыз туралы мәліметтерді толтырыңыз, содан кейін ведомстволық бағынысты ұйымдардың пакеттерін қабылдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="143" />
            <source>Организация добавлена как подведомственная.</source>
            <translation>Ұйым ведомстволық бағынысты ұйым ретінде қосылды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="146" />
            <source>Пакет прежнего формата (без документов подзадач): файлы, ссылки и подписант распределены по документам автоматически; то, что нельзя отнести к одному документу, — в «Не распределено».</source>
            <translation>Бұрынғы форматтағы пакет (кіші міндеттердің құжаттарынсыз): файлдар, сілтемелер мен қол қоюшы құжаттарға автоматты түрде бөлінді; бір құжатқа жатқызуға болмайтындары — «Бөлінбеген» ішінде.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="132" />
            <source>Пакет «{name}» за {year} год уже принят ранее; данные не изменились.</source>
            <translation>«{name}» ұйымының {year} жылғы пакеті бұрын қабылданған; деректер өзгерген жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="326" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} файл «{file}» отнесён к документу «{slot}», к которому файлы не прикладываются.</source>
            <translation>«{name}» пакеті қабылданбады: {item} кіші міндетінде «{file}» файлы файлдар тіркелмейтін «{slot}» құжатына жатқызылған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="340" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} ссылка {url} отнесена к документу «{slot}», который не ссылка.</source>
            <translation>«{name}» пакеті қабылданбады: {item} кіші міндетінде {url} сілтемесі сілтеме емес «{slot}» құжатына жатқызылған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="350" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} канал «{channel}» не предусмотрен для документа «{title}».</source>
            <translation>«{name}» пакеті қабылданбады: {item} кіші міндетінде «{channel}» арнасы «{title}» құжаты үшін көзделмеген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="361" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} неизвестный документ «{key}».</source>
            <translation>«{name}» пакеті қабылданбады: {item} кіші міндетінде белгісіз «{key}» құжаты бар.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="366" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} указан подписант документа «{title}», который не подписывается.</source>
            <translation>«{name}» пакеті қабылданбады: {item} кіші міндетінде қол қойылмайтын «{title}» құжатының қол қоюшысы көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="377" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} для документа «{title}» указана недопустимая причина «не требуется»: «{reason}».</source>
            <translation>«{name}» пакеті қабылданбады: {item} кіші міндетінде «{title}» құжаты үшін «талап етілмейді» белгісінің жарамсыз себебі көрсетілген: «{reason}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="421" />
            <source>Пакет «{name}» отклонён: в нём не указан БИН организации «{org}», без него её нельзя сопоставить; попросите указать БИН в программе и выгрузить заново.</source>
            <translation>«{name}» пакеті қабылданбады: онда «{org}» ұйымының БСН-і көрсетілмеген, онсыз ұйымды салыстыру мүмкін емес; бағдарламада БСН-ді көрсетіп, пакетті қайта экспорттауды сұраңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="428" />
            <source>Пакет «{name}» — это пакет вашей же организации «{org}»; принимаются только пакеты подведомственных организаций.</source>
            <translation>«{name}» пакеті — өз ұйымыңыздың («{org}») пакеті; тек ведомстволық бағынысты ұйымдардың пакеттері қабылданады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="447" />
            <source>Пакет «{name}» отклонён: организация «{org}» (БИН {bin}) не является подведомственной «{parent}».</source>
            <translation>«{name}» пакеті қабылданбады: «{org}» ұйымы (БСН {bin}) «{parent}» ұйымының ведомстволық бағынысты ұйымы емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="475" />
            <source>Пакет «{name}» сформирован {created}, а уже принят более новый пакет «{org}» за {year} год (от {newer}); старый пакет не принимается.</source>
            <translation>«{name}» пакеті {created} қалыптастырылған, ал «{org}» ұйымының {year} жылғы жаңарақ пакеті ({newer}) бұрын қабылданған; ескі пакет қабылданбайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="233" />
            <source>Пакет «{name}» составлен по каталогу «{catalog}» версии {version}, которого нет в программе: импортируйте этот каталог (Карту реализации) или обновите программу.</source>
            <translation>«{name}» пакеті бағдарламада жоқ «{catalog}» каталогының {version} нұсқасы бойынша жасалған: осы каталогты (Іске асыру картасын) импорттаңыз немесе бағдарламаны жаңартыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="307" />
            <source>Пакет «{name}» отклонён: дата «{event}» ({date}) не относится к {first}–{last} годам.</source>
            <translation>«{name}» пакеті қабылданбады: «{event}» күні ({date}) {first}–{last} жылдарға жатпайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="388" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} дата документа «{title}» ({date}) не относится к {first}–{last} годам.</source>
            <translation>«{name}» пакеті қабылданбады: {item} кіші міндетінде «{title}» құжатының күні ({date}) {first}–{last} жылдарға жатпайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="437" />
            <source>Организация «{org}» (БИН {bin}) не числится подведомственной «{parent}»; добавьте её как подведомственную, чтобы принять пакет.</source>
            <translation>«{org}» ұйымы (БСН {bin}) «{parent}» ұйымының ведомстволық бағынысты ұйымы ретінде тіркелмеген; пакетті қабылдау үшін оны ведомстволық бағынысты ұйым ретінде қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="187" />
            <source>Пакет «{name}» изменился во время приёма; повторите приём.</source>
            <translation>«{name}» пакеті қабылдау кезінде өзгерді; қабылдауды қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="256" />
            <source>Пакет «{name}» отклонён: подзадачи {code} нет в каталоге «{catalog}» версии {version}.</source>
            <translation>«{name}» пакеті қабылданбады: «{catalog}» каталогының {version} нұсқасында {code} кіші міндеті жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="271" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} неизвестная таблица «{table}».</source>
            <translation>«{name}» пакеті қабылданбады: {item} кіші міндетінде белгісіз «{table}» кестесі бар.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="283" />
            <source>Пакет «{name}» отклонён: строка {row} таблицы «{table}» подзадачи {item} неверна — {reason}.</source>
            <translation>«{name}» пакеті қабылданбады: {item} кіші міндетінің «{table}» кестесіндегі {row}-жол қате — {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.integrity</name>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="214" />
            <source>Проверка базы данных…</source>
            <translation>Дерекқорды тексеру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="225" />
            <source>Проверка журнала изменений…</source>
            <translation>Өзгерістер журналын тексеру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="260" />
            <source>Файл «{name}» подзадачи {item} отсутствует в хранилище вложений ({path}). Восстановите его из резервной копии или приложите заново.</source>
            <translation>{item} кіші міндетінің «{name}» файлы тіркемелер қоймасында жоқ ({path}). Оны резервтік көшірмеден қалпына келтіріңіз немесе қайта тіркеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="264" />
            <source>Файл пакет подведомственной организации «{name}» отсутствует в хранилище вложений ({path}). Восстановите его из резервной копии или приложите заново.</source>
            <translation>Ведомстволық бағынысты ұйымның «{name}» пакетінің файлы тіркемелер қоймасында жоқ ({path}). Оны резервтік көшірмеден қалпына келтіріңіз немесе қайта тіркеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="270" />
            <source>Файл «{name}» подзадачи {item} не читается ({path}): {reason}.</source>
            <translation>{item} кіші міндетінің «{name}» файлы оқылмайды ({path}): {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="271" />
            <source>Файл пакет подведомственной организации «{name}» не читается ({path}): {reason}.</source>
            <translation>Ведомстволық бағынысты ұйымның «{name}» пакетінің файлы оқылмайды ({path}): {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="274" />
            <source>Файл «{name}» подзадачи {item} повреждён или изменён: его содержимое не совпадает с сохранённой контрольной суммой ({path}). Восстановите его из резервной копии.</source>
            <translation>{item} кіші міндетінің «{name}» файлы бүлінген немесе өзгертілген: оның мазмұны сақталған бақылау сомасына сәйкес келмейді ({path}). Оны резервтік көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="278" />
            <source>Файл пакет подведомственной организации «{name}» повреждён или изменён: его содержимое не совпадает с сохранённой контрольной суммой ({path}). Восстановите его из резервной копии.</source>
            <translation>Ведомстволық бағынысты ұйымның «{name}» пакетінің файлы бүлінген немесе өзгертілген: оның мазмұны сақталған бақылау сомасына сәйкес келмейді ({path}). Оны резервтік көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="238" />
            <source>Целостность общей базы данных PostgreSQL проверяет её сервер; здесь проверены файлы вложений и журнал изменений.</source>
            <translation>Ортақ PostgreSQL дерекқорының тұтастығын оның сервері тексереді; мұнда тіркемелер файлдары мен өзгерістер журналы тексерілді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="327" />
            <source>Проверка файлов вложений…</source>
            <translation>Тіркемелер файлдарын тексеру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="394" />
            <source>Перенос в карантин…</source>
            <translation>Карантинге көшіру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="414" />
            <source>Удаление временных файлов…</source>
            <translation>Уақытша файлдарды жою…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="70" />
            <source>Проверка данных: всё в порядке, проверено файлов: {count}.</source>
            <translation>Деректерді тексеру: бәрі дұрыс, тексерілген файлдар: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="248" />
            <source>База данных повреждена: SQLite сообщает «{problem}». Восстановите данные из резервной копии.</source>
            <translation>Дерекқор бүлінген: SQLite «{problem}» деп хабарлайды. Деректерді резервтік көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="253" />
            <source>И ещё ошибок базы данных: {count}.</source>
            <translation>Дерекқордың тағы қателері: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="73" />
            <source>Проверка данных нашла проблем: {count}.</source>
            <translation>Деректерді тексеру анықтаған ақаулар: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="76" />
            <source>Файлов хранилища, на которые нет ссылок: {count} ({size}).</source>
            <translation>Қоймадағы сілтеме жоқ файлдар: {count} ({size}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="82" />
            <source>Оставшихся временных файлов: {count} ({size}).</source>
            <translation>Қалып қойған уақытша файлдар: {count} ({size}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="115" />
            <source>Файлов перенесено в карантин: {count} ({size}), папка «{folder}».</source>
            <translation>Карантинге көшірілген файлдар: {count} ({size}), «{folder}» қалтасы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="121" />
            <source>Временных файлов удалено: {count} ({size}).</source>
            <translation>Жойылған уақытша файлдар: {count} ({size}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="419" />
            <source>Временный файл {path} удалить не удалось.</source>
            <translation>{path} уақытша файлын жою мүмкін болмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="401" />
            <source>Файл {path} не перенесён в карантин: {reason}.</source>
            <translation>{path} файлы карантинге көшірілмеді: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.journal_files</name>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="38" />
            <source>Имя файла «{name}…» слишком длинное: сократите его.</source>
            <translation>«{name}…» файл атауы тым ұзын: оны қысқартыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="41" />
            <source>Указана папка, а не имя файла: {path}. Укажите имя, например «журнал.xlsx».</source>
            <translation>Файл атауы емес, қалта көрсетілген: {path}. Атауын көрсетіңіз, мысалы, «журнал.xlsx».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="45" />
            <source>Журнал сохраняется в файл XLSX: укажите имя с расширением .xlsx, а не «{name}».</source>
            <translation>Журнал XLSX файлына сақталады: «{name}» емес, .xlsx кеңейтімі бар атауды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="51" />
            <source>Папка «{folder}» не существует. Выберите существующую папку.</source>
            <translation>«{folder}» қалтасы жоқ. Бар қалтаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="73" />
            <source>Журнал не сохранён. {reason}</source>
            <translation>Журнал сақталмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.karta</name>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="69" />
            <source>Организация не найдена: выберите организацию и повторите.</source>
            <translation>Ұйым табылмады: ұйымды таңдап, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="54" />
            <source>Сроки из Карты импортированы: изменено {updated}, без изменений {unchanged}.</source>
            <translation>Мерзімдер іске асыру картасынан импортталды: өзгертілгені — {updated}, өзгеріссіз — {unchanged}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="58" />
            <source>Периодичность изменена: {codes}.</source>
            <translation>Кезеңділік өзгертілді: {codes}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="60" />
            <source>Пропущено строк, не относящихся к организации этого уровня: {count}.</source>
            <translation>Осы деңгейдегі ұйымға қатысы жоқ өткізіп жіберілген жолдар: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="134" />
            <source>Карта «{name}» не импортирована, ничего не изменено. {reason}</source>
            <translation>«{name}» іске асыру картасы импортталмады, ештеңе өзгертілмеді. {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.org_init</name>
        <message>
            <location filename="../../tbn4_desktop/services/org_init.py" line="32" />
            <source>В папке данных уже есть организация «{name}»: новую организацию создают только в пустой папке данных (параметр --data-dir).</source>
            <translation>Деректер қалтасында «{name}» ұйымы бұрыннан бар: жаңа ұйым тек бос деректер қалтасында құрылады (--data-dir параметрі).</translation>
        </message>
    </context>
    <context>
        <name>services.organizations</name>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="77" />
            <source>Укажите вышестоящий (курирующий) орган: он загружает отчётность в ИСПУ, если у организации нет своей учётной записи.</source>
            <translation>Жоғары тұрған (жетекшілік ететін) органды көрсетіңіз: егер ұйымның өз тіркелгісі болмаса, ол есептілікті ИСПУ-ға жүктейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="88" />
            <source>Укажите фамилию, имя и отчество подписанта.</source>
            <translation>Қол қоюшының тегін, атын және әкесінің атын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="90" />
            <source>Укажите должность подписанта полностью.</source>
            <translation>Қол қоюшының лауазымын толық көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="101" />
            <source>Добавьте хотя бы одного подписанта.</source>
            <translation>Кемінде бір қол қоюшыны қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="72" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="337" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="339" />
            <source>Наименование организации</source>
            <translation>Ұйымның атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="234" />
            <source>Сведения об организации только что изменил другой пользователь. Ваши изменения не сохранены: откройте их заново и повторите.</source>
            <translation>Ұйым туралы мәліметтерді жаңа ғана басқа пайдаланушы өзгертті. Сіздің өзгерістеріңіз сақталмады: оларды қайта ашып, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="405" />
            <source>Этого подписанта только что изменил другой пользователь. Ваши изменения не сохранены: откройте список заново и повторите.</source>
            <translation>Бұл қол қоюшыны жаңа ғана басқа пайдаланушы өзгертті. Сіздің өзгерістеріңіз сақталмады: тізімді қайта ашып, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="144" />
            <source>Организация с таким БИН уже есть в базе.</source>
            <translation>Дерекқорда мұндай БСН-і бар ұйым бұрыннан бар.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="221" />
            <source>Организация не может быть вышестоящим органом для самой себя.</source>
            <translation>Ұйым өзі үшін жоғары тұрған орган бола алмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="105" />
            <source>Подписант №{number}: укажите Ф.И.О. и должность.</source>
            <translation>№{number} қол қоюшы: Т.А.Ә. мен лауазымын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="364" />
            <source>Это последний подписант организации: сначала добавьте того, кто будет подписывать вместо него.</source>
            <translation>Бұл ұйымның соңғы қол қоюшысы: алдымен оның орнына қол қоятын адамды қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="107" />
            <source>Подписант №{number}: {problem}</source>
            <translation>№{number} қол қоюшы: {problem}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="256" />
            <source>Уровень нельзя изменить: подзадача {code} ({year} г.) уже выполнена, а от уровня зависит, какие подзадачи применяются и кто их подписывает.</source>
            <translation>Деңгейді өзгертуге болмайды: {code} кіші міндеті ({year} ж.) орындалып қойған, ал қандай кіші міндеттер қолданылатыны және оларға кім қол қоятыны деңгейге байланысты.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="337" />
            <source>Роль нельзя изменить: этот подписант уже подписал выполненные подзадачи ({count}). Если сменилась должность, добавьте нового подписанта, а этого отметьте «Не подписывает больше».</source>
            <translation>Рөлді өзгертуге болмайды: бұл қол қоюшы орындалған кіші міндеттерге қол қойып қойған ({count}). Егер лауазым ауысса, жаңа қол қоюшыны қосыңыз, ал мұны «Енді қол қоймайды» деп белгілеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="288" />
            <source>Уровень нельзя изменить: подзадача {code} ({year} г.) уже в работе, а на уровне «{level}» она не применяется.</source>
            <translation>Деңгейді өзгертуге болмайды: {code} кіші міндеті ({year} ж.) орындалуда, ал «{level}» деңгейінде ол қолданылмайды.</translation>
        </message>
    </context>
    <context>
        <name>services.periodicity</name>
        <message>
            <location filename="../../tbn4_desktop/services/periodicity.py" line="75" />
            <source>Периодичность подзадачи {code} не изменена на «{periodicity}»: за {periods} уже есть данные. Перенесите их или оставьте прежнюю периодичность.</source>
            <translation>{code} кіші міндетінің кезеңділігі «{periodicity}» болып өзгертілмеді: {periods} кезеңі бойынша деректер бар. Оларды ауыстырыңыз немесе бұрынғы кезеңділікті қалдырыңыз.</translation>
        </message>
    </context>
    <context>
        <name>services.registers</name>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="49" />
            <location filename="../../tbn4_desktop/services/registers.py" line="46" />
            <source>Фактов не выявлено</source>
            <translation>Фактілер анықталмады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="47" />
            <source>Таблица, в которой фактов не выявлено</source>
            <translation>Фактілер анықталмаған кесте</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="243" />
            <source>Таблица пуста: в первой строке должны быть названия столбцов.</source>
            <translation>Кесте бос: бірінші жолда бағандардың атаулары болуы керек.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="76" />
            <source>В таблице «{table}» есть строки: «{no_facts}» можно отметить только для пустой таблицы. Удалите строки или снимите отметку.</source>
            <translation>«{table}» кестесінде жолдар бар: «{no_facts}» белгісін тек бос кесте үшін қоюға болады. Жолдарды жойыңыз немесе белгіні алып тастаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="251" />
            <source>Строка 1, столбец {number}: неизвестный столбец «{title}».</source>
            <translation>1-жол, {number}-баған: белгісіз «{title}» бағаны.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="259" />
            <source>Строка 1: нет обязательного столбца «{title}».</source>
            <translation>1-жол: міндетті «{title}» бағаны жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="288" />
            <source>Строка {row}, столбец «{title}»: {message}</source>
            <translation>{row}-жол, «{title}» бағаны: {message}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="231" />
            <source>Файл «{name}» не найден.</source>
            <translation>«{name}» файлы табылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="234" />
            <source>Файл «{name}» не является таблицей Excel (XLSX) или повреждён.</source>
            <translation>«{name}» файлы Excel (XLSX) кестесі емес немесе бүлінген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="255" />
            <source>Строка 1: столбец «{title}» указан дважды.</source>
            <translation>1-жол: «{title}» бағаны екі рет көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="279" />
            <source>Строка {row}, столбец «{title}»: формула вместо значения. Замените формулы значениями.</source>
            <translation>{row}-жол, «{title}» бағаны: мәннің орнына формула. Формулаларды мәндермен ауыстырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="268" />
            <source>В таблице больше {max} строк: проверьте файл.</source>
            <translation>Кестеде {max} жолдан артық: файлды тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="274" />
            <source>Строка {row}: значение в столбце без названия.</source>
            <translation>{row}-жол: атауы жоқ бағандағы мән.</translation>
        </message>
    </context>
    <context>
        <name>services.shared_database</name>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="145" />
            <source>Таблицы программы будут обновлены при следующем запуске.</source>
            <translation>Бағдарлама кестелері келесі іске қосу кезінде жаңартылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="62" />
            <source>Укажите имя или адрес сервера.</source>
            <translation>Сервердің атауын немесе мекенжайын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="64" />
            <source>Порт — число от 1 до 65535.</source>
            <translation>Порт — 1-ден 65535-ке дейінгі сан.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="66" />
            <source>Укажите имя базы данных.</source>
            <translation>Дерекқордың атауын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="68" />
            <source>Укажите имя пользователя.</source>
            <translation>Пайдаланушының атын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="126" />
            <source>Таблицы программы на месте, схема актуальна.</source>
            <translation>Бағдарлама кестелері орнында, схема өзекті.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="136" />
            <source>У пользователя нет права создавать таблицы в этой базе (схема public). Обратитесь к администратору сервера.</source>
            <translation>Пайдаланушының осы дерекқорда кестелер құруға құқығы жоқ (public схемасы). Сервер әкімшісіне хабарласыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="142" />
            <source>В этой базе данных уже есть чужие таблицы. Укажите отдельную пустую базу для программы.</source>
            <translation>Бұл дерекқорда бөгде кестелер бар. Бағдарлама үшін бөлек бос дерекқорды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="144" />
            <source>База пуста: таблицы программы будут созданы при следующем запуске.</source>
            <translation>Дерекқор бос: бағдарлама кестелері келесі іске қосу кезінде құрылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="151" />
            <source>Укажите общую папку для вложений: её должны видеть все компьютеры офиса.</source>
            <translation>Тіркемелер үшін ортақ қалтаны көрсетіңіз: оны кеңсенің барлық компьютерлері көруі керек.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="97" />
            <source>Подключение установлено: PostgreSQL {version}. {schema}</source>
            <translation>Қосылым орнатылды: PostgreSQL {version}. {schema}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="129" />
            <source>База данных создана более новой версией программы (схема {revision}). Обновите программу на этом компьютере.</source>
            <translation>Дерекқор бағдарламаның жаңарақ нұсқасымен жасалған (схема {revision}). Осы компьютердегі бағдарламаны жаңартыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="160" />
            <source>Общая папка вложений недоступна для записи. {reason}</source>
            <translation>Тіркемелердің ортақ қалтасына жазу мүмкін емес. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="182" />
            <source>Не удалось сохранить пароль. {reason}</source>
            <translation>Құпиясөзді сақтау мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="203" />
            <source>Не удалось сохранить настройки. {reason}</source>
            <translation>Баптауларды сақтау мүмкін болмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.signatures</name>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="147" />
            <source>Подпись ГОСТ в файле «{name}»: программа не может сама найти подписанный файл. Перетащите подпись на файл документа в списке.</source>
            <translation>«{name}» файлындағы ГОСТ қолтаңбасы: бағдарлама қол қойылған файлды өзі таба алмайды. Қолтаңбаны тізімдегі құжат файлының үстіне сүйреп апарыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="86" />
            <source>Подпись в файле «{name}» не сходится с ключом своего сертификата: файл подписи повреждён или подделан. Файл не приложен.</source>
            <translation>«{name}» файлындағы қолтаңба өз сертификатының кілтіне сәйкес келмейді: қолтаңба файлы бүлінген немесе жалған. Файл тіркелмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="100" />
            <source>Документ внутри файла подписи «{name}» изменён после подписания. Файл не приложен.</source>
            <translation>«{name}» қолтаңба файлының ішіндегі құжат қол қойылғаннан кейін өзгертілген. Файл тіркелмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="137" />
            <source>Подпись «{name}» не относится ни к одному файлу этой подзадачи: сначала приложите подписанный документ (или добавьте документ и подпись вместе), затем подпись.</source>
            <translation>«{name}» қолтаңбасы осы кіші міндеттің бірде-бір файлына жатпайды: алдымен қол қойылған құжатты тіркеңіз (немесе құжат пен қолтаңбаны бірге қосыңыз), содан кейін қолтаңбаны.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="69" />
            <location filename="../../tbn4_desktop/services/signatures.py" line="80" />
            <source>Не удалось прочитать «{name}».</source>
            <translation>«{name}» оқылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="71" />
            <location filename="../../tbn4_desktop/services/signatures.py" line="83" />
            <source>«{name}»: {reason}</source>
            <translation>«{name}»: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="94" />
            <location filename="../../tbn4_desktop/services/signatures.py" line="124" />
            <source>Подпись «{name}» не подходит к файлу «{document}»: файл изменён после подписания или подпись от другого документа. Файл не приложен.</source>
            <translation>«{name}» қолтаңбасы «{document}» файлына сәйкес келмейді: файл қол қойылғаннан кейін өзгертілген немесе қолтаңба басқа құжаттікі. Файл тіркелмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="115" />
            <source>Файл, на который перенесена подпись «{name}», уже убран из подзадачи. Откройте подзадачу заново.</source>
            <translation>«{name}» қолтаңбасы сүйреп апарылған файл кіші міндеттен алынып тасталған. Кіші міндетті қайта ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="219" />
            <source>В карточке «{card}» есть файлы, которые не являются документами или подписями, они не приложены: {names}.</source>
            <translation>«{card}» карточкасында құжат та, қолтаңба да емес файлдар бар, олар тіркелмеді: {names}.</translation>
        </message>
    </context>
    <context>
        <name>services.slot_records</name>
        <message>
            <location filename="../../tbn4_desktop/services/slot_records.py" line="29" />
            <source>Этот файл уже убран из подзадачи (он в истории): вид меняется только у приложенного файла. Откройте подзадачу заново.</source>
            <translation>Бұл файл кіші міндеттен алынып тасталған (ол тарихта): түрі тек тіркелген файлда ғана өзгертіледі. Кіші міндетті қайта ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/slot_records.py" line="115" />
            <source>Вид файла электронной подписи не меняется, и другой файл не становится подписью: подписью программа считает только файл ЭЦП (CMS), «{name}» приложен как «{kind}».</source>
            <translation>Электрондық қолтаңба файлының түрі өзгермейді және басқа файл қолтаңба бола алмайды: бағдарлама тек ЭЦҚ файлын (CMS) қолтаңба деп санайды, «{name}» «{kind}» ретінде тіркелген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/slot_records.py" line="124" />
            <source>Файл «{name}» не может быть видом «{kind}»: этот документ не подписывается в организации; допустимо: {allowed}.</source>
            <translation>«{name}» файлы «{kind}» түрі бола алмайды: бұл құжатқа ұйымда қол қойылмайды; рұқсат етілгені: {allowed}.</translation>
        </message>
    </context>
    <context>
        <name>services.today</name>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="204" />
            <source>На сегодня ничего не требует внимания: просроченных сроков нет, в ближайшие 10 рабочих дней сроков нет, подписи и загрузки в ИСПУ никто не ждёт.</source>
            <translation>Бүгінге назар аударуды қажет ететін ештеңе жоқ: мерзімі өткен мерзімдер жоқ, жақын 10 жұмыс күні ішінде мерзімдер жоқ, қол қоюды және ИСПУ-ға жүктеуді ешкім күтпейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="50" />
            <source>Срок в ближайшие 10 рабочих дней</source>
            <translation>Мерзімі алдағы 10 жұмыс күні ішінде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="51" />
            <source>Ждёт подписи</source>
            <translation>Қол қоюды күтуде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="52" />
            <source>Готово, но не загружено в ИСПУ</source>
            <translation>Дайын, бірақ ИСПУ-ға жүктелмеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="69" />
            <source>Приложить скан</source>
            <translation>Сканды тіркеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="70" />
            <source>Выбрать подписанта</source>
            <translation>Қол қоюшыны таңдау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="71" />
            <source>Отметить загрузку</source>
            <translation>Жүктеуді белгілеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="72" />
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="134" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="209" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="120" />
            <source>Открыть</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="185" />
            <source>Все документы на месте: завершите подзадачу в мастере («Завершить»).</source>
            <translation>Барлық құжаттар орнында: кіші міндетті шеберде аяқтаңыз («Аяқтау»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="182" />
            <source>Все документы на месте: после загрузки в ИСПУ отметьте дату загрузки.</source>
            <translation>Барлық құжаттар орнында: ИСПУ-ға жүктегеннен кейін жүктеу күнін белгілеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="100" />
            <source>Загружено в ИСПУ: {uploaded}; готово к загрузке: {ready}</source>
            <translation>ИСПУ-ға жүктелді: {uploaded}; жүктеуге дайын: {ready}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="167" />
            <source>{date} — через {days} раб. дн.</source>
            <translation>{date} — {days} жұм. күннен кейін</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="97" />
            <source>Загружено в ИСПУ: {uploaded} из {total}; готово к загрузке: {ready}</source>
            <translation>ИСПУ-ға жүктелді: {total} ішінен {uploaded}; жүктеуге дайын: {ready}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="158" />
            <source>{date} — срок прошёл</source>
            <translation>{date} — мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="162" />
            <source>{date} — срок сегодня</source>
            <translation>{date} — мерзімі бүгін</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="166" />
            <source>{date} — рабочих дней до срока не осталось</source>
            <translation>{date} — мерзімге дейін жұмыс күні қалмады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="173" />
            <source>Нет подписанного документа «{title}» (скана с подписью или файла с ЭЦП): откроется страница «Документы».</source>
            <translation>«{title}» қол қойылған құжаты жоқ (қолы бар скан да, ЭЦҚ бар файл да жоқ): «Құжаттар» беті ашылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="178" />
            <source>Скан документа «{title}» приложен, укажите, кто его подписал: откроется страница «Документы».</source>
            <translation>«{title}» құжатының сканы тіркелді, оған кім қол қойғанын көрсетіңіз: «Құжаттар» беті ашылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="157" />
            <source>{date} — просрочено на {days} раб. дн.</source>
            <translation>{date} — {days} жұм. күнге кешіктірілді</translation>
        </message>
    </context>
    <context>
        <name>services.versioning</name>
        <message>
            <location filename="../../tbn4_desktop/services/versioning.py" line="35" />
            <source>Эту подзадачу только что изменил другой пользователь. Ваши изменения не сохранены: откройте её заново и повторите.</source>
            <translation>Бұл кіші міндетті жаңа ғана басқа пайдаланушы өзгертті. Сіздің өзгерістеріңіз сақталмады: оны қайта ашып, қайталаңыз.</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="239" />
            <source>Эту запись только что изменил другой пользователь. Ваши изменения не сохранены: откройте запись заново и повторите.</source>
            <translation>Бұл жазбаны жаңа ғана басқа пайдаланушы өзгертті. Сіздің өзгерістеріңіз сақталмады: жазбаны қайта ашып, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="243" />
            <source>Не удалось подключиться к базе данных: сервер не отвечает. Проверьте адрес и порт сервера, что он запущен и что брандмауэр не закрывает подключение.</source>
            <translation>Дерекқорға қосылу мүмкін болмады: сервер жауап бермейді. Сервердің мекенжайы мен портын, оның іске қосылғанын және брандмауэр қосылуды жаппайтынын тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="291" />
            <source>Запись занята другим пользователем. Подождите немного и повторите действие.</source>
            <translation>Жазбаны басқа пайдаланушы пайдаланып жатыр. Біраз күтіп, әрекетті қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="292" />
            <source>На сервере базы данных закончилось место; изменения не сохранены. Обратитесь к администратору.</source>
            <translation>Дерекқор серверінде орын таусылды; өзгерістер сақталмады. Әкімшіге хабарласыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="293" />
            <source>Общая база данных открыта только для чтения; изменения не сохранены. Обратитесь к администратору.</source>
            <translation>Ортақ дерекқор тек оқу үшін ашылған; өзгерістер сақталмады. Әкімшіге хабарласыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="294" />
            <source>У пользователя общей базы данных нет прав на это действие. Обратитесь к администратору сервера.</source>
            <translation>Ортақ дерекқор пайдаланушысының бұл әрекетке құқығы жоқ. Сервер әкімшісіне хабарласыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="309" />
            <source>Неверное имя пользователя или пароль общей базы данных.</source>
            <translation>Ортақ дерекқордың пайдаланушы аты немесе құпиясөзі қате.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="323" />
            <source>У пользователя нет прав на общую базу данных (подключение или создание таблиц). Обратитесь к администратору сервера.</source>
            <translation>Пайдаланушының ортақ дерекқорға құқығы жоқ (қосылу немесе кестелер құру). Сервер әкімшісіне хабарласыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="264" />
            <location filename="../../tbn4_desktop/store_file.py" line="268" />
            <source>База данных занята другой программой или другим пользователем. Подождите немного и повторите действие.</source>
            <translation>Дерекқорды басқа бағдарлама немесе басқа пайдаланушы пайдаланып жатыр. Біраз күтіп, әрекетті қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="270" />
            <source>База данных доступна только для чтения. Проверьте права на папку данных.</source>
            <translation>Дерекқор тек оқуға ғана қолжетімді. Деректер қалтасына құқықтарды тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="272" />
            <source>На диске закончилось место; изменения не сохранены. Освободите место и повторите.</source>
            <translation>Дискіде орын таусылды; өзгерістер сақталмады. Орын босатып, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="275" />
            <source>Не удалось подключиться к базе данных. Проверьте путь к папке данных или адрес общей базы в настройках.</source>
            <translation>Дерекқорға қосылу мүмкін болмады. Деректер қалтасына жолды немесе баптаулардағы ортақ дерекқордың мекенжайын тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="281" />
            <source>Файл базы данных повреждён. Восстановите его из резервной копии.</source>
            <translation>Дерекқор файлы бүлінген. Оны резервтік көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="314" />
            <source>На сервере нет базы данных. Проверьте её имя или попросите администратора создать её.</source>
            <translation>Серверде дерекқор жоқ. Оның атауын тексеріңіз немесе әкімшіден оны құруды сұраңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="317" />
            <source>На сервере нет базы данных «{name}». Проверьте её имя или попросите администратора создать её.</source>
            <translation>Серверде «{name}» дерекқоры жоқ. Оның атауын тексеріңіз немесе әкімшіден оны құруды сұраңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="205" />
            <source>Программа не обновила базу данных и ничего в ней не изменила, потому что не смогла сначала сделать её резервную копию в папке «{folder}». {error}</source>
            <translation>Бағдарлама дерекқорды жаңартпады және онда ештеңе өзгертпеді, себебі алдымен оның резервтік көшірмесін «{folder}» қалтасында жасай алмады. {error}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="145" />
            <source>Папка данных «{folder}» доступна только для чтения. Выберите другую папку (параметр --data-dir) или попросите администратора дать права на запись.</source>
            <translation>«{folder}» деректер қалтасы тек оқуға ғана қолжетімді. Басқа қалтаны таңдаңыз (--data-dir параметрі) немесе әкімшіден жазу құқығын беруді сұраңыз.</translation>
        </message>
    </context>
    <context>
        <name>store_errors</name>
        <message>
            <location filename="../../tbn4_desktop/store_errors.py" line="17" />
            <source>Эту подзадачу только что изменил другой пользователь. Ваши изменения не сохранены; данные перечитаны — проверьте их и повторите.</source>
            <translation>Бұл кіші міндетті жаңа ғана басқа пайдаланушы өзгертті. Сіздің өзгерістеріңіз сақталмады; деректер қайта оқылды — оларды тексеріп, қайталаңыз.</translation>
        </message>
    </context>
    <context>
        <name>store_file</name>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="115" />
            <source>Файл базы данных повреждён. Восстановите его из резервной копии командой «tbn4 restore».</source>
            <translation>Дерекқор файлы бүлінген. Оны резервтік көшірмеден «tbn4 restore» командасымен қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="72" />
            <source>Файл базы данных «{path}» пуст (0 байт), хотя программа с ним уже работала: восстановите данные из резервной копии командой «tbn4 restore» или удалите этот файл, чтобы начать работу заново.</source>
            <translation>Бағдарлама «{path}» дерекқор файлымен бұрын жұмыс істегенімен, ол бос (0 байт): деректерді резервтік көшірмеден «tbn4 restore» командасымен қалпына келтіріңіз немесе жұмысты жаңадан бастау үшін осы файлды жойыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="79" />
            <source>Файл «{path}» не является базой данных SQLite (он повреждён или подменён), поэтому программа его не открывает и не меняет: восстановите данные из резервной копии командой «tbn4 restore».</source>
            <translation>«{path}» файлы SQLite дерекқоры емес (ол бүлінген немесе ауыстырылған), сондықтан бағдарлама оны ашпайды және өзгертпейді: деректерді резервтік көшірмеден «tbn4 restore» командасымен қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="86" />
            <source>Файл «{path}» — база данных другой программы, а не ТБН-4, поэтому программа её не открывает и не меняет: укажите другую папку данных (параметр --data-dir) или восстановите данные из резервной копии командой «tbn4 restore».</source>
            <translation>«{path}» файлы — ТБН-4 емес, басқа бағдарламаның дерекқоры, сондықтан бағдарлама оны ашпайды және өзгертпейді: басқа деректер қалтасын көрсетіңіз (--data-dir параметрі) немесе деректерді резервтік көшірмеден «tbn4 restore» командасымен қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="94" />
            <source>В базе данных «{path}» нет отметки о версии её схемы, поэтому программа не может безопасно её открыть и ничего в ней не меняет: восстановите данные из резервной копии командой «tbn4 restore».</source>
            <translation>«{path}» дерекқорында оның схемасының нұсқасы туралы белгі жоқ, сондықтан бағдарлама оны қауіпсіз аша алмайды және онда ештеңе өзгертпейді: деректерді резервтік көшірмеден «tbn4 restore» командасымен қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="102" />
            <source>База данных создана более новой версией программы (схема {revision}). Обновите программу, чтобы открыть её.</source>
            <translation>Дерекқор бағдарламаның жаңарақ нұсқасымен құрылған ({revision} схемасы). Оны ашу үшін бағдарламаны жаңартыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="108" />
            <source>Файл «{path}» доступен только для чтения, поэтому программа не сможет сохранить ни одного изменения: снимите с него атрибут «Только чтение» или попросите администратора дать права на запись.</source>
            <translation>«{path}» файлы тек оқуға ғана қолжетімді, сондықтан бағдарлама бірде-бір өзгерісті сақтай алмайды: одан «Тек оқу үшін» төлсипатын алып тастаңыз немесе әкімшіден жазу құқығын беруді сұраңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="149" />
            <source>Не удалось открыть базу данных. {error}</source>
            <translation>Дерекқорды ашу мүмкін болмады. {error}</translation>
        </message>
    </context>
    <context>
        <name>ui.about_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="66" />
            <source>Версия {version}</source>
            <translation>Нұсқасы {version}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="89" />
            <source>О программе</source>
            <translation>Бағдарлама туралы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="53" />
            <source>Тексты проектов, задач, подзадач и документов на казахском языке — перевод разработчиков программы, а не официальный текст Инструкции: официального текста Инструкции на казахском языке у программы нет. Цитаты Инструкции показываются на русском языке. Официальные формы печатаются на русском языке, как в Инструкции.</source>
            <translation>Жобалардың, міндеттердің, кіші міндеттер мен құжаттардың қазақ тіліндегі мәтіндері — бағдарлама әзірлеушілерінің аудармасы, Нұсқаулықтың ресми мәтіні емес: бағдарламада Нұсқаулықтың қазақ тіліндегі ресми мәтіні жоқ. Нұсқаулықтан алынған дәйексөздер орыс тілінде көрсетіледі. Ресми нысандар Нұсқаулықтағыдай орыс тілінде басылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="65" />
            <source>Папка данных:</source>
            <translation>Деректер қалтасы:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="29" />
            <source>&lt;b&gt;Правовая основа.&lt;/b&gt; Инструкция по исполнению проектов Типового базового направления №4 «Предупреждение и противодействие коррупции» (Агентство Республики Казахстан по противодействию коррупции, 2023 год).</source>
            <translation>&lt;b&gt;Құқықтық негіз.&lt;/b&gt; №4 үлгілік базалық бағыттың «Сыбайлас жемқорлықтың алдын алу және оған қарсы іс-қимыл» жобаларын орындау жөніндегі нұсқаулық (Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі, 2023 жыл).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="34" />
            <source>Инструкция ссылается на Правила осуществления проектного управления, утверждённые постановлением Правительства Республики Казахстан от 31 мая 2021 года №358. Это постановление утратило силу (постановление Правительства от 17 августа 2023 года №691); действующие Правила утверждены приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан (МЦРИАП) от 31 июля 2023 года №301/НҚ.</source>
            <translation>Нұсқаулық Қазақстан Республикасы Үкіметінің 2021 жылғы 31 мамырдағы №358 қаулысымен бекітілген Жобалық басқаруды жүзеге асыру қағидаларына сілтеме жасайды. Бұл қаулы күшін жойды (Үкіметтің 2023 жылғы 17 тамыздағы №691 қаулысы); қолданыстағы Қағидалар Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің (ЦДИАӨМ) 2023 жылғы 31 шілдедегі №301/НҚ бұйрығымен бекітілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="71" />
            <source>Исполнение 37 подзадач проектов ТБН №4: подтверждающие документы, сканы подписанных документов, подписанты, ссылки на публикации и пакет для загрузки в ИСПУ («Easy Platform»). Программа работает без интернета и не передаёт данные в ИСПУ сама: пакет загружает сотрудник, имеющий учётную запись.</source>
            <translation>ТБН №4 жобаларының 37 кіші міндетін орындау: растайтын құжаттар, қол қойылған құжаттардың скандары, қол қоюшылар, жарияланымдарға сілтемелер және ИСПУ-ға («Easy Platform») жүктеуге арналған пакет. Бағдарлама интернетсіз жұмыс істейді және деректерді ИСПУ-ға өзі жібермейді: пакетті есептік жазбасы бар қызметкер жүктейді.</translation>
        </message>
    </context>
    <context>
        <name>ui.anchor_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="37" />
            <source>Даты внутреннего анализа коррупционных рисков</source>
            <translation>Сыбайлас жемқорлық тәуекелдеріне ішкі талдау күндері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="38" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="163" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="45" />
            <source>не указана</source>
            <translation>көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="136" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="118" />
            <source>Сохранить</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="137" />
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="172" />
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="515" />
            <location filename="../../tbn4_desktop/ui/jobs.py" line="126" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="175" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="119" />
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="100" />
            <source>Отмена</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="109" />
            <source>Очистить</source>
            <translation>Тазалау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="92" />
            <source>Проект 1, {year} год. Сроки подзадач, отсчитываемые от этих событий (например, «не позднее 10 рабочих дней до завершения анализа»), рассчитываются по введённым датам. Пока дата не указана, срок, отсчитываемый от неё, не определён.</source>
            <translation>1-жоба, {year} жыл. Осы оқиғалардан бастап есептелетін кіші міндеттердің мерзімдері (мысалы, «талдау аяқталғанға дейін 10 жұмыс күнінен кешіктірмей») енгізілген күндер бойынша есептеледі. Күн көрсетілмейінше, одан бастап есептелетін мерзім анықталмаған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="111" />
            <source>Сделать дату «{event}» незаданной</source>
            <translation>«{event}» күнін көрсетілмеген ету</translation>
        </message>
    </context>
    <context>
        <name>ui.app</name>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="36" />
            <source>Программа уже запущена с этой папкой данных. Переключитесь на открытое окно программы; если его не видно, подождите минуту или перезагрузите компьютер.</source>
            <translation>Бағдарлама осы деректер қалтасымен іске қосылып қойған. Бағдарламаның ашық терезесіне ауысыңыз; егер ол көрінбесе, бір минут күтіңіз немесе компьютерді қайта жүктеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="304" />
            <source>Открыть локальную базу этого компьютера? Настройка общей базы не меняется: при следующем запуске программа снова подключится к ней (изменить её можно в меню «Файл → Общая база данных офиса…»).</source>
            <translation>Осы компьютердің жергілікті дерекқорын ашу керек пе? Ортақ дерекқор баптауы өзгертілмейді: келесі іске қосқанда бағдарлама оған қайта қосылады (оны «Файл → Кеңсенің ортақ дерекқоры…» мәзірінде өзгертуге болады).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="288" />
            <source>Открыть на этот сеанс локальную базу этого компьютера? Файл настроек не меняется: при следующем запуске программа снова сообщит о нём.</source>
            <translation>Осы сеансқа осы компьютердің жергілікті дерекқорын ашу керек пе? Баптаулар файлы өзгертілмейді: келесі іске қосқанда бағдарлама ол туралы қайта хабарлайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="309" />
            <location filename="../../tbn4_desktop/ui/app.py" line="292" />
            <source>Открыть локальную базу</source>
            <translation>Жергілікті дерекқорды ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="303" />
            <source>Общая база данных офиса недоступна. {reason}</source>
            <translation>Кеңсенің ортақ дерекқоры қолжетімсіз. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="104" />
            <source>Не удалось открыть папку данных. {reason}</source>
            <translation>Деректер қалтасын ашу мүмкін болмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.backup_runner</name>
        <message>
            <location filename="../../tbn4_desktop/ui/backup_runner.py" line="95" />
            <source>Сохраняется резервная копия данных перед закрытием программы…</source>
            <translation>Бағдарлама жабылар алдында деректердің резервтік көшірмесі сақталуда…</translation>
        </message>
    </context>
    <context>
        <name>ui.backups_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="51" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="96" />
            <source>Резервные копии</source>
            <translation>Резервтік көшірмелер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="70" />
            <source>Программа сама делает копию базы данных и вложенных файлов каждые 30 минут, если что-то изменилось, и при закрытии. Старые копии прореживаются: остаются все за сегодня и вчера, затем по одной за 12 дней, 10 недель и 9 месяцев.</source>
            <translation>Бағдарлама бірдеңе өзгерсе, әр 30 минут сайын және жабылған кезде дерекқордың және тіркелген файлдардың көшірмесін өзі жасайды. Ескі көшірмелер сиретіледі: бүгінгі және кешегі көшірмелердің бәрі қалады, одан кейін 12 күн, 10 апта және 9 айдың әрқайсысы үшін бір-бірден қалады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="81" />
            <source>Папка резервных копий…</source>
            <translation>Резервтік көшірмелер қалтасы…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="85" />
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="325" />
            <source>Открыть папку</source>
            <translation>Қалтаны ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="113" />
            <source>Создать копию сейчас</source>
            <translation>Көшірмені қазір жасау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="116" />
            <source>Восстановить…</source>
            <translation>Қалпына келтіру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="119" />
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="79" />
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="160" />
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="135" />
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="184" />
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="254" />
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="273" />
            <source>Закрыть</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="199" />
            <source>Папка резервных копий</source>
            <translation>Резервтік көшірмелер қалтасы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="240" />
            <source>Сейчас создаётся резервная копия: дождитесь окончания и повторите восстановление.</source>
            <translation>Қазір резервтік көшірме жасалуда: оның аяқталуын күтіп, қалпына келтіруді қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="255" />
            <source>Дождитесь окончания экспорта или импорта пакета, затем повторите восстановление.</source>
            <translation>Пакетті экспорттау немесе импорттау аяқталуын күтіңіз, содан кейін қалпына келтіруді қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="257" />
            <source>Закройте мастер исполнения подзадачи и другие окна программы, затем повторите восстановление.</source>
            <translation>Кіші міндетті орындау шеберін және бағдарламаның басқа терезелерін жабыңыз, содан кейін қалпына келтіруді қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="272" />
            <source>Проверяется резервная копия…</source>
            <translation>Резервтік көшірме тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="361" />
            <source>В восстановленных данных не выбрана организация: перезапустите программу.</source>
            <translation>Қалпына келтірілген деректерде ұйым таңдалмаған: бағдарламаны қайта іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="100" />
            <source>Изменений после копии</source>
            <translation>Көшірмеден кейінгі өзгерістер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="178" />
            <source>Создаётся резервная копия…</source>
            <translation>Резервтік көшірме жасалуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="229" />
            <source>Текущее состояние данных сначала будет сохранено в новой резервной копии, поэтому восстановление можно будет отменить.</source>
            <translation>Деректердің ағымдағы күйі алдымен жаңа резервтік көшірмеде сақталады, сондықтан қалпына келтіруді болдырмауға болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="287" />
            <source>Восстанавливаются данные…</source>
            <translation>Деректер қалпына келтірілуде…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="233" />
            <source>Восстановить</source>
            <translation>Қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="188" />
            <source>Резервная копия создана: {when}.</source>
            <translation>Резервтік көшірме жасалды: {when}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="228" />
            <source>Восстановить данные из резервной копии от {when}?</source>
            <translation>Деректер {when} күнгі резервтік көшірмеден қалпына келтірілсін бе?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="325" />
            <source>Данные не удалось открыть заново: {reason} Перезапустите программу.</source>
            <translation>Деректерді қайта ашу мүмкін болмады: {reason} Бағдарламаны қайта іске қосыңыз.</translation>
        </message>
    </context>
    <context>
        <name>ui.catalog_tree</name>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="69" />
            <source>нет документов</source>
            <translation>құжаттар жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="40" />
            <source>Наименование</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="252" />
            <source>Статус</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="41" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="253" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="423" />
            <source>Срок</source>
            <translation>Мерзім</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <source>Подписант</source>
            <translation>Қол қоюшы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <source>Файлы</source>
            <translation>Файлдар</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="104" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="220" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="38" />
            <source>%n файл</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файл</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="106" />
            <source>%n ссылка</source>
            <translation>
                <numerusform>%n сілтеме</numerusform>
                <numerusform>%n сілтеме</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="129" />
            <source>Не распределено: %n файл</source>
            <translation>
                <numerusform>Бөлінбеген: %n файл</numerusform>
                <numerusform>Бөлінбеген: %n файл</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="441" />
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="263" />
            <source>не определён</source>
            <translation>анықталмаған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="554" />
            <source>Проекты, задачи и подзадачи ТБН №4</source>
            <translation>ТБН №4 жобалары, міндеттері және кіші міндеттері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="231" />
            <source>Подзадача не применяется к уровню вашей организации</source>
            <translation>Кіші міндет сіздің ұйымыңыздың деңгейіне қолданылмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="370" />
            <source>Сколько применимых подзадач готово к загрузке или загружено в ИСПУ</source>
            <translation>Қолданылатын кіші міндеттердің қаншасы жүктеуге дайын немесе ИСПУ-ға жүктелген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="226" />
            <source>Подзадача {code}. {title}</source>
            <translation>{code} кіші міндеті. {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="310" />
            <source>%n подписант</source>
            <translation>
                <numerusform>%n қол қоюшы</numerusform>
                <numerusform>%n қол қоюшы</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="331" />
            <source>{status} ({done} из {total})</source>
            <translation>{status} ({total} ішінен {done})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="233" />
            <source>Подзадача не применяется: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…»</source>
            <translation>Кіші міндет қолданылмайды: {reason}. Жауап «Файл → Ұйым және қол қоюшылар…» мәзірінде өзгертіледі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="316" />
            <source>Не может подписывать свой документ: {names} — подробности на панели справа</source>
            <translation>Өз құжатына қол қоя алмайды: {names} — толығырақ оң жақтағы панельде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="368" />
            <source>готово {done} из {total}</source>
            <translation>{total} ішінен {done} дайын</translation>
        </message>
    </context>
    <context>
        <name>ui.check_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="38" />
            <source>Проверка данных</source>
            <translation>Деректерді тексеру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="39" />
            <source>Программа проверяет целостность базы данных, каждый вложенный файл по его контрольной сумме и журнал изменений, а также ищет файлы без ссылок в базе и оставшиеся временные файлы. При проверке данные не изменяются.</source>
            <translation>Бағдарлама дерекқордың тұтастығын, әрбір тіркелген файлды оның бақылау сомасы бойынша және өзгерістер журналын тексереді, сондай-ақ дерекқорда сілтемесі жоқ файлдар мен қалып қойған уақытша файлдарды іздейді. Тексеру кезінде деректер өзгертілмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="224" />
            <source>Повреждённые файлы и база данных не изменяются.</source>
            <translation>Бүлінген файлдар мен дерекқор өзгертілмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="73" />
            <source>Проверить снова</source>
            <translation>Қайта тексеру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="75" />
            <source>Исправить…</source>
            <translation>Түзету…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="77" />
            <source>Перенести файлы без ссылок в карантин и удалить временные файлы программы</source>
            <translation>Сілтемесі жоқ файлдарды карантинге ауыстыру және бағдарламаның уақытша файлдарын жою</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="90" />
            <source>Идёт проверка…</source>
            <translation>Тексеру жүріп жатыр…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="115" />
            <source>Идёт исправление…</source>
            <translation>Түзету жүріп жатыр…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="146" />
            <source>Проверка не выполнена.</source>
            <translation>Тексеру орындалмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="111" />
            <source>Убрать лишние файлы?</source>
            <translation>Артық файлдар алынып тасталсын ба?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="173" />
            <source>Проблемы, которые исправлением не устранить: {count}</source>
            <translation>Түзету арқылы жойылмайтын мәселелер: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="177" />
            <source>Файлы хранилища, на которые нет ссылок в базе данных: {count}, всего {size}</source>
            <translation>Дерекқорда сілтемесі жоқ қойма файлдары: {count}, барлығы {size}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="183" />
            <source>Оставшиеся временные файлы программы: {count}, всего {size}</source>
            <translation>Бағдарламаның қалып қойған уақытша файлдары: {count}, барлығы {size}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="111" />
            <source>Исправить</source>
            <translation>Түзету</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="189" />
            <source>Проблем не найдено.</source>
            <translation>Мәселелер табылған жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="209" />
            <source>Файлы без ссылок в базе данных ({count}, {size}) будут перенесены в папку карантина «{folder}»: они не удаляются.</source>
            <translation>Дерекқорда сілтемесі жоқ файлдар ({count}, {size}) «{folder}» карантин қалтасына ауыстырылады: олар жойылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="220" />
            <source>Временные файлы программы ({count}, {size}) будут удалены.</source>
            <translation>Бағдарламаның уақытша файлдары ({count}, {size}) жойылады.</translation>
        </message>
    </context>
    <context>
        <name>ui.dashboard</name>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="67" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="247" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="220" />
            <source>Показатели</source>
            <translation>Көрсеткіштер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="67" />
            <source>Показать или свернуть показатели года</source>
            <translation>Жылдың көрсеткіштерін көрсету немесе жию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="68" />
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="322" />
            <source>Светофоры проектов</source>
            <translation>Жобалар бағдаршамдары</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="68" />
            <source>Показать или свернуть светофоры проектов (щелчок по строке — отбор)</source>
            <translation>Жобалар бағдаршамдарын көрсету немесе жию (жолды шерту — іріктеу)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="69" />
            <source>Календарь</source>
            <translation>Күнтізбе</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="69" />
            <source>Показать или свернуть календарь месяца справа</source>
            <translation>Оң жақтағы ай күнтізбесін көрсету немесе жию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="374" />
            <source>Двойной щелчок или Enter открывает мастер исполнения подзадачи.</source>
            <translation>Қос шерту немесе Enter кіші міндетті орындау шеберін ашады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="126" />
            <source>&amp;Состояние:</source>
            <translation>&amp;Жай-күйі:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="127" />
            <source>&amp;Проект:</source>
            <translation>Жо&amp;ба:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="128" />
            <source>&amp;Исполнитель:</source>
            <translation>&amp;Орындаушы:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="134" />
            <source>Сбросить фильтры</source>
            <translation>Сүзгілерді тастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="136" />
            <source>Все сроки года, кроме неприменимых</source>
            <translation>Қолданылмайтындардан басқа жылдың барлық мерзімдері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="154" />
            <source>Сроки подзадач</source>
            <translation>Кіші міндеттердің мерзімдері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="201" />
            <source>Все (кроме неприменимых)</source>
            <translation>Барлығы (қолданылмайтындардан басқа)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="277" />
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="281" />
            <source>Все</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="364" />
            <source>Сроков, требующих внимания, нет (всего сроков года: {total}).</source>
            <translation>Назар аударуды қажет ететін мерзімдер жоқ (жылдың барлық мерзімдері: {total}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="366" />
            <source>Показано неприменимых: {shown}; в число сроков года ({total}) они не входят.</source>
            <translation>Көрсетілген қолданылмайтындар: {shown}; олар жыл мерзімдерінің санына ({total}) кірмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="370" />
            <source>Показано сроков: {shown} из {total}.</source>
            <translation>Көрсетілген мерзімдер: {total} ішінен {shown}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="373" />
            <source>Не применяются ещё {count} (состояние «Не применяется»).</source>
            <translation>Тағы {count} мерзім қолданылмайды («Қолданылмайды» жай-күйі).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="322" />
            <source>Светофоры проектов: срочных {urgent}</source>
            <translation>Жобалар бағдаршамдары: шұғылы {urgent}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="278" />
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="167" />
            <location filename="../../tbn4_desktop/ui/project_lights.py" line="56" />
            <source>Проект {number}</source>
            <translation>{number}-жоба</translation>
        </message>
    </context>
    <context>
        <name>ui.database_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="57" />
            <source>Изменения вступят в силу после перезапуска программы.</source>
            <translation>Өзгерістер бағдарлама қайта іске қосылғаннан кейін күшіне енеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="92" />
            <source>например, server01 или 192.168.1.10</source>
            <translation>мысалы, server01 немесе 192.168.1.10</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="102" />
            <source>Запомнить пароль на этом компьютере</source>
            <translation>Құпиясөзді осы компьютерде есте сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="104" />
            <source>Пароль хранится в файле паролей PostgreSQL в профиле пользователя Windows, а не в настройках программы</source>
            <translation>Құпиясөз бағдарлама баптауларында емес, Windows пайдаланушысының профиліндегі PostgreSQL құпиясөздер файлында сақталады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="114" />
            <source>например, \\server01\tbn4\вложения</source>
            <translation>мысалы, \\server01\tbn4\тіркемелер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="115" />
            <source>Об&amp;зор…</source>
            <translation>&amp;Шолу…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="153" />
            <source>&amp;Проверить подключение</source>
            <translation>Қосы&amp;лымды тексеру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="155" />
            <source>Вернуться к &amp;локальной базе</source>
            <translation>&amp;Жергілікті дерекқорға оралу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="158" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="165" />
            <source>Со&amp;хранить</source>
            <translation>Сақта&amp;у</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="174" />
            <source>Сейчас программа работает с локальной базой в папке данных этого компьютера.</source>
            <translation>Қазір бағдарлама осы компьютердің деректер қалтасындағы жергілікті дерекқормен жұмыс істейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="217" />
            <source>Общая папка для вложений</source>
            <translation>Тіркемелерге арналған ортақ қалта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="240" />
            <source>Подключение к серверу…</source>
            <translation>Серверге қосылу…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="303" />
            <source>Настройки общей базы данных сохранены.</source>
            <translation>Ортақ дерекқордың баптаулары сақталды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="320" />
            <source>Программа будет работать с локальной базой.</source>
            <translation>Бағдарлама жергілікті дерекқормен жұмыс істейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="75" />
            <source>Общая база данных офиса</source>
            <translation>Кеңсенің ортақ дерекқоры</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="78" />
            <source>Чтобы несколько компьютеров офиса работали с одними данными, укажите сервер PostgreSQL и общую папку для вложений, доступную всем компьютерам. Резервные копии общей базы делает администратор сервера.</source>
            <translation>Кеңсенің бірнеше компьютері бір деректермен жұмыс істеуі үшін PostgreSQL серверін және барлық компьютерлерге қолжетімді тіркемелерге арналған ортақ қалтаны көрсетіңіз. Ортақ дерекқордың резервтік көшірмелерін сервер әкімшісі жасайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="126" />
            <source>&amp;Сервер:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="127" />
            <source>П&amp;орт:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="129" />
            <source>&amp;База данных:</source>
            <translation>&amp;Дерекқор:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="133" />
            <source>По&amp;льзователь:</source>
            <translation>Па&amp;йдаланушы:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="135" />
            <source>Па&amp;роль:</source>
            <translation>&amp;Құпиясөз:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="138" />
            <source>Общая папка &amp;вложений:</source>
            <translation>&amp;Тіркемелердің ортақ қалтасы:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="175" />
            <source>Сейчас программа работает с общей базой «{database}» на сервере {host}:{port}.</source>
            <translation>Қазір бағдарлама {host}:{port} серверіндегі «{database}» ортақ дерекқорымен жұмыс істейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="256" />
            <source>Не удалось проверить подключение. Подробности записаны в журнал.</source>
            <translation>Қосылымды тексеру мүмкін болмады. Толығырақ мәлімет журналға жазылды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="310" />
            <source>Вернуться к локальной базе данных этого компьютера?</source>
            <translation>Осы компьютердің жергілікті дерекқорына оралу керек пе?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="311" />
            <source>Данные общей базы останутся на сервере. Изменения вступят в силу после перезапуска программы.</source>
            <translation>Ортақ дерекқордың деректері серверде қалады. Өзгерістер бағдарлама қайта іске қосылғаннан кейін күшіне енеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="68" />
            <source>Общая база данных офиса — {app}</source>
            <translation>Кеңсенің ортақ дерекқоры — {app}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="110" />
            <source>сохранён</source>
            <translation>сақталған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="312" />
            <source>Вернуться</source>
            <translation>Оралу</translation>
        </message>
    </context>
    <context>
        <name>ui.deadline_table</name>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="50" />
            <source>по загрузке в ИСПУ</source>
            <translation>ИСПУ-ға жүктеу бойынша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="70" />
            <source>Требуют внимания</source>
            <translation>Назар аударуды қажет етеді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="74" />
            <source>Инструкция не говорит, в каком квартале плана отчитываться за квартал мониторинга; программа относит отчёт к кварталу, в котором квартал мониторинга заканчивается.</source>
            <translation>Нұсқаулықта мониторинг тоқсаны үшін жоспардың қай тоқсанында есеп беру керегі айтылмаған; бағдарлама есепті мониторинг тоқсаны аяқталатын тоқсанға жатқызады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="39" />
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="155" />
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <source>Подзадача</source>
            <translation>Кіші міндет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="40" />
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="155" />
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="251" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <source>Период</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="42" />
            <source>Состояние</source>
            <translation>Жай-күйі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="43" />
            <source>Засчитывается</source>
            <translation>Есепке алу негізі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="44" />
            <source>Пояснение</source>
            <translation>Түсіндірме</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="45" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="425" />
            <source>Исполнитель</source>
            <translation>Орындаушы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="147" />
            <source>отметки о загрузке в ИСПУ нет</source>
            <translation>ИСПУ-ға жүктеу туралы белгі жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="146" />
            <source>отметка: {status}</source>
            <translation>белгі: {status}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="128" />
            <source>Срок соблюдён или нет — {judged}; {mark}.</source>
            <translation>Мерзімнің сақталуы анықталады — {judged}; {mark}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="133" />
            <source>Срок соблюдён или нет — {judged}.</source>
            <translation>Мерзімнің сақталуы анықталады — {judged}.</translation>
        </message>
    </context>
    <context>
        <name>ui.decrees_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="44" />
            <source>Переносы рабочих дней</source>
            <translation>Жұмыс күндерін ауыстыру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="45" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="205" />
            <source>Выходной день</source>
            <translation>Демалыс күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="45" />
            <source>Рабочий день</source>
            <translation>Жұмыс күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="46" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="41" />
            <source>Дата</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="46" />
            <source>Вид дня</source>
            <translation>Күн түрі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="46" />
            <source>Описание</source>
            <translation>Сипаттама</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="46" />
            <source>Основание</source>
            <translation>Негіздеме</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="73" />
            <source>Внесённые переносы</source>
            <translation>Енгізілген ауыстырулар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="86" />
            <source>&amp;Удалить выбранный перенос</source>
            <translation>Таңдалған ауыстыруды &amp;жою</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="95" />
            <source>Новый перенос</source>
            <translation>Жаңа ауыстыру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="104" />
            <source>&amp;Дата:</source>
            <translation>&amp;Күні:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="111" />
            <source>&amp;Вид дня:</source>
            <translation>Күн &amp;түрі:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="114" />
            <source>например: перенос выходного дня с субботы 02.01.2027</source>
            <translation>мысалы: демалыс күнін 02.01.2027 сенбіден ауыстыру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="115" />
            <source>&amp;Описание:</source>
            <translation>&amp;Сипаттама:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="120" />
            <source>например: постановление Правительства РК от 10.10.2026 № 800</source>
            <translation>мысалы: ҚР Үкіметінің 10.10.2026 № 800 қаулысы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="121" />
            <source>&amp;Основание:</source>
            <translation>&amp;Негіздеме:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="124" />
            <source>&amp;Добавить</source>
            <translation>&amp;Қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="61" />
            <source>Постановления Правительства о переносе выходных дней. Записи здесь главнее встроенного календаря: внесите перенос на следующий год, как только постановление опубликовано. Сроки пересчитываются сразу.</source>
            <translation>Үкіметтің демалыс күндерін ауыстыру туралы қаулылары. Мұндағы жазбалардың кіріктірілген күнтізбеден басымдығы бар: келесі жылға ауыстыруды қаулы жарияланған бойда енгізіңіз. Мерзімдер бірден қайта есептеледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="210" />
            <source>Сроки будут пересчитаны по встроенному календарю. Запись можно внести снова.</source>
            <translation>Мерзімдер кіріктірілген күнтізбе бойынша қайта есептеледі. Жазбаны қайта енгізуге болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="211" />
            <source>Удалить</source>
            <translation>Жою</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="209" />
            <source>Удалить перенос на {date} («{note}»)?</source>
            <translation>{date} күнгі ауыстыру («{note}») жойылсын ба?</translation>
        </message>
    </context>
    <context>
        <name>ui.document_preview</name>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="45" />
            <source>Это файл электронной цифровой подписи. Кто подписал и что проверено, показывает кнопка «ЭЦП…»; если документ вложен в подпись, «Открыть» покажет его.</source>
            <translation>Бұл электрондық цифрлық қолтаңба файлы. Кім қол қойғанын және не тексерілгенін «ЭЦҚ…» батырмасы көрсетеді; құжат қолтаңбаның ішінде болса, «Ашу» оны көрсетеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="49" />
            <source>Просмотр файлов Word и Excel здесь недоступен: нажмите «Открыть», чтобы открыть файл в Word или Excel.</source>
            <translation>Word және Excel файлдарын мұнда қарау мүмкін емес: файлды Word немесе Excel бағдарламасында ашу үшін «Ашу» батырмасын басыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="136" />
            <source>Открыть файл в программе просмотра Windows (Word, Excel, просмотр PDF)</source>
            <translation>Файлды Windows қарау бағдарламасында ашу (Word, Excel, PDF қарау)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="139" />
            <source>&amp;Крупно…</source>
            <translation>&amp;Ірі етіп…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="142" />
            <source>Показать страницу в отдельном большом окне, чтобы проверить подпись и печать</source>
            <translation>Қолтаңба мен мөрді тексеру үшін бетті бөлек үлкен терезеде көрсету</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="153" />
            <source>Уменьшить (Ctrl+−, Ctrl+колесо мыши)</source>
            <translation>Кішірейту (Ctrl+−, Ctrl+тінтуір дөңгелегі)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="159" />
            <source>Увеличить (Ctrl++, Ctrl+колесо мыши)</source>
            <translation>Үлкейту (Ctrl++, Ctrl+тінтуір дөңгелегі)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="161" />
            <source>По ширине</source>
            <translation>Ені бойынша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="161" />
            <source>Страница по ширине окна (Ctrl+2)</source>
            <translation>Бет терезенің ені бойынша (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="163" />
            <source>Целиком</source>
            <translation>Толығымен</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="163" />
            <source>Страница целиком (Ctrl+0)</source>
            <translation>Бет толығымен (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="181" />
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="186" />
            <source>Просмотр страницы</source>
            <translation>Бетті қарау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="193" />
            <source>◀ П&amp;редыдущая</source>
            <translation>◀ Алды&amp;ңғы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="199" />
            <source>Сл&amp;едующая ▶</source>
            <translation>Ке&amp;лесі ▶</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="244" />
            <source>Выберите файл в списке, чтобы посмотреть его страницы.</source>
            <translation>Беттерін қарау үшін тізімнен файлды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="263" />
            <source>Открывается…</source>
            <translation>Ашылуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="325" />
            <source>Не удалось показать файл.</source>
            <translation>Файлды көрсету мүмкін болмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="451" />
            <source>Просмотр документа</source>
            <translation>Құжатты қарау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="457" />
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="244" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="167" />
            <source>&amp;Закрыть</source>
            <translation>&amp;Жабу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="469" />
            <source>{name} — просмотр</source>
            <translation>{name} — қарау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="425" />
            <source>Страница {page} из {count}</source>
            <translation>{count} беттің {page}-беті</translation>
        </message>
    </context>
    <context>
        <name>ui.errors</name>
        <message>
            <location filename="../../tbn4_desktop/ui/errors.py" line="147" />
            <source>В программе произошла непредвиденная ошибка. Сохранённые данные не пострадали; если ошибка повторяется, передайте файл журнала администратору.</source>
            <translation>Бағдарламада күтпеген қате орын алды. Сақталған деректер зақымданбады; қате қайталанса, журнал файлын әкімшіге беріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/errors.py" line="105" />
            <source>Открыть папку журналов</source>
            <translation>Журналдар қалтасын ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/errors.py" line="104" />
            <source>Подробности записаны в журнал: {name}</source>
            <translation>Толық мәліметтер журналға жазылды: {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.export_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="64" />
            <source>Сохранить пакет для загрузки в ИСПУ</source>
            <translation>ИСПУ-ға жүктеуге арналған пакетті сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="64" />
            <source>Пакет для загрузки в ИСПУ (*.zip)</source>
            <translation>ИСПУ-ға жүктеуге арналған пакет (*.zip)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="79" />
            <source>Где создать папку пакета для загрузки в ИСПУ</source>
            <translation>ИСПУ-ға жүктеуге арналған пакет қалтасын қай жерде құру керек</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="106" />
            <source>Экспорт пакета для загрузки в ИСПУ</source>
            <translation>ИСПУ-ға жүктеуге арналған пакетті экспорттау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="111" />
            <source>Что выгрузить</source>
            <translation>Нені шығару керек</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="113" />
            <source>Весь год</source>
            <translation>Бүкіл жыл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="114" />
            <source>Один проект:</source>
            <translation>Бір жоба:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="126" />
            <source>Только изменённое (выгрузок ещё не было: войдёт весь год)</source>
            <translation>Өзгертілгендер ғана (әлі шығару болған жоқ: бүкіл жыл кіреді)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="140" />
            <source>Как сохранить</source>
            <translation>Қалай сақтау керек</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="142" />
            <source>ZIP-архив (один файл)</source>
            <translation>ZIP-архив (бір файл)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="143" />
            <source>Папка (для загрузки прямо с диска)</source>
            <translation>Қалта (тікелей дискіден жүктеу үшін)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="170" />
            <source>Выгрузить…</source>
            <translation>Шығару…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="278" />
            <source>Формируется пакет для загрузки в ИСПУ…</source>
            <translation>ИСПУ-ға жүктеуге арналған пакет қалыптастырылуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="282" />
            <source>Отмена… папка пакета не будет создана.</source>
            <translation>Бас тарту… пакет қалтасы құрылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="282" />
            <source>Отмена… файл пакета не будет создан.</source>
            <translation>Бас тарту… пакет файлы құрылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="313" />
            <source>Подзадач и периодов в пакете: {items}, из них готово к загрузке: {ready}.</source>
            <translation>Пакеттегі кіші міндеттер мен кезеңдер саны: {items}, оның ішінде жүктеуге дайыны: {ready}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="315" />
            <source>Подзадач и периодов в пакете ({scope}): {items}, из них готово к загрузке: {ready}.</source>
            <translation>Пакеттегі ({scope}) кіші міндеттер мен кезеңдер саны: {items}, оның ішінде жүктеуге дайыны: {ready}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="318" />
            <source>%n файл, {size}, из них сформированных форм: {forms}.</source>
            <translation>
                <numerusform>%n файл, {size}, оның ішінде қалыптастырылған нысандар: {forms}.</numerusform>
                <numerusform>%n файл, {size}, оның ішінде қалыптастырылған нысандар: {forms}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="320" />
            <source>%n файл, {size}.</source>
            <translation>
                <numerusform>%n файл, {size}.</numerusform>
                <numerusform>%n файл, {size}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="155" />
            <source>Замечание</source>
            <translation>Ескертпе</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="216" />
            <source>Проверка перед выгрузкой: %n замечание. Пакет можно сформировать и так, но в ИСПУ он попадёт неполным.</source>
            <translation>
                <numerusform>Шығару алдындағы тексеру: %n ескертпе. Пакетті осылай да қалыптастыруға болады, бірақ ИСПУ-ға ол толық емес күйде түседі.</numerusform>
                <numerusform>Шығару алдындағы тексеру: %n ескертпе. Пакетті осылай да қалыптастыруға болады, бірақ ИСПУ-ға ол толық емес күйде түседі.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="222" />
            <source>Проверка перед выгрузкой: замечаний нет.</source>
            <translation>Шығару алдындағы тексеру: ескертпелер жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="307" />
            <source>Папка пакета для загрузки в ИСПУ сохранена.</source>
            <translation>ИСПУ-ға жүктеуге арналған пакет қалтасы сақталды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="309" />
            <source>Пакет для загрузки в ИСПУ сохранён.</source>
            <translation>ИСПУ-ға жүктеуге арналған пакет сақталды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="323" />
            <source>Загрузите пакет в ИСПУ с компьютера, подключённого к интернету.</source>
            <translation>Пакетті интернетке қосылған компьютерден ИСПУ-ға жүктеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="356" />
            <source>Экспорт отменён: папка пакета не создана.</source>
            <translation>Экспорттан бас тартылды: пакет қалтасы құрылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="358" />
            <source>Экспорт отменён: файл пакета не создан.</source>
            <translation>Экспорттан бас тартылды: пакет файлы құрылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="124" />
            <source>Только изменённое с последней выгрузки ({when})</source>
            <translation>Соңғы шығарудан бергі өзгертілгендер ғана ({when})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="294" />
            <source>Формируется пакет для загрузки в ИСПУ…
Записано {done} из {total}</source>
            <translation>ИСПУ-ға жүктеуге арналған пакет қалыптастырылуда…
{total} ішінен {done} жазылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="311" />
            <source>Папка: {path}</source>
            <translation>Қалта: {path}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="311" />
            <source>Файл: {path}</source>
            <translation>Файл: {path}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="345" />
            <source>Пакет не сформирован из-за непредвиденной ошибки; файл не создан. Повторите экспорт; если ошибка повторится, передайте журнал администратору.</source>
            <translation>Пакет күтпеген қатеге байланысты қалыптастырылмады; файл құрылмады. Экспортты қайталаңыз; қате қайталанса, журналды әкімшіге беріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="108" />
            <source>Пакет за {year} год</source>
            <translation>{year} жылғы пакет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="289" />
            <source>Формируется пакет для загрузки в ИСПУ…
{status}</source>
            <translation>ИСПУ-ға жүктеуге арналған пакет қалыптастырылуда…
{status}</translation>
        </message>
    </context>
    <context>
        <name>ui.first_start</name>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="69" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="74" />
            <source>Фамилия Имя Отчество</source>
            <translation>Тегі Аты Әкесінің аты</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="70" />
            <source>Ф.И.О. подписанта</source>
            <translation>Қол қоюшының Т.А.Ә.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="72" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="76" />
            <source>Должность полностью</source>
            <translation>Лауазымы толық</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="73" />
            <source>Должность подписанта</source>
            <translation>Қол қоюшының лауазымы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="75" />
            <source>Роль подписанта</source>
            <translation>Қол қоюшының рөлі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="76" />
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="173" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="373" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="124" />
            <source>Убрать</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="77" />
            <source>Убрать этого подписанта из списка</source>
            <translation>Осы қол қоюшыны тізімнен алып тастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="153" />
            <source>Хотите сначала посмотреть, как всё устроено?</source>
            <translation>Алдымен бәрі қалай жұмыс істейтінін көргіңіз келе ме?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="155" />
            <source>Заполнить демонстрационными данными</source>
            <translation>Демонстрациялық деректермен толтыру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="174" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="180" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="69" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <source>Организация</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="179" />
            <source>например: ГУ «Аппарат акима Каратальского района»</source>
            <translation>мысалы: «Қаратал ауданы әкімінің аппараты» ММ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="187" />
            <source>12 цифр</source>
            <translation>12 цифр</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="198" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="193" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="326" />
            <source>например: ГУ «Аппарат акима Алматинской области»</source>
            <translation>мысалы: «Алматы облысы әкімінің аппараты» ММ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="204" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="207" />
            <source>Подписанты подтверждающих документов</source>
            <translation>Растайтын құжаттарға қол қоюшылар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="240" />
            <source>Добавить подписанта</source>
            <translation>Қол қоюшыны қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="250" />
            <source>Сохранить и начать работу</source>
            <translation>Сақтау және жұмысты бастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="445" />
            <source>Создаются демонстрационные данные…</source>
            <translation>Демонстрациялық деректер жасалуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="484" />
            <source>Не удалось создать демонстрационные данные. Попробуйте ещё раз или заполните сведения об организации вручную.</source>
            <translation>Демонстрациялық деректерді жасау мүмкін болмады. Қайталап көріңіз немесе ұйым туралы мәліметтерді қолмен толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="141" />
            <source>Добро пожаловать! Укажите организацию</source>
            <translation>Қош келдіңіз! Ұйымды көрсетіңіз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="144" />
            <source>Программа ведёт исполнение проектов ТБН №4 «Предупреждение и противодействие коррупции» для одной организации. Заполните сведения о ней и о тех, кто подписывает подтверждающие документы. Их можно будет изменить позже: «Файл → Организация и подписанты…».</source>
            <translation>Бағдарлама бір ұйым үшін ТБН №4 «Сыбайлас жемқорлықтың алдын алу және оған қарсы іс-қимыл» жобаларының орындалуын жүргізеді. Ұйым туралы және растайтын құжаттарға қол қоятындар туралы мәліметтерді толтырыңыз. Оларды кейін өзгертуге болады: «Файл → Ұйым және қол қоюшылар…».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="182" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="196" />
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="86" />
            <source>&amp;Наименование:</source>
            <translation>&amp;Атауы:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="190" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="197" />
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="90" />
            <source>&amp;БИН:</source>
            <translation>&amp;БСН:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="196" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="198" />
            <source>&amp;Уровень:</source>
            <translation>&amp;Деңгейі:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="215" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="45" />
            <source>Должность</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="215" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="45" />
            <source>Роль</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="332" />
            <source>&amp;Вышестоящий орган:
(не требуется)</source>
            <translation>Жоғары &amp;тұрған орган:
(талап етілмейді)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="332" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="199" />
            <source>&amp;Вышестоящий орган:</source>
            <translation>Жоғары &amp;тұрған орган:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="471" />
            <source>Демонстрационные данные созданы, но организация не выбрана. Заполните сведения об организации вручную.</source>
            <translation>Демонстрациялық деректер жасалды, бірақ ұйым таңдалмады. Ұйым туралы мәліметтерді қолмен толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="121" />
            <source>{app} — первый запуск</source>
            <translation>{app} — алғашқы іске қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="439" />
            <source>Демонстрационные данные недоступны в этой сборке программы.</source>
            <translation>Бағдарламаның бұл құрастырмасында демонстрациялық деректер қолжетімсіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="482" />
            <source>Не удалось создать демонстрационные данные. {reason}</source>
            <translation>Демонстрациялық деректерді жасау мүмкін болмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="165" />
            <source>Будет создана учебная организация с подписантами и частично выполненными подзадачами {year} года.</source>
            <translation>Қол қоюшылары және {year} жылғы кіші міндеттері ішінара орындалған оқу ұйымы құрылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="341" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="330" />
            <source>Кто что подписывает на уровне «{level}»: {hint}</source>
            <translation>«{level}» деңгейінде кім неге қол қояды: {hint}</translation>
        </message>
    </context>
    <context>
        <name>ui.formatting</name>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="14" />
            <source>Документ Word (DOCX)</source>
            <translation>Word құжаты (DOCX)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="15" />
            <source>Таблица Excel (XLSX)</source>
            <translation>Excel кестесі (XLSX)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="16" />
            <source>Подпись ЭЦП (CMS)</source>
            <translation>ЭЦҚ қолтаңбасы (CMS)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="30" />
            <source>{mb} МБ</source>
            <translation>{mb} МБ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="39" />
            <source>Приложение №{number} к Инструкции</source>
            <translation>Нұсқаулыққа №{number} қосымша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="43" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="270" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="394" />
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="45" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="179" />
            <source>Подзадача {code}</source>
            <translation>{code} кіші міндеті</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="29" />
            <source>{kb} КБ</source>
            <translation>{kb} КБ</translation>
        </message>
    </context>
    <context>
        <name>ui.forms_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="54" />
            <source>Документ Word (*.docx)</source>
            <translation>Word құжаты (*.docx)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="55" />
            <source>Документ PDF (*.pdf)</source>
            <translation>PDF құжаты (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="56" />
            <source>Книга Excel (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="138" />
            <source>Принтер недоступен</source>
            <translation>Принтер қолжетімсіз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="214" />
            <source>Форма формируется…</source>
            <translation>Нысан қалыптастырылуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="218" />
            <source>&amp;Сохранить как…</source>
            <translation>Басқаша &amp;сақтау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="225" />
            <source>Пе&amp;чать…</source>
            <translation>&amp;Басып шығару…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="228" />
            <source>Открыть в &amp;Word</source>
            <translation>&amp;Word-та ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="234" />
            <source>Приложить к &amp;подзадаче</source>
            <translation>&amp;Кіші міндетке тіркеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="237" />
            <source>Приложить PDF формы к подзадаче как проект документа (без подписи); скан подписанной формы прикладывается отдельно</source>
            <translation>Нысанның PDF-ін кіші міндетке құжаттың жобасы ретінде (қолсыз) тіркеу; қол қойылған нысанның сканы бөлек тіркеледі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="329" />
            <source>Форма формируется по данным подзадач…</source>
            <translation>Нысан кіші міндеттердің деректері бойынша қалыптастырылуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="330" />
            <source>Форма не сформирована. {reason}</source>
            <translation>Нысан қалыптастырылмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="352" />
            <source>{form} за {year} год, {period}: {pages} стр. Распечатайте, подпишите и приложите скан подписанной формы к подзадаче.</source>
            <translation>{form} — {year} жыл, {period}: {pages} бет. Басып шығарыңыз, қол қойыңыз және қол қойылған нысанның сканын кіші міндетке тіркеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="357" />
            <source>{form} за {year} год: {pages} стр. Распечатайте, подпишите и приложите скан подписанной формы к подзадаче.</source>
            <translation>{form} — {year} жыл: {pages} бет. Басып шығарыңыз, қол қойыңыз және қол қойылған нысанның сканын кіші міндетке тіркеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="377" />
            <source>Сохранить форму</source>
            <translation>Нысанды сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="393" />
            <source>Форма не сохранена. {reason}</source>
            <translation>Нысан сақталмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="411" />
            <source>Файл Word не создан. {reason}</source>
            <translation>Word файлы құрылмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="449" />
            <source>Форма не приложена. {reason}</source>
            <translation>Нысан тіркелмеді. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="490" />
            <source>Печать формы</source>
            <translation>Нысанды басып шығару</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="515" />
            <source>Форма отправляется на печать…</source>
            <translation>Нысан басып шығаруға жіберілуде…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="529" />
            <source>Форма не напечатана. {reason}</source>
            <translation>Нысан басып шығарылмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="222" />
            <source>Сохранить форму в DOCX, PDF или XLSX</source>
            <translation>Нысанды DOCX, PDF немесе XLSX форматында сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="222" />
            <source>Сохранить форму в DOCX, PDF</source>
            <translation>Нысанды DOCX, PDF форматында сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="194" />
            <source>Форма: {name}</source>
            <translation>Нысан: {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="231" />
            <source>Сохранить DOCX в папку «{folder}» папки данных и открыть его</source>
            <translation>DOCX-ті деректер қалтасының «{folder}» қалтасына сақтап, оны ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="337" />
            <source>PDF не сформирован. {reason} Форму можно сохранить в DOCX и доработать в Word.</source>
            <translation>PDF қалыптастырылмады. {reason} Нысанды DOCX форматында сақтап, Word-та пысықтауға болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="400" />
            <source>Форма сохранена: {path}</source>
            <translation>Нысан сақталды: {path}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="417" />
            <source>Файл Word: {path}</source>
            <translation>Word файлы: {path}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="471" />
            <source>Форма приложена к подзадаче как «{role}»: {name}. После подписания приложите скан подписанной формы.</source>
            <translation>Нысан кіші міндетке «{role}» ретінде тіркелді: {name}. Қол қойылғаннан кейін қол қойылған нысанның сканын тіркеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="544" />
            <source>Форма отправлена на печать: {count} стр.</source>
            <translation>Нысан басып шығаруға жіберілді: {count} бет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="421" />
            <source>Файл «{name}» сохранён в папке «{folder}», но открыть его не удалось: откройте его из этой папки в Word.</source>
            <translation>«{name}» файлы «{folder}» қалтасында сақталды, бірақ оны ашу мүмкін болмады: оны осы қалтадан Word-та ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="532" />
            <source>Печать отменена.</source>
            <translation>Басып шығарудан бас тартылды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="539" />
            <source>Форма отправляется на печать… страница {done} из {total}</source>
            <translation>Нысан басып шығаруға жіберілуде… {total} беттің {done}-беті</translation>
        </message>
    </context>
    <context>
        <name>ui.forms_menu</name>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="25" />
            <source>Приложение №&amp;1…</source>
            <translation>№&amp;1 қосымша…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="26" />
            <source>Приложение №&amp;3…</source>
            <translation>№&amp;3 қосымша…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="27" />
            <source>Приложение №&amp;4…</source>
            <translation>№&amp;4 қосымша…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="28" />
            <source>Приложение №&amp;5…</source>
            <translation>№&amp;5 қосымша…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="29" />
            <source>&amp;Опись документов…</source>
            <translation>Құжаттар &amp;тізімдемесі…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="32" />
            <source>Сводное Приложение №1 по подведомственным…</source>
            <translation>Ведомстволық бағынысты ұйымдар бойынша №1 жиынтық қосымша…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="33" />
            <source>Сводное Приложение №3 по подведомственным…</source>
            <translation>Ведомстволық бағынысты ұйымдар бойынша №3 жиынтық қосымша…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="41" />
            <source>Ф&amp;ормы</source>
            <translation>&amp;Нысандар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="63" />
            <source>Строка «Сформировано … в программе ТБН-4» внизу форм</source>
            <translation>Нысандардың төменгі жағындағы «Сформировано … в программе ТБН-4» жолы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="66" />
            <source>В приложениях к Инструкции такой строки нет: включите, если она нужна</source>
            <translation>Нұсқаулыққа қосымшаларда мұндай жол жоқ: қажет болса, қосыңыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="72" />
            <source>Приложение №&amp;2</source>
            <translation>№&amp;2 қосымша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="48" />
            <source>{form} за год, показанный в окне</source>
            <translation>{form} — терезеде көрсетілген жыл үшін</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="79" />
            <source>{form} за {period} года, показанного в окне</source>
            <translation>{form} — терезеде көрсетілген жылдың {period} үшін</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="115" />
            <source>Настройка не сохранена. {reason}</source>
            <translation>Баптау сақталмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.help.__init__</name>
        <message>
            <location filename="../../tbn4_desktop/ui/help/__init__.py" line="19" />
            <source>&amp;Руководство пользователя</source>
            <translation>&amp;Пайдаланушы басшылығы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/__init__.py" line="22" />
            <source>Открыть руководство пользователя (работает без интернета)</source>
            <translation>Пайдаланушы басшылығын ашу (интернетсіз жұмыс істейді)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/__init__.py" line="24" />
            <source>&amp;Обозначения</source>
            <translation>&amp;Белгілер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/__init__.py" line="26" />
            <source>Что значат статусы, состояния сроков и их значки</source>
            <translation>Мәртебелер, мерзім күйлері және олардың белгішелері нені білдіреді</translation>
        </message>
    </context>
    <context>
        <name>ui.help.guide</name>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="49" />
            <source>Руководство пользователя не найдено рядом с программой (файл docs/user-guide.md). Переустановите программу или откройте руководство из её дистрибутива.</source>
            <translation>Пайдаланушы басшылығы бағдарламаның жанынан табылмады (docs/user-guide.md файлы). Бағдарламаны қайта орнатыңыз немесе басшылықты оның дистрибутивінен ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="104" />
            <source>Найти в руководстве (Enter — следующее совпадение)</source>
            <translation>Басшылықтан табу (Enter — келесі сәйкестік)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="107" />
            <source>&amp;Найти</source>
            <translation>&amp;Табу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="112" />
            <source>&amp;Поиск:</source>
            <translation>&amp;Іздеу:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="124" />
            <source>Содержание</source>
            <translation>Мазмұны</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="215" />
            <source>Не найдено</source>
            <translation>Табылмады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="95" />
            <source>Руководство пользователя — {app}</source>
            <translation>Пайдаланушы басшылығы — {app}</translation>
        </message>
    </context>
    <context>
        <name>ui.help.legend</name>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="58" />
            <source>Подзадача не относится к уровню организации или ответ на вопрос о применимости — «Нет» («Организация и подписанты → Применимость подзадач»). Мастер не открывается, сроки не считаются.</source>
            <translation>Кіші міндет ұйымның деңгейіне жатпайды немесе қолданылу туралы сұраққа жауап — «Жоқ» («Ұйым және қол қоюшылар → Кіші міндеттердің қолданылуы»). Шебер ашылмайды, мерзімдер есептелмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="40" />
            <source>По подзадаче (периоду) ещё ничего не внесено.</source>
            <translation>Кіші міндет (кезең) бойынша әлі ештеңе енгізілмеген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="41" />
            <source>Что-то уже внесено — файлы, ссылки, строки таблиц, — но не всё, что требует Инструкция.</source>
            <translation>Бірдеңе енгізілген — файлдар, сілтемелер, кесте жолдары, — бірақ Нұсқаулық талап ететіннің бәрі емес.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="44" />
            <source>Документ составлен (например, сформирована форма), но скана подписанного документа ещё нет: документ ждёт подписи.</source>
            <translation>Құжат жасалды (мысалы, нысан қалыптастырылды), бірақ қол қойылған құжаттың сканы әлі жоқ: құжат қол қоюды күтуде.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="48" />
            <source>Документ подписан и его скан приложен; для пакета не хватает чего-то ещё.</source>
            <translation>Құжатқа қол қойылды және оның сканы тіркелді; пакет үшін тағы бірдеңе жетіспейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="49" />
            <source>Есть все подтверждающие документы, подписанные теми, кого называет Инструкция. Осталось загрузить их в ИСПУ и отметить загрузку.</source>
            <translation>Нұсқаулық атаған адамдар қол қойған барлық растайтын құжаттар бар. Оларды ИСПУ-ға жүктеп, жүктеуді белгілеу қалды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="53" />
            <source>Загрузка в ИСПУ отмечена (дата и номер). Если потом изменить файлы, ссылки или таблицы, статус вернётся к «Готово к загрузке».</source>
            <translation>ИСПУ-ға жүктеу белгіленді (күні мен нөмірі). Кейін файлдарды, сілтемелерді немесе кестелерді өзгертсеңіз, мәртебе «Жүктеуге дайын» күйіне қайтады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="65" />
            <source>Срок прошёл, а подзадача не выполнена. Если срок — срок загрузки в ИСПУ, нужна отметка о загрузке, даже когда всё «Готово к загрузке».</source>
            <translation>Мерзім өтті, ал кіші міндет орындалмаған. Егер мерзім ИСПУ-ға жүктеу мерзімі болса, бәрі «Жүктеуге дайын» болса да, жүктеу туралы белгі қажет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="69" />
            <source>До срока осталось не больше трёх рабочих дней.</source>
            <translation>Мерзімге дейін үш жұмыс күнінен артық қалған жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="70" />
            <source>До срока осталось не больше десяти рабочих дней.</source>
            <translation>Мерзімге дейін он жұмыс күнінен артық қалған жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="71" />
            <source>До срока больше десяти рабочих дней.</source>
            <translation>Мерзімге дейін он жұмыс күнінен артық.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="72" />
            <source>Выполнено не позже срока (по отметке о загрузке в ИСПУ или по дате документа — смотря чем засчитывается срок).</source>
            <translation>Мерзімнен кешіктірілмей орындалды (ИСПУ-ға жүктеу туралы белгі немесе құжаттың күні бойынша — мерзім немен есептелетініне қарай).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="75" />
            <source>Выполнено, но позже срока.</source>
            <translation>Орындалды, бірақ мерзімнен кеш.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="76" />
            <source>Программа не может посчитать срок: в Карте реализации нет даты или не введена дата, от которой срок отсчитывается (например, дата подписания аналитической справки). Что именно нужно, сказано в строке срока.</source>
            <translation>Бағдарлама мерзімді есептей алмайды: Іске асыру картасында күн жоқ немесе мерзім есептелетін күн енгізілмеген (мысалы, талдамалық анықтамаға қол қойылған күн). Нақты не қажет екені мерзім жолында көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="81" />
            <source>Подзадача не применяется к организации: срока у неё нет.</source>
            <translation>Кіші міндет ұйымға қолданылмайды: оның мерзімі жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="85" />
            <source>Документ есть: файл приложен и подписан тем, кто вправе, или ссылка указана.</source>
            <translation>Құжат бар: файл тіркелген және оған құқығы бар адам қол қойған немесе сілтеме көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="86" />
            <source>Документа не хватает; чего именно — сказано рядом.</source>
            <translation>Құжат жетіспейді; нақты не жетіспейтіні қасында көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="87" />
            <source>Документ не требуется: условие Инструкции не выполнено, выбрана причина.</source>
            <translation>Құжат талап етілмейді: Нұсқаулықтың шарты орындалмаған, себеп таңдалған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="88" />
            <source>Необязательный документ не приложен; на выполнение не влияет.</source>
            <translation>Міндетті емес құжат тіркелмеген; орындалуға әсер етпейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="132" />
            <source>Руководство пользователя…</source>
            <translation>Пайдаланушы басшылығы…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="173" />
            <source>Документ в чек-листе (панель подзадачи, мастер)</source>
            <translation>Чек-парақтағы құжат (кіші міндет панелі, шебер)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="114" />
            <source>Статус подзадачи (дерево, панель подзадачи, «На сегодня»)</source>
            <translation>Кіші міндеттің мәртебесі (ағаш, кіші міндет панелі, «Бүгінге»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="115" />
            <source>Состояние срока (дерево, «Сроки», «На сегодня»)</source>
            <translation>Мерзімнің күйі (ағаш, «Мерзімдер», «Бүгінге»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="106" />
            <source>Обозначения — {app}</source>
            <translation>Белгілер — {app}</translation>
        </message>
    </context>
    <context>
        <name>ui.import_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="30" />
            <source>Пакет подведомственной организации</source>
            <translation>Ведомстволық бағынысты ұйымның пакеті</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="30" />
            <source>Пакет ТБН-4 (*.zip)</source>
            <translation>ТБН-4 пакеті (*.zip)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="78" />
            <source>Отмена… данные не будут изменены.</source>
            <translation>Бас тарту… деректер өзгертілмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="75" />
            <source>Проверяется и принимается пакет…</source>
            <translation>Пакет тексеріліп, қабылдануда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="137" />
            <source>Приём пакета отменён: данные не изменены.</source>
            <translation>Пакетті қабылдаудан бас тартылды: деректер өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="97" />
            <source>Пакет уже был принят.</source>
            <translation>Пакет бұрын қабылданған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="97" />
            <source>Пакет принят.</source>
            <translation>Пакет қабылданды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="122" />
            <source>Пакет не принят: организация не добавлена.</source>
            <translation>Пакет қабылданбады: ұйым қосылмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="85" />
            <source>Проверяется и принимается пакет…
Прочитано {done} из {total}</source>
            <translation>Пакет тексеріліп, қабылдануда…
{total} ішінен {done} оқылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="128" />
            <source>Пакет не принят из-за непредвиденной ошибки; данные не изменены. Повторите приём; если ошибка повторится, передайте журнал администратору.</source>
            <translation>Пакет күтпеген қатеге байланысты қабылданбады; деректер өзгертілмеді. Қабылдауды қайталаңыз; қате қайталанса, журналды әкімшіге беріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="98" />
            <source>Объём файлов: {size}.</source>
            <translation>Файлдардың көлемі: {size}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="118" />
            <source>Добавить и принять</source>
            <translation>Қосу және қабылдау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="113" />
            <source>Добавить «{name}» как подведомственную организацию?</source>
            <translation>«{name}» ведомстволық бағынысты ұйым ретінде қосылсын ба?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="114" />
            <source>Организации с БИН {bin} ещё нет среди подведомственных. Добавьте её, если пакет прислала подведомственная вам организация.</source>
            <translation>БСН {bin} ұйымы ведомстволық бағынысты ұйымдардың арасында әлі жоқ. Егер пакетті сізге ведомстволық бағынысты ұйым жіберсе, оны қосыңыз.</translation>
        </message>
    </context>
    <context>
        <name>ui.jobs</name>
        <message>
            <location filename="../../tbn4_desktop/ui/jobs.py" line="158" />
            <source>Отмена…</source>
            <translation>Тоқтатылуда…</translation>
        </message>
    </context>
    <context>
        <name>ui.journal_window</name>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <source>Когда</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <source>Кто</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <source>Действие</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <source>Что изменено</source>
            <translation>Өзгертілгені</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="134" />
            <source>Журнал изменений</source>
            <translation>Өзгерістер журналы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="164" />
            <source>Записи журнала изменений</source>
            <translation>Өзгерістер журналының жазбалары</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="173" />
            <source>Подробности записи</source>
            <translation>Жазбаның толық мәліметі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="175" />
            <source>Выберите запись, чтобы прочитать её полностью, с подробностями.</source>
            <translation>Жазбаны толық мәліметімен оқу үшін оны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="180" />
            <source>Экспорт в &amp;XLSX…</source>
            <translation>&amp;XLSX-ке экспорттау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="205" />
            <source>например, 1.1.2</source>
            <translation>мысалы, 1.1.2</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="210" />
            <source>Все действия</source>
            <translation>Барлық әрекеттер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="214" />
            <source>Записи этой программы</source>
            <translation>Осы бағдарламаның жазбалары</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="230" />
            <source>Сбросить отбор</source>
            <translation>Сүзгіні тастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="249" />
            <source>любая дата</source>
            <translation>кез келген күн</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="353" />
            <source>Все пользователи</source>
            <translation>Барлық пайдаланушылар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="378" />
            <source>Сохранить журнал изменений</source>
            <translation>Өзгерістер журналын сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="378" />
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="22" />
            <source>Таблица Excel (*.xlsx)</source>
            <translation>Excel кестесі (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="402" />
            <source>Журнал сохраняется…</source>
            <translation>Журнал сақталуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="218" />
            <source>С:</source>
            <translation>Басы:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="219" />
            <source>по:</source>
            <translation>соңы:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="220" />
            <source>Подзадача:</source>
            <translation>Кіші міндет:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="221" />
            <source>Кто:</source>
            <translation>Кім:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="228" />
            <source>Действие:</source>
            <translation>Әрекет:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="145" />
            <source>Каждое изменение данных записывается сюда в момент сохранения: когда, кто (пользователь Windows и компьютер), что было и что стало. Записи защищены контрольными суммами: исправленную или удалённую запись находит «Справка → Проверка данных».</source>
            <translation>Деректердің әрбір өзгерісі сақталған сәтте осында жазылады: қашан, кім (Windows пайдаланушысы және компьютер), не болғаны және не болып өзгергені. Жазбалар бақылау сомаларымен қорғалған: түзетілген немесе жойылған жазбаны «Анықтама → Деректерді тексеру» табады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="341" />
            <source>Записей нет.</source>
            <translation>Жазбалар жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="136" />
            <source>История подзадачи {code}</source>
            <translation>{code} кіші міндетінің тарихы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="138" />
            <source>История подзадачи {code} ({period})</source>
            <translation>{code} кіші міндетінің тарихы ({period})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="238" />
            <source>Журнал:</source>
            <translation>Журнал:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="276" />
            <source>«{name}» за {year} год (из принятого пакета)</source>
            <translation>«{name}» — {year} жыл (қабылданған пакеттен)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="337" />
            <source>Показаны последние {count} записей: уточните отбор, чтобы увидеть более ранние.</source>
            <translation>Соңғы {count} жазба көрсетілді: ертеректегілерін көру үшін сүзгіні нақтылаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="367" />
            <source>Подробности: {details}</source>
            <translation>Толығырақ: {details}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="341" />
            <source>Записей: {count}.</source>
            <translation>Жазбалар: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="396" />
            <source>Журнал сохранён: {target} (записей: {count}).</source>
            <translation>Журнал сақталды: {target} (жазбалар: {count}).</translation>
        </message>
    </context>
    <context>
        <name>ui.karta_actions</name>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="66" />
            <source>Формируется шаблон Карты реализации…</source>
            <translation>Іске асыру картасының үлгісі қалыптастырылуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="84" />
            <source>Импортируются сроки из Карты реализации…</source>
            <translation>Мерзімдер Іске асыру картасынан импортталуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="125" />
            <source>Передайте файл в областной уровень; заполненную Карту импортируйте командой «Импорт Карты реализации…».</source>
            <translation>Файлды облыстық деңгейге беріңіз; толтырылған Картаны «Іске асыру картасын импорттау…» командасымен импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="135" />
            <source>Сроки пересчитаны.</source>
            <translation>Мерзімдер қайта есептелді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="51" />
            <source>Сохранить шаблон Карты реализации</source>
            <translation>Іске асыру картасының үлгісін сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="72" />
            <source>Импорт Карты реализации</source>
            <translation>Іске асыру картасын импорттау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="118" />
            <source>Шаблон Карты реализации на {year} год сохранён: {target}. Подзадач и периодов в шаблоне: {count}.</source>
            <translation>{year} жылға арналған Іске асыру картасының үлгісі сақталды: {target}. Үлгідегі кіші міндеттер мен кезеңдер саны: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="158" />
            <source>Карта реализации не обработана: {reason}</source>
            <translation>Іске асыру картасы өңделмеді: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="153" />
            <source>Файл Карты не обработан. {reason}</source>
            <translation>Карта файлы өңделмеді. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.kpi_line</name>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="76" />
            <source>не хватает %n мероприятия</source>
            <translation>
                <numerusform>тағы %n іс-шара жетіспейді</numerusform>
                <numerusform>тағы %n іс-шара жетіспейді</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="86" />
            <source>документа нет ещё у %n организации</source>
            <translation>
                <numerusform>тағы %n ұйымда құжат жоқ</numerusform>
                <numerusform>тағы %n ұйымда құжат жоқ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="85" />
            <source>нужно обучить ещё %n служащего</source>
            <translation>
                <numerusform>тағы %n қызметшіні оқыту қажет</numerusform>
                <numerusform>тағы %n қызметшіні оқыту қажет</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="102" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="94" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="97" />
            <source>{value} (цель ≥ {goal})</source>
            <translation>{value} (мақсат ≥ {goal})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="99" />
            <source>{value}, {score} б. (цель {goal})</source>
            <translation>{value}, {score} б. (мақсат {goal})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="108" />
            <source>{text}; цель — {goal} организаций</source>
            <translation>{text}; мақсат — ұйымдардың {goal}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="158" />
            <source>Штатная &amp;численность служащих:</source>
            <translation>Қызметшілердің штат &amp;саны:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="189" />
            <source>✔ выполнено</source>
            <translation>✔ орындалды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="189" />
            <source>✖ не выполнено</source>
            <translation>✖ орындалмады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="248" />
            <source>Показатели: выполнено {met} из {total}</source>
            <translation>Көрсеткіштер: {total} ішінен {met} орындалды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="153" />
            <source>Показатель: {text}</source>
            <translation>Көрсеткіш: {text}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="193" />
            <source>Показатель: {verdict}. {text}</source>
            <translation>Көрсеткіш: {verdict}. {text}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="191" />
            <source>Показатель: {verdict}.</source>
            <translation>Көрсеткіш: {verdict}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="236" />
            <source>Показатель {code}: {verdict}. {details}</source>
            <translation>{code} көрсеткіші: {verdict}. {details}</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="203" />
            <location filename="../../tbn4_desktop/ui/today_view.py" line="43" />
            <source>На сегодня</source>
            <translation>Бүгінге</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="204" />
            <source>Подзадачи</source>
            <translation>Кіші міндеттер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="205" />
            <source>Сроки</source>
            <translation>Мерзімдер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="207" />
            <source>Проекты, задачи и подзадачи года (Ctrl+1)</source>
            <translation>Жылдың жобалары, міндеттері және кіші міндеттері (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="208" />
            <source>Сроки года, светофоры проектов и календарь (Ctrl+3)</source>
            <translation>Жылдың мерзімдері, жобалар бағдаршамдары және күнтізбе (Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="210" />
            <source>Что просрочено, что скоро, что ждёт подписи или загрузки в ИСПУ (Ctrl+0)</source>
            <translation>Мерзімі өткені, мерзімі жақындағаны, қол қоюды немесе ИСПУ-ға жүктеуді күтіп тұрғаны (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="215" />
            <source>Год</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="218" />
            <source>  &amp;Год: </source>
            <translation>  &amp;Жыл: </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="221" />
            <source>Год исполнения</source>
            <translation>Орындау жылы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="451" />
            <source>Идёт экспорт пакета. Прервать его и выйти?</source>
            <translation>Пакет экспортталуда. Оны үзіп, шығу керек пе?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="458" />
            <source>Идёт приём пакета. Прервать его и выйти?</source>
            <translation>Пакет қабылдануда. Оны үзіп, шығу керек пе?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="451" />
            <location filename="../../tbn4_desktop/ui/main_window.py" line="458" />
            <source>Прервать и выйти</source>
            <translation>Үзу және шығу</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window_dialogs</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="65" />
            <source>Подзадачи Проекта 3 не применяются к уровню «{level}».</source>
            <translation>3-жобаның кіші міндеттері «{level}» деңгейіне қолданылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="67" />
            <source>Подзадача {code} не применяется к уровню «{level}».</source>
            <translation>{code} кіші міндеті «{level}» деңгейіне қолданылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="54" />
            <source>Подзадачи Проекта 3 не применяются: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…».</source>
            <translation>3-жобаның кіші міндеттері қолданылмайды: {reason}. Жауап «Файл → Ұйым және қол қоюшылар…» мәзірінде өзгертіледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="59" />
            <source>Подзадача {code} не применяется: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…».</source>
            <translation>{code} кіші міндеті қолданылмайды: {reason}. Жауап «Файл → Ұйым және қол қоюшылар…» мәзірінде өзгертіледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="165" />
            <source>Матрица документов сохранена.</source>
            <translation>Құжаттар матрицасы сақталды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="223" />
            <source>Принят пакет «{organization}» за {year} год.</source>
            <translation>«{organization}» пакеті {year} жыл үшін қабылданды.</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window_menus</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="22" />
            <source>&amp;Файл</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="23" />
            <source>&amp;Экспорт пакета для загрузки в ИСПУ…</source>
            <translation>ИСПУ-ға жүктеуге арналған пакетті &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="28" />
            <source>&amp;Импорт пакета подведомственной организации…</source>
            <translation>Ведомстволық бағынысты ұйымның пакетін &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="32" />
            <source>Орга&amp;низация и подписанты…</source>
            <translation>Ұйым және &amp;қол қоюшылар…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="36" />
            <source>&amp;Открыть папку данных</source>
            <translation>Деректер қалтасын &amp;ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="39" />
            <source>Общая &amp;база данных офиса…</source>
            <translation>Кеңсенің ортақ &amp;дерекқоры…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="43" />
            <source>&amp;Резервные копии…</source>
            <translation>&amp;Резервтік көшірмелер…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="47" />
            <source>&amp;Журнал изменений…</source>
            <translation>Өзгерістер &amp;журналы…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="49" />
            <source>Кто, когда и что изменил в данных; отбор и экспорт в XLSX</source>
            <translation>Деректерде кім, қашан және нені өзгертті; іріктеу және XLSX-ке экспорттау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="56" />
            <source>В&amp;ыход</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="61" />
            <source>&amp;Подзадача</source>
            <translation>&amp;Кіші міндет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="62" />
            <source>&amp;Выполнить…</source>
            <translation>&amp;Орындау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="67" />
            <source>&amp;Матрица документов (Проект 3)…</source>
            <translation>Құжаттар &amp;матрицасы (3-жоба)…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="71" />
            <source>Отметить &amp;загрузку в ИСПУ…</source>
            <translation>ИСПУ-ға &amp;жүктеуді белгілеу…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="73" />
            <source>Все периоды выбранной подзадачи со статусом «Готово к загрузке»</source>
            <translation>Таңдалған кіші міндеттің «Жүктеуге дайын» мәртебесі бар барлық кезеңдері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="76" />
            <source>Снять отметку о за&amp;грузке…</source>
            <translation>Жүктеу туралы белгіні &amp;алып тастау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="79" />
            <source>Вернуть статус «Готово к загрузке», если отметка о загрузке поставлена по ошибке</source>
            <translation>Жүктеу туралы белгі қателесіп қойылған болса, «Жүктеуге дайын» мәртебесін қайтару</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="83" />
            <source>&amp;Обновить</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="87" />
            <source>Перейти к &amp;дереву</source>
            <translation>А&amp;ғашқа өту</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="91" />
            <source>Перейти к &amp;сведениям</source>
            <translation>&amp;Мәліметтерге өту</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="96" />
            <source>С&amp;роки</source>
            <translation>&amp;Мерзімдер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="97" />
            <source>&amp;На сегодня</source>
            <translation>&amp;Бүгінге</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="102" />
            <source>&amp;Показать сроки года</source>
            <translation>Жылдың мерзімдерін &amp;көрсету</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="107" />
            <source>&amp;Даты внутреннего анализа коррупционных рисков…</source>
            <translation>Сыбайлас жемқорлық тәуекелдеріне ішкі талдау &amp;күндері…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="111" />
            <source>П&amp;ереносы рабочих дней…</source>
            <translation>Жұмыс күндерін &amp;ауыстыру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="116" />
            <source>&amp;Шаблон Карты реализации (XLSX)…</source>
            <translation>Іске асыру картасының &amp;үлгісі (XLSX)…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="120" />
            <source>&amp;Импорт Карты реализации…</source>
            <translation>Іске асыру картасын &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="132" />
            <source>&amp;Справка</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="137" />
            <source>&amp;Проверка данных…</source>
            <translation>Деректерді &amp;тексеру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="139" />
            <source>Проверить базу данных, вложенные файлы и журнал изменений</source>
            <translation>Дерекқорды, тіркемелерді және өзгерістер журналын тексеру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="142" />
            <source>&amp;О программе</source>
            <translation>Бағдарлама &amp;туралы</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window_pages</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_pages.py" line="89" />
            <source>Подведомственные</source>
            <translation>Ведомстволық бағыныстылар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_pages.py" line="90" />
            <source>Статус подведомственных организаций, Проект 3, кто опаздывает</source>
            <translation>Ведомстволық бағынысты ұйымдардың мәртебесі, 3-жоба, кім кешігуде</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window_upload</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="77" />
            <source>Отметка о загрузке есть только у подзадач со статусом «Загружено в ИСПУ»: выберите такую подзадачу.</source>
            <translation>Жүктеу туралы белгі тек «ИСПУ-ға жүктелді» мәртебесі бар кіші міндеттерде болады: осындай кіші міндетті таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="34" />
            <source>Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»: выберите такую подзадачу.</source>
            <translation>Жүктеуді тек «Жүктеуге дайын» мәртебесі бар кіші міндеттер үшін белгілеуге болады: осындай кіші міндетті таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="86" />
            <source>Снять отметку</source>
            <translation>Белгіні алып тастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="84" />
            <source>Снять отметку о загрузке в ИСПУ ({count})?</source>
            <translation>ИСПУ-ға жүктеу туралы белгіні алып тастау керек пе ({count})?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="85" />
            <source>{what}. Статус вернётся к «Готово к загрузке».</source>
            <translation>{what}. Мәртебе «Жүктеуге дайын» күйіне қайтарылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="96" />
            <source>Отметка о загрузке снята: {count}.</source>
            <translation>Жүктеу туралы белгі алынып тасталды: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="116" />
            <location filename="../../tbn4_desktop/ui/today_view.py" line="319" />
            <source>Отмечено как загруженное в ИСПУ: {count}.</source>
            <translation>ИСПУ-ға жүктелді деп белгіленгені: {count}.</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window_year</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="90" />
            <source>{name} · БИН {bin} · {level}</source>
            <translation>{name} · БСН {bin} · {level}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="143" />
            <source>{progress} (подзадачи и периоды {year} года)</source>
            <translation>{progress} ({year} жылғы кіші міндеттер мен кезеңдер)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="154" />
            <source>Некоторые файлы каталогов не прочитаны; программа работает с остальными.</source>
            <translation>Каталогтардың кейбір файлдары оқылмады; бағдарлама қалғандарымен жұмыс істейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="172" />
            <source>Задача {code}</source>
            <translation>{code} міндеті</translation>
        </message>
    </context>
    <context>
        <name>ui.month_calendar</name>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="63" />
            <source>Январь</source>
            <translation>Қаңтар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="64" />
            <source>Февраль</source>
            <translation>Ақпан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="65" />
            <source>Март</source>
            <translation>Наурыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="66" />
            <source>Апрель</source>
            <translation>Сәуір</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="67" />
            <source>Май</source>
            <translation>Мамыр</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="68" />
            <source>Июнь</source>
            <translation>Маусым</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="69" />
            <source>Июль</source>
            <translation>Шілде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="70" />
            <source>Август</source>
            <translation>Тамыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="71" />
            <source>Сентябрь</source>
            <translation>Қыркүйек</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="72" />
            <source>Октябрь</source>
            <translation>Қазан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="73" />
            <source>Ноябрь</source>
            <translation>Қараша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="74" />
            <source>Декабрь</source>
            <translation>Желтоқсан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Пн</source>
            <translation>Дс</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Вт</source>
            <translation>Сс</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Ср</source>
            <translation>Ср</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Чт</source>
            <translation>Бс</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Пт</source>
            <translation>Жм</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Сб</source>
            <translation>Сн</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Вс</source>
            <translation>Жс</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="78" />
            <source>понедельник</source>
            <translation>дүйсенбі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="79" />
            <source>вторник</source>
            <translation>сейсенбі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="80" />
            <source>среда</source>
            <translation>сәрсенбі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="81" />
            <source>четверг</source>
            <translation>бейсенбі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="82" />
            <source>пятница</source>
            <translation>жұма</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="83" />
            <source>суббота</source>
            <translation>сенбі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="84" />
            <source>воскресенье</source>
            <translation>жексенбі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="94" />
            <source>рабочий</source>
            <translation>жұмыс</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="252" />
            <source>%n срок</source>
            <translation>
                <numerusform>%n мерзім</numerusform>
                <numerusform>%n мерзім</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="340" />
            <source>Предыдущий месяц (PgUp)</source>
            <translation>Алдыңғы ай (PgUp)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="341" />
            <source>Предыдущий месяц</source>
            <translation>Алдыңғы ай</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="345" />
            <source>Следующий месяц (PgDown)</source>
            <translation>Келесі ай (PgDown)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="346" />
            <source>Следующий месяц</source>
            <translation>Келесі ай</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="355" />
            <source>Сегодня</source>
            <translation>Бүгін</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="366" />
            <source>Календарь месяца</source>
            <translation>Ай күнтізбесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="379" />
            <source>Обозначения: &lt;b&gt;праздник&lt;/b&gt; · выходной · &lt;b&gt;рабочий&lt;/b&gt; (рабочий выходной день); число сроков со значком самого срочного. Подробности — во всплывающей подсказке.</source>
            <translation>Белгілер: &lt;b&gt;мереке&lt;/b&gt; · демалыс · &lt;b&gt;жұмыс&lt;/b&gt; (жұмыс істейтін демалыс күні); ең шұғыл мерзімнің белгішесімен мерзімдер саны. Толығырақ — қалқымалы кеңесте.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="395" />
            <source>Сроки выбранного дня</source>
            <translation>Таңдалған күннің мерзімдері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="473" />
            <source>{date}, {weekday} — праздничный день: {reason}.</source>
            <translation>{date}, {weekday} — мереке күні: {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="192" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="178" />
            <source>выходной день</source>
            <translation>демалыс күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="476" />
            <source>{date}, {weekday} — выходной день ({reason}).</source>
            <translation>{date}, {weekday} — демалыс күні ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="478" />
            <source>{date}, {weekday} — выходной день.</source>
            <translation>{date}, {weekday} — демалыс күні.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="481" />
            <source>{date}, {weekday} — рабочий день ({reason}).</source>
            <translation>{date}, {weekday} — жұмыс күні ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="489" />
            <source>Сроков нет.</source>
            <translation>Мерзімдер жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="208" />
            <source>Сроки ({count}):</source>
            <translation>Мерзімдер ({count}):</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="190" />
            <source>{holiday} (праздник в выходной день; выходной перенесён)</source>
            <translation>{holiday} (демалыс күніне түскен мереке; демалыс ауыстырылды)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="200" />
            <source>Рабочий день: {reason}</source>
            <translation>Жұмыс күні: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="203" />
            <source>Праздничный день: {reason}</source>
            <translation>Мереке күні: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="211" />
            <location filename="../../tbn4_desktop/ui/register_table.py" line="346" />
            <location filename="../../tbn4_desktop/ui/register_table.py" line="382" />
            <source>… и ещё {count}</source>
            <translation>… және тағы {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="489" />
            <source>Сроков: {count}.</source>
            <translation>Мерзімдер: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="205" />
            <source>Выходной день: {reason}</source>
            <translation>Демалыс күні: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.open_files</name>
        <message>
            <location filename="../../tbn4_desktop/ui/open_files.py" line="133" />
            <source>Не удалось открыть «{name}»: в Windows нет программы для файлов этого типа. Копия файла сохранена в папке «{folder}».</source>
            <translation>«{name}» файлын ашу мүмкін болмады: Windows жүйесінде осы түрдегі файлдарға арналған бағдарлама жоқ. Файлдың көшірмесі «{folder}» қалтасында сақталды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/open_files.py" line="129" />
            <source>Не удалось подготовить «{name}» к просмотру: {reason}. Проверьте, есть ли место на диске.</source>
            <translation>«{name}» файлын қарауға дайындау мүмкін болмады: {reason}. Дискіде орын бар-жоғын тексеріңіз.</translation>
        </message>
    </context>
    <context>
        <name>ui.organization_applicability</name>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="36" />
            <source>&amp;Да</source>
            <translation>&amp;Иә</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="36" />
            <source>&amp;Нет</source>
            <translation>&amp;Жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="36" />
            <source>Не &amp;указано</source>
            <translation>&amp;Көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="77" />
            <source>План на {year} год ещё не создан: ответы можно будет дать, когда этот год откроется в главном окне.</source>
            <translation>{year} жылға арналған жоспар әлі құрылмаған: бұл жыл басты терезеде ашылғанда жауап беруге болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="128" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="177" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="55" />
            <source>Инструкция: «{quote}»</source>
            <translation>Нұсқаулық (орыс тіліндегі мәтін): «{quote}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="81" />
            <source>Ответы за {year} год. От них зависит, применяются ли подзадачи: подзадача с ответом «Нет» показывается серой с пометкой «Не применяется»; без ответа она считается применимой. Наведите указатель на вопрос, чтобы прочитать слова Инструкции.</source>
            <translation>{year} жылғы жауаптар. Кіші міндеттердің қолданылуы соларға байланысты: жауабы «Жоқ» кіші міндет «Қолданылмайды» белгісімен сұр түспен көрсетіледі; жауап болмаса, ол қолданылатын болып есептеледі. Нұсқаулықтың сөздерін оқу үшін меңзерді сұраққа апарыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="87" />
            <source>На уровне «{level}» вопросов о применимости подзадач нет.</source>
            <translation>«{level}» деңгейінде кіші міндеттердің қолданылуы туралы сұрақтар жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="100" />
            <source>Решает, применяется ли подзадача {codes}.</source>
            <translation>{codes} кіші міндетінің қолданылатынын шешеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="102" />
            <source>Решает, применяются ли подзадачи {codes}.</source>
            <translation>{codes} кіші міндеттерінің қолданылатынын шешеді.</translation>
        </message>
    </context>
    <context>
        <name>ui.organization_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="153" />
            <source>Организ&amp;ация и подписанты</source>
            <translation>&amp;Ұйым және қол қоюшылар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="154" />
            <source>При&amp;менимость подзадач</source>
            <translation>Кіші міндеттердің &amp;қолданылуы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="155" />
            <source>&amp;Курируемые организации</source>
            <translation>Жетекшілік етілетін ұ&amp;йымдар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="161" />
            <source>Курируемые организации квазигосударственного сектора (знаменатель долей Проекта 3)</source>
            <translation>Квазимемлекеттік сектордың жетекшілік етілетін ұйымдары (3-жоба үлестерінің бөлгіші)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="169" />
            <source>Закрыть без сохранения сведений об организации; подписанты, ответы и список курируемых организаций уже сохранены.</source>
            <translation>Ұйым туралы мәліметтерді сақтамай жабу; қол қоюшылар, жауаптар және жетекшілік етілетін ұйымдар тізімі сақталып қойған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="237" />
            <source>&amp;Добавить…</source>
            <translation>Қо&amp;су…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="239" />
            <source>&amp;Изменить…</source>
            <translation>Ө&amp;згерту…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="241" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="234" />
            <source>Не подпи&amp;сывает больше</source>
            <translation>&amp;Енді қол қоймайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="204" />
            <source>Уровень меняется в главном окне: «Файл → Организация и подписанты…».</source>
            <translation>Деңгей басты терезеде өзгертіледі: «Файл → Ұйым және қол қоюшылар…».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="228" />
            <source>&amp;Подписанты (выключенные не предлагаются, но остаются в выполненных подзадачах):</source>
            <translation>Қ&amp;ол қоюшылар (өшірілгендері ұсынылмайды, бірақ орындалған кіші міндеттерде қалады):</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="326" />
            <source>не требуется</source>
            <translation>талап етілмейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="139" />
            <source>{app} — организация и подписанты</source>
            <translation>{app} — ұйым және қол қоюшылар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="158" />
            <source>Ответы на вопросы, от которых зависит, применяются ли подзадачи, за {year} год</source>
            <translation>{year} жылғы кіші міндеттердің қолданылуы тәуелді болатын сұрақтарға жауаптар</translation>
        </message>
    </context>
    <context>
        <name>ui.organization_signatories</name>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="45" />
            <source>Подписывает</source>
            <translation>Қол қояды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="84" />
            <source>12 цифр, необязательно</source>
            <translation>12 цифр, міндетті емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="86" />
            <source>По ИИН программа узнаёт подписанта в сертификате электронной цифровой подписи (ЭЦП) документа.</source>
            <translation>Бағдарлама ЖСН бойынша құжаттың электрондық цифрлық қолтаңбасы (ЭЦҚ) сертификатындағы қол қоюшыны анықтайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="171" />
            <source>не подписывает больше</source>
            <translation>енді қол қоймайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="208" />
            <source>Измените роль («Изменить…») или отметьте «Не подписывает больше».</source>
            <translation>Рөлді өзгертіңіз («Өзгерту…») немесе «Енді қол қоймайды» деп белгілеңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="234" />
            <source>Ве&amp;рнуть</source>
            <translation>Қайта&amp;ру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="237" />
            <source>Снова предлагать этого подписанта</source>
            <translation>Осы қол қоюшыны қайтадан ұсыну</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="239" />
            <source>Больше не предлагать этого подписанта; его подписи в выполненных подзадачах сохранятся</source>
            <translation>Осы қол қоюшыны енді ұсынбау; оның орындалған кіші міндеттердегі қолдары сақталады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="69" />
            <source>Изменить подписанта</source>
            <translation>Қол қоюшыны өзгерту</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="69" />
            <source>Новый подписант</source>
            <translation>Жаңа қол қоюшы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="90" />
            <source>&amp;Ф.И.О.:</source>
            <translation>&amp;Т.А.Ә.:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="91" />
            <source>&amp;Должность:</source>
            <translation>&amp;Лауазымы:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="92" />
            <source>&amp;Роль:</source>
            <translation>&amp;Рөлі:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="93" />
            <source>&amp;ИИН:</source>
            <translation>&amp;ЖСН:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="173" />
            <source>ничего на этом уровне</source>
            <translation>бұл деңгейде ештеңеге</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="109" />
            <source>Если сменился человек, добавьте нового подписанта, а прежнего отметьте «Не подписывает больше»: его подписи в выполненных подзадачах сохранятся.</source>
            <translation>Егер адам ауысса, жаңа қол қоюшыны қосыңыз, ал бұрынғысын «Енді қол қоймайды» деп белгілеңіз: оның орындалған кіші міндеттердегі қолдары сақталады.</translation>
        </message>
    </context>
    <context>
        <name>ui.organization_supervised</name>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="41" />
            <source>Субъекты квазигосударственного сектора, деятельность которых курирует организация. Этот список — знаменатель долей Проекта 3: доля курируемых организаций, создавших раздел по антикоррупционному комплаенсу (3.1.2) и исполнивших подзадачи 3.2.1–3.2.6, считается от числа организаций в нём.</source>
            <translation>Қызметіне ұйым жетекшілік ететін квазимемлекеттік сектор субъектілері. Бұл тізім — 3-жоба үлестерінің бөлгіші: сыбайлас жемқорлыққа қарсы комплаенс бөлімін құрған (3.1.2) және 3.2.1–3.2.6 кіші міндеттерін орындаған жетекшілік етілетін ұйымдардың үлесі ондағы ұйымдар санынан есептеледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="40" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="338" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="170" />
            <source>БИН</source>
            <translation>БСН</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="71" />
            <source>Добавить организацию</source>
            <translation>Ұйымды қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="76" />
            <source>например: КГП «Байзак су арнасы»</source>
            <translation>мысалы: «Байзақ су арнасы» МКК</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="80" />
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="89" />
            <source>необязательно</source>
            <translation>міндетті емес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="94" />
            <source>&amp;Добавить в список</source>
            <translation>Тізімге қ&amp;осу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="98" />
            <source>&amp;Убрать из списка…</source>
            <translation>Тізімнен алып &amp;тастау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="65" />
            <source>Курируемые &amp;организации:</source>
            <translation>Жетекшілік етілетін ұйымда&amp;р:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="121" />
            <source>Список пуст: доли Проекта 3 не из чего считать.</source>
            <translation>Тізім бос: 3-жобаның үлестерін есептейтін ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="172" />
            <source>Доли Проекта 3 будут считаться без этой организации.</source>
            <translation>3-жобаның үлестері бұл ұйымсыз есептеледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="121" />
            <source>В списке: {count}.</source>
            <translation>Тізімде: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="171" />
            <source>Убрать «{name}» из списка курируемых организаций?</source>
            <translation>«{name}» жетекшілік етілетін ұйымдар тізімінен алып тасталсын ба?</translation>
        </message>
    </context>
    <context>
        <name>ui.project_lights</name>
        <message>
            <location filename="../../tbn4_desktop/ui/project_lights.py" line="79" />
            <source>Сроков нет</source>
            <translation>Мерзімдер жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/project_lights.py" line="69" />
            <source>Показать в таблице: проект {number}, «{state}»</source>
            <translation>Кестеде көрсету: {number}-жоба, «{state}»</translation>
        </message>
    </context>
    <context>
        <name>ui.quasi_matrix</name>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="53" />
            <source>Матрица документов квазигосударственного сектора</source>
            <translation>Квазимемлекеттік сектор құжаттарының матрицасы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="57" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="311" />
            <source>Доля</source>
            <translation>Үлесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="57" />
            <source>Доля организаций из списка, у которых есть документ, в процентах</source>
            <translation>Тізімдегі құжаты бар ұйымдардың пайыздық үлесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="59" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="311" />
            <source>Балл</source>
            <translation>Балл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="60" />
            <source>Балл подзадач 3.2.1–3.2.6: каждые 10 % организаций с документом — 0,2 балла, 100 % — 2 балла; 3.1.2 — доля без баллов</source>
            <translation>3.2.1–3.2.6 кіші міндеттерінің балы: құжаты бар ұйымдардың әрбір 10 %-ы — 0,2 балл, 100 % — 2 балл; 3.1.2 — балсыз үлес</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="143" />
            <source>&amp;Добавить организацию</source>
            <translation>Ұйымды &amp;қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="144" />
            <source>&amp;Удалить организацию</source>
            <translation>Ұйымды &amp;жою</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="145" />
            <source>&amp;Импорт списка из подзадачи</source>
            <translation>Кіші міндеттен тізімді &amp;импорттау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="157" />
            <source>Строки — список организаций квазигосударственного сектора, деятельность которых курирует организация: по нему считается доля в подзадачах 3.1.2 и 3.2.1–3.2.6. Организации, добавленные или удалённые здесь, при сохранении добавляются в список или удаляются из него. Отметьте, у каких организаций есть документ. Балл за 3.2.1–3.2.6: каждые 10 % организаций — 0,2 балла, 100 % — 2 балла; 3.1.2 — доля без баллов. Двойной щелчок по заголовку столбца отмечает или снимает все строки.</source>
            <translation>Жолдар — ұйым жетекшілік ететін квазимемлекеттік сектор ұйымдарының тізімі: 3.1.2 және 3.2.1–3.2.6 кіші міндеттеріндегі үлес осы тізім бойынша есептеледі. Мұнда қосылған немесе жойылған ұйымдар сақтау кезінде тізімге қосылады немесе одан жойылады. Қай ұйымдарда құжат бар екенін белгілеңіз. 3.2.1–3.2.6 үшін балл: ұйымдардың әрбір 10 %-ы — 0,2 балл, 100 % — 2 балл; 3.1.2 — балсыз үлес. Баған тақырыбын қос шерту барлық жолдарды белгілейді немесе белгіні алып тастайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="174" />
            <source>&amp;Сохранить</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="286" />
            <source>Доля с документом</source>
            <translation>Құжаты барлардың үлесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="287" />
            <source>Балл (из 2; 3.2.1–3.2.6)</source>
            <translation>Балл (2 балдан; 3.2.1–3.2.6)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="224" />
            <source>Список курируемых организаций не заполнен: добавьте организации, деятельность которых курирует организация.</source>
            <translation>Жетекшілік етілетін ұйымдардың тізімі толтырылмаған: ұйым жетекшілік ететін ұйымдарды қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="298" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="224" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="222" />
            <source>без баллов</source>
            <translation>балсыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="358" />
            <source>Матрица не сохранена: эти подзадачи только что изменил другой пользователь. Данные перечитаны — проверьте их и повторите.</source>
            <translation>Матрица сақталмады: бұл кіші міндеттерді басқа пайдаланушы жаңа ғана өзгертті. Деректер қайта оқылды — оларды тексеріп, қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="215" />
            <source>Организаций из таблиц, которых нет в списке курируемых: {count}. Они отмечены «нет в списке»; при сохранении они будут добавлены в список — или удалите лишние строки.</source>
            <translation>Кестелердегі жетекшілік етілетін ұйымдар тізімінде жоқ ұйымдар: {count}. Олар «тізімде жоқ» деп белгіленген; сақтау кезінде олар тізімге қосылады — немесе артық жолдарды жойыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="236" />
            <source>{code} {title} — организаций: {count}</source>
            <translation>{code} {title} — ұйымдар: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="248" />
            <source>Добавлено организаций из подзадачи {code}: {count}.</source>
            <translation>{code} кіші міндетінен қосылған ұйымдар: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="250" />
            <source>Все организации из подзадачи {code} уже есть в матрице.</source>
            <translation>{code} кіші міндетінің барлық ұйымдары матрицада бар.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="293" />
            <source>всего: {count}</source>
            <translation>барлығы: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="320" />
            <source>Укажите наименование организации в строках: {rows}.</source>
            <translation>Мына жолдарда ұйымның атауын көрсетіңіз: {rows}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="352" />
            <source>Матрица не сохранена.</source>
            <translation>Матрица сақталмады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="365" />
            <source>Матрица не сохранена. {reason}</source>
            <translation>Матрица сақталмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="348" />
            <source>Строка {row}, «{column}»</source>
            <translation>{row}-жол, «{column}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="343" />
            <source>Список курируемых организаций: {message}</source>
            <translation>Жетекшілік етілетін ұйымдар тізімі: {message}</translation>
        </message>
    </context>
    <context>
        <name>ui.quasi_matrix_model</name>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="35" />
            <source>Этой организации нет в списке курируемых: при сохранении матрицы она будет добавлена в список и войдёт в знаменатель доли.</source>
            <translation>Бұл ұйым жетекшілік етілетін ұйымдар тізімінде жоқ: матрица сақталғанда ол тізімге қосылып, үлестің бөліміне енеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="168" />
            <source>Организация *</source>
            <translation>Ұйым *</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="215" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="29" />
            <source>Есть</source>
            <translation>Бар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="218" />
            <source>{title}: есть</source>
            <translation>{title}: бар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="218" />
            <source>{title}: нет</source>
            <translation>{title}: жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="206" />
            <source>{name} (нет в списке)</source>
            <translation>{name} (тізімде жоқ)</translation>
        </message>
    </context>
    <context>
        <name>ui.register_delegate</name>
        <message>
            <location filename="../../tbn4_desktop/ui/register_delegate.py" line="76" />
            <source> тнг.</source>
            <translation> тг.</translation>
        </message>
    </context>
    <context>
        <name>ui.register_model</name>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="230" />
            <source>Заполнено</source>
            <translation>Толтырылды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="232" />
            <source>Сколько полей строки заполнено из тех, что к ней относятся; все поля — в карточке строки</source>
            <translation>Жолға қатысты өрістердің қаншасы толтырылғаны; барлық өрістер — жол карточкасында</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="304" />
            <source>Двойной щелчок или Enter — карточка строки.</source>
            <translation>Екі рет шерту немесе Enter — жол карточкасы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="196" />
            <source>Строка {row}, столбец «{column}»: {message}</source>
            <translation>{row}-жол, «{column}» бағаны: {message}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="295" />
            <source>{filled} из {fields}</source>
            <translation>{fields}-ның {filled}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="321" />
            <source>Не заполняется в этой строке. {condition}.</source>
            <translation>Бұл жолда толтырылмайды. {condition}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="325" />
            <source>Указанное значение не будет сохранено.</source>
            <translation>Көрсетілген мән сақталмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="294" />
            <source>{filled} из {fields}, ошибок: {errors}</source>
            <translation>{fields}-ның {filled}, қателер: {errors}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="299" />
            <source>Заполнено полей: {filled} из {fields}.</source>
            <translation>Толтырылған өрістер: {fields}-ның {filled}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="301" />
            <source>Не заполнены: {titles}.</source>
            <translation>Толтырылмаған: {titles}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="303" />
            <source>Ошибок в строке: {count} (см. под таблицей).</source>
            <translation>Жолдағы қателер: {count} (кестенің астын қараңыз).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="239" />
            <source>{title} (обязательный столбец)</source>
            <translation>{title} (міндетті баған)</translation>
        </message>
    </context>
    <context>
        <name>ui.register_row_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="46" />
            <source>ДД.ММ.ГГГГ</source>
            <translation>КК.АА.ЖЖЖЖ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="46" />
            <source>сумма в тенге</source>
            <translation>теңгемен сома</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="92" />
            <source>Поля со звёздочкой (*) обязательны. Поля, которые зависят от ответов выше, появляются, когда они нужны.</source>
            <translation>Жұлдызшамен (*) белгіленген өрістер міндетті. Жоғарыдағы жауаптарға байланысты өрістер қажет кезде пайда болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="263" />
            <source>Заполните это поле.</source>
            <translation>Осы өрісті толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="265" />
            <source>Выберите «Да» или «Нет».</source>
            <translation>«Иә» немесе «Жоқ» таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="117" />
            <source>ОК</source>
            <translation>ОК</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="85" />
            <source>Строка таблицы — {title}</source>
            <translation>Кесте жолы — {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="156" />
            <source>выберите из списка или введите</source>
            <translation>тізімнен таңдаңыз немесе енгізіңіз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="96" />
            <source>Строка {number}.</source>
            <translation>{number}-жол.</translation>
        </message>
    </context>
    <context>
        <name>ui.register_table</name>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="117" />
            <source>&amp;Добавить строку</source>
            <translation>Жол &amp;қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="118" />
            <source>&amp;Удалить строку</source>
            <translation>Жолды &amp;жою</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="119" />
            <source>&amp;Импорт из XLSX…</source>
            <translation>XLSX-тен &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="120" />
            <source>&amp;Экспорт в XLSX…</source>
            <translation>XLSX-ке &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="121" />
            <source>&amp;Карточка строки…</source>
            <translation>Жол ка&amp;рточкасы…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/register_table.py" line="150" />
            <source>В таблице %n столбец: здесь видны главные из них и сколько полей заполнено, все поля строки — в её карточке. «Добавить строку» открывает пустую карточку; двойной щелчок или Enter — карточка выбранной строки. Наведите указатель на ячейку, чтобы увидеть её значение полностью.</source>
            <translation>
                <numerusform>Кестеде %n баған бар: мұнда олардың негізгілері және қанша өріс толтырылғаны көрінеді, жолдың барлық өрістері — оның карточкасында. «Жол қосу» бос карточканы ашады; екі рет шерту немесе Enter — таңдалған жолдың карточкасы. Ұяшықтың мәнін толық көру үшін меңзерді оның үстіне апарыңыз.</numerusform>
                <numerusform>Кестеде %n баған бар: мұнда олардың негізгілері және қанша өріс толтырылғаны көрінеді, жолдың барлық өрістері — оның карточкасында. «Жол қосу» бос карточканы ашады; екі рет шерту немесе Enter — таңдалған жолдың карточкасы. Ұяшықтың мәнін толық көру үшін меңзерді оның үстіне апарыңыз.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="375" />
            <source>Импорт из XLSX</source>
            <translation>XLSX-тен импорттау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="375" />
            <location filename="../../tbn4_desktop/ui/register_table.py" line="404" />
            <source>Таблицы Excel (*.xlsx)</source>
            <translation>Excel кестелері (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="404" />
            <source>Экспорт в XLSX</source>
            <translation>XLSX-ке экспорттау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="123" />
            <source>Все поля выбранной строки в форме (Enter или двойной щелчок по строке)</source>
            <translation>Таңдалған жолдың барлық өрістері пішінде (Enter немесе жолды екі рет шерту)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="125" />
            <source>Заполнить выбранную строку в форме (Ctrl+Enter или двойной щелчок по номеру строки)</source>
            <translation>Таңдалған жолды пішінде толтыру (Ctrl+Enter немесе жол нөмірін екі рет шерту)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="128" />
            <source>Открывает пустую карточку строки: в ней все столбцы таблицы</source>
            <translation>Бос жол карточкасын ашады: онда кестенің барлық бағандары бар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="158" />
            <source>Поля со звёздочкой (*) обязательны. Даты — ДД.ММ.ГГГГ, суммы — в тенге. Двойной щелчок или ввод текста — правка ячейки, Ctrl+Enter — карточка строки.</source>
            <translation>Жұлдызшамен (*) белгіленген өрістер міндетті. Күндер — КК.АА.ЖЖЖЖ, сомалар — теңгемен. Екі рет шерту немесе мәтін енгізу — ұяшықты түзету, Ctrl+Enter — жол карточкасы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="393" />
            <source>Текущие строки будут удалены из таблицы.</source>
            <translation>Ағымдағы жолдар кестеден жойылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="162" />
            <source>Серые ячейки при ответах этой строки не заполняются.</source>
            <translation>Осы жолдың жауаптары бойынша сұр ұяшықтар толтырылмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="394" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="295" />
            <source>Заменить</source>
            <translation>Ауыстыру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="390" />
            <source>Заменить строки реестра ({current}) строками из файла ({new})?</source>
            <translation>Тізілім жолдарын ({current}) файлдағы жолдармен ({new}) ауыстыру керек пе?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="413" />
            <source>Файл не сохранён: {reason}.</source>
            <translation>Файл сақталмады: {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="385" />
            <source>Таблица не импортирована: исправьте ошибки и повторите.</source>
            <translation>Кесте импортталмады: қателерді түзетіп, қайталаңыз.</translation>
        </message>
    </context>
    <context>
        <name>ui.screenshots</name>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="173" />
            <source>Сообщение: {text}</source>
            <translation>Хабарлама: {text}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="112" />
            <source>Подзадачи «{code}» нет в каталоге ТБН №4: укажите коды вида 2.3.1 через запятую.</source>
            <translation>ТБН №4 каталогында «{code}» кіші міндеті жоқ: 2.3.1 түріндегі кодтарды үтір арқылы көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="116" />
            <source>Подзадача {code} не применяется к уровню «{level}» демонстрационной организации: у неё нет мастера.</source>
            <translation>{code} кіші міндеті демонстрациялық ұйымның «{level}» деңгейіне қолданылмайды: оның шебері жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="198" />
            <source>Нет шрифта {font} в «{folder}»: снимки сделаны шрифтом системы, который шире Segoe UI.</source>
            <translation>«{folder}» ішінде {font} қарпі жоқ: скриншоттар Segoe UI-дан кеңірек жүйелік қаріппен жасалды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="347" />
            <source>Мастер подзадачи {code} не перешёл дальше страницы «{page}».</source>
            <translation>{code} кіші міндетінің шебері «{page}» бетінен әрі өтпеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="288" />
            <source>Подзадача {code} не применяется к демонстрационной организации: снимка её панели нет.</source>
            <translation>{code} кіші міндеті демонстрациялық ұйымға қолданылмайды: оның панелінің скриншоты жоқ.</translation>
        </message>
    </context>
    <context>
        <name>ui.signature_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="75" />
            <source>✔ — проверено, ✖ — не прошло проверку, ○ — не проверялось (причина указана).</source>
            <translation>✔ — тексерілді, ✖ — тексеруден өтпеді, ○ — тексерілмеді (себебі көрсетілген).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="78" />
            <source>&amp;Копировать</source>
            <translation>&amp;Көшіру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="80" />
            <source>Скопировать сведения о подписи в буфер обмена, чтобы вставить в письмо или служебную записку</source>
            <translation>Хатқа немесе қызметтік жазбаға қою үшін қолтаңба туралы мәліметтерді алмасу буферіне көшіру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="54" />
            <source>{heading}: {file}</source>
            <translation>{heading}: {file}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="58" />
            <source>Файл подписи «{file}» к документу «{document}».</source>
            <translation>«{document}» құжатына арналған «{file}» қолтаңба файлы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="60" />
            <source>Файл подписи «{file}»: документ вложен в него.</source>
            <translation>«{file}» қолтаңба файлы: құжат оның ішінде.</translation>
        </message>
    </context>
    <context>
        <name>ui.startup_notice</name>
        <message>
            <location filename="../../tbn4_desktop/ui/startup_notice.py" line="23" />
            <source>Сроки, требующие внимания</source>
            <translation>Назар аударуды қажет ететін мерзімдер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/startup_notice.py" line="44" />
            <source>Сроки подзадач — просрочено: {overdue}, срок в ближайшие 3 рабочих дня: {soon}. Подробности — на вкладке «На сегодня».</source>
            <translation>Кіші міндеттердің мерзімдері — мерзімі өткені: {overdue}, мерзімі алдағы 3 жұмыс күні ішінде: {soon}. Толығырақ — «Бүгінге» қойындысында.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/startup_notice.py" line="37" />
            <source>Сроки подзадач — просрочено: {overdue}. Подробности — на вкладке «На сегодня».</source>
            <translation>Кіші міндеттердің мерзімдері — мерзімі өткені: {overdue}. Толығырақ — «Бүгінге» қойындысында.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/startup_notice.py" line="41" />
            <source>Сроки подзадач — срок в ближайшие 3 рабочих дня: {soon}. Подробности — на вкладке «На сегодня».</source>
            <translation>Кіші міндеттердің мерзімдері — мерзімі алдағы 3 жұмыс күні ішінде: {soon}. Толығырақ — «Бүгінге» қойындысында.</translation>
        </message>
    </context>
    <context>
        <name>ui.subordinates_view</name>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="62" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="311" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="182" />
            <source>Документ</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="64" />
            <source>Готово</source>
            <translation>Дайын</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="65" />
            <source>В ИСПУ</source>
            <translation>ИСПУ-да</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="69" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="255" />
            <source>Выполнено</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="254" />
            <source>Состояние срока</source>
            <translation>Мерзімнің жай-күйі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="256" />
            <source>Документы: чего не хватает</source>
            <translation>Құжаттар: не жетіспейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="222" />
            <source>список не заполнен</source>
            <translation>тізім толтырылмаған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="298" />
            <source>Подведомственные организации по подзадачам</source>
            <translation>Кіші міндеттер бойынша ведомстволық бағынысты ұйымдар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="229" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="104" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="182" />
            <source>{done} из {total}</source>
            <translation>{total} ішінен {done}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="311" />
            <source>Организаций</source>
            <translation>Ұйымдар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <source>Раб. дней просрочки</source>
            <translation>Кешіктірілген жұм. күндері</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="237" />
            <source>Список курируемых организаций не заполнен: {names}.</source>
            <translation>Жетекшілік етілетін ұйымдардың тізімі толтырылмаған: {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="306" />
            <source>Проект 3: доля организаций квазигосударственного сектора с документом</source>
            <translation>3-жоба: құжаты бар квазимемлекеттік сектор ұйымдарының үлесі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="317" />
            <source>Кто опаздывает</source>
            <translation>Кім кешігуде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="347" />
            <source>Подведомственных организаций: {count}, с данными за год: {with_plan}. Просроченных подзадач: {late}. Дважды щёлкните ячейку, чтобы увидеть подробности.</source>
            <translation>Ведомстволық бағынысты ұйымдар: {count}, жылдағы деректері барлары: {with_plan}. Мерзімі өткен кіші міндеттер: {late}. Толығырақ көру үшін ұяшықты екі рет шертіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="402" />
            <source>Подзадача {code} — {name}</source>
            <translation>{code} кіші міндеті — {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="112" />
            <source>{status}; срок {due} — {state}</source>
            <translation>{status}; мерзімі {due} — {state}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="142" />
            <source>Проект {number}. {code} {title}</source>
            <translation>{number}-жоба. {code} {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="177" />
            <source>Данных за год нет: пакет не импортирован.</source>
            <translation>Жылдағы деректер жоқ: пакет импортталмаған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="185" />
            <source>Готово или загружено: {done} из {total}; загружено в ИСПУ: {uploaded}; просрочено: {overdue}</source>
            <translation>Дайын немесе жүктелген: {total} ішінен {done}; ИСПУ-ға жүктелгені: {uploaded}; мерзімі өткені: {overdue}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="262" />
            <source>За год</source>
            <translation>Жыл бойы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="265" />
            <source>всё на месте</source>
            <translation>бәрі орнында</translation>
        </message>
    </context>
    <context>
        <name>ui.subtask_panel</name>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="286" />
            <source>Открыть файл в программе просмотра Windows</source>
            <translation>Файлды Windows қарау бағдарламасында ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="362" />
            <source>Применимость: Да — «{question}».</source>
            <translation>Қолданылуы: Иә — «{question}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="362" />
            <source>Применимость: Нет — «{question}».</source>
            <translation>Қолданылуы: Жоқ — «{question}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="384" />
            <source>Инструкция периодичность не устанавливает: её определяет Карта реализации.</source>
            <translation>Нұсқаулық кезеңділікті белгілемейді: оны Іске асыру картасы айқындайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="184" />
            <source>при условии</source>
            <translation>шарт бойынша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="295" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="297" />
            <source>канал не указан</source>
            <translation>арна көрсетілмеген</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="325" />
            <source>Не распределено: %n файл{names} — разберите в мастере («Выполнить…»).</source>
            <translation>
                <numerusform>Бөлінбеген: %n файл{names} — оларды шеберде бөліңіз («Орындау…»).</numerusform>
                <numerusform>Бөлінбеген: %n файл{names} — оларды шеберде бөліңіз («Орындау…»).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="418" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="422" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="118" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="178" />
            <source>Подтверждающие документы</source>
            <translation>Растайтын құжаттар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="424" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="88" />
            <source>Что требуется</source>
            <translation>Не талап етіледі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="426" />
            <source>Периодичность</source>
            <translation>Кезеңділік</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="482" />
            <source>Сведения о подзадаче</source>
            <translation>Кіші міндет туралы мәліметтер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="487" />
            <source>&amp;История изменений…</source>
            <translation>Өзгерістер &amp;тарихы…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="490" />
            <source>Кто, когда и что менял в этой подзадаче (журнал изменений)</source>
            <translation>Бұл кіші міндетте кім, қашан және нені өзгертті (өзгерістер журналы)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="500" />
            <source>Сфор&amp;мировать…</source>
            <translation>Қ&amp;алыптастыру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="508" />
            <source>Отметить загрузку в ИСПУ…</source>
            <translation>ИСПУ-ға жүктеуді белгілеу…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="511" />
            <source>Документы загружены в ИСПУ: указать дату загрузки и номер</source>
            <translation>Құжаттар ИСПУ-ға жүктелді: жүктеу күні мен нөмірін көрсету</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="515" />
            <source>Выполнить…</source>
            <translation>Орындау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="518" />
            <source>Открыть мастер исполнения подзадачи (Enter в дереве)</source>
            <translation>Кіші міндетті орындау шеберін ашу (ағаштағы Enter)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="553" />
            <source>Выберите подзадачу, чтобы выполнить её.</source>
            <translation>Орындау үшін кіші міндетті таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="653" />
            <source>Файл не найден: выберите подзадачу заново.</source>
            <translation>Файл табылмады: кіші міндетті қайта таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="365" />
            <source>Изменить ответ…</source>
            <translation>Жауапты өзгерту…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="382" />
            <source>Инструкция: «{quote}».</source>
            <translation>Нұсқаулық (орыс тіліндегі мәтін): «{quote}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="429" />
            <source>Показатель</source>
            <translation>Көрсеткіш</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="460" />
            <source>не хватает документов</source>
            <translation>құжаттар жетіспейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="132" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="121" />
            <source>Засчитывается {judged}.</source>
            <translation>Есепке алу негізі — {judged}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="184" />
            <source>при условии: {condition}</source>
            <translation>шарт бойынша: {condition}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="236" />
            <source>Нет ссылки ни в одном из каналов: {channels}.</source>
            <translation>Арналардың ешқайсысында сілтеме жоқ: {channels}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="238" />
            <source>Нет ссылки в каналах: {channels}.</source>
            <translation>Мына арналарда сілтеме жоқ: {channels}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="329" />
            <source>В истории сохранено убранных файлов: {count}.</source>
            <translation>Тарихта сақталған алынып тасталған файлдар: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="340" />
            <source>{document} — {requirement}; подписывает: {roles}</source>
            <translation>{document} — {requirement}; қол қоятындар: {roles}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="359" />
            <source>Пока ответа нет, подзадача считается применимой.</source>
            <translation>Жауап берілгенге дейін кіші міндет қолданылатын болып саналады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="360" />
            <source>Ответить…</source>
            <translation>Жауап беру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="411" />
            <source>Текущий статус</source>
            <translation>Ағымдағы мәртебе</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="416" />
            <source>Подтверждающие документы — {period}</source>
            <translation>Растайтын құжаттар — {period}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="455" />
            <source>выполнено {date}</source>
            <translation>{date} орындалды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="533" />
            <source>Выберите подзадачу в дереве слева, чтобы увидеть, что требуется по Инструкции, и выполнить её.</source>
            <translation>Нұсқаулық бойынша не талап етілетінін көру және оны орындау үшін сол жақтағы ағаштан кіші міндетті таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="549" />
            <source>Каталог: {title}, версия {version}.</source>
            <translation>Каталог: {title}, {version} нұсқасы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="207" />
            <source>Не требуется: {reason}</source>
            <translation>Талап етілмейді: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="222" />
            <source>Документ на весь год приложен в другом периоде.</source>
            <translation>Бүкіл жылға арналған құжат басқа кезеңде тіркелген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="275" />
            <source>Подписано ЭЦП: {names}</source>
            <translation>ЭЦҚ-мен қол қойған: {names}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="357" />
            <source>Ответьте на вопрос</source>
            <translation>Сұраққа жауап беріңіз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="399" />
            <source>Не применяется: {reason}. Сведения ниже — для справки.</source>
            <translation>Қолданылмайды: {reason}. Төмендегі мәліметтер — анықтама үшін.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="460" />
            <source>не хватает документов: {count}</source>
            <translation>құжаттар жетіспейді: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="247" />
            <source>Таблица заполнена.</source>
            <translation>Кесте толтырылды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="266" />
            <source>Подписант не указан; подписывает: {roles}.</source>
            <translation>Қол қоюшы көрсетілмеген; қол қоятындар: {roles}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="272" />
            <source>{label}: не указана</source>
            <translation>{label}: көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="405" />
            <source>Не применяется: подзадача не исполняется на уровне «{level}». Сведения ниже — для справки.</source>
            <translation>Қолданылмайды: кіші міндет «{level}» деңгейінде орындалмайды. Төмендегі мәліметтер — анықтама үшін.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="578" />
            <source>Срок за период «{period}» не применяется — см. «Срок» выше; выполнить его всё же можно.</source>
            <translation>«{period}» кезеңінің мерзімі қолданылмайды — жоғарыдағы «Мерзім» бөлімін қараңыз; дегенмен оны орындауға болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="674" />
            <source>Сформировать: {form}</source>
            <translation>Қалыптастыру: {form}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="224" />
            <source>Файлов нет.</source>
            <translation>Файлдар жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="242" />
            <source>Ссылок нет.</source>
            <translation>Сілтемелер жоқ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="244" />
            <source>Ссылка на весь год указана в другом периоде.</source>
            <translation>Бүкіл жылға арналған сілтеме басқа кезеңде көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="247" />
            <source>Таблица не заполнена.</source>
            <translation>Кесте толтырылмаған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="264" />
            <source>Подписал(а): {who}</source>
            <translation>Қол қойған: {who}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="583" />
            <source>Выполнить за период: {period}</source>
            <translation>Кезең үшін орындау: {period}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="257" />
            <source>Подписал(а): {who} — не может подписывать этот документ; подписывает: {roles}</source>
            <translation>Қол қойған: {who} — бұл құжатқа қол қоя алмайды; қол қоятындар: {roles}</translation>
        </message>
    </context>
    <context>
        <name>ui.subtask_wizard</name>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="59" />
            <source>Завершить</source>
            <translation>Аяқтау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="60" />
            <source>Да&amp;лее &gt;</source>
            <translation>&amp;Келесі &gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="61" />
            <source>&lt; &amp;Назад</source>
            <translation>&lt; Ар&amp;тқа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="65" />
            <source>Закрыть мастер. Всё введённое сохраняется: подзадачу можно продолжить позже кнопкой «Выполнить…».</source>
            <translation>Шеберді жабу. Енгізілгеннің бәрі сақталады: кіші міндетті кейін «Орындау…» батырмасымен жалғастыруға болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="117" />
            <source>&amp;Справка</source>
            <comment>wizard button</comment>
            <translation>Анықта&amp;ма</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="252" />
            <source>В таблицах есть строки с ошибками; такие таблицы не будут сохранены.</source>
            <translation>Кестелерде қатесі бар жолдар бар; мұндай кестелер сақталмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="253" />
            <source>Закрыть мастер без них? Остальные данные сохранятся.</source>
            <translation>Шеберді оларсыз жабу керек пе? Қалған деректер сақталады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="271" />
            <source>Некоторые ссылки введены с ошибкой и не будут сохранены.</source>
            <translation>Кейбір сілтемелер қатемен енгізілген және сақталмайды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="272" />
            <source>Закрыть мастер без них? Остальное (файлы, подписанты, верные ссылки) сохранится.</source>
            <translation>Шеберді оларсыз жабу керек пе? Қалғаны (файлдар, қол қоюшылар, дұрыс сілтемелер) сақталады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="281" />
            <source>Ссылки не сохранены. {reason}</source>
            <translation>Сілтемелер сақталмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="297" />
            <source>Примечание не сохранено. {reason}</source>
            <translation>Ескертпе сақталмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.today_view</name>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="44" />
            <source>Сроки года рассчитываются…</source>
            <translation>Жылдың мерзімдері есептелуде…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="163" />
            <source>Все сроки года («Сроки»)</source>
            <translation>Жылдың барлық мерзімдері («Мерзімдер»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="166" />
            <source>Вкладка «Сроки»: таблица всех сроков, светофоры проектов, календарь (Ctrl+3)</source>
            <translation>«Мерзімдер» қойындысы: барлық мерзімдер кестесі, жобалар бағдаршамдары, күнтізбе (Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="88" />
            <source>Статус: {status}</source>
            <translation>Мәртебесі: {status}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="82" />
            <source>Срок: {deadline}</source>
            <translation>Мерзім: {deadline}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="185" />
            <source>Год {year}.</source>
            <translation>{year} жыл.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="195" />
            <source>Год {year}. {groups}. Кнопка справа от строки выполняет следующий шаг.</source>
            <translation>{year} жыл. {groups}. Жолдың оң жағындағы батырма келесі қадамды орындайды.</translation>
        </message>
    </context>
    <context>
        <name>ui.upload_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="65" />
            <source>Отметить загрузку в ИСПУ</source>
            <translation>ИСПУ-ға жүктеуді белгілеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="99" />
            <source>&amp;Отметить</source>
            <translation>&amp;Белгілеу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="44" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="178" />
            <source>Подзадача {code} — {period}</source>
            <translation>{code} кіші міндеті — {period}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="85" />
            <source>&amp;Дата загрузки:</source>
            <translation>Жүктеу &amp;күні:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="92" />
            <source>&amp;Номер в ИСПУ:</source>
            <translation>ИСПУ-дағы &amp;нөмірі:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="70" />
            <source>{what}: после загрузки документов в ИСПУ укажите дату загрузки и, если ИСПУ его присвоил, номер. Статус станет «Загружено в ИСПУ».</source>
            <translation>{what}: құжаттарды ИСПУ-ға жүктегеннен кейін жүктеу күнін және, егер ИСПУ нөмір берсе, оны көрсетіңіз. Мәртебе «ИСПУ-ға жүктелді» болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="130" />
            <source>Отметка не сохранена. {reason}</source>
            <translation>Белгі сақталмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.data</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="56" />
            <source>Строк нет. Если за отчётный период фактов не выявлено, отметьте «Фактов не выявлено»: в форме (Приложение №1) будет напечатано «Факты не выявлены.». Инструкция не говорит, как отчитываться, когда фактов нет; подтверждающий документ — подписанная форма, поэтому пустая таблица сама по себе не мешает завершить подзадачу.</source>
            <translation>Жолдар жоқ. Егер есепті кезеңде фактілер анықталмаса, «Фактілер анықталмады» деп белгілеңіз: нысанда (№1 қосымша) «Факты не выявлены.» деп басылады. Нұсқаулықта фактілер болмаған кезде қалай есеп беру керектігі айтылмаған; растайтын құжат — қол қойылған нысан, сондықтан бос кестенің өзі кіші міндетті аяқтауға кедергі келтірмейді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="62" />
            <source>Отмечено: фактов не выявлено. В форме (Приложение №1) будет напечатано «Факты не выявлены.». Чтобы внести строки, снимите отметку.</source>
            <translation>Белгіленді: фактілер анықталмады. Нысанда (№1 қосымша) «Факты не выявлены.» деп басылады. Жолдарды енгізу үшін белгіні алып тастаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="84" />
            <source>строк нет, «Фактов не выявлено» не отмечено; Инструкция не говорит, как отчитываться, когда фактов нет, — отметьте это на странице «Данные», если фактов не было</source>
            <translation>жолдар жоқ, «Фактілер анықталмады» белгіленбеген; Нұсқаулықта фактілер болмаған кезде қалай есеп беру керектігі айтылмаған, — фактілер болмаса, мұны «Деректер» бетінде белгілеңіз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="83" />
            <source>фактов не выявлено (отмечено)</source>
            <translation>фактілер анықталмады (белгіленген)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="95" />
            <source>Данные</source>
            <translation>Деректер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="169" />
            <source>Фактов не выявлено (таблица остаётся пустой)</source>
            <translation>Фактілер анықталмады (кесте бос қалады)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="172" />
            <source>Ответ «фактов не выявлено» сохраняется с подзадачей; форма (Приложение №1) печатает для пустой таблицы «Факты не выявлены.»</source>
            <translation>«Фактілер анықталмады» деген жауап кіші міндетпен бірге сақталады; нысан (№1 қосымша) бос кесте үшін «Факты не выявлены.» деп басады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="298" />
            <source>Курируемые &amp;организации…</source>
            <translation>Жетекшілік етілетін &amp;ұйымдар…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="301" />
            <source>Список организаций квазигосударственного сектора, деятельность которых курирует организация: он общий для всех подзадач Проекта 3</source>
            <translation>Ұйым жетекшілік ететін квазимемлекеттік сектор ұйымдарының тізімі: ол 3-жобаның барлық кіші міндеттері үшін ортақ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="306" />
            <source>&amp;Матрица документов…</source>
            <translation>Құжаттар матри&amp;цасы…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="308" />
            <source>Организации × документы подзадач 3.1.2 и 3.2.1–3.2.6 в одной таблице</source>
            <translation>Ұйымдар × 3.1.2 және 3.2.1–3.2.6 кіші міндеттерінің құжаттары бір кестеде</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="73" />
            <source>Приложение №{number}</source>
            <translation>№{number} қосымша</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="277" />
            <source>По этому списку считается доля в подзадачах Проекта 3 и строится матрица документов; в других подзадачах организация будет предложена в списке.</source>
            <translation>Осы тізім бойынша 3-жобаның кіші міндеттеріндегі үлес есептеледі және құжаттар матрицасы құрылады; басқа кіші міндеттерде ұйым тізімде ұсынылады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="114" />
            <source>{heading}. Заполните таблицы, которые требует форма отчётности. Их можно импортировать из Excel или выгрузить в Excel.</source>
            <translation>{heading}. Есептілік нысаны талап ететін кестелерді толтырыңыз. Оларды Excel-ден импорттауға немесе Excel-ге шығаруға болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="148" />
            <source>Таблица</source>
            <translation>Кесте</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="209" />
            <source>Строки и «Фактов не выявлено» исключают друг друга. Удалённые строки сохранятся только в журнале изменений.</source>
            <translation>Жолдар мен «Фактілер анықталмады» бірін-бірі жоққа шығарады. Жойылған жолдар тек өзгерістер журналында сақталады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="251" />
            <source>На странице «Документы» для документов {titles} можно отметить «не требуется» по причине «{reason}».</source>
            <translation>«Құжаттар» бетінде {titles} құжаттары үшін «{reason}» себебі бойынша «талап етілмейді» деп белгілеуге болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="281" />
            <source>Добавить</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="213" />
            <source>Удалить строки</source>
            <translation>Жолдарды жою</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="276" />
            <source>Добавить «{name}» в список курируемых организаций?</source>
            <translation>«{name}» ұйымын жетекшілік етілетін ұйымдар тізіміне қосу керек пе?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="208" />
            <source>Удалить строки таблицы ({count}) и отметить «Фактов не выявлено»?</source>
            <translation>Кесте жолдарын ({count}) жойып, «Фактілер анықталмады» деп белгілеу керек пе?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="292" />
            <source>Организация не добавлена. {reason}</source>
            <translation>Ұйым қосылмады. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="419" />
            <source>Данные не сохранены. {reason}</source>
            <translation>Деректер сақталмады. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.documents</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="104" />
            <source>Документы</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="159" />
            <source>Ход работы с файлами</source>
            <translation>Файлдармен жұмыстың барысы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="171" />
            <source>&amp;История</source>
            <translation>Тари&amp;х</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="174" />
            <source>Убранные файлы не удаляются: они хранятся в истории подзадачи</source>
            <translation>Алып тасталған файлдар жойылмайды: олар кіші міндеттің тарихында сақталады</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="180" />
            <source>История файлов</source>
            <translation>Файлдар тарихы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="194" />
            <source>Верну&amp;ть</source>
            <translation>Қа&amp;йтару</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="194" />
            <source>Вернуть выбранный файл из истории в его документ</source>
            <translation>Таңдалған файлды тарихтан өз құжатына қайтару</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="182" />
            <source>Файл</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="182" />
            <source>Убран</source>
            <translation>Алып тасталған</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="240" />
            <source>убранных файлов нет</source>
            <translation>алып тасталған файлдар жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="372" />
            <source>Файл не удаляется: он перейдёт в историю подзадачи и сохранится в папке данных.</source>
            <translation>Файл жойылмайды: ол кіші міндеттің тарихына көшеді және деректер қалтасында сақталады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="208" />
            <source>{heading}: файлы, подписант и дата каждого документа. Всё сохраняется сразу.</source>
            <translation>{heading}: әр құжаттың файлдары, қол қоюшысы және күні. Бәрі бірден сақталады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="307" />
            <source>{name} (из истории)</source>
            <translation>{name} (тарихтан)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="240" />
            <source>убранных файлов: {count}</source>
            <translation>алып тасталған файлдар: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="360" />
            <source>Вид файла «{name}»: {kind}.</source>
            <translation>«{name}» файлының түрі: {kind}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="371" />
            <source>Убрать файл «{name}» из подзадачи?</source>
            <translation>«{name}» файлын кіші міндеттен алып тастау керек пе?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="386" />
            <source>Файл «{name}» возвращён в подзадачу.</source>
            <translation>«{name}» файлы кіші міндетке қайтарылды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="400" />
            <source>Файл отнесён к документу «{title}».</source>
            <translation>Файл «{title}» құжатына жатқызылды.</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.documents_jobs</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="95" />
            <source>Подождите: файлы ещё сохраняются в подзадачу.</source>
            <translation>Күте тұрыңыз: файлдар кіші міндетке әлі сақталуда.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="272" />
            <source>Сохранение файлов…</source>
            <translation>Файлдарды сақтау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="294" />
            <source>Прежний файл не удаляется: он перейдёт в историю подзадачи.</source>
            <translation>Бұрынғы файл жойылмайды: ол кіші міндеттің тарихына көшеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="326" />
            <source>Замена файла…</source>
            <translation>Файлды ауыстыру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="332" />
            <source>Для объединения нужно не меньше двух файлов.</source>
            <translation>Біріктіру үшін кемінде екі файл қажет.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="337" />
            <source>Объединить %n файл в один PDF в этом порядке?</source>
            <translation>
                <numerusform>%n файлды осы ретпен бір PDF-ке біріктіру керек пе?</numerusform>
                <numerusform>%n файлды осы ретпен бір PDF-ке біріктіру керек пе?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="372" />
            <source>Объединение в один PDF…</source>
            <translation>Бір PDF-ке біріктіру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="170" />
            <source>Не удалось сохранить файлы подзадачи. Повторите действие; если ошибка повторится, передайте журнал администратору.</source>
            <translation>Кіші міндеттің файлдарын сақтау мүмкін болмады. Әрекетті қайталаңыз; қате қайталанса, журналды әкімшіге беріңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="286" />
            <source>Чем заменить «{name}»</source>
            <translation>«{name}» файлын немен ауыстыру керек</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="338" />
            <source>Исходные файлы перейдут в историю подзадачи.</source>
            <translation>Бастапқы файлдар кіші міндеттің тарихына көшеді.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="339" />
            <source>Объединить</source>
            <translation>Біріктіру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="146" />
            <source>Файл {number} из {total}: {name}</source>
            <translation>Файл {number}/{total}: {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="148" />
            <source>Сохраняется «{name}»…</source>
            <translation>«{name}» сақталуда…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="293" />
            <source>Заменить «{old}» файлом «{new}»?</source>
            <translation>«{old}» файлын «{new}» файлымен ауыстыру керек пе?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="324" />
            <source>Файл «{old}» заменён файлом «{new}».</source>
            <translation>«{old}» файлы «{new}» файлымен ауыстырылды.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="366" />
            <source>Создан «{name}»: {pages} стр. из %n файла. Исходные файлы — в истории.</source>
            <translation>
                <numerusform>«{name}» жасалды: %n файлдан {pages} б. Бастапқы файлдар — тарихта.</numerusform>
                <numerusform>«{name}» жасалды: %n файлдан {pages} б. Бастапқы файлдар — тарихта.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="260" />
            <source>Из карточки «{card}»: {reason}</source>
            <translation>«{card}» карточкасынан: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.documents_signature</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_signature.py" line="47" />
            <source>Сведения о подписи «{name}» не читаются: {reason}</source>
            <translation>«{name}» қолтаңба туралы мәліметтер оқылмайды: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.file_list</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="36" />
            <source>Перетащите файлы сюда или нажмите «Добавить файлы…»</source>
            <translation>Файлдарды осында сүйреп әкеліңіз немесе «Файлдарды қосу…» батырмасын басыңыз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="86" />
            <source>{name} (проект, без подписи)</source>
            <translation>{name} (жоба, қолтаңбасыз)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="87" />
            <source>{name} (скан с подписью)</source>
            <translation>{name} (қолтаңбасы бар скан)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="88" />
            <source>{name} (сопроводительный материал)</source>
            <translation>{name} (ілеспе материал)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="89" />
            <source>{name} (подпись ЭЦП)</source>
            <translation>{name} (ЭЦҚ қолтаңбасы)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="110" />
            <source>Приложенные файлы</source>
            <translation>Тіркелген файлдар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="71" />
            <source>{count} стр.</source>
            <translation>{count} б.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="210" />
            <source>Двойной щелчок или Enter — открыть в программе просмотра Windows</source>
            <translation>Екі рет шерту немесе Enter — Windows қарау бағдарламасында ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="63" />
            <source>ЭЦП: {name}, ИИН {iin}, {organization}; подписано {when}</source>
            <translation>ЭЦҚ: {name}, ЖСН {iin}, {organization}; қол қойылды {when}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="209" />
            <source>Сведения о подписи — кнопка «ЭЦП…» или контекстное меню</source>
            <translation>Қолтаңба туралы мәліметтер — «ЭЦҚ…» батырмасы немесе контекстік мәзір</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="235" />
            <source>{name} — подпись ЭЦП к «{document}»</source>
            <translation>{name} — «{document}» құжатына ЭЦҚ қолтаңбасы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="239" />
            <source>{name} — подписан ЭЦП: {signers}</source>
            <translation>{name} — ЭЦҚ-мен қол қойған: {signers}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="205" />
            <source>Вид: {kind}</source>
            <translation>Түрі: {kind}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="229" />
            <source>{name} — документ с ЭЦП: {signers}</source>
            <translation>{name} — ЭЦҚ бар құжат: {signers}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="234" />
            <source>{name} — подпись к файлу, которого нет в списке</source>
            <translation>{name} — тізімде жоқ файлға қолтаңба</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.files_card</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="41" />
            <source>Документы, сканы и подписи ЭЦП (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx *.cms *.sig *.p7s);;Все файлы (*)</source>
            <translation>Құжаттар, скандар және ЭЦҚ қолтаңбалары (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx *.cms *.sig *.p7s);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="103" />
            <source>&amp;Открыть</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="106" />
            <source>Открыть выбранный файл в программе просмотра Windows (двойной щелчок, Enter)</source>
            <translation>Таңдалған файлды Windows қарау бағдарламасында ашу (екі рет шерту, Enter)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="116" />
            <source>Прос&amp;мотр…</source>
            <translation>Қа&amp;рау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="119" />
            <source>Показать выбранный файл в большом окне с масштабом, чтобы проверить подпись</source>
            <translation>Қолтаңбаны тексеру үшін таңдалған файлды масштабы бар үлкен терезеде көрсету</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="124" />
            <source>&amp;Вид…</source>
            <translation>Т&amp;үрі…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="127" />
            <source>Что это за файл: скан подписанного документа, проект без подписи или сопроводительный материал. Засчитывается только скан с подписью.</source>
            <translation>Бұл қандай файл: қол қойылған құжаттың сканы, қолтаңбасыз жоба немесе ілеспе материал. Тек қолтаңбасы бар скан есепке алынады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="133" />
            <source>&amp;ЭЦП…</source>
            <translation>&amp;ЭЦҚ…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="136" />
            <source>Сведения о подписи: кто подписал файл электронной цифровой подписью, каким сертификатом и что программа проверила</source>
            <translation>Қолтаңба туралы мәліметтер: файлға электрондық цифрлық қолтаңбамен кім қол қойды, қандай сертификатпен және бағдарлама нені тексерді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="152" />
            <source>&amp;Убрать</source>
            <translation>Алы&amp;п тастау</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="152" />
            <source>Убрать выбранный файл (он останется в истории подзадачи)</source>
            <translation>Таңдалған файлды алып тастау (ол кіші міндеттің тарихында қалады)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="210" />
            <source>Просмотр крупно…</source>
            <translation>Ірі етіп қарау…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="213" />
            <source>Вид файла</source>
            <translation>Файлдың түрі</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="229" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="205" />
            <source>Не распределено</source>
            <translation>Бөлінбеген</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="238" />
            <source>&amp;В документ…</source>
            <translation>Құ&amp;жатқа…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="238" />
            <source>Отнести выбранный файл к документу подзадачи</source>
            <translation>Таңдалған файлды кіші міндеттің құжатына жатқызу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="258" />
            <source>Разложите по документам</source>
            <translation>Құжаттарға бөліңіз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="212" />
            <source>Сведения о подписи…</source>
            <translation>Қолтаңба туралы мәліметтер…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="268" />
            <source>К документам этой подзадачи файлы не прикладываются (нужны только ссылки); эти файлы можно убрать в историю.</source>
            <translation>Бұл кіші міндеттің құжаттарына файлдар тіркелмейді (тек сілтемелер қажет); бұл файлдарды тарихқа алып тастауға болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="98" />
            <source>Файлы: {title}</source>
            <translation>Файлдар: {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="261" />
            <source>Эти файлы ({count}) не отнесены ни к одному документу и не засчитываются. Разложите их: выберите файл и нажмите «В документ…».</source>
            <translation>Бұл файлдар ({count}) ешбір құжатқа жатқызылмаған және есепке алынбайды. Оларды бөліңіз: файлды таңдап, «Құжатқа…» батырмасын басыңыз.</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.intro</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="42" />
            <source>Далее вы заполните таблицы («Данные»), приложите файлы каждого документа и укажете, кто его подписал и когда («Документы»), добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Әрі қарай сіз кестелерді толтырасыз («Деректер»), әр құжаттың файлдарын тіркеп, оған кім және қашан қол қойғанын көрсетесіз («Құжаттар»), жарияланымдарға сілтемелер қосасыз («Жарияланымдар») және тізбені тексеріп, кіші міндетті аяқтайсыз («Тексеру»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="47" />
            <source>Далее вы заполните таблицы («Данные»), приложите файлы каждого документа и укажете, кто его подписал и когда («Документы») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Әрі қарай сіз кестелерді толтырасыз («Деректер»), әр құжаттың файлдарын тіркеп, оған кім және қашан қол қойғанын көрсетесіз («Құжаттар») және тізбені тексеріп, кіші міндетті аяқтайсыз («Тексеру»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="52" />
            <source>Далее вы заполните таблицы («Данные»), добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Әрі қарай сіз кестелерді толтырасыз («Деректер»), жарияланымдарға сілтемелер қосасыз («Жарияланымдар») және тізбені тексеріп, кіші міндетті аяқтайсыз («Тексеру»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="56" />
            <source>Далее вы заполните таблицы («Данные») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Әрі қарай сіз кестелерді толтырасыз («Деректер») және тізбені тексеріп, кіші міндетті аяқтайсыз («Тексеру»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="59" />
            <source>Далее вы приложите файлы каждого документа и укажете, кто его подписал и когда («Документы»), добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Әрі қарай сіз әр құжаттың файлдарын тіркеп, оған кім және қашан қол қойғанын көрсетесіз («Құжаттар»), жарияланымдарға сілтемелер қосасыз («Жарияланымдар») және тізбені тексеріп, кіші міндетті аяқтайсыз («Тексеру»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="64" />
            <source>Далее вы приложите файлы каждого документа и укажете, кто его подписал и когда («Документы») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Әрі қарай сіз әр құжаттың файлдарын тіркеп, оған кім және қашан қол қойғанын көрсетесіз («Құжаттар») және тізбені тексеріп, кіші міндетті аяқтайсыз («Тексеру»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="68" />
            <source>Далее вы добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Әрі қарай сіз жарияланымдарға сілтемелер қосасыз («Жарияланымдар») және тізбені тексеріп, кіші міндетті аяқтайсыз («Тексеру»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="71" />
            <source>Далее вы проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Әрі қарай сіз тізбені тексеріп, кіші міндетті аяқтайсыз («Тексеру»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="79" />
            <source>Всё введённое сохраняется сразу или при переходе дальше; мастер можно закрыть и продолжить позже.</source>
            <translation>Енгізілгеннің бәрі бірден немесе келесі бетке өткенде сақталады; шеберді жауып, кейін жалғастыруға болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="105" />
            <source>&lt;p&gt;&lt;b&gt;Подзадача уже загружена в ИСПУ.&lt;/b&gt; Если вы измените документы или сведения, завершите её снова и загрузите в ИСПУ повторно.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Кіші міндет ИСПУ-ға жүктеліп қойған.&lt;/b&gt; Егер құжаттарды немесе мәліметтерді өзгертсеңіз, оны қайта аяқтап, ИСПУ-ға қайта жүктеңіз.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="103" />
            <source>&lt;p&gt;&lt;b&gt;Текущий статус:&lt;/b&gt; {status}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Ағымдағы мәртебе:&lt;/b&gt; {status}.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="123" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="191" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="198" />
            <source>&lt;b&gt;Срок:&lt;/b&gt; {deadline}</source>
            <translation>&lt;b&gt;Мерзім:&lt;/b&gt; {deadline}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="26" />
            <source>подписывает: {roles}</source>
            <translation>қол қояды: {roles}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="110" />
            <source>&lt;p style='color:#a4000f'&gt;&lt;b&gt;Файлы без документа: {count}.&lt;/b&gt; Они перенесены из прежней версии программы; отнесите каждый к своему документу на странице «Документы».&lt;/p&gt;</source>
            <translation>&lt;p style='color:#a4000f'&gt;&lt;b&gt;Құжатқа жатқызылмаған файлдар: {count}.&lt;/b&gt; Олар бағдарламаның бұрынғы нұсқасынан көшірілген; «Құжаттар» бетінде әрқайсысын өз құжатына жатқызыңыз.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="121" />
            <source>&lt;b&gt;Исполнитель:&lt;/b&gt; {executor}</source>
            <translation>&lt;b&gt;Орындаушы:&lt;/b&gt; {executor}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="129" />
            <source>Засчитывается {by}.</source>
            <translation>{by} есепке алынады.</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.links</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="78" />
            <source>Укажите дату публикации: по ней проверяется срок подзадачи.</source>
            <translation>Жарияланған күнін көрсетіңіз: кіші міндеттің мерзімі соған қарай тексеріледі.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="75" />
            <source>Нужна ссылка в каждом канале: {channels}.</source>
            <translation>Әр арнада сілтеме қажет: {channels}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="108" />
            <source>Адрес ссылки</source>
            <translation>Сілтеменің мекенжайы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="111" />
            <source>название (необязательно)</source>
            <translation>атауы (міндетті емес)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="112" />
            <source>Название публикации</source>
            <translation>Жарияланымның атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="115" />
            <source>Канал публикации</source>
            <translation>Жариялану арнасы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="122" />
            <source>Открыть публикацию в браузере, чтобы проверить её</source>
            <translation>Жарияланымды тексеру үшін оны браузерде ашу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="126" />
            <source>Убрать эту ссылку (сохранится при переходе дальше)</source>
            <translation>Осы сілтемені алып тастау (келесі бетке өткенде сақталады)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="144" />
            <source>Не удалось открыть ссылку: в Windows не настроен браузер.</source>
            <translation>Сілтемені ашу мүмкін болмады: Windows жүйесінде браузер бапталмаған.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="225" />
            <source>Адрес (URL)</source>
            <translation>Мекенжай (URL)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="226" />
            <source>Название</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="253" />
            <source>&amp;Добавить ссылку</source>
            <translation>Сілтеме &amp;қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="366" />
            <source>Публикации</source>
            <translation>Жарияланымдар</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="65" />
            <source>Нужна ссылка на публикацию: {channel}.</source>
            <translation>Жарияланымға сілтеме қажет: {channel}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="72" />
            <source>Достаточно ссылки в одном из каналов: {first} или {second} или {third}.</source>
            <translation>Арналардың бірінде сілтеме болса жеткілікті: {first} немесе {second} немесе {third}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="227" />
            <source>Канал</source>
            <translation>Арна</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="236" />
            <source>Дата публикации — день размещения материала; у новой ссылки это сегодня, исправьте при необходимости.</source>
            <translation>Жарияланған күні — материалдың орналастырылған күні; жаңа сілтемеде бұл бүгінгі күн, қажет болса түзетіңіз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="69" />
            <source>Достаточно ссылки в одном из каналов: {first} или {second}.</source>
            <translation>Арналардың бірінде сілтеме болса жеткілікті: {first} немесе {second}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="289" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="259" />
            <source>Не требуется: {reason}.</source>
            <translation>Талап етілмейді: {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="392" />
            <source>{heading}: ссылки на публикации — подтверждающие документы. Каналы — как требует Инструкция.</source>
            <translation>{heading}: жарияланымдарға сілтемелер — растайтын құжаттар. Арналар — Нұсқаулық талап еткендей.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="234" />
            <source>Дата публикации обязательна: по ней проверяется срок — {deadline}.</source>
            <translation>Жарияланған күні міндетті: мерзім соған қарай тексеріледі — {deadline}.</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.review</name>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="42" />
            <source>%n строка</source>
            <translation>
                <numerusform>%n жол</numerusform>
                <numerusform>%n жол</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="80" />
            <source>Проверка</source>
            <translation>Тексеру</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="95" />
            <source>необязательно: например, номер и дата приказа</source>
            <translation>міндетті емес: мысалы, бұйрықтың нөмірі мен күні</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="97" />
            <source>&amp;Примечание:</source>
            <translation>&amp;Ескертпе:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="166" />
            <source>&lt;p&gt;&lt;b&gt;Все нужные документы есть.&lt;/b&gt; После завершения подзадача получит статус «Готово к загрузке» и войдёт в пакет для загрузки в ИСПУ.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Барлық қажетті құжаттар бар.&lt;/b&gt; Аяқталғаннан кейін кіші міндет «Жүктеуге дайын» мәртебесін алады және ИСПУ-ға жүктеуге арналған пакетке енеді.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="53" />
            <source>файлов нет</source>
            <translation>файлдар жоқ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="69" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="263" />
            <source>Необязательный документ: его можно не прикладывать.</source>
            <translation>Міндетті емес құжат: оны тіркемеуге болады.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="186" />
            <source>Срок оценивается {by}.</source>
            <translation>Мерзім {by} бағаланады.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="57" />
            <source>в таблице %n строка</source>
            <translation>
                <numerusform>кестеде %n жол</numerusform>
                <numerusform>кестеде %n жол</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="59" />
            <source>подписал(а): {name}</source>
            <translation>қол қойған: {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="61" />
            <source>подписано ЭЦП: {names}</source>
            <translation>ЭЦҚ-мен қол қойған: {names}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="105" />
            <source>{heading}: проверьте перечень документов и завершите подзадачу.</source>
            <translation>{heading}: құжаттар тізбесін тексеріп, кіші міндетті аяқтаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="55" />
            <source>ссылок: {count}</source>
            <translation>сілтемелер: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="143" />
            <source>Таблицы («Данные»)</source>
            <translation>Кестелер («Деректер»)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="151" />
            <source>✖ Не распределено: %n файл — отнесите их к документам на странице «Документы».</source>
            <translation>
                <numerusform>✖ Бөлінбеген: %n файл — оны «Құжаттар» бетінде құжаттарға жатқызыңыз.</numerusform>
                <numerusform>✖ Бөлінбеген: %n файл — оларды «Құжаттар» бетінде құжаттарға жатқызыңыз.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="162" />
            <source>Подзадача не применяется: {reason}.</source>
            <translation>Кіші міндет қолданылмайды: {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="175" />
            <source>&lt;b&gt;Организация:&lt;/b&gt; {name}</source>
            <translation>&lt;b&gt;Ұйым:&lt;/b&gt; {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.slot_card</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="48" />
            <source>Д&amp;ата подписания:</source>
            <translation>Қол қойылған кү&amp;ні:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="49" />
            <source>Д&amp;ата утверждения:</source>
            <translation>Бекітілген кү&amp;ні:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="50" />
            <source>Д&amp;ата публикации:</source>
            <translation>Жарияланған кү&amp;ні:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="51" />
            <source>Д&amp;ата проведения:</source>
            <translation>Өткізілген кү&amp;ні:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="52" />
            <source>Д&amp;ата поступления:</source>
            <translation>Түскен кү&amp;ні:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="301" />
            <source>— не указан —</source>
            <translation>— көрсетілмеген —</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="94" />
            <source>&amp;Добавить файлы…</source>
            <translation>&amp;Файлдарды қосу…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="97" />
            <source>Выбрать файлы этого документа (их можно и перетащить на карточку)</source>
            <translation>Осы құжаттың файлдарын таңдау (оларды карточкаға сүйреп әкелуге де болады)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="101" />
            <source>&amp;Заменить…</source>
            <translation>Ауы&amp;стыру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="104" />
            <source>Заменить выбранный файл другим (прежний останется в истории)</source>
            <translation>Таңдалған файлды басқасымен ауыстыру (бұрынғысы тарихта қалады)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="108" />
            <source>Объ&amp;единить…</source>
            <translation>&amp;Біріктіру…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="111" />
            <source>Объединить выбранные файлы (или все) в один PDF в порядке списка; порядок меняют клавиши Alt+↑ и Alt+↓, исходные файлы уйдут в историю</source>
            <translation>Таңдалған файлдарды (немесе барлығын) тізім ретімен бір PDF-ке біріктіру; ретті Alt+↑ және Alt+↓ пернелері өзгертеді, бастапқы файлдар тарихқа көшеді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="180" />
            <source>&amp;Подписант:</source>
            <translation>&amp;Қол қоюшы:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="217" />
            <source>Организация и подпи&amp;санты…</source>
            <translation>&amp;Ұйым және қол қоюшылар…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="220" />
            <source>Добавить подписанта в список организации</source>
            <translation>Қол қоюшыны ұйымның тізіміне қосу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="173" />
            <source>Этот документ на уровне «{level}» подписывает: {roles}.</source>
            <translation>«{level}» деңгейінде бұл құжатқа қол қояды: {roles}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="315" />
            <source>подписант — не может подписывать этот документ</source>
            <translation>қол қоюшы — бұл құжатқа қол қоя алмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="349" />
            <source>Файлы документа «{title}»</source>
            <translation>«{title}» құжатының файлдары</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="168" />
            <source>Подписант: {title}</source>
            <translation>Қол қоюшы: {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="265" />
            <source>Приложен в другом периоде этого года: документ один на весь год.</source>
            <translation>Осы жылдың басқа кезеңінде тіркелген: құжат бүкіл жылға біреу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="186" />
            <source>{date}: {title}</source>
            <translation>{date}: {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="191" />
            <source>Это та же дата, что «{anchor}» в сроках подзадач: изменённая здесь, она меняется и там. Чтобы очистить дату, выделите её и нажмите Delete.</source>
            <translation>Бұл кіші міндеттер мерзімдеріндегі «{anchor}» күнімен бірдей: мұнда өзгертілсе, ол онда да өзгереді. Күнді тазалау үшін оны белгілеп, Delete пернесін басыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="281" />
            <source>Таблица «{title}»: строк — {rows}.</source>
            <translation>«{title}» кестесі: жолдар — {rows}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="283" />
            <source>Таблица «{title}»: строк — 0. Заполните её на странице «Данные».</source>
            <translation>«{title}» кестесі: жолдар — 0. Оны «Деректер» бетінде толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="313" />
            <source>{name} — не может подписывать этот документ</source>
            <translation>{name} — бұл құжатқа қол қоя алмайды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="324" />
            <source>Этот документ подписывает: {roles}; добавьте подписанта в «Организация и подписанты».</source>
            <translation>Бұл құжатқа қол қояды: {roles}; қол қоюшыны «Ұйым және қол қоюшылар» бөліміне қосыңыз.</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.slot_widgets</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="29" />
            <source>Не хватает</source>
            <translation>Жетіспейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="29" />
            <source>Не требуется</source>
            <translation>Талап етілмейді</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="48" />
            <source>Чтобы очистить дату, выделите её и нажмите Delete.</source>
            <translation>Күнді тазалау үшін оны белгілеп, Delete пернесін басыңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="97" />
            <source>Не т&amp;ребуется:</source>
            <translation>Талап &amp;етілмейді:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="98" />
            <source>Отметьте, если условие Инструкции не наступило; выберите причину из допустимых.</source>
            <translation>Нұсқаулықтың шарты туындамаса, белгілеңіз; рұқсат етілген себептердің бірін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="100" />
            <source>Причина, по которой документ не требуется</source>
            <translation>Құжаттың талап етілмеу себебі</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.state</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="45" />
            <source>При условии: {condition}</source>
            <translation>Шарты: {condition}</translation>
        </message>
    </context>
</TS>
