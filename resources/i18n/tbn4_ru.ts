<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
    <context>
        <name>__init__</name>
        <message>
            <location filename="../../tbn4_desktop/__init__.py" line="8" />
            <location filename="../../tbn4_desktop/cli.py" line="54" />
            <source>ТБН-4: исполнение проектов</source>
            <translation>ТБН-4: исполнение проектов</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="238" />
            <source>организация папки данных</source>
            <translation>организация папки данных</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="239" />
            <source>создать организацию (в пустой папке данных)</source>
            <translation>создать организацию (в пустой папке данных)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="251" />
            <source>подписанты организации</source>
            <translation>подписанты организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="252" />
            <source>добавить подписанта</source>
            <translation>добавить подписанта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="271" />
            <source>вопросы о применимости подзадач (на год)</source>
            <translation>вопросы о применимости подзадач (на год)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="272" />
            <source>ответить на вопрос</source>
            <translation>ответить на вопрос</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="279" />
            <source>курируемые субъекты квазигосударственного сектора</source>
            <translation>курируемые субъекты квазигосударственного сектора</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="280" />
            <source>добавить курируемую организацию</source>
            <translation>добавить курируемую организацию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="290" />
            <source>приложить файл к документу подзадачи</source>
            <translation>приложить файл к документу подзадачи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="297" />
            <source>изменить вид приложенного файла</source>
            <translation>изменить вид приложенного файла</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="302" />
            <source>добавить ссылку на публикацию</source>
            <translation>добавить ссылку на публикацию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="308" />
            <source>отметить документ «не требуется»</source>
            <translation>отметить документ «не требуется»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="314" />
            <source>даты событий, от которых считаются сроки</source>
            <translation>даты событий, от которых считаются сроки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="315" />
            <source>указать дату события</source>
            <translation>указать дату события</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="319" />
            <source>сроки из Карты реализации</source>
            <translation>сроки из Карты реализации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="320" />
            <source>указать срок подзадачи по Карте</source>
            <translation>указать срок подзадачи по Карте</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="323" />
            <source>Карта реализации (XLSX)</source>
            <translation>Карта реализации (XLSX)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="328" />
            <source>отметить подзадачу «Готово к загрузке»</source>
            <translation>отметить подзадачу «Готово к загрузке»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="330" />
            <source>отметить загрузку в ИСПУ</source>
            <translation>отметить загрузку в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="335" />
            <source>исполнение года: документы, сроки, загрузка в ИСПУ</source>
            <translation>исполнение года: документы, сроки, загрузка в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="662" />
            <source>число рабочих дней N</source>
            <translation>число рабочих дней N</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="41" />
            <source>папка данных (база, вложения, резервные копии)</source>
            <translation>папка данных (база, вложения, резервные копии)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="47" />
            <source>язык сообщений: ru или kk (по умолчанию — выбранный в программе)</source>
            <translation>язык сообщений: ru или kk (по умолчанию — выбранный в программе)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="61" />
            <source>запустить приложение (по умолчанию)</source>
            <translation>запустить приложение (по умолчанию)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="63" />
            <source>открыть главное окно и сразу выйти (проверка сборки)</source>
            <translation>открыть главное окно и сразу выйти (проверка сборки)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="67" />
            <source>каталог подзадач ТБН №4</source>
            <translation>каталог подзадач ТБН №4</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="72" />
            <source>заполнить папку данных демонстрационными данными</source>
            <translation>заполнить папку данных демонстрационными данными</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="76" />
            <source>пакет для загрузки в ИСПУ</source>
            <translation>пакет для загрузки в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="79" />
            <source>пакет в виде ZIP-файла</source>
            <translation>пакет в виде ZIP-файла</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="81" />
            <source>пакет в виде обычной папки (новой или пустой)</source>
            <translation>пакет в виде обычной папки (новой или пустой)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="85" />
            <source>только проект N</source>
            <translation>только проект N</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="86" />
            <source>только изменённое с прошлой выгрузки</source>
            <translation>только изменённое с прошлой выгрузки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="88" />
            <source>не формировать пакет, если проверка нашла замечания (код выхода 1)</source>
            <translation>не формировать пакет, если проверка нашла замечания (код выхода 1)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="92" />
            <source>рабочие дни Казахстана</source>
            <translation>рабочие дни Казахстана</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="94" />
            <source>дата плюс N рабочих дней (N может быть отрицательным)</source>
            <translation>дата плюс N рабочих дней (N может быть отрицательным)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="95" />
            <location filename="../../tbn4_desktop/cli.py" line="100" />
            <location filename="../../tbn4_desktop/cli.py" line="101" />
            <source>дата ГГГГ-ММ-ДД</source>
            <translation>дата ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="96" />
            <source>число рабочих дней</source>
            <translation>число рабочих дней</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="99" />
            <source>рабочие дни с FROM по TO включительно</source>
            <translation>рабочие дни с FROM по TO включительно</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="104" />
            <source>праздники, переносы и рабочие выходные года</source>
            <translation>праздники, переносы и рабочие выходные года</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="105" />
            <source>год</source>
            <translation>год</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="109" />
            <source>сроки подзадач текущей организации</source>
            <translation>сроки подзадач текущей организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="110" />
            <source>год (по умолчанию — год даты --as-of)</source>
            <translation>год (по умолчанию — год даты --as-of)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="116" />
            <location filename="../../tbn4_desktop/cli.py" line="342" />
            <source>на какую дату (ГГГГ-ММ-ДД), по умолчанию сегодня</source>
            <translation>на какую дату (ГГГГ-ММ-ДД), по умолчанию сегодня</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="122" />
            <source>официальная форма (Приложения 1–5, опись) в DOCX, PDF или XLSX</source>
            <translation>официальная форма (Приложения 1–5, опись) в DOCX, PDF или XLSX</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="124" />
            <source>app1 … app5 или inventory</source>
            <translation>app1 … app5 или inventory</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="130" />
            <source>файл формы; формат по расширению</source>
            <translation>файл формы; формат по расширению</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="133" />
            <source>год (по умолчанию — последний год организации)</source>
            <translation>год (по умолчанию — последний год организации)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="135" />
            <source>БИН организации (по умолчанию — текущая)</source>
            <translation>БИН организации (по умолчанию — текущая)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="136" />
            <source>только эта подзадача (Приложение №1), например 2.2.1</source>
            <translation>только эта подзадача (Приложение №1), например 2.2.1</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="138" />
            <source>только этот период: Q1…Q4, M01…M12 (Приложение №2 — всегда за квартал)</source>
            <translation>только этот период: Q1…Q4, M01…M12 (Приложение №2 — всегда за квартал)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="141" />
            <source>сводная форма организации и её подведомственных (app1, app3)</source>
            <translation>сводная форма организации и её подведомственных (app1, app3)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="146" />
            <source>снимки экрана всех окон и мастеров на демонстрационных данных (PNG)</source>
            <translation>снимки экрана всех окон и мастеров на демонстрационных данных (PNG)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="148" />
            <source>папка для PNG-файлов</source>
            <translation>папка для PNG-файлов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="149" />
            <source>мастера только этих подзадач, через запятую</source>
            <translation>мастера только этих подзадач, через запятую</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="152" />
            <source>принять пакет подведомственной организации (импорт)</source>
            <translation>принять пакет подведомственной организации (импорт)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="153" />
            <source>пакет, выгруженный подведомственной организацией</source>
            <translation>пакет, выгруженный подведомственной организацией</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="158" />
            <source>добавить организацию пакета как подведомственную, если её ещё нет</source>
            <translation>добавить организацию пакета как подведомственную, если её ещё нет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="162" />
            <source>сведения об электронной цифровой подписи (ЭЦП)</source>
            <translation>сведения об электронной цифровой подписи (ЭЦП)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="163" />
            <source>файл подписи CMS (PKCS#7): .cms, .sig, .p7s</source>
            <translation>файл подписи CMS (PKCS#7): .cms, .sig, .p7s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="164" />
            <source>подписанный документ (для отделённой подписи)</source>
            <translation>подписанный документ (для отделённой подписи)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="165" />
            <source>список отзыва сертификатов (CRL), скачанный с сайта НУЦ РК</source>
            <translation>список отзыва сертификатов (CRL), скачанный с сайта НУЦ РК</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="186" />
            <source>сделать резервную копию сейчас</source>
            <translation>сделать резервную копию сейчас</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="187" />
            <source>папка резервных копий (по умолчанию — из настроек)</source>
            <translation>папка резервных копий (по умолчанию — из настроек)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="189" />
            <source>список резервных копий</source>
            <translation>список резервных копий</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="192" />
            <source>восстановить данные из резервной копии</source>
            <translation>восстановить данные из резервной копии</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="193" />
            <source>папка резервной копии (или её имя из tbn4 backups)</source>
            <translation>папка резервной копии (или её имя из tbn4 backups)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="195" />
            <source>проверка данных (код выхода 1 — найдены проблемы)</source>
            <translation>проверка данных (код выхода 1 — найдены проблемы)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="197" />
            <source>убрать лишнее в карантин и удалить временные файлы программы</source>
            <translation>убрать лишнее в карантин и удалить временные файлы программы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="201" />
            <source>журнал изменений</source>
            <translation>журнал изменений</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="202" />
            <source>только эта подзадача</source>
            <translation>только эта подзадача</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="203" />
            <source>только этот год</source>
            <translation>только этот год</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="204" />
            <source>сохранить журнал в XLSX</source>
            <translation>сохранить журнал в XLSX</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="223" />
            <source>год плана (по умолчанию — текущий)</source>
            <translation>год плана (по умолчанию — текущий)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="225" />
            <source>код подзадачи, например 1.1.2</source>
            <translation>код подзадачи, например 1.1.2</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="226" />
            <source>период: Q1…Q4 или M01…M12 (не указывается для годовых)</source>
            <translation>период: Q1…Q4 или M01…M12 (не указывается для годовых)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="240" />
            <source>наименование организации</source>
            <translation>наименование организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="241" />
            <source>БИН (12 цифр)</source>
            <translation>БИН (12 цифр)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="242" />
            <source>central, oblast, district или quasi</source>
            <translation>central, oblast, district или quasi</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="243" />
            <source>вышестоящий (курирующий) орган; не нужен для central</source>
            <translation>вышестоящий (курирующий) орган; не нужен для central</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="248" />
            <source>уровень вышестоящего органа (по умолчанию: oblast, для central — central)</source>
            <translation>уровень вышестоящего органа (по умолчанию: oblast, для central — central)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="253" />
            <location filename="../../tbn4_desktop/cli.py" line="293" />
            <location filename="../../tbn4_desktop/ui/first_start.py" line="215" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="45" />
            <source>Ф.И.О.</source>
            <translation>Ф.И.О.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="254" />
            <source>должность полностью</source>
            <translation>должность полностью</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="259" />
            <source>first_head, deputy_head, chief_of_staff, district_akim или ethics_commissioner</source>
            <translation>first_head, deputy_head, chief_of_staff, district_akim или ethics_commissioner</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="265" />
            <source>ИИН подписанта (необязательно): по нему узнаётся подписант в сертификате ЭЦП</source>
            <translation>ИИН подписанта (необязательно): по нему узнаётся подписант в сертификате ЭЦП</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="273" />
            <source>ключ вопроса (tbn4 applicability list)</source>
            <translation>ключ вопроса (tbn4 applicability list)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="274" />
            <source>да, нет или снять ответ</source>
            <translation>да, нет или снять ответ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="292" />
            <source>ключ документа (tbn4 catalog --json)</source>
            <translation>ключ документа (tbn4 catalog --json)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="293" />
            <source>кто подписал (утвердил) документ</source>
            <translation>кто подписал (утвердил) документ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="294" />
            <source>дата документа ГГГГ-ММ-ДД</source>
            <translation>дата документа ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="295" />
            <source>проект документа без подписи</source>
            <translation>проект документа без подписи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="298" />
            <source>имя приложенного файла, например «Приказ.pdf»</source>
            <translation>имя приложенного файла, например «Приказ.pdf»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="299" />
            <location filename="../../tbn4_desktop/cli.py" line="309" />
            <source>ключ документа</source>
            <translation>ключ документа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="300" />
            <source>signed_scan, draft или supporting</source>
            <translation>signed_scan, draft или supporting</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="304" />
            <source>ключ документа-ссылки</source>
            <translation>ключ документа-ссылки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="305" />
            <source>site, media или social</source>
            <translation>site, media или social</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="306" />
            <source>дата публикации ГГГГ-ММ-ДД</source>
            <translation>дата публикации ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="311" />
            <source>причина, которую допускает Инструкция</source>
            <translation>причина, которую допускает Инструкция</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="312" />
            <source>снять отметку</source>
            <translation>снять отметку</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="316" />
            <source>analysis_start, analysis_end, report_signed или plan_approved</source>
            <translation>analysis_start, analysis_end, report_signed или plan_approved</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="317" />
            <location filename="../../tbn4_desktop/cli.py" line="321" />
            <source>дата ГГГГ-ММ-ДД или none</source>
            <translation>дата ГГГГ-ММ-ДД или none</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="331" />
            <source>дата загрузки ГГГГ-ММ-ДД</source>
            <translation>дата загрузки ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="332" />
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="230" />
            <source>номер в ИСПУ</source>
            <translation>номер в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="884" />
            <source>После --only укажите коды подзадач через запятую, например 2.3.1,4.2.1.</source>
            <translation>После --only укажите коды подзадач через запятую, например 2.3.1,4.2.1.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="267" />
            <source>список подписантов</source>
            <translation>список подписантов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="275" />
            <source>вопросы и ответы</source>
            <translation>вопросы и ответы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="283" />
            <source>убрать курируемую организацию</source>
            <translation>убрать курируемую организацию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="286" />
            <source>список курируемых организаций</source>
            <translation>список курируемых организаций</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="325" />
            <source>импортировать сроки из заполненной Карты</source>
            <translation>импортировать сроки из заполненной Карты</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="459" />
            <source>{title} (каталог {id}, версия {version}, {year} год)</source>
            <translation>{title} (каталог {id}, версия {version}, {year} год)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="529" />
            <source>Демонстрационные данные созданы: «{name}», {year} год, папка данных {folder}.</source>
            <translation>Демонстрационные данные созданы: «{name}», {year} год, папка данных {folder}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="774" />
            <source>Сроки «{name}», {year} год, на {date}</source>
            <translation>Сроки «{name}», {year} год, на {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="779" />
            <location filename="../../tbn4_desktop/cli_evidence.py" line="870" />
            <source>Предупреждения:</source>
            <translation>Предупреждения:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="905" />
            <source>Снимков экрана: {count}, папка {folder}, {seconds} с.</source>
            <translation>Снимков экрана: {count}, папка {folder}, {seconds} с.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="470" />
            <source>Всего подзадач: {count}.</source>
            <translation>Всего подзадач: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="485" />
            <source>Нет ни одного каталога ТБН №4: переустановите программу или импортируйте Карту реализации.</source>
            <translation>Нет ни одного каталога ТБН №4: переустановите программу или импортируйте Карту реализации.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="510" />
            <source>Демонстрационные данные создаются за год с {first} по {last}, а не за {year}: укажите один из этих годов.</source>
            <translation>Демонстрационные данные создаются за год с {first} по {last}, а не за {year}: укажите один из этих годов.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="583" />
            <source>Пакет за {year} год: подзадач и периодов {items} (готово к загрузке {ready}), файлов {files}, {size} МБ.</source>
            <translation>Пакет за {year} год: подзадач и периодов {items} (готово к загрузке {ready}), файлов {files}, {size} МБ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="590" />
            <source>Пакет за {year} год ({scope}): подзадач и периодов {items} (готово к загрузке {ready}), файлов {files}, {size} МБ.</source>
            <translation>Пакет за {year} год ({scope}): подзадач и периодов {items} (готово к загрузке {ready}), файлов {files}, {size} МБ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="601" />
            <source>Замечание: {code} {period}: {text}</source>
            <translation>Замечание: {code} {period}: {text}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="709" />
            <source>tbn4: календаря на {year} год в поставке нет: дни рассчитаны по общим правилам, переносы выходных и дата Курбан айта могут не совпадать с официальными.</source>
            <translation>tbn4: календаря на {year} год в поставке нет: дни рассчитаны по общим правилам, переносы выходных и дата Курбан айта могут не совпадать с официальными.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="816" />
            <location filename="../../tbn4_desktop/core/forms/render.py" line="47" />
            <source>{form}: формат XLSX не предусмотрен, сохраните в DOCX или PDF.</source>
            <translation>{form}: формат XLSX не предусмотрен, сохраните в DOCX или PDF.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="819" />
            <source>Указана папка, а не имя файла: {path}. Укажите имя файла, например «{example}».</source>
            <translation>Указана папка, а не имя файла: {path}. Укажите имя файла, например «{example}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="824" />
            <source>Папка «{folder}» не существует. Укажите существующую папку.</source>
            <translation>Папка «{folder}» не существует. Укажите существующую папку.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="860" />
            <source>За {year} год данных нет: у организации нет плана на этот год (параметр --year).</source>
            <translation>За {year} год данных нет: у организации нет плана на этот год (параметр --year).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="871" />
            <source>«{path}» — это файл, а не папка: укажите в --out папку для снимков экрана.</source>
            <translation>«{path}» — это файл, а не папка: укажите в --out папку для снимков экрана.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="880" />
            <source>В папку «{folder}» нельзя записывать: укажите папку, доступную для записи.</source>
            <translation>В папку «{folder}» нельзя записывать: укажите папку, доступную для записи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="465" />
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="196" />
            <source>Проект {number}. {title}</source>
            <translation>Проект {number}. {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="488" />
            <source>Нет каталога ТБН №4 на {year} год: каталоги есть на годы с {first} по {last}; укажите один из них или импортируйте Карту реализации на {year} год.</source>
            <translation>Нет каталога ТБН №4 на {year} год: каталоги есть на годы с {first} по {last}; укажите один из них или импортируйте Карту реализации на {year} год.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="610" />
            <source>«{text}» — не целое число ({what}).</source>
            <translation>«{text}» — не целое число ({what}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="735" />
            <location filename="../../tbn4_desktop/services/forms.py" line="196" />
            <source>Организация не выбрана: сначала заполните сведения об организации в приложении (или создайте демонстрационные данные: tbn4 demo).</source>
            <translation>Организация не выбрана: сначала заполните сведения об организации в приложении (или создайте демонстрационные данные: tbn4 demo).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="808" />
            <source>Неизвестная форма «{name}»: укажите одну из {names}.</source>
            <translation>Неизвестная форма «{name}»: укажите одну из {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="848" />
            <source>Форма не сохранена. {error}</source>
            <translation>Форма не сохранена. {error}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="876" />
            <source>Не удалось создать папку «{folder}»: укажите папку, доступную для записи.</source>
            <translation>Не удалось создать папку «{folder}»: укажите папку, доступную для записи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="467" />
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="203" />
            <source>Задача {code}. {title}</source>
            <translation>Задача {code}. {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="559" />
            <source>Проверка перед выгрузкой: замечаний {count}; пакет не сформирован (--strict).</source>
            <translation>Проверка перед выгрузкой: замечаний {count}; пакет не сформирован (--strict).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="926" />
            <source>{error}: повторите с параметром --add-subordinate.</source>
            <translation>{error}: повторите с параметром --add-subordinate.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli.py" line="743" />
            <source>За {year} год у организации «{name}» нет плана: укажите другой год (параметр --year).</source>
            <translation>За {year} год у организации «{name}» нет плана: укажите другой год (параметр --year).</translation>
        </message>
    </context>
    <context>
        <name>cli_args</name>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="32" />
            <source>использование: </source>
            <translation>использование: </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="33" />
            <source>аргументы</source>
            <translation>аргументы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="34" />
            <source>параметры</source>
            <translation>параметры</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="35" />
            <source>показать эту справку и выйти</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="36" />
            <source> (по умолчанию: %(default)s)</source>
            <translation> (по умолчанию: %(default)s)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="37" />
            <source>параметр %(argument_name)s: %(message)s</source>
            <translation>параметр %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="38" />
            <source>не указаны обязательные параметры: %s</source>
            <translation>не указаны обязательные параметры: %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="39" />
            <source>укажите один из параметров: %s</source>
            <translation>укажите один из параметров: %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="40" />
            <source>нельзя указывать вместе с %s</source>
            <translation>нельзя указывать вместе с %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="41" />
            <source>неизвестные параметры: %s</source>
            <translation>неизвестные параметры: %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="42" />
            <source>после него нужно указать значение</source>
            <translation>после него нужно указать значение</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="43" />
            <source>допускается не больше одного значения</source>
            <translation>допускается не больше одного значения</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="44" />
            <source>нужно указать хотя бы одно значение</source>
            <translation>нужно указать хотя бы одно значение</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="45" />
            <source>нет такого значения: «%(value)s» (допустимые: %(choices)s)</source>
            <translation>нет такого значения: «%(value)s» (допустимые: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="49" />
            <source>«%(value)s» — не целое число</source>
            <translation>«%(value)s» — не целое число</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="50" />
            <source>сокращение %(option)s неоднозначно: подходят %(matches)s</source>
            <translation>сокращение %(option)s неоднозначно: подходят %(matches)s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="53" />
            <source>значение «%s» здесь не принимается</source>
            <translation>значение «%s» здесь не принимается</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="54" />
            <source>неожиданный параметр %s</source>
            <translation>неожиданный параметр %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="56" />
            <source>нужно указать значений: %s</source>
            <translation>нужно указать значений: %s</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="158" />
            <source>Дата не указана: укажите дату в виде ГГГГ-ММ-ДД.</source>
            <translation>Дата не указана: укажите дату в виде ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="186" />
            <source>Путь не указан: укажите имя файла или папки.</source>
            <translation>Путь не указан: укажите имя файла или папки.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="200" />
            <source>Имя «{name}…» слишком длинное (длина {length}): допускается не больше {max_chars} символов.</source>
            <translation>Имя «{name}…» слишком длинное (длина {length}): допускается не больше {max_chars} символов.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="205" />
            <source>Имя «{name}» недопустимо: {problem} (имена проверяются по правилам Windows); укажите другое имя.</source>
            <translation>Имя «{name}» недопустимо: {problem} (имена проверяются по правилам Windows); укажите другое имя.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="134" />
            <source>Год не указан: укажите год числом от {year_min} до {year_max}.</source>
            <translation>Год не указан: укажите год числом от {year_min} до {year_max}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="140" />
            <source>«{text}» — не год: укажите год числом от {year_min} до {year_max}.</source>
            <translation>«{text}» — не год: укажите год числом от {year_min} до {year_max}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="147" />
            <source>Год {year} вне допустимого диапазона: укажите год от {year_min} до {year_max}.</source>
            <translation>Год {year} вне допустимого диапазона: укажите год от {year_min} до {year_max}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="169" />
            <source>Дата {date} вне допустимого диапазона: укажите дату с 01.01.{year_min} по 31.12.{year_max}.</source>
            <translation>Дата {date} вне допустимого диапазона: укажите дату с 01.01.{year_min} по 31.12.{year_max}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="90" />
            <source>tbn4: {text}. Справка: {prog} --help.</source>
            <translation>tbn4: {text}. Справка: {prog} --help.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="114" />
            <source>значение «{value}» не допускается (допустимые: {choices})</source>
            <translation>значение «{value}» не допускается (допустимые: {choices})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_args.py" line="165" />
            <source>«{text}» — не дата: укажите существующую дату в виде ГГГГ-ММ-ДД.</source>
            <translation>«{text}» — не дата: укажите существующую дату в виде ГГГГ-ММ-ДД.</translation>
        </message>
    </context>
    <context>
        <name>cli_backup</name>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="100" />
            <source>Дата и время</source>
            <translation>Дата и время</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="100" />
            <source>Причина</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="100" />
            <source>Размер</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <source>Изменений после</source>
            <translation>Изменений после</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="141" />
            <source>Имя</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="130" />
            <source>Резервных копий нет.</source>
            <translation>Резервных копий нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="168" />
            <source>Укажите резервную копию: путь к её папке или её имя из списка tbn4 backups.</source>
            <translation>Укажите резервную копию: путь к её папке или её имя из списка tbn4 backups.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="54" />
            <source>Резервная копия создана: {created}, {size}, файлов вложений {files}.</source>
            <translation>Резервная копия создана: {created}, {size}, файлов вложений {files}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="128" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="133" />
            <source>Папка резервных копий: {folder}</source>
            <translation>Папка резервных копий: {folder}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="44" />
            <source>«{path}» — это файл, а не папка: укажите в --out папку для резервных копий.</source>
            <translation>«{path}» — это файл, а не папка: укажите в --out папку для резервных копий.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="148" />
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="26" />
            <source>Резервных копий ещё нет: создайте копию сейчас.</source>
            <translation>Резервных копий ещё нет: создайте копию сейчас.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="193" />
            <source>Отменить восстановление: tbn4 restore {name}</source>
            <translation>Отменить восстановление: tbn4 restore {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="38" />
            <source>В папке данных «{folder}» нет базы данных: копировать нечего.</source>
            <translation>В папке данных «{folder}» нет базы данных: копировать нечего.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="40" />
            <source>Файл «{path}» — не база данных SQLite: резервная копия не создана.</source>
            <translation>Файл «{path}» — не база данных SQLite: резервная копия не создана.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="149" />
            <source>Внимание: {warning}</source>
            <translation>Внимание: {warning}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_backup.py" line="181" />
            <source>tbn4: данные восстановлены, но открыть их не удалось: {error}</source>
            <translation>tbn4: данные восстановлены, но открыть их не удалось: {error}</translation>
        </message>
    </context>
    <context>
        <name>cli_check</name>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="89" />
            <source>Файлы хранилища, на которые нет ссылок в базе данных: {count}, всего {size}.</source>
            <translation>Файлы хранилища, на которые нет ссылок в базе данных: {count}, всего {size}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="91" />
            <source>Оставшиеся временные файлы программы: {count}, всего {size}.</source>
            <translation>Оставшиеся временные файлы программы: {count}, всего {size}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="76" />
            <source>Проверка данных в папке «{folder}».</source>
            <translation>Проверка данных в папке «{folder}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="80" />
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="168" />
            <source>Проверено файлов вложений: {count} ({size}).</source>
            <translation>Проверено файлов вложений: {count} ({size}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="53" />
            <source>{summary} Лишние файлы уберёт команда «tbn4 check --repair».</source>
            <translation>{summary} Лишние файлы уберёт команда «tbn4 check --repair».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="95" />
            <location filename="../../tbn4_desktop/services/integrity.py" line="126" />
            <source>Исправлять было нечего.</source>
            <translation>Исправлять было нечего.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="85" />
            <source>Найдено проблем: {count}.</source>
            <translation>Найдено проблем: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_check.py" line="93" />
            <source>Исправление: {result}</source>
            <translation>Исправление: {result}</translation>
        </message>
    </context>
    <context>
        <name>cli_evidence</name>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="40" />
            <source>Организация не выбрана: сначала создайте её (tbn4 org init) или заполните сведения об организации в приложении.</source>
            <translation>Организация не выбрана: сначала создайте её (tbn4 org init) или заполните сведения об организации в приложении.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="61" />
            <source>Неизвестный уровень «{text}»: укажите один из {choices}.</source>
            <translation>Неизвестный уровень «{text}»: укажите один из {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="65" />
            <source>Неизвестная роль «{text}»: укажите одну из {choices}.</source>
            <translation>Неизвестная роль «{text}»: укажите одну из {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="69" />
            <source>Неизвестный канал «{text}»: укажите один из {choices}.</source>
            <translation>Неизвестный канал «{text}»: укажите один из {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="73" />
            <source>Неизвестное событие «{text}»: укажите одно из {choices}.</source>
            <translation>Неизвестное событие «{text}»: укажите одно из {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="722" />
            <source>{where}: срок по Карте {date}.</source>
            <translation>{where}: срок по Карте {date}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="902" />
            <source>{mark} {title} (необязательный): {parts}</source>
            <translation>{mark} {title} (необязательный): {parts}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="913" />
            <source>подписал(а) {name}, {role}, не может подписывать</source>
            <translation>подписал(а) {name}, {role}, не может подписывать</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="913" />
            <source>подписал(а) {name}, {role}</source>
            <translation>подписал(а) {name}, {role}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="427" />
            <source>не задаётся на этом уровне</source>
            <translation>не задаётся на этом уровне</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="724" />
            <source>{where}: срок по Карте {date} (без изменений).</source>
            <translation>{where}: срок по Карте {date} (без изменений).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="911" />
            <source>подписал(а) {name}, не может подписывать</source>
            <translation>подписал(а) {name}, не может подписывать</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="911" />
            <source>подписал(а) {name}</source>
            <translation>подписал(а) {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="84" />
            <source>Ответ «{text}» не понят: укажите yes (да), no (нет) или none (снять ответ).</source>
            <translation>Ответ «{text}» не понят: укажите yes (да), no (нет) или none (снять ответ).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="242" />
            <source>В плане {year} года нет подзадачи {where}.</source>
            <translation>В плане {year} года нет подзадачи {where}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="272" />
            <source>Подписанта «{name}» нет среди подписантов организации: {names}.</source>
            <translation>Подписанта «{name}» нет среди подписантов организации: {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="334" />
            <source>Подписант добавлен: {name} — {position}, роль: {role}.</source>
            <translation>Подписант добавлен: {name} — {position}, роль: {role}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="460" />
            <source>«{name}» убрана из списка курируемых организаций.</source>
            <translation>«{name}» убрана из списка курируемых организаций.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="660" />
            <source>Ссылка добавлена: {where}, документ «{title}», канал «{channel}».</source>
            <translation>Ссылка добавлена: {where}, документ «{title}», канал «{channel}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="726" />
            <source>{where}: срок по Карте снят.</source>
            <translation>{where}: срок по Карте снят.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="728" />
            <source>{where}: срок по Карте снят (без изменений).</source>
            <translation>{where}: срок по Карте снят (без изменений).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="783" />
            <source>{where}: «Готово к загрузке». Загрузите документы в ИСПУ и отметьте загрузку: tbn4 uploaded.</source>
            <translation>{where}: «Готово к загрузке». Загрузите документы в ИСПУ и отметьте загрузку: tbn4 uploaded.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="832" />
            <source>Исполнение «{name}», {year} год, на {date}</source>
            <translation>Исполнение «{name}», {year} год, на {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="839" />
            <source>по загрузке</source>
            <translation>по загрузке</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="839" />
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="51" />
            <source>по дате документа</source>
            <translation>по дате документа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="894" />
            <source>подписант не указан</source>
            <translation>подписант не указан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="99" />
            <source>Период «{text}» не понят: укажите квартал Q1…Q4 или месяц M01…M12.</source>
            <translation>Период «{text}» не понят: укажите квартал Q1…Q4 или месяц M01…M12.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="210" />
            <source>Подзадача {code} не применяется (ответ {reason}).</source>
            <translation>Подзадача {code} не применяется (ответ {reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="267" />
            <source>Подписанта «{name}» нет среди подписантов организации: список пуст (tbn4 signatory add).</source>
            <translation>Подписанта «{name}» нет среди подписантов организации: список пуст (tbn4 signatory add).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="302" />
            <source>Организация создана: «{name}», БИН {bin}, уровень «{level}», вышестоящий орган «{parent}». Добавьте подписантов: tbn4 signatory add.</source>
            <translation>Организация создана: «{name}», БИН {bin}, уровень «{level}», вышестоящий орган «{parent}». Добавьте подписантов: tbn4 signatory add.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="309" />
            <source>Организация создана: «{name}», БИН {bin}, уровень «{level}». Добавьте подписантов: tbn4 signatory add.</source>
            <translation>Организация создана: «{name}», БИН {bin}, уровень «{level}». Добавьте подписантов: tbn4 signatory add.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="396" />
            <source>{year} год, «{question}»: да. Подзадачи, которые от этого зависят: {codes}.</source>
            <translation>{year} год, «{question}»: да. Подзадачи, которые от этого зависят: {codes}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="429" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="173" />
            <source>да</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="429" />
            <source>нет</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="429" />
            <source>нет ответа</source>
            <translation>нет ответа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="432" />
            <source>{key}: {answer} — {question} (подзадачи: {codes})</source>
            <translation>{key}: {answer} — {question} (подзадачи: {codes})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="445" />
            <source>Курируемая организация добавлена: «{name}», БИН {bin}.</source>
            <translation>Курируемая организация добавлена: «{name}», БИН {bin}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="447" />
            <source>Курируемая организация добавлена: «{name}».</source>
            <translation>Курируемая организация добавлена: «{name}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="533" />
            <source>Файл «{name}», {role}, добавлен: {where}, документ «{title}».</source>
            <translation>Файл «{name}», {role}, добавлен: {where}, документ «{title}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="557" />
            <source>Неизвестный вид файла «{text}»: укажите один из {choices}.</source>
            <translation>Неизвестный вид файла «{text}»: укажите один из {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="592" />
            <source>Файл «{name}» уже {role}: ничего не изменено.</source>
            <translation>Файл «{name}» уже {role}: ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="598" />
            <source>Вид файла «{name}» изменён: {before} → {after} ({where}, документ «{title}»).</source>
            <translation>Вид файла «{name}» изменён: {before} → {after} ({where}, документ «{title}»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="678" />
            <source>Отметка «не требуется» снята: {where}, документ «{title}».</source>
            <translation>Отметка «не требуется» снята: {where}, документ «{title}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="684" />
            <source>{where}: документ «{title}» отмечен «не требуется» ({reason}).</source>
            <translation>{where}: документ «{title}» отмечен «не требуется» ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="708" />
            <source>{year} год, {event}: {date}.</source>
            <translation>{year} год, {event}: {date}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="710" />
            <source>{year} год, {event}: дата снята.</source>
            <translation>{year} год, {event}: дата снята.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="769" />
            <source>Пропущено: {item}</source>
            <translation>Пропущено: {item}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="806" />
            <source>{where}: «Загружено в ИСПУ» {date}, номер в ИСПУ {number}.</source>
            <translation>{where}: «Загружено в ИСПУ» {date}, номер в ИСПУ {number}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="811" />
            <source>{where}: «Загружено в ИСПУ» {date}.</source>
            <translation>{where}: «Загружено в ИСПУ» {date}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="880" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="48" />
            <source>не требуется: {reason}</source>
            <translation>не требуется: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="890" />
            <source>таблица в программе</source>
            <translation>таблица в программе</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="898" />
            <source>ЭЦП: {names}</source>
            <translation>ЭЦП: {names}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="197" />
            <source>Подзадачи «{code}» нет в каталоге на {year} год: укажите код вида 1.1.2 (список подзадач: tbn4 catalog).</source>
            <translation>Подзадачи «{code}» нет в каталоге на {year} год: укажите код вида 1.1.2 (список подзадач: tbn4 catalog).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="206" />
            <source>Подзадача {code} не применяется к организации уровня «{level}».</source>
            <translation>Подзадача {code} не применяется к организации уровня «{level}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="216" />
            <source>Подзадача {code} исполняется за год целиком: параметр --period для неё не указывается.</source>
            <translation>Подзадача {code} исполняется за год целиком: параметр --period для неё не указывается.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="229" />
            <source>Подзадача {code} исполняется ежеквартально: укажите период --period ({periods}).</source>
            <translation>Подзадача {code} исполняется ежеквартально: укажите период --period ({periods}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="251" />
            <source>У подзадачи {code} нет документа «{key}»: укажите в --doc один из ключей: {keys}.</source>
            <translation>У подзадачи {code} нет документа «{key}»: укажите в --doc один из ключей: {keys}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="327" />
            <source>Подписант «{name}» уже есть в списке организации.</source>
            <translation>Подписант «{name}» уже есть в списке организации.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="371" />
            <source>{name} — {position} ({key}: {role}) — не подписывает больше</source>
            <translation>{name} — {position} ({key}: {role}) — не подписывает больше</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="387" />
            <source>Вопрос «{question}» не задаётся организации уровня «{level}».</source>
            <translation>Вопрос «{question}» не задаётся организации уровня «{level}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="398" />
            <source>{year} год, «{question}»: нет. Подзадачи, которые от этого зависят: {codes}.</source>
            <translation>{year} год, «{question}»: нет. Подзадачи, которые от этого зависят: {codes}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="401" />
            <source>{year} год, «{question}»: ответ снят. Подзадачи, которые от этого зависят: {codes}.</source>
            <translation>{year} год, «{question}»: ответ снят. Подзадачи, которые от этого зависят: {codes}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="458" />
            <source>«{name}» нет в списке курируемых организаций.</source>
            <translation>«{name}» нет в списке курируемых организаций.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="473" />
            <source>{name} (БИН {bin})</source>
            <translation>{name} (БИН {bin})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="499" />
            <source>{where}: к документу «{title}» файлы не прикладываются: таблица заполняется в приложении.</source>
            <translation>{where}: к документу «{title}» файлы не прикладываются: таблица заполняется в приложении.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="576" />
            <source>{where}: у документа «{title}» нет файла «{name}»: {names}.</source>
            <translation>{where}: у документа «{title}» нет файла «{name}»: {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="582" />
            <source>{where}: у документа «{title}» несколько файлов «{name}»: измените вид нужного в приложении (мастер подзадачи, страница «Документы»).</source>
            <translation>{where}: у документа «{title}» несколько файлов «{name}»: измените вид нужного в приложении (мастер подзадачи, страница «Документы»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="627" />
            <source>{where}: документ «{title}» — не ссылка: таблица заполняется в приложении.</source>
            <translation>{where}: документ «{title}» — не ссылка: таблица заполняется в приложении.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="646" />
            <source>Ссылка {url} ({channel}) уже есть у документа «{title}»: ничего не изменено.</source>
            <translation>Ссылка {url} ({channel}) уже есть у документа «{title}»: ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="764" />
            <source>{where}: {date} (было: {before})</source>
            <translation>{where}: {date} (было: {before})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="882" />
            <source>файлов {count}</source>
            <translation>файлов {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="224" />
            <source>Подзадача {code} исполняется ежемесячно: укажите период --period ({periods}).</source>
            <translation>Подзадача {code} исполняется ежемесячно: укажите период --period ({periods}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="235" />
            <source>У подзадачи {code} нет периода {period}: укажите один из {periods}.</source>
            <translation>У подзадачи {code} нет периода {period}: укажите один из {periods}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="494" />
            <source>{where}: к документу «{title}» файлы не прикладываются: ссылки добавляются командой tbn4 link.</source>
            <translation>{where}: к документу «{title}» файлы не прикладываются: ссылки добавляются командой tbn4 link.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="571" />
            <source>{where}: у документа «{title}» нет файла «{name}»: файлов нет.</source>
            <translation>{where}: у документа «{title}» нет файла «{name}»: файлов нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="622" />
            <source>{where}: документ «{title}» — не ссылка: файл прикладывается командой tbn4 attach.</source>
            <translation>{where}: документ «{title}» — не ссылка: файл прикладывается командой tbn4 attach.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="634" />
            <source>Для документа «{title}» укажите канал --channel: {channels}.</source>
            <translation>Для документа «{title}» укажите канал --channel: {channels}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="859" />
            <source>Не распределено: файлов {count}</source>
            <translation>Не распределено: файлов {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="863" />
            <source>Загружено в ИСПУ {date}, номер {number}</source>
            <translation>Загружено в ИСПУ {date}, номер {number}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="884" />
            <source>ссылок {count}</source>
            <translation>ссылок {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="868" />
            <source>Загружено в ИСПУ {date}</source>
            <translation>Загружено в ИСПУ {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_evidence.py" line="887" />
            <source>нет каналов: {channels}</source>
            <translation>нет каналов: {channels}</translation>
        </message>
    </context>
    <context>
        <name>cli_journal</name>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="64" />
            <source>Записей журнала изменений: {count}.</source>
            <translation>Записей журнала изменений: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="78" />
            <source>tbn4: внимание: журнал изменений нарушен (нарушений {count}): {first} Подробно: tbn4 check.</source>
            <translation>tbn4: внимание: журнал изменений нарушен (нарушений {count}): {first} Подробно: tbn4 check.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="29" />
            <source>«{text}» — не код подзадачи: укажите код вида 1.1.2.</source>
            <translation>«{text}» — не код подзадачи: укажите код вида 1.1.2.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="69" />
            <source>Записей в журнале изменений нет.</source>
            <translation>Записей в журнале изменений нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_journal.py" line="71" />
            <source>Записей в журнале изменений по этому отбору нет.</source>
            <translation>Записей в журнале изменений по этому отбору нет.</translation>
        </message>
    </context>
    <context>
        <name>cli_signature</name>
        <message>
            <location filename="../../tbn4_desktop/cli_signature.py" line="64" />
            <source>Подпись отделена от документа: укажите подписанный документ параметром --data.</source>
            <translation>Подпись отделена от документа: укажите подписанный документ параметром --data.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_signature.py" line="38" />
            <location filename="../../tbn4_desktop/cli_signature.py" line="30" />
            <source>Файл «{path}» больше 50 МБ: такие файлы подписи и документы не принимаются.</source>
            <translation>Файл «{path}» больше 50 МБ: такие файлы подписи и документы не принимаются.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_signature.py" line="27" />
            <source>«{path}» — папка, а не файл: укажите файл.</source>
            <translation>«{path}» — папка, а не файл: укажите файл.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/cli_signature.py" line="35" />
            <source>Файл не прочитан. {error}</source>
            <translation>Файл не прочитан. {error}</translation>
        </message>
    </context>
    <context>
        <name>core.attachments</name>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="43" />
            <source>PDF, JPEG, PNG, TIFF, DOCX, XLSX или файл электронной подписи (CMS)</source>
            <translation>PDF, JPEG, PNG, TIFF, DOCX, XLSX или файл электронной подписи (CMS)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="221" />
            <source>Файл «{name}» в хранилище вложений повреждён или изменён: его содержимое не совпадает с сохранённой контрольной суммой. Восстановите данные из резервной копии или приложите файл заново.</source>
            <translation>Файл «{name}» в хранилище вложений повреждён или изменён: его содержимое не совпадает с сохранённой контрольной суммой. Восстановите данные из резервной копии или приложите файл заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="258" />
            <source>Файл «{name}» слишком большой: {size} МБ при допустимых {limit} МБ. Уменьшите разрешение скана или разделите документ.</source>
            <translation>Файл «{name}» слишком большой: {size} МБ при допустимых {limit} МБ. Уменьшите разрешение скана или разделите документ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="132" />
            <source>Файл «{name}» пустой (0 байт). Выберите файл с содержимым.</source>
            <translation>Файл «{name}» пустой (0 байт). Выберите файл с содержимым.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="143" />
            <source>Файл «{name}» не является документом допустимого типа ({types}): тип определяется по содержимому, а не по расширению.</source>
            <translation>Файл «{name}» не является документом допустимого типа ({types}): тип определяется по содержимому, а не по расширению.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="125" />
            <source>«{name}» — это не файл или он не найден.</source>
            <translation>«{name}» — это не файл или он не найден.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="129" />
            <location filename="../../tbn4_desktop/core/attachments.py" line="139" />
            <location filename="../../tbn4_desktop/core/documents.py" line="168" />
            <location filename="../../tbn4_desktop/core/esign/card.py" line="83" />
            <source>Не удалось прочитать «{name}». {reason}</source>
            <translation>Не удалось прочитать «{name}». {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/attachments.py" line="156" />
            <location filename="../../tbn4_desktop/core/esign/card.py" line="215" />
            <source>Не удалось сохранить «{name}». {reason}</source>
            <translation>Не удалось сохранить «{name}». {reason}</translation>
        </message>
    </context>
    <context>
        <name>core.backup</name>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="48" />
            <source>вручную</source>
            <translation>вручную</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="49" />
            <source>автоматически</source>
            <translation>автоматически</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="50" />
            <source>при закрытии программы</source>
            <translation>при закрытии программы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="51" />
            <source>перед восстановлением</source>
            <translation>перед восстановлением</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="52" />
            <source>перед обновлением программы</source>
            <translation>перед обновлением программы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="149" />
            <source>Не удалось создать папку резервной копии в «{root}».</source>
            <translation>Не удалось создать папку резервной копии в «{root}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="234" />
            <source>Файл вложения {sha}… повреждён: его содержимое не совпадает с SHA-256.</source>
            <translation>Файл вложения {sha}… повреждён: его содержимое не совпадает с SHA-256.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup.py" line="310" />
            <location filename="../../tbn4_desktop/core/backup.py" line="342" />
            <location filename="../../tbn4_desktop/ui/backup_runner.py" line="113" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="192" />
            <source>Резервная копия не создана. {reason}</source>
            <translation>Резервная копия не создана. {reason}</translation>
        </message>
    </context>
    <context>
        <name>core.backup_restore</name>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="140" />
            <source>Копия базы данных не совпадает с резервной копией: восстановление прервано, прежние данные не изменены.</source>
            <translation>Копия базы данных не совпадает с резервной копией: восстановление прервано, прежние данные не изменены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="61" />
            <location filename="../../tbn4_desktop/services/backups.py" line="139" />
            <source>Папка «{name}» — не полная резервная копия ТБН-4: в ней нет описания копии ({manifest}), копия не была закончена или это другая папка.</source>
            <translation>Папка «{name}» — не полная резервная копия ТБН-4: в ней нет описания копии ({manifest}), копия не была закончена или это другая папка.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="70" />
            <source>В резервной копии «{name}» нет файла базы данных.</source>
            <translation>В резервной копии «{name}» нет файла базы данных.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="73" />
            <source>Файл базы данных в резервной копии «{name}» повреждён: его SHA-256 не совпадает с записанным при создании копии.</source>
            <translation>Файл базы данных в резервной копии «{name}» повреждён: его SHA-256 не совпадает с записанным при создании копии.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="81" />
            <source>База данных в резервной копии «{name}» не прошла проверку целостности ({problem}).</source>
            <translation>База данных в резервной копии «{name}» не прошла проверку целостности ({problem}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="88" />
            <source>В резервной копии «{name}» недостаёт файлов вложений или они повреждены (файлов: {count}, например {sha}…).</source>
            <translation>В резервной копии «{name}» недостаёт файлов вложений или они повреждены (файлов: {count}, например {sha}…).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/backup_restore.py" line="59" />
            <source>Папка резервной копии «{folder}» не найдена.</source>
            <translation>Папка резервной копии «{folder}» не найдена.</translation>
        </message>
    </context>
    <context>
        <name>core.bundle</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="183" />
            <location filename="../../tbn4_desktop/services/export.py" line="780" />
            <source>Папка «{folder}» уже существует и не пуста. Выберите новую или пустую папку для пакета.</source>
            <translation>Папка «{folder}» уже существует и не пуста. Выберите новую или пустую папку для пакета.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="220" />
            <source>Формирование пакета отменено; папка не создана.</source>
            <translation>Формирование пакета отменено; папка не создана.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="316" />
            <source>Файл «{name}» изменился или повреждён в хранилище вложений (не совпадает контрольная сумма). Приложите скан заново и повторите выгрузку.</source>
            <translation>Файл «{name}» изменился или повреждён в хранилище вложений (не совпадает контрольная сумма). Приложите скан заново и повторите выгрузку.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="138" />
            <source>Не удалось создать файл пакета. {reason}</source>
            <translation>Не удалось создать файл пакета. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="194" />
            <source>Не удалось создать папку пакета. {reason}</source>
            <translation>Не удалось создать папку пакета. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="333" />
            <location filename="../../tbn4_desktop/core/bundle_layout.py" line="114" />
            <source>Не удалось прочитать файл для пакета. {reason}</source>
            <translation>Не удалось прочитать файл для пакета. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle.py" line="158" />
            <location filename="../../tbn4_desktop/core/bundle.py" line="223" />
            <source>Не удалось записать пакет. {reason}</source>
            <translation>Не удалось записать пакет. {reason}</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_layout</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_layout.py" line="240" />
            <source>(формируемый пакет)</source>
            <translation>(формируемый пакет)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_layout.py" line="236" />
            <source>Не удалось составить имя файла «{path}» для пакета ({problem}).</source>
            <translation>Не удалось составить имя файла «{path}» для пакета ({problem}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_layout.py" line="296" />
            <source>Предельная длина пути в пакете ({limit} символов) слишком мала для папки «{folder}». Увеличьте её в настройках.</source>
            <translation>Предельная длина пути в пакете ({limit} символов) слишком мала для папки «{folder}». Увеличьте её в настройках.</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_manifest</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="42" />
            <source>попросите организацию сформировать пакет в программе ТБН-4 заново и прислать его ещё раз</source>
            <translation>попросите организацию сформировать пакет в программе ТБН-4 заново и прислать его ещё раз</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="63" />
            <source>сведения о вышестоящем органе неверного типа</source>
            <translation>сведения о вышестоящем органе неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="78" />
            <source>версия каталога неверного типа</source>
            <translation>версия каталога неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="82" />
            <source>список файлов в корне (files) неверного типа</source>
            <translation>список файлов в корне (files) неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="85" />
            <source>неизвестный состав пакета (scope)</source>
            <translation>неизвестный состав пакета (scope)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="454" />
            <source>{message}; {advice}.</source>
            <translation>{message}; {advice}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="51" />
            <source>файл manifest.json повреждён или не в формате JSON</source>
            <translation>файл manifest.json повреждён или не в формате JSON</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="57" />
            <source>в manifest.json слишком глубокая вложенность</source>
            <translation>в manifest.json слишком глубокая вложенность</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="67" />
            <source>БИН организации</source>
            <translation>БИН организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="68" />
            <source>уровень организации</source>
            <translation>уровень организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="69" />
            <source>наименование вышестоящего органа</source>
            <translation>наименование вышестоящего органа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="70" />
            <source>БИН вышестоящего органа</source>
            <translation>БИН вышестоящего органа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="197" />
            <source>записи №{number} ({code})</source>
            <translation>записи №{number} ({code})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="218" />
            <source>чем судится срок</source>
            <translation>чем судится срок</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="303" />
            <source>список курируемых организаций (organization.supervised) неверного типа</source>
            <translation>список курируемых организаций (organization.supervised) неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="316" />
            <source>даты событий (anchors) неверного вида</source>
            <translation>даты событий (anchors) неверного вида</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="333" />
            <source>ответы на вопросы применимости (answers) неверного вида</source>
            <translation>ответы на вопросы применимости (answers) неверного вида</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="447" />
            <source>Пакет «{name}» отклонён: {problem}; {advice}.</source>
            <translation>Пакет «{name}» отклонён: {problem}; {advice}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="75" />
            <source>указан невозможный год {year}</source>
            <translation>указан невозможный год {year}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="153" />
            <source>в manifest.json {problem}</source>
            <translation>в manifest.json {problem}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="184" />
            <source>дата «{value}» ({what}) не в виде ГГГГ-ММ-ДД</source>
            <translation>дата «{value}» ({what}) не в виде ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="283" />
            <source>{where}, документ «{key}»</source>
            <translation>{where}, документ «{key}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="307" />
            <source>в списке курируемых организаций запись без наименования</source>
            <translation>в списке курируемых организаций запись без наименования</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="91" />
            <source>подзадача {code} (за год) указана дважды</source>
            <translation>подзадача {code} (за год) указана дважды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="103" />
            <source>корня пакета</source>
            <translation>корня пакета</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="159" />
            <source>поле «{what}» неверного типа или слишком длинное</source>
            <translation>поле «{what}» неверного типа или слишком длинное</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="167" />
            <source>{what} «{value}» не из 12 цифр</source>
            <translation>{what} «{value}» не из 12 цифр</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="199" />
            <source>у {where} неверный код подзадачи или период</source>
            <translation>у {where} неверный код подзадачи или период</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="203" />
            <source>у {where} подписант указан для всей подзадачи, а в формате 2 — для каждого документа</source>
            <translation>у {where} подписант указан для всей подзадачи, а в формате 2 — для каждого документа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="228" />
            <source>примечание</source>
            <translation>примечание</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="245" />
            <source>у {where} сведения о подписанте неполные (full_name, role)</source>
            <translation>у {where} сведения о подписанте неполные (full_name, role)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="254" />
            <source>у {where} ссылка без адреса</source>
            <translation>у {where} ссылка без адреса</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="268" />
            <source>у {where} неверный ключ документа «{key}»</source>
            <translation>у {where} неверный ключ документа «{key}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="273" />
            <source>у {where} нет списка документов (slots)</source>
            <translation>у {where} нет списка документов (slots)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="284" />
            <source>причина «не требуется», {where}</source>
            <translation>причина «не требуется», {where}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="309" />
            <source>БИН курируемой организации</source>
            <translation>БИН курируемой организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="320" />
            <source>дата события «{event}»</source>
            <translation>дата события «{event}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="341" />
            <source>у {where} строки таблиц (data_rows) неверного типа</source>
            <translation>у {where} строки таблиц (data_rows) неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="366" />
            <source>у {where} описание файла неполное (path, sha256, size, role)</source>
            <translation>у {where} описание файла неполное (path, sha256, size, role)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="405" />
            <source>у файла подписи «{path}» сведения о подписи (signs, signers) неверного вида</source>
            <translation>у файла подписи «{path}» сведения о подписи (signs, signers) неверного вида</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="90" />
            <source>подзадача {code} ({period}) указана дважды</source>
            <translation>подзадача {code} ({period}) указана дважды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="175" />
            <source>неизвестное значение «{value}» ({what})</source>
            <translation>неизвестное значение «{value}» ({what})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="190" />
            <source>время создания «{value}» не в формате ISO</source>
            <translation>время создания «{value}» не в формате ISO</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="217" />
            <source>у {where} отметка «complete» неверного типа</source>
            <translation>у {where} отметка «complete» неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="222" />
            <source>статус {where}</source>
            <translation>статус {where}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="223" />
            <source>дата исполнения, {where}</source>
            <translation>дата исполнения, {where}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="229" />
            <source>дата загрузки в ИСПУ, {where}</source>
            <translation>дата загрузки в ИСПУ, {where}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="249" />
            <source>роль подписанта {where}</source>
            <translation>роль подписанта {where}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="258" />
            <source>название ссылки</source>
            <translation>название ссылки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="259" />
            <source>дата публикации, {where}</source>
            <translation>дата публикации, {where}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="278" />
            <source>у {where} описание документа неверного вида</source>
            <translation>у {where} описание документа неверного вида</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="281" />
            <source>у {where} документ «{key}» указан дважды</source>
            <translation>у {where} документ «{key}» указан дважды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="287" />
            <source>у {where} список ссылок неверного типа</source>
            <translation>у {where} список ссылок неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="350" />
            <source>у {where} строки таблицы «{key}» (data_rows) неверного вида</source>
            <translation>у {where} строки таблицы «{key}» (data_rows) неверного вида</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="378" />
            <source>исходное имя файла</source>
            <translation>исходное имя файла</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="379" />
            <source>тип файла</source>
            <translation>тип файла</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="428" />
            <source>файл подписи «{path}» относится к файлу «{document}», которого нет среди файлов этой подзадачи</source>
            <translation>файл подписи «{path}» относится к файлу «{document}», которого нет среди файлов этой подзадачи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="262" />
            <source>канал публикации, {where}</source>
            <translation>канал публикации, {where}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_manifest.py" line="293" />
            <source>дата документа, {where}</source>
            <translation>дата документа, {where}</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_names</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="85" />
            <source>пустое имя или переход в родительскую папку («..»)</source>
            <translation>пустое имя или переход в родительскую папку («..»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="90" />
            <source>управляющие символы</source>
            <translation>управляющие символы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="92" />
            <source>точка или пробел в конце имени</source>
            <translation>точка или пробел в конце имени</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="94" />
            <source>зарезервированное имя Windows</source>
            <translation>зарезервированное имя Windows</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="117" />
            <source>обратная косая черта в пути</source>
            <translation>обратная косая черта в пути</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="119" />
            <source>абсолютный путь</source>
            <translation>абсолютный путь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="124" />
            <source>переход в родительскую папку («..»)</source>
            <translation>переход в родительскую папку («..»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="88" />
            <source>недопустимые символы {chars}</source>
            <translation>недопустимые символы {chars}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="121" />
            <source>путь длиннее {limit} символов</source>
            <translation>путь длиннее {limit} символов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="50" />
            <source>Имя пакета «{stem}» слишком длинное: после распаковки в папку «Загрузки» пути файлов превысят 260 символов. Сократите имя файла или папки пакета.</source>
            <translation>Имя пакета «{stem}» слишком длинное: после распаковки в папку «Загрузки» пути файлов превысят 260 символов. Сократите имя файла или папки пакета.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_names.py" line="143" />
            <source>Пакет «{name}» отклонён: имена «{first}» и «{second}» совпадают (с учётом регистра букв в Windows).</source>
            <translation>Пакет «{name}» отклонён: имена «{first}» и «{second}» совпадают (с учётом регистра букв в Windows).</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_reader</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="344" />
            <source>в нём нет файла manifest.json (это не пакет ТБН-4 или он неполный)</source>
            <translation>в нём нет файла manifest.json (это не пакет ТБН-4 или он неполный)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="346" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="353" />
            <source>файл manifest.json слишком большой</source>
            <translation>файл manifest.json слишком большой</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="96" />
            <source>если пакет настоящий, увеличьте предел «{setting}» в файле settings.json папки данных</source>
            <translation>если пакет настоящий, увеличьте предел «{setting}» в файле settings.json папки данных</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="351" />
            <source>файл manifest.json не читается (архив повреждён)</source>
            <translation>файл manifest.json не читается (архив повреждён)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="152" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="188" />
            <location filename="../../tbn4_desktop/services/import_staging.py" line="106" />
            <location filename="../../tbn4_desktop/services/imports.py" line="200" />
            <source>Приём пакета отменён; данные не изменены.</source>
            <translation>Приём пакета отменён; данные не изменены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="238" />
            <source>«{path}» — это не файл; выберите ZIP-файл пакета.</source>
            <translation>«{path}» — это не файл; выберите ZIP-файл пакета.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="243" />
            <source>файл больше допустимых {limit} МБ</source>
            <translation>файл больше допустимых {limit} МБ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="289" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="299" />
            <source>в архиве %n файл при допустимых {limit}</source>
            <translation>
                <numerusform>в архиве %n файл при допустимых {limit}</numerusform>
                <numerusform>в архиве %n файла при допустимых {limit}</numerusform>
                <numerusform>в архиве %n файлов при допустимых {limit}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="234" />
            <source>Файл пакета не найден: {path}; проверьте имя и папку.</source>
            <translation>Файл пакета не найден: {path}; проверьте имя и папку.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="236" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="257" />
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="62" />
            <source>Не удалось открыть пакет. {reason}</source>
            <translation>Не удалось открыть пакет. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="251" />
            <source>Файл «{name}» не является пакетом ТБН-4: это не ZIP-архив или он повреждён; попросите прислать пакет заново.</source>
            <translation>Файл «{name}» не является пакетом ТБН-4: это не ZIP-архив или он повреждён; попросите прислать пакет заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="320" />
            <source>файл «{path}» больше допустимых {limit} МБ</source>
            <translation>файл «{path}» больше допустимых {limit} МБ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="326" />
            <source>файл «{path}» сжат в %n раз (признак ZIP-бомбы)</source>
            <translation>
                <numerusform>файл «{path}» сжат в %n раз (признак ZIP-бомбы)</numerusform>
                <numerusform>файл «{path}» сжат в %n раза (признак ZIP-бомбы)</numerusform>
                <numerusform>файл «{path}» сжат в %n раз (признак ZIP-бомбы)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="334" />
            <source>общий размер файлов больше допустимых {limit} МБ</source>
            <translation>общий размер файлов больше допустимых {limit} МБ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="190" />
            <source>размер файла «{path}» не совпадает с manifest.json</source>
            <translation>размер файла «{path}» не совпадает с manifest.json</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="193" />
            <source>контрольная сумма файла «{path}» не совпадает (файл повреждён)</source>
            <translation>контрольная сумма файла «{path}» не совпадает (файл повреждён)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="200" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="208" />
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="376" />
            <source>файл «{path}» не читается (архив повреждён)</source>
            <translation>файл «{path}» не читается (архив повреждён)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="204" />
            <source>Не удалось сохранить файл «{path}» из пакета. {reason}</source>
            <translation>Не удалось сохранить файл «{path}» из пакета. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_reader.py" line="179" />
            <source>файл «{path}» больше, чем указано в manifest.json</source>
            <translation>файл «{path}» больше, чем указано в manifest.json</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_spec</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_spec.py" line="50" />
            <source>Формирование пакета отменено; файл не создан.</source>
            <translation>Формирование пакета отменено; файл не создан.</translation>
        </message>
    </context>
    <context>
        <name>core.bundle_verify</name>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="106" />
            <source>нет номера версии формата</source>
            <translation>нет номера версии формата</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="128" />
            <source>не указаны наименование или уровень организации</source>
            <translation>не указаны наименование или уровень организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="130" />
            <source>не указан каталог (id, version)</source>
            <translation>не указан каталог (id, version)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="132" />
            <source>список файлов в корне пакета («files») неверного типа</source>
            <translation>список файлов в корне пакета («files») неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="135" />
            <source>описание файла в корне пакета неполное (path, sha256, size, role)</source>
            <translation>описание файла в корне пакета неполное (path, sha256, size, role)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="257" />
            <source>недопустимое имя «{entry}» ({problem})</source>
            <translation>недопустимое имя «{entry}» ({problem})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="259" />
            <source>имя «{entry}» записано не в UTF-8, русские буквы будут искажены</source>
            <translation>имя «{entry}» записано не в UTF-8, русские буквы будут искажены</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="261" />
            <source>файл «{entry}» зашифрован</source>
            <translation>файл «{entry}» зашифрован</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="264" />
            <source>«{entry}» — символьная ссылка</source>
            <translation>«{entry}» — символьная ссылка</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="266" />
            <source>«{entry}» — папка, записанная как файл</source>
            <translation>«{entry}» — папка, записанная как файл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="81" />
            <source>Файл manifest.json в пакете «{name}» слишком большой; пакет отклонён.</source>
            <translation>Файл manifest.json в пакете «{name}» слишком большой; пакет отклонён.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="98" />
            <source>Пакет «{name}» отклонён: в manifest.json {problem}.</source>
            <translation>Пакет «{name}» отклонён: в manifest.json {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="102" />
            <source>Файл «{name}» не является пакетом ТБН-4 (неверный формат manifest.json).</source>
            <translation>Файл «{name}» не является пакетом ТБН-4 (неверный формат manifest.json).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="109" />
            <source>Пакет «{name}» создан более новой версией программы (формат {version}). Обновите программу, чтобы принять его.</source>
            <translation>Пакет «{name}» создан более новой версией программы (формат {version}). Обновите программу, чтобы принять его.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="115" />
            <source>неизвестная версия формата {version}</source>
            <translation>неизвестная версия формата {version}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="233" />
            <source>Пакет «{name}» отклонён: журнал изменений должен быть одним файлом {journal} в корне пакета.</source>
            <translation>Пакет «{name}» отклонён: журнал изменений должен быть одним файлом {journal} в корне пакета.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="240" />
            <source>Пакет «{name}» отклонён: журнал изменений ({journal}) слишком большой.</source>
            <translation>Пакет «{name}» отклонён: журнал изменений ({journal}) слишком большой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="310" />
            <source>Пакет «{name}» отклонён: файл «{path}» не указан в manifest.json.</source>
            <translation>Пакет «{name}» отклонён: файл «{path}» не указан в manifest.json.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="53" />
            <source>Файл пакета не найден: {path}.</source>
            <translation>Файл пакета не найден: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="56" />
            <source>Файл «{name}» не является пакетом ТБН-4: это не ZIP-архив или он повреждён. Попросите прислать пакет заново.</source>
            <translation>Файл «{name}» не является пакетом ТБН-4: это не ZIP-архив или он повреждён. Попросите прислать пакет заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="78" />
            <source>В пакете «{name}» нет файла manifest.json: это не пакет ТБН-4 или он неполный.</source>
            <translation>В пакете «{name}» нет файла manifest.json: это не пакет ТБН-4 или он неполный.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="88" />
            <source>Файл manifest.json в пакете «{name}» повреждён или не в формате JSON; пакет отклонён.</source>
            <translation>Файл manifest.json в пакете «{name}» повреждён или не в формате JSON; пакет отклонён.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="125" />
            <source>нет поля «{key}» или оно неверного типа</source>
            <translation>нет поля «{key}» или оно неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="138" />
            <source>запись №{number} не содержит кода подзадачи или периода</source>
            <translation>запись №{number} не содержит кода подзадачи или периода</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="141" />
            <source>у записи №{number} ({code}) списки файлов или ссылок неверного типа</source>
            <translation>у записи №{number} ({code}) списки файлов или ссылок неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="147" />
            <source>у записи №{number} ({code}) нет списка документов (slots)</source>
            <translation>у записи №{number} ({code}) нет списка документов (slots)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="247" />
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="194" />
            <source>Пакет «{name}» отклонён: {problem}.</source>
            <translation>Пакет «{name}» отклонён: {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="283" />
            <source>Пакет «{name}» отклонён: в manifest.json недопустимый путь «{path}» ({problem}).</source>
            <translation>Пакет «{name}» отклонён: в manifest.json недопустимый путь «{path}» ({problem}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="289" />
            <source>Пакет «{name}» отклонён: файл «{path}» указан в manifest.json дважды.</source>
            <translation>Пакет «{name}» отклонён: файл «{path}» указан в manifest.json дважды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="297" />
            <source>Пакет «{name}» неполный: нет файла «{path}», указанного в manifest.json.</source>
            <translation>Пакет «{name}» неполный: нет файла «{path}», указанного в manifest.json.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="303" />
            <source>Пакет «{name}» повреждён: размер файла «{path}» не совпадает с manifest.json.</source>
            <translation>Пакет «{name}» повреждён: размер файла «{path}» не совпадает с manifest.json.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="322" />
            <source>Пакет «{name}» повреждён: файл «{path}» не читается.</source>
            <translation>Пакет «{name}» повреждён: файл «{path}» не читается.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="152" />
            <source>у записи №{number} ({code}) описание файла неполное (path, sha256, size, role)</source>
            <translation>у записи №{number} ({code}) описание файла неполное (path, sha256, size, role)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="158" />
            <source>у записи №{number} ({code}) у файла не указан документ (slot)</source>
            <translation>у записи №{number} ({code}) у файла не указан документ (slot)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/bundle_verify.py" line="206" />
            <source>Пакет «{name}» повреждён: контрольная сумма файла «{path}» не совпадает.</source>
            <translation>Пакет «{name}» повреждён: контрольная сумма файла «{path}» не совпадает.</translation>
        </message>
    </context>
    <context>
        <name>core.catalog</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog.py" line="56" />
            <source>начало внутреннего анализа коррупционных рисков</source>
            <translation>начало внутреннего анализа коррупционных рисков</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog.py" line="57" />
            <source>завершение внутреннего анализа коррупционных рисков</source>
            <translation>завершение внутреннего анализа коррупционных рисков</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog.py" line="58" />
            <source>подписание аналитической справки</source>
            <translation>подписание аналитической справки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog.py" line="59" />
            <source>утверждение плана мероприятий</source>
            <translation>утверждение плана мероприятий</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_fields</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="111" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="46" />
            <source>целое число</source>
            <translation>целое число</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="93" />
            <source>поле не должно быть пустым</source>
            <translation>поле не должно быть пустым</translation>
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
            <translation>обязательное поле отсутствует</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="222" />
            <source>хотя бы один уровень организации</source>
            <translation>хотя бы один уровень организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="61" />
            <source>Файл каталога {file}: {problem}.</source>
            <translation>Файл каталога {file}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="206" />
            <source>ожидается дата в формате ГГГГ-ММ-ДД, получено {value}</source>
            <translation>ожидается дата в формате ГГГГ-ММ-ДД, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="246" />
            <source>список подписантов пуст</source>
            <translation>список подписантов пуст</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="59" />
            <source>Файл каталога {file}: {path} — {problem}.</source>
            <translation>Файл каталога {file}: {path} — {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="66" />
            <location filename="../../tbn4_desktop/core/workdays.py" line="188" />
            <source>ожидается набор полей «ключ: значение», получено {value}</source>
            <translation>ожидается набор полей «ключ: значение», получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="90" />
            <source>ожидается строка, получено {value}</source>
            <translation>ожидается строка, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="118" />
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="122" />
            <source>ожидается {what}, получено {value}</source>
            <translation>ожидается {what}, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="144" />
            <source>ожидается true или false, получено {value}</source>
            <translation>ожидается true или false, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="153" />
            <source>ожидается одно из значений ({allowed}), получено {value}</source>
            <translation>ожидается одно из значений ({allowed}), получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="184" />
            <source>ожидается список, получено {value}</source>
            <translation>ожидается список, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="188" />
            <source>список пуст: добавьте {need}</source>
            <translation>список пуст: добавьте {need}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="197" />
            <source>ожидается дата ГГГГ-ММ-ДД без времени, получено {value}</source>
            <translation>ожидается дата ГГГГ-ММ-ДД без времени, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="214" />
            <source>ожидается идентификатор из строчных латинских букв, цифр и «_», начинающийся с буквы, получено {value}</source>
            <translation>ожидается идентификатор из строчных латинских букв, цифр и «_», начинающийся с буквы, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="235" />
            <source>ожидается набор «уровень: [роли]», получено {value}</source>
            <translation>ожидается набор «уровень: [роли]», получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="258" />
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="195" />
            <source>ожидается непустая строка, получено {value}</source>
            <translation>ожидается непустая строка, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="73" />
            <location filename="../../tbn4_desktop/core/workdays.py" line="195" />
            <source>неизвестное поле «{key}» (допустимые поля: {allowed})</source>
            <translation>неизвестное поле «{key}» (допустимые поля: {allowed})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="124" />
            <source>ожидается {what} от {minimum} до {maximum}, получено {value}</source>
            <translation>ожидается {what} от {minimum} до {maximum}, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="162" />
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="181" />
            <source>неизвестное значение {value} (допустимые значения: {allowed})</source>
            <translation>неизвестное значение {value} (допустимые значения: {allowed})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="189" />
            <source>хотя бы один элемент</source>
            <translation>хотя бы один элемент</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="228" />
            <source>уровень «{level}» указан дважды</source>
            <translation>уровень «{level}» указан дважды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="243" />
            <source>ожидается список ролей подписантов, получено {value}</source>
            <translation>ожидается список ролей подписантов, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="128" />
            <source>ожидается {what} не меньше {minimum}, получено {value}</source>
            <translation>ожидается {what} не меньше {minimum}, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="132" />
            <source>ожидается {what} не больше {maximum}, получено {value}</source>
            <translation>ожидается {what} не больше {maximum}, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_fields.py" line="251" />
            <source>роль «{role}» указана дважды</source>
            <translation>роль «{role}» указана дважды</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_loader</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="80" />
            <source>год (целое число)</source>
            <translation>год (целое число)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="81" />
            <source>целое положительное число</source>
            <translation>целое положительное число</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="93" />
            <source>хотя бы один проект</source>
            <translation>хотя бы один проект</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="139" />
            <source>номер проекта (целое число)</source>
            <translation>номер проекта (целое число)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="142" />
            <source>хотя бы одну задачу</source>
            <translation>хотя бы одну задачу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="161" />
            <source>номер задачи (целое число)</source>
            <translation>номер задачи (целое число)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="163" />
            <source>хотя бы одну подзадачу</source>
            <translation>хотя бы одну подзадачу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="252" />
            <source>хотя бы один реестр</source>
            <translation>хотя бы один реестр</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="303" />
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="38" />
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="71" />
            <source>(без имени)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="65" />
            <source>верхний уровень файла должен быть набором полей «ключ: значение» (id, year, version, …), получено {value}</source>
            <translation>верхний уровень файла должен быть набором полей «ключ: значение» (id, year, version, …), получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="76" />
            <source>допустимы латинские буквы, цифры, точка, дефис и подчёркивание, получено {value}</source>
            <translation>допустимы латинские буквы, цифры, точка, дефис и подчёркивание, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="225" />
            <source>код {value} не совпадает с позицией в файле: ожидается «{expected}» (проект {project}, задача {task}, подзадача {number})</source>
            <translation>код {value} не совпадает с позицией в файле: ожидается «{expected}» (проект {project}, задача {task}, подзадача {number})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="106" />
            <source>номер проекта {number} уже использован в {path}</source>
            <translation>номер проекта {number} уже использован в {path}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="172" />
            <source>код подзадачи «{code}» повторяется (уже есть в {path})</source>
            <translation>код подзадачи «{code}» повторяется (уже есть в {path})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="245" />
            <source>вопрос «{key}» не найден в списке questions каталога</source>
            <translation>вопрос «{key}» не найден в списке questions каталога</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_loader.py" line="261" />
            <source>ключ реестра «{key}» уже использован в {path}</source>
            <translation>ключ реестра «{key}» уже использован в {path}</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_registers</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="37" />
            <source>хотя бы один вопрос</source>
            <translation>хотя бы один вопрос</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="89" />
            <source>хотя бы один столбец</source>
            <translation>хотя бы один столбец</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="130" />
            <source>столбец не может зависеть от самого себя</source>
            <translation>столбец не может зависеть от самого себя</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="189" />
            <source>хотя бы один вариант выбора</source>
            <translation>хотя бы один вариант выбора</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="27" />
            <source>ожидается набор «уровень: цитата», получено {value}</source>
            <translation>ожидается набор «уровень: цитата», получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="120" />
            <source>ожидается условие «столбец: значение», например {{superior_is_political: true}}, получено {value}</source>
            <translation>ожидается условие «столбец: значение», например {{superior_is_political: true}}, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="214" />
            <source>ожидается положительное число, получено {value}</source>
            <translation>ожидается положительное число, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="45" />
            <source>вопрос «{key}» указан дважды</source>
            <translation>вопрос «{key}» указан дважды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="77" />
            <source>не указаны подписанты для уровня «{level}»: добавьте его в signers подзадачи или в default_signers каталога</source>
            <translation>не указаны подписанты для уровня «{level}»: добавьте его в signers подзадачи или в default_signers каталога</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="99" />
            <source>ключ столбца «{key}» повторяется (уже есть в {path})</source>
            <translation>ключ столбца «{key}» повторяется (уже есть в {path})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="140" />
            <source>столбец {value} не найден в этом реестре</source>
            <translation>столбец {value} не найден в этом реестре</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="203" />
            <source>варианты выбора допустимы только для столбца типа choice, а здесь type: {type}</source>
            <translation>варианты выбора допустимы только для столбца типа choice, а здесь type: {type}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="67" />
            <source>уровень «{level}» не входит в levels этой подзадачи ({levels})</source>
            <translation>уровень «{level}» не входит в levels этой подзадачи ({levels})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="135" />
            <source>столбец {value} идёт ниже этого столбца: условие может ссылаться только на столбцы выше по списку</source>
            <translation>столбец {value} идёт ниже этого столбца: условие может ссылаться только на столбцы выше по списку</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="146" />
            <source>столбец «{key}» типа bool: ожидается true или false, получено {value}</source>
            <translation>столбец «{key}» типа bool: ожидается true или false, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="162" />
            <source>условие может ссылаться только на столбец типа bool или choice, а «{key}» имеет тип {type}</source>
            <translation>условие может ссылаться только на столбец типа bool или choice, а «{key}» имеет тип {type}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="197" />
            <source>вариант {value} указан дважды</source>
            <translation>вариант {value} указан дважды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registers.py" line="154" />
            <source>значение {value} не входит в варианты столбца «{key}» ({choices})</source>
            <translation>значение {value} не входит в варианты столбца «{key}» ({choices})</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_registry</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="41" />
            <source>Файл каталога {name}: каталог «{id}» версии {version} уже прочитан из файла {known} — файл {path} отклонён. Чтобы заменить каталог, увеличьте version в новом файле.</source>
            <translation>Файл каталога {name}: каталог «{id}» версии {version} уже прочитан из файла {known} — файл {path} отклонён. Чтобы заменить каталог, увеличьте version в новом файле.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="61" />
            <source>Файл каталога {name}: версия {version} каталога «{id}» старше уже установленной версии {newest} (файл {path}) — более новый каталог не заменяется.</source>
            <translation>Файл каталога {name}: версия {version} каталога «{id}» старше уже установленной версии {newest} (файл {path}) — более новый каталог не заменяется.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="127" />
            <source>Каталог «{id}» версии {version} не найден. Импортируйте файл каталога этой версии.</source>
            <translation>Каталог «{id}» версии {version} не найден. Импортируйте файл каталога этой версии.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="137" />
            <source>Каталог «{id}» не найден.</source>
            <translation>Каталог «{id}» не найден.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="154" />
            <source>Каталог ТБН №4 на {year} год не найден. Импортируйте Карту реализации на {year} год.</source>
            <translation>Каталог ТБН №4 на {year} год не найден. Импортируйте Карту реализации на {year} год.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_registry.py" line="167" />
            <source>Нет каталога ТБН №4 на {year} год или более ранний. Импортируйте Карту реализации на этот год.</source>
            <translation>Нет каталога ТБН №4 на {year} год или более ранний. Импортируйте Карту реализации на этот год.</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_slots</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="136" />
            <source>поле допустимо только для ссылки (kind: link)</source>
            <translation>поле допустимо только для ссылки (kind: link)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="137" />
            <source>поле допустимо только для условного документа (requirement: conditional)</source>
            <translation>поле допустимо только для условного документа (requirement: conditional)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="138" />
            <source>поле допустимо только для формы отчётности (kind: form)</source>
            <translation>поле допустимо только для формы отчётности (kind: form)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="139" />
            <source>поле допустимо только для таблицы (kind: register)</source>
            <translation>поле допустимо только для таблицы (kind: register)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="145" />
            <source>поле допустимо только для подписываемого документа (kind: signed или form)</source>
            <translation>поле допустимо только для подписываемого документа (kind: signed или form)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="147" />
            <source>поле допустимо только вместе с полем signers</source>
            <translation>поле допустимо только вместе с полем signers</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="150" />
            <source>поле допустимо только вместе с полем date</source>
            <translation>поле допустимо только вместе с полем date</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="151" />
            <source>поле допустимо только для ежеквартальных и ежемесячных подзадач</source>
            <translation>поле допустимо только для ежеквартальных и ежемесячных подзадач</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="61" />
            <source>краткое название не может заканчиваться точкой (недопустимо в именах папок Windows)</source>
            <translation>краткое название не может заканчиваться точкой (недопустимо в именах папок Windows)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="93" />
            <source>хотя бы один подтверждающий документ</source>
            <translation>хотя бы один подтверждающий документ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="101" />
            <source>у подтверждающего документа нет ключа (key): файл каталога составлен для прежней версии программы — возьмите образец формата из встроенного каталога tbn4-2023.yaml</source>
            <translation>у подтверждающего документа нет ключа (key): файл каталога составлен для прежней версии программы — возьмите образец формата из встроенного каталога tbn4-2023.yaml</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="163" />
            <source>номер приложения</source>
            <translation>номер приложения</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="174" />
            <source>хотя бы одну причину</source>
            <translation>хотя бы одну причину</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="193" />
            <source>хотя бы один канал</source>
            <translation>хотя бы один канал</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="301" />
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="315" />
            <source>число месяца</source>
            <translation>число месяца</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="317" />
            <source>число месяцев</source>
            <translation>число месяцев</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="45" />
            <source>краткое название длиннее {limit} символов ({length}): {value}</source>
            <translation>краткое название длиннее {limit} символов ({length}): {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="54" />
            <source>краткое название используется в именах папок и не может содержать символы &lt; &gt; : " / \ | ? * и управляющие символы (найдено: {found})</source>
            <translation>краткое название используется в именах папок и не может содержать символы &lt; &gt; : " / \ | ? * и управляющие символы (найдено: {found})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="110" />
            <source>ключ документа «{key}» повторяется в этой подзадаче</source>
            <translation>ключ документа «{key}» повторяется в этой подзадаче</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="158" />
            <source>для формы отчётности (kind: form) обязателен номер приложения от {minimum} до {maximum}</source>
            <translation>для формы отчётности (kind: form) обязателен номер приложения от {minimum} до {maximum}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="169" />
            <source>таблица «{key}» не найдена в этой подзадаче</source>
            <translation>таблица «{key}» не найдена в этой подзадаче</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="215" />
            <source>ожидается year, получено {value}</source>
            <translation>ожидается year, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="245" />
            <source>документ «{key}» не найден в этой подзадаче</source>
            <translation>документ «{key}» не найден в этой подзадаче</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="249" />
            <source>у документа «{key}» нет даты (поле date), по которой судить о сроке</source>
            <translation>у документа «{key}» нет даты (поле date), по которой судить о сроке</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="286" />
            <source>поле «{key}» не применяется к сроку вида «{kind}» (допустимые поля: {allowed})</source>
            <translation>поле «{key}» не применяется к сроку вида «{kind}» (допустимые поля: {allowed})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="185" />
            <source>уровень «{level}» не входит в levels этой подзадачи</source>
            <translation>уровень «{level}» не входит в levels этой подзадачи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="198" />
            <source>канал «{channel}» указан дважды</source>
            <translation>канал «{channel}» указан дважды</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_slots.py" line="206" />
            <source>ожидается all или any, получено {value}</source>
            <translation>ожидается all или any, получено {value}</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_translation</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="214" />
            <source>Файл перевода каталога {file}: {place} — в каталоге нет проекта {code}.</source>
            <translation>Файл перевода каталога {file}: {place} — в каталоге нет проекта {code}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="222" />
            <source>Файл перевода каталога {file}: {place} — в каталоге нет задачи {code}.</source>
            <translation>Файл перевода каталога {file}: {place} — в каталоге нет задачи {code}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="231" />
            <source>Файл перевода каталога {file}: {place} — в каталоге нет вопроса «{code}».</source>
            <translation>Файл перевода каталога {file}: {place} — в каталоге нет вопроса «{code}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="239" />
            <source>Файл перевода каталога {file}: {place} — в каталоге нет подзадачи {code}.</source>
            <translation>Файл перевода каталога {file}: {place} — в каталоге нет подзадачи {code}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="268" />
            <source>Файл перевода каталога {file}: {place} — у подзадачи нет документа «{code}».</source>
            <translation>Файл перевода каталога {file}: {place} — у подзадачи нет документа «{code}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="280" />
            <source>Файл перевода каталога {file}: {place} — у подзадачи нет таблицы «{code}».</source>
            <translation>Файл перевода каталога {file}: {place} — у подзадачи нет таблицы «{code}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="99" />
            <source>Файл перевода каталога {file}: ожидается набор полей «ключ: значение».</source>
            <translation>Файл перевода каталога {file}: ожидается набор полей «ключ: значение».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="102" />
            <source>Файл перевода каталога {file}: {place} — ожидается набор полей «ключ: значение».</source>
            <translation>Файл перевода каталога {file}: {place} — ожидается набор полей «ключ: значение».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="121" />
            <source>Файл перевода каталога {file}: {place} — отметка перевода должна быть project или official.</source>
            <translation>Файл перевода каталога {file}: {place} — отметка перевода должна быть project или official.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="128" />
            <source>Файл перевода каталога {file}: {place} — такого текста нет в каталоге.</source>
            <translation>Файл перевода каталога {file}: {place} — такого текста нет в каталоге.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="131" />
            <source>Файл перевода каталога {file}: {place} — текст перевода пустой или не является строкой.</source>
            <translation>Файл перевода каталога {file}: {place} — текст перевода пустой или не является строкой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="137" />
            <source>Файл перевода каталога {file}: {place} — тот же русский текст, что и в {other}, переведён иначе.</source>
            <translation>Файл перевода каталога {file}: {place} — тот же русский текст, что и в {other}, переведён иначе.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="148" />
            <source>Файл перевода каталога {file}: {place} — число вариантов ({count}) не совпадает с каталогом ({expected}).</source>
            <translation>Файл перевода каталога {file}: {place} — число вариантов ({count}) не совпадает с каталогом ({expected}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="192" />
            <source>Файл перевода каталога {file}: {place} — перевод относится к каталогу «{found}», а не «{expected}».</source>
            <translation>Файл перевода каталога {file}: {place} — перевод относится к каталогу «{found}», а не «{expected}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="203" />
            <source>Файл перевода каталога {file}: {place} — неизвестный язык перевода «{found}».</source>
            <translation>Файл перевода каталога {file}: {place} — неизвестный язык перевода «{found}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="289" />
            <source>Файл перевода каталога {file}: {place} — в таблице нет столбца «{code}».</source>
            <translation>Файл перевода каталога {file}: {place} — в таблице нет столбца «{code}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="107" />
            <source>Файл перевода каталога {file}: {place} — неизвестное поле «{field}» (допустимые поля: {allowed}).</source>
            <translation>Файл перевода каталога {file}: {place} — неизвестное поле «{field}» (допустимые поля: {allowed}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_translation.py" line="176" />
            <source>Файл перевода каталога {file}: {place} — код «{code}» нужно записать в кавычках.</source>
            <translation>Файл перевода каталога {file}: {place} — код «{code}» нужно записать в кавычках.</translation>
        </message>
    </context>
    <context>
        <name>core.catalog_yaml</name>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="57" />
            <source>Файл каталога {name}: файл слишком большой ({size} КБ, допустимо не более {limit} КБ).</source>
            <translation>Файл каталога {name}: файл слишком большой ({size} КБ, допустимо не более {limit} КБ).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="63" />
            <source>Файл каталога {name}: файл не найден ({path}).</source>
            <translation>Файл каталога {name}: файл не найден ({path}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="66" />
            <source>Файл каталога {name}: это папка, а не файл ({path}).</source>
            <translation>Файл каталога {name}: это папка, а не файл ({path}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="71" />
            <source>Файл каталога {name}: не удалось прочитать файл ({reason}).</source>
            <translation>Файл каталога {name}: не удалось прочитать файл ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="78" />
            <source>Файл каталога {name}: файл не в кодировке UTF-8 (строка {line}, байт 0x{byte}). Сохраните файл в кодировке UTF-8.</source>
            <translation>Файл каталога {name}: файл не в кодировке UTF-8 (строка {line}, байт 0x{byte}). Сохраните файл в кодировке UTF-8.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="88" />
            <source>Файл каталога {name}: строка {line} — поле «{key}» указано дважды.</source>
            <translation>Файл каталога {name}: строка {line} — поле «{key}» указано дважды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="102" />
            <source>Файл каталога {name}: ошибка синтаксиса YAML (место неизвестно): {detail}.</source>
            <translation>Файл каталога {name}: ошибка синтаксиса YAML (место неизвестно): {detail}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="108" />
            <source>Файл каталога {name}: ошибка синтаксиса YAML: {error}.</source>
            <translation>Файл каталога {name}: ошибка синтаксиса YAML: {error}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="112" />
            <source>Файл каталога {name}: слишком глубокая вложенность данных YAML.</source>
            <translation>Файл каталога {name}: слишком глубокая вложенность данных YAML.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/catalog_yaml.py" line="97" />
            <source>Файл каталога {name}: ошибка синтаксиса YAML (строка {line}, столбец {column}): {detail}.</source>
            <translation>Файл каталога {name}: ошибка синтаксиса YAML (строка {line}, столбец {column}): {detail}.</translation>
        </message>
    </context>
    <context>
        <name>core.checklist</name>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="257" />
            <source>не указана {date} документа «{title}»</source>
            <translation>не указана {date} документа «{title}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="124" />
            <source>Подзадачу {code} нельзя завершить: {problems}.</source>
            <translation>Подзадачу {code} нельзя завершить: {problems}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="168" />
            <source>нет подписанного документа «{title}» (скана с подписью или файла с ЭЦП)</source>
            <translation>нет подписанного документа «{title}» (скана с подписью или файла с ЭЦП)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="325" />
            <source>не применяется к уровню организации</source>
            <translation>не применяется к уровню организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="333" />
            <source>нет: «{question}»</source>
            <translation>нет: «{question}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="171" />
            <source>нет файла «{title}»</source>
            <translation>нет файла «{title}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="201" />
            <source>не указан подписант документа «{title}»</source>
            <translation>не указан подписант документа «{title}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="328" />
            <source>ответьте на вопрос: «{question}» (пока подзадача считается применимой)</source>
            <translation>ответьте на вопрос: «{question}» (пока подзадача считается применимой)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="332" />
            <source>да: «{question}»</source>
            <translation>да: «{question}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="192" />
            <source>таблица «{title}» не заполнена</source>
            <translation>таблица «{title}» не заполнена</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="205" />
            <source>документ «{title}» подписал(а) {name} — {role}, а подписывать его может: {roles}</source>
            <translation>документ «{title}» подписал(а) {name} — {role}, а подписывать его может: {roles}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="189" />
            <source>нет ссылки «{title}»</source>
            <translation>нет ссылки «{title}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="184" />
            <source>для документа «{title}» нет ссылки ни в одном из каналов: {channels}</source>
            <translation>для документа «{title}» нет ссылки ни в одном из каналов: {channels}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/checklist.py" line="186" />
            <source>для документа «{title}» нет ссылки в каналах: {channels}</source>
            <translation>для документа «{title}» нет ссылки в каналах: {channels}</translation>
        </message>
    </context>
    <context>
        <name>core.deadlines</name>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="133" />
            <source>в Карте реализации нет срока — импортируйте Карту или укажите срок</source>
            <translation>в Карте реализации нет срока — импортируйте Карту или укажите срок</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="134" />
            <source>срок изменён вручную/по Карте</source>
            <translation>срок изменён вручную/по Карте</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="60" />
            <source>Выполнено в срок</source>
            <translation>Выполнено в срок</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="61" />
            <source>Выполнено с опозданием</source>
            <translation>Выполнено с опозданием</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="62" />
            <location filename="../../tbn4_desktop/services/today.py" line="49" />
            <source>Просрочено</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="63" />
            <source>Срок ≤ 3 раб. дн.</source>
            <translation>Срок ≤ 3 раб. дн.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="64" />
            <source>Срок ≤ 10 раб. дн.</source>
            <translation>Срок ≤ 10 раб. дн.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="65" />
            <source>Срок впереди</source>
            <translation>Срок впереди</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="66" />
            <location filename="../../tbn4_desktop/services/today.py" line="153" />
            <source>Срок не определён</source>
            <translation>Срок не определён</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="67" />
            <location filename="../../tbn4_desktop/ui/icons.py" line="18" />
            <source>Не применяется</source>
            <translation>Не применяется</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="379" />
            <source>по дате загрузки в ИСПУ (отметка «Загружено в ИСПУ»)</source>
            <translation>по дате загрузки в ИСПУ (отметка «Загружено в ИСПУ»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="304" />
            <source>Дата {date} вне календаря рабочих дней ({first}–{last} годы): срок не рассчитан.</source>
            <translation>Дата {date} вне календаря рабочих дней ({first}–{last} годы): срок не рассчитан.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="384" />
            <source>по дате документа «{title}» ({date})</source>
            <translation>по дате документа «{title}» ({date})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="609" />
            <source>Срок анонса о начале анализа ({due}) уже прошёл, а анализ начинается {start}: перенесите начало анализа не ранее чем на {earliest} (анонс — за 10 рабочих дней до начала).</source>
            <translation>Срок анонса о начале анализа ({due}) уже прошёл, а анализ начинается {start}: перенесите начало анализа не ранее чем на {earliest} (анонс — за 10 рабочих дней до начала).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="383" />
            <source>по дате документа «{title}» (дате)</source>
            <translation>по дате документа «{title}» (дате)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="491" />
            <source>квартал мониторинга {start}–{end} (ежеквартально со дня подписания аналитической справки {signed}; отчёт — в плане года, в котором квартал заканчивается); информация подразделений — не позднее {info_due}; справка — в течение {workdays} рабочих дней со дня поступления информации (поступила {receipt}): до {due}</source>
            <translation>квартал мониторинга {start}–{end} (ежеквартально со дня подписания аналитической справки {signed}; отчёт — в плане года, в котором квартал заканчивается); информация подразделений — не позднее {info_due}; справка — в течение {workdays} рабочих дней со дня поступления информации (поступила {receipt}): до {due}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="498" />
            <source>квартал мониторинга {start}–{end} (ежеквартально со дня подписания аналитической справки {signed}; отчёт — в плане года, в котором квартал заканчивается); информация подразделений — не позднее {info_due}; справка — в течение {workdays} рабочих дней со дня поступления информации: до {due}, если информация поступит {info_due}</source>
            <translation>квартал мониторинга {start}–{end} (ежеквартально со дня подписания аналитической справки {signed}; отчёт — в плане года, в котором квартал заканчивается); информация подразделений — не позднее {info_due}; справка — в течение {workdays} рабочих дней со дня поступления информации: до {due}, если информация поступит {info_due}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="520" />
            <source>Год {year} вне календаря рабочих дней ({first}–{last}): сроки не рассчитаны.</source>
            <translation>Год {year} вне календаря рабочих дней ({first}–{last}): сроки не рассчитаны.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="710" />
            <source>не применяется к уровню «{level}»</source>
            <translation>не применяется к уровню «{level}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="359" />
            <source>Аналитическая справка подписана ({signed}) раньше завершения анализа ({end}).</source>
            <translation>Аналитическая справка подписана ({signed}) раньше завершения анализа ({end}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="367" />
            <source>План мероприятий утверждён ({approved}) раньше подписания аналитической справки ({signed}).</source>
            <translation>План мероприятий утверждён ({approved}) раньше подписания аналитической справки ({signed}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="433" />
            <source>{rule} ({nominal} — выходной день, срок переносится на следующий рабочий день {due})</source>
            <translation>{rule} ({nominal} — выходной день, срок переносится на следующий рабочий день {due})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="471" />
            <source>в этом квартале не заканчивается ни один квартал мониторинга ({details})</source>
            <translation>в этом квартале не заканчивается ни один квартал мониторинга ({details})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="648" />
            <source>Дата расчёта {date} вне календаря рабочих дней ({first}–{last} годы): состояние сроков не определено.</source>
            <translation>Дата расчёта {date} вне календаря рабочих дней ({first}–{last} годы): состояние сроков не определено.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="663" />
            <source>Подзадачи {code} нет в каталоге {catalog} (версия {version}).</source>
            <translation>Подзадачи {code} нет в каталоге {catalog} (версия {version}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="673" />
            <source>подзадача не найдена в каталоге</source>
            <translation>подзадача не найдена в каталоге</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="188" />
            <location filename="../../tbn4_desktop/core/workdays.py" line="430" />
            <source>Календарь рабочих дней охватывает {first}–{last} годы, а не {year} год.</source>
            <translation>Календарь рабочих дней охватывает {first}–{last} годы, а не {year} год.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="330" />
            <source>Дата «{event}» ({date}) приходится на выходной день: проверьте её.</source>
            <translation>Дата «{event}» ({date}) приходится на выходной день: проверьте её.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="339" />
            <source>Завершение анализа ({end}) указано раньше его начала ({start}).</source>
            <translation>Завершение анализа ({end}) указано раньше его начала ({start}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="414" />
            <source>{rule}: правило срока неполное</source>
            <translation>{rule}: правило срока неполное</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="416" />
            <location filename="../../tbn4_desktop/core/deadlines.py" line="540" />
            <source>укажите дату: {event}</source>
            <translation>укажите дату: {event}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="463" />
            <source>справка подписана {signed}, кварталы мониторинга заканчиваются {ends}</source>
            <translation>справка подписана {signed}, кварталы мониторинга заканчиваются {ends}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="578" />
            <source>срок изменён вручную/по Карте: {date} (по правилу «{rule}» — {due})</source>
            <translation>срок изменён вручную/по Карте: {date} (по правилу «{rule}» — {due})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="322" />
            <source>Дата «{event}» {date} вне календаря рабочих дней ({first}–{last} годы): проверьте её.</source>
            <translation>Дата «{event}» {date} вне календаря рабочих дней ({first}–{last} годы): проверьте её.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="351" />
            <source>Внутренний анализ коррупционных рисков длится {length} рабочих дней ({start}–{end}), а по Инструкции — не более {limit} рабочих дней.</source>
            <translation>Внутренний анализ коррупционных рисков длится {length} рабочих дней ({start}–{end}), а по Инструкции — не более {limit} рабочих дней.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="552" />
            <location filename="../../tbn4_desktop/core/deadlines.py" line="568" />
            <source>неизвестный отчётный период «{period}»</source>
            <translation>неизвестный отчётный период «{period}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="582" />
            <source>срок изменён вручную/по Карте: {date} (правило: {rule})</source>
            <translation>срок изменён вручную/по Карте: {date} (правило: {rule})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/deadlines.py" line="691" />
            <source>не применяется: нет — «{question}»</source>
            <translation>не применяется: нет — «{question}»</translation>
        </message>
    </context>
    <context>
        <name>core.documents</name>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="123" />
            <source>Выберите файлы для объединения.</source>
            <translation>Выберите файлы для объединения.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="105" />
            <source>Просмотр файлов этого типа («{name}») недоступен: откройте его в Word или Excel.</source>
            <translation>Просмотр файлов этого типа («{name}») недоступен: откройте его в Word или Excel.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="245" />
            <source>Изображение «{name}» повреждено или не читается. Отсканируйте документ заново.</source>
            <translation>Изображение «{name}» повреждено или не читается. Отсканируйте документ заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="67" />
            <source>В PDF «{name}» нет ни одной страницы. Пересохраните или отсканируйте документ заново.</source>
            <translation>В PDF «{name}» нет ни одной страницы. Пересохраните или отсканируйте документ заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="117" />
            <source>«{name}» нельзя объединить в PDF: объединяются только PDF и сканы (JPEG, PNG, TIFF). Уберите файлы DOCX и XLSX из выбора.</source>
            <translation>«{name}» нельзя объединить в PDF: объединяются только PDF и сканы (JPEG, PNG, TIFF). Уберите файлы DOCX и XLSX из выбора.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="139" />
            <source>Не удалось записать объединённый PDF. {reason}</source>
            <translation>Не удалось записать объединённый PDF. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="172" />
            <source>PDF «{name}» повреждён или не является PDF: его страницы не читаются. Пересохраните или отсканируйте документ заново.</source>
            <translation>PDF «{name}» повреждён или не является PDF: его страницы не читаются. Пересохраните или отсканируйте документ заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="98" />
            <location filename="../../tbn4_desktop/core/documents.py" line="191" />
            <source>В файле «{name}» нет страницы {page}.</source>
            <translation>В файле «{name}» нет страницы {page}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="158" />
            <source>PDF «{name}» защищён паролем. Сохраните его без пароля и приложите заново.</source>
            <translation>PDF «{name}» защищён паролем. Сохраните его без пароля и приложите заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/documents.py" line="187" />
            <source>PDF «{name}» повреждён или защищён паролем: страницу не удалось показать.</source>
            <translation>PDF «{name}» повреждён или защищён паролем: страницу не удалось показать.</translation>
        </message>
    </context>
    <context>
        <name>core.esign.card</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="92" />
            <source>Файл «{card}» повреждён: встроенные в него файлы не удаётся прочитать.</source>
            <translation>Файл «{card}» повреждён: встроенные в него файлы не удаётся прочитать.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="230" />
            <source>вложение-{number}</source>
            <translation>вложение-{number}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="198" />
            <source>Вложение «{name}» в файле «{card}» больше допустимых {limit} МБ.</source>
            <translation>Вложение «{name}» в файле «{card}» больше допустимых {limit} МБ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="194" />
            <source>Вложение «{name}» в файле «{card}» повреждено и не читается.</source>
            <translation>Вложение «{name}» в файле «{card}» повреждено и не читается.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="114" />
            <source>Вложения в файле «{card}» вместе больше допустимых {limit} МБ.</source>
            <translation>Вложения в файле «{card}» вместе больше допустимых {limit} МБ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/card.py" line="140" />
            <source>Число вложений в файле «{card}» больше допустимого ({limit}).</source>
            <translation>Число вложений в файле «{card}» больше допустимого ({limit}).</translation>
        </message>
    </context>
    <context>
        <name>core.esign.cms</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/cms.py" line="63" />
            <source>Файл не является электронной подписью (CMS/PKCS#7) или повреждён.</source>
            <translation>Файл не является электронной подписью (CMS/PKCS#7) или повреждён.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/cms.py" line="105" />
            <source>В файле подписи нет ни одной подписи.</source>
            <translation>В файле подписи нет ни одной подписи.</translation>
        </message>
    </context>
    <context>
        <name>core.esign.kz_cert</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/kz_cert.py" line="67" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="191" />
            <source>Сертификат в подписи повреждён и не читается.</source>
            <translation>Сертификат в подписи повреждён и не читается.</translation>
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
            <translation>Целостность</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="20" />
            <source>Подпись</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="21" />
            <source>Цепочка сертификатов</source>
            <translation>Цепочка сертификатов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="22" />
            <source>Время подписания</source>
            <translation>Время подписания</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="23" />
            <source>Отзыв сертификата</source>
            <translation>Отзыв сертификата</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="105" />
            <source>Подпись отделена от документа.</source>
            <translation>Подпись отделена от документа.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="105" />
            <source>Документ вложен в файл подписи.</source>
            <translation>Документ вложен в файл подписи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="83" />
            <source>Подписал: {name}</source>
            <translation>Подписал: {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="91" />
            <source>Издатель сертификата: {issuer}, серийный номер {serial}</source>
            <translation>Издатель сертификата: {issuer}, серийный номер {serial}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="94" />
            <source>Сертификат действует с {start} по {end}, ключ {algorithm}</source>
            <translation>Сертификат действует с {start} по {end}, ключ {algorithm}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="113" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="248" />
            <source>Сертификат подписавшего не найден в файле подписи.</source>
            <translation>Сертификат подписавшего не найден в файле подписи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="87" />
            <source>Организация: {name}, БИН {bin}</source>
            <translation>Организация: {name}, БИН {bin}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="89" />
            <source>Полномочия: {list}</source>
            <translation>Полномочия: {list}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="115" />
            <source>Алгоритмы: хеш {digest}, подпись {signature}</source>
            <translation>Алгоритмы: хеш {digest}, подпись {signature}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="85" />
            <source>ИИН: {iin}</source>
            <translation>ИИН: {iin}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="109" />
            <source>Подпись {number}</source>
            <translation>Подпись {number}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="121" />
            <source>Время подписания (по компьютеру подписавшего): {time}</source>
            <translation>Время подписания (по компьютеру подписавшего): {time}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/report.py" line="126" />
            <source>Метка времени: {time}</source>
            <translation>Метка времени: {time}</translation>
        </message>
    </context>
    <context>
        <name>core.esign.terms</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="22" />
            <source>Физическое лицо</source>
            <translation>Физическое лицо</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="23" />
            <source>Юридическое лицо</source>
            <translation>Юридическое лицо</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="24" />
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="59" />
            <source>Первый руководитель</source>
            <translation>Первый руководитель</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="25" />
            <source>Право подписи</source>
            <translation>Право подписи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="26" />
            <source>Право подписи финансовых документов</source>
            <translation>Право подписи финансовых документов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="27" />
            <source>Сотрудник отдела кадров</source>
            <translation>Сотрудник отдела кадров</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/terms.py" line="28" />
            <source>Сотрудник организации</source>
            <translation>Сотрудник организации</translation>
        </message>
    </context>
    <context>
        <name>core.esign.verify</name>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="323" />
            <source>Подпись сделана ключом этого сертификата.</source>
            <translation>Подпись сделана ключом этого сертификата.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="182" />
            <source>Подпись отделена от документа: укажите подписанный файл.</source>
            <translation>Подпись отделена от документа: укажите подписанный файл.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="193" />
            <source>Сведения о подписи</source>
            <translation>Сведения о подписи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="194" />
            <source>Это сведения, прочитанные из файла подписи программой, а не проверка НУЦ РК: юридическую силу подписи подтверждает только НУЦ РК.</source>
            <translation>Это сведения, прочитанные из файла подписи программой, а не проверка НУЦ РК: юридическую силу подписи подтверждает только НУЦ РК.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="278" />
            <source>В подписи нет хеша подписанного файла (messageDigest).</source>
            <translation>В подписи нет хеша подписанного файла (messageDigest).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="294" />
            <source>Подпись не проверена: сертификат подписавшего не найден в файле.</source>
            <translation>Подпись не проверена: сертификат подписавшего не найден в файле.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="342" />
            <source>Цепочка не проверена: корневые сертификаты НУЦ РК не установлены.</source>
            <translation>Цепочка не проверена: корневые сертификаты НУЦ РК не установлены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="368" />
            <source>Цепочка сертификатов слишком длинная или замкнута.</source>
            <translation>Цепочка сертификатов слишком длинная или замкнута.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="389" />
            <source>Время подписания в подписи не указано; на {now} сертификат действует.</source>
            <translation>Время подписания в подписи не указано; на {now} сертификат действует.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="391" />
            <source>Время подписания в подписи не указано; на {now} сертификат не действует.</source>
            <translation>Время подписания в подписи не указано; на {now} сертификат не действует.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="415" />
            <source>Не проверялось (нет связи): отзыв проверяется по файлу списка отзыва (CRL), если его указать.</source>
            <translation>Не проверялось (нет связи): отзыв проверяется по файлу списка отзыва (CRL), если его указать.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="418" />
            <source>Список отзыва выпущен не издателем этого сертификата: отзыв не проверен.</source>
            <translation>Список отзыва выпущен не издателем этого сертификата: отзыв не проверен.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="421" />
            <source>Подпись списка отзыва не проверена: нет сертификата его издателя.</source>
            <translation>Подпись списка отзыва не проверена: нет сертификата его издателя.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="428" />
            <source>Список отзыва повреждён или подделан: его подпись не сходится.</source>
            <translation>Список отзыва повреждён или подделан: его подпись не сходится.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="152" />
            <source>Файл списка отзыва (CRL) не читается: это не список отзыва или он повреждён.</source>
            <translation>Файл списка отзыва (CRL) не читается: это не список отзыва или он повреждён.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="238" />
            <source>ГОСТ ({oid})</source>
            <translation>ГОСТ ({oid})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="258" />
            <source>Подпись ГОСТ: целостность не проверена (программа не проверяет алгоритмы ГОСТ).</source>
            <translation>Подпись ГОСТ: целостность не проверена (программа не проверяет алгоритмы ГОСТ).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="260" />
            <source>Подпись ГОСТ не проверена: программа не проверяет алгоритмы ГОСТ.</source>
            <translation>Подпись ГОСТ не проверена: программа не проверяет алгоритмы ГОСТ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="264" />
            <source>Алгоритм хеширования {oid} неизвестен программе: целостность не проверена.</source>
            <translation>Алгоритм хеширования {oid} неизвестен программе: целостность не проверена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="280" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="275" />
            <source>Файл не изменён после подписания.</source>
            <translation>Файл не изменён после подписания.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="282" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="272" />
            <source>Файл изменён после подписания или подпись не от этого файла.</source>
            <translation>Файл изменён после подписания или подпись не от этого файла.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="316" />
            <source>Подпись не соответствует ключу сертификата: подпись поддельная или повреждена.</source>
            <translation>Подпись не соответствует ключу сертификата: подпись поддельная или повреждена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="378" />
            <source>Сертификат ведёт к установленному сертификату НУЦ РК «{anchor}» (действует по {end}): каждое звено цепочки проверено.</source>
            <translation>Сертификат ведёт к установленному сертификату НУЦ РК «{anchor}» (действует по {end}): каждое звено цепочки проверено.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="399" />
            <source>Подписано {moment}, вне срока действия сертификата (с {start} по {end}).</source>
            <translation>Подписано {moment}, вне срока действия сертификата (с {start} по {end}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="426" />
            <source>Подпись списка отзыва не проверена: алгоритм не поддерживается.</source>
            <translation>Подпись списка отзыва не проверена: алгоритм не поддерживается.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="447" />
            <source>Сертификата нет в списке отзыва от {issued}.</source>
            <translation>Сертификата нет в списке отзыва от {issued}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="372" />
            <source>Цепочка до сертификата НУЦ РК «{anchor}» найдена по именам; звенья ГОСТ не проверены.</source>
            <translation>Цепочка до сертификата НУЦ РК «{anchor}» найдена по именам; звенья ГОСТ не проверены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="395" />
            <source>Подписано {moment}, когда сертификат действовал.</source>
            <translation>Подписано {moment}, когда сертификат действовал.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="443" />
            <source>Сертификат отозван {date} (список отзыва от {issued}).</source>
            <translation>Сертификат отозван {date} (список отзыва от {issued}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="321" />
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="312" />
            <source>Алгоритм подписи {name} не проверяется программой.</source>
            <translation>Алгоритм подписи {name} не проверяется программой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="360" />
            <source>Сертификат выдан не НУЦ РК или цепочка до корневого сертификата НУЦ РК не найдена (издатель: {issuer}).</source>
            <translation>Сертификат выдан не НУЦ РК или цепочка до корневого сертификата НУЦ РК не найдена (издатель: {issuer}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/esign/verify.py" line="436" />
            <source>Сертификат отозван {date}, после указанного в подписи времени подписания {moment} (список отзыва от {issued}).</source>
            <translation>Сертификат отозван {date}, после указанного в подписи времени подписания {moment} (список отзыва от {issued}).</translation>
        </message>
    </context>
    <context>
        <name>core.fileio</name>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="161" />
            <source>Ошибка файловой системы ({reason}): {path}.</source>
            <translation>Ошибка файловой системы ({reason}): {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="150" />
            <source>Нет прав на запись или чтение: {path}.</source>
            <translation>Нет прав на запись или чтение: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="152" />
            <source>Диск или папка доступны только для чтения: {path}.</source>
            <translation>Диск или папка доступны только для чтения: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="154" />
            <source>На диске закончилось место: {path}.</source>
            <translation>На диске закончилось место: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="156" />
            <source>Файл или папка не найдены: {path}.</source>
            <translation>Файл или папка не найдены: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="158" />
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="309" />
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="382" />
            <source>Указана папка, а не файл: {path}.</source>
            <translation>Указана папка, а не файл: {path}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/fileio.py" line="160" />
            <source>Слишком длинное имя файла: {path}.</source>
            <translation>Слишком длинное имя файла: {path}.</translation>
        </message>
    </context>
    <context>
        <name>core.forms.errors</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/errors.py" line="32" />
            <source>{form}: одна из строк не помещается на страницу. Сократите её текст или разбейте сведения на несколько строк и сформируйте форму снова.</source>
            <translation>{form}: одна из строк не помещается на страницу. Сократите её текст или разбейте сведения на несколько строк и сформируйте форму снова.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/errors.py" line="26" />
            <source>{form}: строка «{label}» не помещается на страницу. Сократите её текст или разбейте сведения на несколько строк и сформируйте форму снова.</source>
            <translation>{form}: строка «{label}» не помещается на страницу. Сократите её текст или разбейте сведения на несколько строк и сформируйте форму снова.</translation>
        </message>
    </context>
    <context>
        <name>core.forms.model</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="45" />
            <source>Приложение №1. Отчёт (справка) о соблюдении норм антикоррупционного законодательства</source>
            <translation>Приложение №1. Отчёт (справка) о соблюдении норм антикоррупционного законодательства</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="46" />
            <source>Приложение №2. Акт сверки правонарушений</source>
            <translation>Приложение №2. Акт сверки правонарушений</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="47" />
            <source>Приложение №3. Реестр антикоррупционных комплаенс-служб</source>
            <translation>Приложение №3. Реестр антикоррупционных комплаенс-служб</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="48" />
            <source>Приложение №4. Координация ГСЗ на антикоррупционную тематику</source>
            <translation>Приложение №4. Координация ГСЗ на антикоррупционную тематику</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="49" />
            <source>Приложение №5. Отчёт о системной профилактической работе</source>
            <translation>Приложение №5. Отчёт о системной профилактической работе</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/model.py" line="50" />
            <source>Опись документов</source>
            <translation>Опись документов</translation>
        </message>
    </context>
    <context>
        <name>core.forms.pdf_render</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/pdf_render.py" line="83" />
            <source>Не найден шрифт «{file}» в папке программы: переустановите программу.</source>
            <translation>Не найден шрифт «{file}» в папке программы: переустановите программу.</translation>
        </message>
    </context>
    <context>
        <name>core.forms.render</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/render.py" line="35" />
            <source>Неизвестный формат файла «{name}»: укажите имя с расширением .docx, .pdf или .xlsx.</source>
            <translation>Неизвестный формат файла «{name}»: укажите имя с расширением .docx, .pdf или .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>core.forms.xlsx_render</name>
        <message>
            <location filename="../../tbn4_desktop/core/forms/xlsx_render.py" line="277" />
            <source>{form}: в одной из строк текст длиннее {limit} знаков — больше ячейка Excel не вмещает; сократите его или сохраните форму в DOCX или PDF.</source>
            <translation>{form}: в одной из строк текст длиннее {limit} знаков — больше ячейка Excel не вмещает; сократите его или сохраните форму в DOCX или PDF.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/forms/xlsx_render.py" line="271" />
            <source>{form}: в строке «{label}» текст длиннее {limit} знаков — больше ячейка Excel не вмещает; сократите его или сохраните форму в DOCX или PDF.</source>
            <translation>{form}: в строке «{label}» текст длиннее {limit} знаков — больше ячейка Excel не вмещает; сократите его или сохраните форму в DOCX или PDF.</translation>
        </message>
    </context>
    <context>
        <name>core.journal</name>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="82" />
            <source>План на год создан</source>
            <translation>План на год создан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="83" />
            <source>План на год изменён</source>
            <translation>План на год изменён</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="84" />
            <source>Статус изменён</source>
            <translation>Статус изменён</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="85" />
            <source>Сведения подзадачи изменены</source>
            <translation>Сведения подзадачи изменены</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="86" />
            <source>Срок изменён</source>
            <translation>Срок изменён</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="87" />
            <source>Файл добавлен</source>
            <translation>Файл добавлен</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="88" />
            <source>Файл заменён</source>
            <translation>Файл заменён</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="89" />
            <source>Файл убран</source>
            <translation>Файл убран</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="90" />
            <source>Файл отнесён к документу</source>
            <translation>Файл отнесён к документу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="91" />
            <source>Вид файла изменён</source>
            <translation>Вид файла изменён</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="92" />
            <source>Подписант указан</source>
            <translation>Подписант указан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="93" />
            <source>Дата документа указана</source>
            <translation>Дата документа указана</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="94" />
            <source>Отмечено «не требуется»</source>
            <translation>Отмечено «не требуется»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="95" />
            <source>Снята отметка «не требуется»</source>
            <translation>Снята отметка «не требуется»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="96" />
            <source>Ссылка добавлена</source>
            <translation>Ссылка добавлена</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="97" />
            <source>Ссылка изменена</source>
            <translation>Ссылка изменена</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="98" />
            <source>Ссылка удалена</source>
            <translation>Ссылка удалена</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="99" />
            <source>Строка таблицы добавлена</source>
            <translation>Строка таблицы добавлена</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="100" />
            <source>Строка таблицы изменена</source>
            <translation>Строка таблицы изменена</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="101" />
            <source>Строка таблицы удалена</source>
            <translation>Строка таблицы удалена</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="102" />
            <source>Таблица заменена</source>
            <translation>Таблица заменена</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="103" />
            <source>Отмечена загрузка в ИСПУ</source>
            <translation>Отмечена загрузка в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="104" />
            <source>Снята отметка о загрузке в ИСПУ</source>
            <translation>Снята отметка о загрузке в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="105" />
            <source>Сведения организации изменены</source>
            <translation>Сведения организации изменены</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="106" />
            <source>Подписанты изменены</source>
            <translation>Подписанты изменены</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="107" />
            <source>Календарь изменён</source>
            <translation>Календарь изменён</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="108" />
            <source>Импорт пакета</source>
            <translation>Импорт пакета</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="109" />
            <source>Выгрузка пакета</source>
            <translation>Выгрузка пакета</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="110" />
            <source>Резервная копия</source>
            <translation>Резервная копия</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="111" />
            <source>Восстановление из резервной копии</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="112" />
            <source>Исправление данных</source>
            <translation>Исправление данных</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="249" />
            <source>журнал изменений (journal.json) не в формате журнала ТБН-4</source>
            <translation>журнал изменений (journal.json) не в формате журнала ТБН-4</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="252" />
            <source>у журнала изменений (journal.json) нет номера версии формата</source>
            <translation>у журнала изменений (journal.json) нет номера версии формата</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="257" />
            <source>в журнале изменений (journal.json) нет списка записей</source>
            <translation>в журнале изменений (journal.json) нет списка записей</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="266" />
            <source>запись №{n} журнала изменений (journal.json) неверного вида</source>
            <translation>запись №{n} журнала изменений (journal.json) неверного вида</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="270" />
            <source>запись №{n} журнала изменений (journal.json) неполная (user, host, action, summary, at, prev_hash, entry_hash)</source>
            <translation>запись №{n} журнала изменений (journal.json) неполная (user, host, action, summary, at, prev_hash, entry_hash)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="279" />
            <location filename="../../tbn4_desktop/core/journal.py" line="282" />
            <source>запись №{n} журнала изменений (journal.json) содержит поле «{key}» неверного типа</source>
            <translation>запись №{n} журнала изменений (journal.json) содержит поле «{key}» неверного типа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="284" />
            <source>запись №{n} журнала изменений (journal.json) не содержит подробностей (details)</source>
            <translation>запись №{n} журнала изменений (journal.json) не содержит подробностей (details)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="286" />
            <source>запись №{n} журнала изменений (journal.json) содержит неверную контрольную сумму</source>
            <translation>запись №{n} журнала изменений (journal.json) содержит неверную контрольную сумму</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="306" />
            <source>запись №{n} журнала изменений (journal.json) изменена: не совпадает её контрольная сумма</source>
            <translation>запись №{n} журнала изменений (journal.json) изменена: не совпадает её контрольная сумма</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="247" />
            <source>журнал изменений (journal.json) повреждён или не в формате JSON</source>
            <translation>журнал изменений (journal.json) повреждён или не в формате JSON</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/journal.py" line="290" />
            <source>запись №{n} журнала изменений (journal.json) содержит время не в формате ISO</source>
            <translation>запись №{n} журнала изменений (journal.json) содержит время не в формате ISO</translation>
        </message>
    </context>
    <context>
        <name>core.karta_xlsx</name>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="696" />
            <source>строка {row}, столбец «{column}»: «{value}» — не дата; введите дату в формате ДД.ММ.ГГГГ.</source>
            <translation>строка {row}, столбец «{column}»: «{value}» — не дата; введите дату в формате ДД.ММ.ГГГГ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="703" />
            <source>строка {row}, столбец «{column}»: число {value} не является датой; введите дату в формате ДД.ММ.ГГГГ.</source>
            <translation>строка {row}, столбец «{column}»: число {value} не является датой; введите дату в формате ДД.ММ.ГГГГ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="453" />
            <source>В книге нет ни одного листа.</source>
            <translation>В книге нет ни одного листа.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="517" />
            <source>строка {row}, столбец «{column}»: не указан код подзадачи.</source>
            <translation>строка {row}, столбец «{column}»: не указан код подзадачи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="563" />
            <source>строка {row}, столбец «{column}»: «{value}» — не период подзадачи {code} ({periodicity}); допустимо: {allowed}.</source>
            <translation>строка {row}, столбец «{column}»: «{value}» — не период подзадачи {code} ({periodicity}); допустимо: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="599" />
            <source>строка {row}, столбец «{column}»: дата {date} вне {first}–{last} годов: проверьте год.</source>
            <translation>строка {row}, столбец «{column}»: дата {date} вне {first}–{last} годов: проверьте год.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="396" />
            <source>Файл «{name}» защищён паролем или сохранён в старом формате Excel (.xls). Снимите пароль и сохраните файл как «Книга Excel (.xlsx)».</source>
            <translation>Файл «{name}» защищён паролем или сохранён в старом формате Excel (.xls). Снимите пароль и сохраните файл как «Книга Excel (.xlsx)».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="403" />
            <source>Файл «{name}» не является книгой Excel (XLSX). Сохраните его как «Книга Excel (.xlsx)».</source>
            <translation>Файл «{name}» не является книгой Excel (XLSX). Сохраните его как «Книга Excel (.xlsx)».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="524" />
            <source>строка {row}, столбец «{column}»: подзадачи «{code}» нет в каталоге «{catalog}» (версия {version}).</source>
            <translation>строка {row}, столбец «{column}»: подзадачи «{code}» нет в каталоге «{catalog}» (версия {version}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="541" />
            <source>строка {row}, столбец «{column}»: «{value}» — не периодичность; допустимо: {allowed}.</source>
            <translation>строка {row}, столбец «{column}»: «{value}» — не периодичность; допустимо: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="549" />
            <source>строка {row}, столбец «{column}»: у подзадачи {code} в разных строках указана разная периодичность.</source>
            <translation>строка {row}, столбец «{column}»: у подзадачи {code} в разных строках указана разная периодичность.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="578" />
            <source>строка {row}, столбец «{column}»: подзадача {code}, {period} уже указана в строке {first}.</source>
            <translation>строка {row}, столбец «{column}»: подзадача {code}, {period} уже указана в строке {first}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="586" />
            <source>строка {row}, столбец «{column}»: подзадача {code} уже указана в строке {first}.</source>
            <translation>строка {row}, столбец «{column}»: подзадача {code} уже указана в строке {first}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="609" />
            <source>Лист «{sheet}» пуст: в ячейке {cell} нет года Карты.</source>
            <translation>Лист «{sheet}» пуст: в ячейке {cell} нет года Карты.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="613" />
            <source>В листе «{sheet}» не найдены заголовки столбцов «{code}», «{period}», «{due}». Заполните шаблон, выгруженный программой.</source>
            <translation>В листе «{sheet}» не найдены заголовки столбцов «{code}», «{period}», «{due}». Заполните шаблон, выгруженный программой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="624" />
            <source>Карта «{name}» не импортирована, ничего не изменено. Исправьте ошибки ({count}):
{problems}</source>
            <translation>Карта «{name}» не импортирована, ничего не изменено. Исправьте ошибки ({count}):
{problems}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="653" />
            <source>В ячейке {cell} должен быть год Карты (например {year}), а там «{value}». Заполните шаблон, выгруженный программой.</source>
            <translation>В ячейке {cell} должен быть год Карты (например {year}), а там «{value}». Заполните шаблон, выгруженный программой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="660" />
            <source>Это Карта на {found} год (ячейка {cell}), а импортируются сроки {year} года. Выберите Карту этого года.</source>
            <translation>Это Карта на {found} год (ячейка {cell}), а импортируются сроки {year} года. Выберите Карту этого года.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="735" />
            <source>строка {row}, столбец «{column}»: в ячейке ошибка {error} (или число, которое не является датой); введите дату в формате ДД.ММ.ГГГГ.</source>
            <translation>строка {row}, столбец «{column}»: в ячейке ошибка {error} (или число, которое не является датой); введите дату в формате ДД.ММ.ГГГГ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="743" />
            <source>строка {row}, столбец «{column}»: формулы не допускаются: введите саму дату в формате ДД.ММ.ГГГГ.</source>
            <translation>строка {row}, столбец «{column}»: формулы не допускаются: введите саму дату в формате ДД.ММ.ГГГГ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="385" />
            <source>Файл «{name}» слишком большой ({size} МБ; допускается до {limit} МБ). Импортируйте Карту, выгруженную программой.</source>
            <translation>Файл «{name}» слишком большой ({size} МБ; допускается до {limit} МБ). Импортируйте Карту, выгруженную программой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="429" />
            <source>Файл «{name}» не является книгой Excel (XLSX). Файл повреждён.</source>
            <translation>Файл «{name}» не является книгой Excel (XLSX). Файл повреждён.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="442" />
            <source>Файл «{name}» повреждён или не является книгой Excel (XLSX): {error}.</source>
            <translation>Файл «{name}» повреждён или не является книгой Excel (XLSX): {error}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="491" />
            <source>В листе «{sheet}» файла «{name}» больше {limit} строк: это не Карта реализации. Импортируйте Карту, выгруженную программой.</source>
            <translation>В листе «{sheet}» файла «{name}» больше {limit} строк: это не Карта реализации. Импортируйте Карту, выгруженную программой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="622" />
            <source>… и ещё {count}.</source>
            <translation>… и ещё {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="754" />
            <source>строка {row}, столбец «{column}»: «{value}» — такой даты нет.</source>
            <translation>строка {row}, столбец «{column}»: «{value}» — такой даты нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="413" />
            <source>Файл «{name}» не является книгой Excel (XLSX). Это ZIP-архив другого вида.</source>
            <translation>Файл «{name}» не является книгой Excel (XLSX). Это ZIP-архив другого вида.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="419" />
            <source>Файл «{name}» после распаковки слишком большой: это не Карта реализации.</source>
            <translation>Файл «{name}» после распаковки слишком большой: это не Карта реализации.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/karta_xlsx.py" line="425" />
            <source>Файл «{name}» зашифрован. Снимите пароль и сохраните заново.</source>
            <translation>Файл «{name}» зашифрован. Снимите пароль и сохраните заново.</translation>
        </message>
    </context>
    <context>
        <name>core.kpi</name>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="61" />
            <source>Список курируемых организаций не заполнен: добавьте организации квазигосударственного сектора, деятельность которых курирует организация, чтобы посчитать долю.</source>
            <translation>Список курируемых организаций не заполнен: добавьте организации квазигосударственного сектора, деятельность которых курирует организация, чтобы посчитать долю.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="150" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="228" />
            <source>%n балл</source>
            <translation>
                <numerusform>%n балл</numerusform>
                <numerusform>%n балла</numerusform>
                <numerusform>%n баллов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="212" />
            <source>; не учтено %n организация из таблицы, которых нет в списке курируемых</source>
            <translation>
                <numerusform>; не учтено %n организация из таблицы, которых нет в списке курируемых</numerusform>
                <numerusform>; не учтено %n организации из таблицы, которых нет в списке курируемых</numerusform>
                <numerusform>; не учтено %n организаций из таблицы, которых нет в списке курируемых</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="47" />
            <location filename="../../tbn4_desktop/core/kpi.py" line="50" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="165" />
            <source>Штатная численность государственных служащих</source>
            <translation>Штатная численность государственных служащих</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="83" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="46" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="189" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="182" />
            <source>нет данных</source>
            <translation>нет данных</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="84" />
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="443" />
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="444" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="46" />
            <source>выполнено</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="84" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="46" />
            <source>не выполнено</source>
            <translation>не выполнено</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="221" />
            <source>{having} из %n организации ({percent})</source>
            <translation>
                <numerusform>{having} из %n организации ({percent})</numerusform>
                <numerusform>{having} из %n организаций ({percent})</numerusform>
                <numerusform>{having} из %n организаций ({percent})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="243" />
            <source>{having} из %n организации ({percent}) — {points} из {max}</source>
            <translation>
                <numerusform>{having} из %n организации ({percent}) — {points} из {max}</numerusform>
                <numerusform>{having} из %n организаций ({percent}) — {points} из {max}</numerusform>
                <numerusform>{having} из %n организаций ({percent}) — {points} из {max}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="149" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="226" />
            <source>{score} балла</source>
            <translation>{score} балла</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="189" />
            <source>Обучено {trained} из %n служащего ({percent}); цель — не менее {target}</source>
            <translation>
                <numerusform>Обучено {trained} из %n служащего ({percent}); цель — не менее {target}</numerusform>
                <numerusform>Обучено {trained} из %n служащих ({percent}); цель — не менее {target}</numerusform>
                <numerusform>Обучено {trained} из %n служащих ({percent}); цель — не менее {target}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/core/kpi.py" line="203" />
            <source>За год проведено %n мероприятие; цель — не менее {target}</source>
            <translation>
                <numerusform>За год проведено %n мероприятие; цель — не менее {target}</numerusform>
                <numerusform>За год проведено %n мероприятия; цель — не менее {target}</numerusform>
                <numerusform>За год проведено %n мероприятий; цель — не менее {target}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="164" />
            <source>Обучено: {trained}. Укажите штатную численность, чтобы посчитать долю (цель — не менее {target}).</source>
            <translation>Обучено: {trained}. Укажите штатную численность, чтобы посчитать долю (цель — не менее {target}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/kpi.py" line="176" />
            <source>Обучено {trained}, а штатная численность — {headcount}: проверьте численность.</source>
            <translation>Обучено {trained}, а штатная численность — {headcount}: проверьте численность.</translation>
        </message>
    </context>
    <context>
        <name>core.register_values</name>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="148" />
            <source>Укажите «Да» или «Нет».</source>
            <translation>Укажите «Да» или «Нет».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="101" />
            <location filename="../../tbn4_desktop/core/register_values.py" line="109" />
            <source>Введите целое число, например 12.</source>
            <translation>Введите целое число, например 12.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="112" />
            <source>Число не может быть отрицательным.</source>
            <translation>Число не может быть отрицательным.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="118" />
            <location filename="../../tbn4_desktop/core/register_values.py" line="126" />
            <source>Введите сумму в тенге, например 1 250 000 или 1 250 000,50.</source>
            <translation>Введите сумму в тенге, например 1 250 000 или 1 250 000,50.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="132" />
            <source>Сумма не может быть отрицательной.</source>
            <translation>Сумма не может быть отрицательной.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="134" />
            <source>Сумма указывается с точностью до тиына: не больше двух знаков после запятой.</source>
            <translation>Сумма указывается с точностью до тиына: не больше двух знаков после запятой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="156" />
            <source>Введите номер телефона в виде +7 XXX XXX XX XX, например +7 701 234 56 78.</source>
            <translation>Введите номер телефона в виде +7 XXX XXX XX XX, например +7 701 234 56 78.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="256" />
            <source>Заполняется, если {conditions}</source>
            <translation>Заполняется, если {conditions}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="356" />
            <source>{amount} тнг.</source>
            <translation>{amount} тнг.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="380" />
            <location filename="../../tbn4_desktop/core/register_values.py" line="249" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="43" />
            <source>Да</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="380" />
            <location filename="../../tbn4_desktop/core/register_values.py" line="249" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="215" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="43" />
            <source>Нет</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="165" />
            <location filename="../../tbn4_desktop/core/validation.py" line="40" />
            <source>ИИН должен состоять из 12 цифр.</source>
            <translation>ИИН должен состоять из 12 цифр.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="165" />
            <location filename="../../tbn4_desktop/core/validation.py" line="28" />
            <source>БИН должен состоять из 12 цифр.</source>
            <translation>БИН должен состоять из 12 цифр.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="168" />
            <location filename="../../tbn4_desktop/core/validation.py" line="42" />
            <source>ИИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.</source>
            <translation>ИИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="170" />
            <location filename="../../tbn4_desktop/core/validation.py" line="30" />
            <source>БИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.</source>
            <translation>БИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="255" />
            <source>{first} и {second}</source>
            <translation>{first} и {second}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="78" />
            <source>Введите дату в виде ДД.ММ.ГГГГ, например 15.03.2025.</source>
            <translation>Введите дату в виде ДД.ММ.ГГГГ, например 15.03.2025.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="85" />
            <source>Дата {date} вне допустимого диапазона ({first}–{last}).</source>
            <translation>Дата {date} вне допустимого диапазона ({first}–{last}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="290" />
            <source>«{later}» ({later_date}) не может быть раньше, чем «{earlier}» ({earlier_date}).</source>
            <translation>«{later}» ({later_date}) не может быть раньше, чем «{earlier}» ({earlier_date}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="130" />
            <source>Введите сумму в тенге.</source>
            <translation>Введите сумму в тенге.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="201" />
            <source>Выберите одно из значений: {choices}.</source>
            <translation>Выберите одно из значений: {choices}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="282" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="264" />
            <source>Укажите «Да» или «Нет» в столбце «{column}».</source>
            <translation>Укажите «Да» или «Нет» в столбце «{column}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="284" />
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="262" />
            <source>Заполните столбец «{column}».</source>
            <translation>Заполните столбец «{column}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/register_values.py" line="82" />
            <source>Такой даты нет: {text}. Проверьте день и месяц.</source>
            <translation>Такой даты нет: {text}. Проверьте день и месяц.</translation>
        </message>
    </context>
    <context>
        <name>core.settings</name>
        <message>
            <location filename="../../tbn4_desktop/core/settings.py" line="56" />
            <source>Файл настроек «{path}» повреждён, поэтому программа не знает, с какой базой данных работать: исправьте или удалите его (тогда программа откроет локальную базу этого компьютера) либо восстановите его из резервной копии.</source>
            <translation>Файл настроек «{path}» повреждён, поэтому программа не знает, с какой базой данных работать: исправьте или удалите его (тогда программа откроет локальную базу этого компьютера) либо восстановите его из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/settings.py" line="75" />
            <source>Не удалось прочитать файл настроек. {reason}</source>
            <translation>Не удалось прочитать файл настроек. {reason}</translation>
        </message>
    </context>
    <context>
        <name>core.signature_rules</name>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="23" />
            <source>Сверка ЭЦП с подписантом, БИН организации и полномочиями — правило программы: Инструкция называет, кто подписывает документ, но ничего не говорит о сертификате ЭЦП. Эти предупреждения не мешают завершить подзадачу.</source>
            <translation>Сверка ЭЦП с подписантом, БИН организации и полномочиями — правило программы: Инструкция называет, кто подписывает документ, но ничего не говорит о сертификате ЭЦП. Эти предупреждения не мешают завершить подзадачу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="101" />
            <source>подпись ГОСТ документа «{title}» прочитана, но программа не проверяет её целостность</source>
            <translation>подпись ГОСТ документа «{title}» прочитана, но программа не проверяет её целостность</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="125" />
            <source>документ «{title}» подписан ЭЦП: {names}, а подписантом указан(а) {name}</source>
            <translation>документ «{title}» подписан ЭЦП: {names}, а подписантом указан(а) {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="138" />
            <source>документ «{title}» подписан ЭЦП физического лица ({names}), а не ЭЦП организации</source>
            <translation>документ «{title}» подписан ЭЦП физического лица ({names}), а не ЭЦП организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="151" />
            <source>в ЭЦП документа «{title}» нет права подписи за организацию (полномочия в сертификате: {authorities})</source>
            <translation>в ЭЦП документа «{title}» нет права подписи за организацию (полномочия в сертификате: {authorities})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="86" />
            <source>подпись «{file}» относится к файлу, отмеченному как проект без подписи: поменяйте вид этого файла</source>
            <translation>подпись «{file}» относится к файлу, отмеченному как проект без подписи: поменяйте вид этого файла</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="131" />
            <source>у подписанта {name} не указан ИИН: программа не может сверить его с ЭЦП документа «{title}»</source>
            <translation>у подписанта {name} не указан ИИН: программа не может сверить его с ЭЦП документа «{title}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="144" />
            <source>ЭЦП документа «{title}» выдана организации с БИН {bin}, а БИН вашей организации — {own}</source>
            <translation>ЭЦП документа «{title}» выдана организации с БИН {bin}, а БИН вашей организации — {own}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="161" />
            <source>документ «{title}» подписывает первый руководитель, а в ЭЦП {names} нет полномочия «Первый руководитель»</source>
            <translation>документ «{title}» подписывает первый руководитель, а в ЭЦП {names} нет полномочия «Первый руководитель»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="92" />
            <source>подпись «{file}» относится к файлу, которого нет среди файлов документа «{title}»</source>
            <translation>подпись «{file}» относится к файлу, которого нет среди файлов документа «{title}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signature_rules.py" line="97" />
            <source>сведения о подписи «{file}» не читаются: приложите подпись заново</source>
            <translation>сведения о подписи «{file}» не читаются: приложите подпись заново</translation>
        </message>
    </context>
    <context>
        <name>core.signer_rules</name>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="52" />
            <source>Приложения {numbers}</source>
            <translation>Приложения {numbers}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="61" />
            <source>подзадачи {codes}</source>
            <translation>подзадачи {codes}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="73" />
            <source>подтверждающие документы</source>
            <translation>подтверждающие документы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="132" />
            <source>Роль «{role}» на уровне «{level}» ничего не подписывает.</source>
            <translation>Роль «{role}» на уровне «{level}» ничего не подписывает.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="51" />
            <source>Приложение {numbers}</source>
            <translation>Приложение {numbers}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="60" />
            <source>подзадача {codes}</source>
            <translation>подзадача {codes}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="129" />
            <source>{who} — роль «{role}» на уровне «{level}» ничего не подписывает.</source>
            <translation>{who} — роль «{role}» на уровне «{level}» ничего не подписывает.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="112" />
            <source>{first} или {second}</source>
            <translation>{first} или {second}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="115" />
            <source>Некому подписать подтверждающие документы: нужен подписант с ролью {roles}.</source>
            <translation>Некому подписать подтверждающие документы: нужен подписант с ролью {roles}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/signer_rules.py" line="119" />
            <source>Некому подписать {documents}: нужен подписант с ролью {roles}.</source>
            <translation>Некому подписать {documents}: нужен подписант с ролью {roles}.</translation>
        </message>
    </context>
    <context>
        <name>core.sqlite_copy</name>
        <message>
            <location filename="../../tbn4_desktop/core/sqlite_copy.py" line="83" />
            <source>Копия базы данных не прошла проверку целостности: {problem}</source>
            <translation>Копия базы данных не прошла проверку целостности: {problem}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/sqlite_copy.py" line="90" />
            <source>Не удалось скопировать базу данных: {error}.</source>
            <translation>Не удалось скопировать базу данных: {error}.</translation>
        </message>
    </context>
    <context>
        <name>core.validation</name>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="63" />
            <source>Укажите адрес ссылки.</source>
            <translation>Укажите адрес ссылки.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="67" />
            <source>Ссылка должна начинаться с http:// или https:// и содержать адрес сайта, например https://gov.kz/…</source>
            <translation>Ссылка должна начинаться с http:// или https:// и содержать адрес сайта, например https://gov.kz/…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="82" />
            <source>пустое значение</source>
            <translation>пустое значение</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="95" />
            <source>список</source>
            <translation>список</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="97" />
            <source>набор полей</source>
            <translation>набор полей</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="49" />
            <source>ИИН введён с ошибкой: первые шесть цифр — дата рождения (ГГММДД), седьмая — век и пол (1–6). Проверьте номер.</source>
            <translation>ИИН введён с ошибкой: первые шесть цифр — дата рождения (ГГММДД), седьмая — век и пол (1–6). Проверьте номер.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="87" />
            <source>пустая строка</source>
            <translation>пустая строка</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="98" />
            <source>значение типа {type}</source>
            <translation>значение типа {type}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="57" />
            <source>Заполните поле «{what}».</source>
            <translation>Заполните поле «{what}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="84" />
            <source>логическое значение «{value}»</source>
            <translation>логическое значение «{value}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="89" />
            <source>число {value}</source>
            <translation>число {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="91" />
            <source>дата и время «{value}»</source>
            <translation>дата и время «{value}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/validation.py" line="93" />
            <source>дата «{value}»</source>
            <translation>дата «{value}»</translation>
        </message>
    </context>
    <context>
        <name>core.vocabulary</name>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="33" />
            <source>Центральный государственный орган</source>
            <translation>Центральный государственный орган</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="34" />
            <source>Акимат области / областное управление</source>
            <translation>Акимат области / областное управление</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="35" />
            <source>Акимат района (города)</source>
            <translation>Акимат района (города)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="36" />
            <source>Субъект квазигосударственного сектора</source>
            <translation>Субъект квазигосударственного сектора</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="60" />
            <source>Заместитель первого руководителя</source>
            <translation>Заместитель первого руководителя</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="61" />
            <source>Руководитель аппарата</source>
            <translation>Руководитель аппарата</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="62" />
            <source>Аким района (города)</source>
            <translation>Аким района (города)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="63" />
            <source>Уполномоченный по этике</source>
            <translation>Уполномоченный по этике</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="85" />
            <source>Однократно</source>
            <translation>Однократно</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="86" />
            <source>Ежеквартально</source>
            <translation>Ежеквартально</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="87" />
            <source>Ежемесячно</source>
            <translation>Ежемесячно</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="88" />
            <source>Ежегодно</source>
            <translation>Ежегодно</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="106" />
            <source>январь</source>
            <translation>январь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="107" />
            <source>февраль</source>
            <translation>февраль</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="108" />
            <source>март</source>
            <translation>март</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="109" />
            <source>апрель</source>
            <translation>апрель</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="110" />
            <source>май</source>
            <translation>май</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="111" />
            <source>июнь</source>
            <translation>июнь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="112" />
            <source>июль</source>
            <translation>июль</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="113" />
            <source>август</source>
            <translation>август</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="114" />
            <source>сентябрь</source>
            <translation>сентябрь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="115" />
            <source>октябрь</source>
            <translation>октябрь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="116" />
            <source>ноябрь</source>
            <translation>ноябрь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="117" />
            <source>декабрь</source>
            <translation>декабрь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="119" />
            <source>I квартал</source>
            <translation>I квартал</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="119" />
            <source>II квартал</source>
            <translation>II квартал</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="119" />
            <source>III квартал</source>
            <translation>III квартал</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="119" />
            <source>IV квартал</source>
            <translation>IV квартал</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="164" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="60" />
            <source>Не начато</source>
            <translation>Не начато</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="165" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="61" />
            <source>В работе</source>
            <translation>В работе</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="166" />
            <source>Документ подготовлен</source>
            <translation>Документ подготовлен</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="167" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="63" />
            <source>Подписано</source>
            <translation>Подписано</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="168" />
            <source>Готово к загрузке</source>
            <translation>Готово к загрузке</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="169" />
            <source>Загружено в ИСПУ</source>
            <translation>Загружено в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="202" />
            <source>Подписанный документ</source>
            <translation>Подписанный документ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="203" />
            <source>Электронная копия</source>
            <translation>Электронная копия</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="204" />
            <source>Форма отчётности</source>
            <translation>Форма отчётности</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="205" />
            <source>Ссылка на публикацию</source>
            <translation>Ссылка на публикацию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="206" />
            <source>Таблица в программе</source>
            <translation>Таблица в программе</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="227" />
            <source>Обязательный</source>
            <translation>Обязательный</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="228" />
            <source>При условии</source>
            <translation>При условии</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="229" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="29" />
            <source>Необязательный</source>
            <translation>Необязательный</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="254" />
            <source>Дата подписания</source>
            <translation>Дата подписания</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="255" />
            <source>Дата утверждения</source>
            <translation>Дата утверждения</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="256" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="228" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="119" />
            <source>Дата публикации</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="257" />
            <source>Дата проведения</source>
            <translation>Дата проведения</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="258" />
            <source>Дата поступления</source>
            <translation>Дата поступления</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="281" />
            <source>интернет-ресурс</source>
            <translation>интернет-ресурс</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="282" />
            <source>СМИ</source>
            <translation>СМИ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="283" />
            <source>социальные сети</source>
            <translation>социальные сети</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="307" />
            <source>Скан подписанного документа</source>
            <translation>Скан подписанного документа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="308" />
            <source>Проект документа (без подписи)</source>
            <translation>Проект документа (без подписи)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="309" />
            <source>Сопроводительный материал</source>
            <translation>Сопроводительный материал</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="310" />
            <source>Файл электронной подписи (ЭЦП)</source>
            <translation>Файл электронной подписи (ЭЦП)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/vocabulary.py" line="126" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="367" />
            <source>за год</source>
            <translation>за год</translation>
        </message>
    </context>
    <context>
        <name>core.workdays</name>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="63" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="94" />
            <source>праздник</source>
            <translation>праздник</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="64" />
            <source>перенос праздника</source>
            <translation>перенос праздника</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="65" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="94" />
            <source>выходной</source>
            <translation>выходной</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="66" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="186" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="198" />
            <source>рабочий день</source>
            <translation>рабочий день</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="78" />
            <source>Выходной день перенесён с понедельника, {date}</source>
            <translation>Выходной день перенесён с понедельника, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="79" />
            <source>Выходной день перенесён с вторника, {date}</source>
            <translation>Выходной день перенесён с вторника, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="80" />
            <source>Выходной день перенесён со среды, {date}</source>
            <translation>Выходной день перенесён со среды, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="81" />
            <source>Выходной день перенесён с четверга, {date}</source>
            <translation>Выходной день перенесён с четверга, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="82" />
            <source>Выходной день перенесён с пятницы, {date}</source>
            <translation>Выходной день перенесён с пятницы, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="83" />
            <source>Выходной день перенесён с субботы, {date}</source>
            <translation>Выходной день перенесён с субботы, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="84" />
            <source>Выходной день перенесён с воскресенья, {date}</source>
            <translation>Выходной день перенесён с воскресенья, {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="90" />
            <source>Новый год</source>
            <translation>Новый год</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="91" />
            <source>Православное Рождество</source>
            <translation>Православное Рождество</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="92" />
            <source>Международный женский день</source>
            <translation>Международный женский день</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="93" />
            <source>Наурыз мейрамы</source>
            <translation>Наурыз мейрамы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="95" />
            <source>Праздник единства народа Казахстана</source>
            <translation>Праздник единства народа Казахстана</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="96" />
            <source>День защитника Отечества</source>
            <translation>День защитника Отечества</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="97" />
            <source>День Победы</source>
            <translation>День Победы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="98" />
            <source>День Столицы</source>
            <translation>День Столицы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="100" />
            <source>День Конституции Республики Казахстан</source>
            <translation>День Конституции Республики Казахстан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="101" />
            <source>День Республики</source>
            <translation>День Республики</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="102" />
            <source>День Республики Казахстан</source>
            <translation>День Республики Казахстан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="104" />
            <source>День Первого Президента Республики Казахстан</source>
            <translation>День Первого Президента Республики Казахстан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="105" />
            <source>День Независимости</source>
            <translation>День Независимости</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="106" />
            <source>Курбан айт (первый день)</source>
            <translation>Курбан айт (первый день)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="527" />
            <source>Рабочий день: выходной перенесён на {date}</source>
            <translation>Рабочий день: выходной перенесён на {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="141" />
            <source>Дата записи календаря должна быть датой без времени.</source>
            <translation>Дата записи календаря должна быть датой без времени.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="183" />
            <source>Файл календаря {file}: {problem}.</source>
            <translation>Файл календаря {file}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="230" />
            <source>ожидается год от {first} до {last}, получено {value}</source>
            <translation>ожидается год от {first} до {last}, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="236" />
            <source>год {year} не совпадает с годом в имени файла</source>
            <translation>год {year} не совпадает с годом в имени файла</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="247" />
            <source>ожидается список записей, получено {value}</source>
            <translation>ожидается список записей, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="340" />
            <source>Запись календаря пользователя имеет неверный тип.</source>
            <translation>Запись календаря пользователя имеет неверный тип.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="439" />
            <source>Дата выходит за пределы календаря.</source>
            <translation>Дата выходит за пределы календаря.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="459" />
            <source>по данным пакета holidays</source>
            <translation>по данным пакета holidays</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="138" />
            <source>Вид записи календаря «{kind}» неизвестен: допустимы day_off, working_day.</source>
            <translation>Вид записи календаря «{kind}» неизвестен: допустимы day_off, working_day.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="181" />
            <source>Файл календаря {file}: {path} — {problem}.</source>
            <translation>Файл календаря {file}: {path} — {problem}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="211" />
            <location filename="../../tbn4_desktop/core/workdays.py" line="209" />
            <source>ожидается дата ГГГГ-ММ-ДД, получено {value}</source>
            <translation>ожидается дата ГГГГ-ММ-ДД, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="213" />
            <source>дата {date} не относится к {year} году</source>
            <translation>дата {date} не относится к {year} году</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="218" />
            <source>ожидается непустой текст, получено {value}</source>
            <translation>ожидается непустой текст, получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="257" />
            <source>дата {date} уже указана в {entry}</source>
            <translation>дата {date} уже указана в {entry}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="264" />
            <source>ожидается day_off (выходной) или working_day (рабочий день), получено {value}</source>
            <translation>ожидается day_off (выходной) или working_day (рабочий день), получено {value}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="284" />
            <source>Файл календаря {file}: слишком большой ({size} байт).</source>
            <translation>Файл календаря {file}: слишком большой ({size} байт).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="288" />
            <source>Файл календаря {file}: не в кодировке UTF-8.</source>
            <translation>Файл календаря {file}: не в кодировке UTF-8.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="291" />
            <source>Файл календаря {file}: не удалось прочитать ({reason}).</source>
            <translation>Файл календаря {file}: не удалось прочитать ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="303" />
            <source>Файл календаря {file}: ошибка синтаксиса YAML.</source>
            <translation>Файл календаря {file}: ошибка синтаксиса YAML.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="499" />
            <source>Перенос выходного дня с {date} ({holiday})</source>
            <translation>Перенос выходного дня с {date} ({holiday})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="299" />
            <source>Файл календаря {file}: ошибка синтаксиса YAML (строка {line}).</source>
            <translation>Файл календаря {file}: ошибка синтаксиса YAML (строка {line}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="332" />
            <source>Календарь на {year} год задан дважды: {first} и {second}.</source>
            <translation>Календарь на {year} год задан дважды: {first} и {second}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/core/workdays.py" line="470" />
            <source>{holiday}, дата ориентировочная</source>
            <translation>{holiday}, дата ориентировочная</translation>
        </message>
    </context>
    <context>
        <name>instance_lock</name>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="36" />
            <source>приложение ТБН-4</source>
            <translation>приложение ТБН-4</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="36" />
            <source>команда tbn4</source>
            <translation>команда tbn4</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="134" />
            <source>Папка данных занята другим процессом ТБН-4: дождитесь его завершения и повторите.</source>
            <translation>Папка данных занята другим процессом ТБН-4: дождитесь его завершения и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="146" />
            <source>Резервная копия этой папки данных уже создаётся другим процессом. Дождитесь окончания и повторите.</source>
            <translation>Резервная копия этой папки данных уже создаётся другим процессом. Дождитесь окончания и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="139" />
            <source>Папка данных занята: её использует приложение ТБН-4 ({where}). Закройте его и повторите.</source>
            <translation>Папка данных занята: её использует приложение ТБН-4 ({where}). Закройте его и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="152" />
            <source>Резервная копия этой папки данных уже создаётся: её делает приложение ТБН-4 ({where}). Дождитесь окончания и повторите.</source>
            <translation>Резервная копия этой папки данных уже создаётся: её делает приложение ТБН-4 ({where}). Дождитесь окончания и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="64" />
            <source>процесс {pid} на компьютере {host}</source>
            <translation>процесс {pid} на компьютере {host}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="136" />
            <source>Папка данных занята: её использует команда tbn4 ({where}). Дождитесь её завершения и повторите.</source>
            <translation>Папка данных занята: её использует команда tbn4 ({where}). Дождитесь её завершения и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="148" />
            <source>Резервная копия этой папки данных уже создаётся: её делает команда tbn4 ({where}). Дождитесь окончания и повторите.</source>
            <translation>Резервная копия этой папки данных уже создаётся: её делает команда tbn4 ({where}). Дождитесь окончания и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="63" />
            <source>процесс {pid} на компьютере неизвестно</source>
            <translation>процесс {pid} на компьютере неизвестно</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/instance_lock.py" line="198" />
            <location filename="../../tbn4_desktop/store.py" line="151" />
            <source>Не удалось открыть папку данных. {error}</source>
            <translation>Не удалось открыть папку данных. {error}</translation>
        </message>
    </context>
    <context>
        <name>migrations.runner</name>
        <message>
            <location filename="../../tbn4_desktop/migrations/runner.py" line="39" />
            <source>В общей базе данных офиса нет отметки о версии её схемы, поэтому программа не может безопасно её открыть и ничего в ней не меняет: обратитесь к администратору сервера.</source>
            <translation>В общей базе данных офиса нет отметки о версии её схемы, поэтому программа не может безопасно её открыть и ничего в ней не меняет: обратитесь к администратору сервера.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/migrations/runner.py" line="43" />
            <source>В общей базе данных офиса есть чужие таблицы, поэтому программа её не открывает и ничего в ней не меняет: укажите в настройках отдельную пустую базу для программы.</source>
            <translation>В общей базе данных офиса есть чужие таблицы, поэтому программа её не открывает и ничего в ней не меняет: укажите в настройках отдельную пустую базу для программы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/migrations/runner.py" line="47" />
            <source>Обновление базы данных нарушило бы связи между записями, поэтому оно отменено и база не изменена: сообщите об этом разработчикам.</source>
            <translation>Обновление базы данных нарушило бы связи между записями, поэтому оно отменено и база не изменена: сообщите об этом разработчикам.</translation>
        </message>
    </context>
    <context>
        <name>services.audit</name>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="266" />
            <source>Отметка о последней записи журнала изменений повреждена.</source>
            <translation>Отметка о последней записи журнала изменений повреждена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="262" />
            <source>Пропала отметка о последней записи журнала изменений: удалённые последние записи не обнаружить.</source>
            <translation>Пропала отметка о последней записи журнала изменений: удалённые последние записи не обнаружить.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="269" />
            <source>Из журнала изменений удалены последние записи {gap}.</source>
            <translation>Из журнала изменений удалены последние записи {gap}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="271" />
            <source>Записи журнала изменений после №{id} добавлены в обход программы.</source>
            <translation>Записи журнала изменений после №{id} добавлены в обход программы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="273" />
            <source>Последняя запись журнала изменений №{id} заменена в обход программы.</source>
            <translation>Последняя запись журнала изменений №{id} заменена в обход программы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="420" />
            <source>Пакет этой организации за {year} год ещё не принят.</source>
            <translation>Пакет этой организации за {year} год ещё не принят.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="227" />
            <source>Запись журнала изменений №{id} от {when} изменена после того, как была сделана: её контрольная сумма не совпадает.</source>
            <translation>Запись журнала изменений №{id} от {when} изменена после того, как была сделана: её контрольная сумма не совпадает.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="236" />
            <source>И ещё нарушений в журнале изменений: {count}.</source>
            <translation>И ещё нарушений в журнале изменений: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="429" />
            <source>Журнал изменений из пакета «{name}» не прочитать: сохранённый пакет отсутствует или повреждён; примите пакет заново.</source>
            <translation>Журнал изменений из пакета «{name}» не прочитать: сохранённый пакет отсутствует или повреждён; примите пакет заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="210" />
            <source>Из журнала изменений удалены записи {gap}: за ними идёт запись №{id} от {when}.</source>
            <translation>Из журнала изменений удалены записи {gap}: за ними идёт запись №{id} от {when}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="214" />
            <source>Запись журнала изменений №{id} от {when} стоит не на своём месте: записи переставлены.</source>
            <translation>Запись журнала изменений №{id} от {when} стоит не на своём месте: записи переставлены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/audit.py" line="220" />
            <source>Запись журнала изменений №{id} от {when} не продолжает предыдущую: записи удалены, вставлены или переставлены.</source>
            <translation>Запись журнала изменений №{id} от {when} не продолжает предыдущую: записи удалены, вставлены или переставлены.</translation>
        </message>
    </context>
    <context>
        <name>services.backup_warnings</name>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="70" />
            <source>Папка данных сама не может быть папкой резервных копий: выберите её вложенную папку или папку на другом диске.</source>
            <translation>Папка данных сама не может быть папкой резервных копий: выберите её вложенную папку или папку на другом диске.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="35" />
            <source>Резервные копии лежат на том же диске, что и данные: при отказе диска пропадут и они. Выберите папку на другом диске или на сетевом ресурсе.</source>
            <translation>Резервные копии лежат на том же диске, что и данные: при отказе диска пропадут и они. Выберите папку на другом диске или на сетевом ресурсе.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="66" />
            <source>Папка «{folder}» находится внутри папки вложений: выберите для резервных копий другую папку.</source>
            <translation>Папка «{folder}» находится внутри папки вложений: выберите для резервных копий другую папку.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="80" />
            <source>В папку «{folder}» нельзя записывать: выберите папку, доступную для записи.</source>
            <translation>В папку «{folder}» нельзя записывать: выберите папку, доступную для записи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backup_warnings.py" line="29" />
            <source>Последней резервной копии больше 7 дней (она сделана {date}): создайте копию сейчас.</source>
            <translation>Последней резервной копии больше 7 дней (она сделана {date}): создайте копию сейчас.</translation>
        </message>
    </context>
    <context>
        <name>services.backups</name>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="43" />
            <source>Программа работает с общей базой данных офиса: резервные копии базы делает сервер (администратор PostgreSQL), программа сохраняет только настройки этого компьютера.</source>
            <translation>Программа работает с общей базой данных офиса: резервные копии базы делает сервер (администратор PostgreSQL), программа сохраняет только настройки этого компьютера.</translation>
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
            <translation>Данные восстановлены из резервной копии от {when}; прежнее состояние сохранено в копии «{copy}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="356" />
            <source>Резервная копия «{name}» — копия локальной базы, а программа работает с общей базой данных офиса: её восстанавливает администратор сервера.</source>
            <translation>Резервная копия «{name}» — копия локальной базы, а программа работает с общей базой данных офиса: её восстанавливает администратор сервера.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="363" />
            <source>Резервная копия «{name}» сделана более новой версией программы: обновите программу, чтобы восстановить её.</source>
            <translation>Резервная копия «{name}» сделана более новой версией программы: обновите программу, чтобы восстановить её.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="414" />
            <source>Данные восстановлены из резервной копии от {when}.</source>
            <translation>Данные восстановлены из резервной копии от {when}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="410" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="309" />
            <source>Данные не восстановлены. {reason}</source>
            <translation>Данные не восстановлены. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/backups.py" line="401" />
            <source>Настройки этого компьютера восстановлены из резервной копии от {when}.</source>
            <translation>Настройки этого компьютера восстановлены из резервной копии от {when}.</translation>
        </message>
    </context>
    <context>
        <name>services.bundle_signatures</name>
        <message>
            <location filename="../../tbn4_desktop/services/bundle_signatures.py" line="121" />
            <source>Пакет «{name}» отклонён: подпись «{file}» не читается или не сходится со своим документом (файл изменён после подписания).</source>
            <translation>Пакет «{name}» отклонён: подпись «{file}» не читается или не сходится со своим документом (файл изменён после подписания).</translation>
        </message>
    </context>
    <context>
        <name>services.checklist</name>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="557" />
            <source>Укажите наименование организации.</source>
            <translation>Укажите наименование организации.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="559" />
            <source>Наименование длиннее 500 символов.</source>
            <translation>Наименование длиннее 500 символов.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="565" />
            <source>«{name}» уже есть в списке курируемых организаций.</source>
            <translation>«{name}» уже есть в списке курируемых организаций.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="277" />
            <source>Такого подписанта нет в списке организации.</source>
            <translation>Такого подписанта нет в списке организации.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="436" />
            <source>Дата публикации не может быть в будущем.</source>
            <translation>Дата публикации не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="268" />
            <source>Документ «{title}» не подписывается в организации: подписант для него не указывается.</source>
            <translation>Документ «{title}» не подписывается в организации: подписант для него не указывается.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="316" />
            <source>У документа «{title}» нет своей даты.</source>
            <translation>У документа «{title}» нет своей даты.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="318" />
            <source>{date} не может быть в будущем.</source>
            <translation>{date} не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="423" />
            <source>Документ «{title}» — не ссылка.</source>
            <translation>Документ «{title}» — не ссылка.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="430" />
            <source>Канал «{channel}» не предусмотрен для документа «{title}»; допустимо: {allowed}.</source>
            <translation>Канал «{channel}» не предусмотрен для документа «{title}»; допустимо: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="487" />
            <source>Подзадача {code} не применяется ({reason}).</source>
            <translation>Подзадача {code} не применяется ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="230" />
            <source>У подзадачи {code} нет документа «{key}» (документы: {known}).</source>
            <translation>У подзадачи {code} нет документа «{key}» (документы: {known}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="283" />
            <source>{name}, {role}, не может подписывать документ «{title}»; его подписывает: {allowed}.</source>
            <translation>{name}, {role}, не может подписывать документ «{title}»; его подписывает: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="352" />
            <source>Документ «{title}» обязателен: Инструкция не допускает отметку «не требуется».</source>
            <translation>Документ «{title}» обязателен: Инструкция не допускает отметку «не требуется».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="362" />
            <source>Причина «{reason}» не подходит; допустимо: {allowed}.</source>
            <translation>Причина «{reason}» не подходит; допустимо: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="388" />
            <source>К документу «{title}» файлы не прикладываются.</source>
            <translation>К документу «{title}» файлы не прикладываются.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/checklist.py" line="520" />
            <source>Вопроса «{key}» нет в каталоге (есть: {known}).</source>
            <translation>Вопроса «{key}» нет в каталоге (есть: {known}).</translation>
        </message>
    </context>
    <context>
        <name>services.deadlines</name>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="130" />
            <source>Укажите, что это за день (например, «Перенос выходного дня с 04.01.2027»).</source>
            <translation>Укажите, что это за день (например, «Перенос выходного дня с 04.01.2027»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="119" />
            <source>Дата {date} вне календаря ({first}–{last} годы).</source>
            <translation>Дата {date} вне календаря ({first}–{last} годы).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="134" />
            <source>Основание длиннее {max} символов.</source>
            <translation>Основание длиннее {max} символов.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="80" />
            <source>Дата «{event}»: укажите дату без времени.</source>
            <translation>Дата «{event}»: укажите дату без времени.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="125" />
            <source>На {date} уже есть запись календаря («{note}»): удалите её, чтобы указать другую.</source>
            <translation>На {date} уже есть запись календаря («{note}»): удалите её, чтобы указать другую.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="132" />
            <source>Описание длиннее {max} символов.</source>
            <translation>Описание длиннее {max} символов.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="77" />
            <source>Неизвестное событие «{key}».</source>
            <translation>Неизвестное событие «{key}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="82" />
            <source>Дата «{event}» ({date}) должна относиться к {first}–{last} годам (план на {year} год).</source>
            <translation>Дата «{event}» ({date}) должна относиться к {first}–{last} годам (план на {year} год).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/deadlines.py" line="179" />
            <location filename="../../tbn4_desktop/services/year_status.py" line="73" />
            <source>За {year} год план организации не создан.</source>
            <translation>За {year} год план организации не создан.</translation>
        </message>
    </context>
    <context>
        <name>services.demo</name>
        <message>
            <location filename="../../tbn4_desktop/services/demo.py" line="113" />
            <source>Демонстрационные данные создаются за текущий или прошедший год, а не за {year}. Укажите другой год.</source>
            <translation>Демонстрационные данные создаются за текущий или прошедший год, а не за {year}. Укажите другой год.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/demo.py" line="124" />
            <source>В папке данных уже есть организация «{name}»: демонстрационные данные создаются только в пустой папке. Выберите другую папку данных (параметр --data-dir).</source>
            <translation>В папке данных уже есть организация «{name}»: демонстрационные данные создаются только в пустой папке. Выберите другую папку данных (параметр --data-dir).</translation>
        </message>
    </context>
    <context>
        <name>services.due_dates</name>
        <message>
            <location filename="../../tbn4_desktop/services/due_dates.py" line="40" />
            <source>Срок {date} вне {first}–{last} годов (план на {year} год): проверьте год.</source>
            <translation>Срок {date} вне {first}–{last} годов (план на {year} год): проверьте год.</translation>
        </message>
    </context>
    <context>
        <name>services.executions</name>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="412" />
            <source>Этот файл только что убрал из подзадачи другой пользователь. Ваши изменения не сохранены: откройте подзадачу заново и повторите.</source>
            <translation>Этот файл только что убрал из подзадачи другой пользователь. Ваши изменения не сохранены: откройте подзадачу заново и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="330" />
            <source>Объединённый документ</source>
            <translation>Объединённый документ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="475" />
            <source>Дата загрузки не может быть в будущем.</source>
            <translation>Дата загрузки не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="320" />
            <source>Для объединения выберите не меньше двух приложенных файлов.</source>
            <translation>Для объединения выберите не меньше двух приложенных файлов.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="325" />
            <source>Файл электронной подписи не объединяется с документами: подпись относится к одному файлу, и после объединения она бы ничего не подтверждала.</source>
            <translation>Файл электронной подписи не объединяется с документами: подпись относится к одному файлу, и после объединения она бы ничего не подтверждала.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="461" />
            <source>Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»; не готово: {names}.</source>
            <translation>Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»; не готово: {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="477" />
            <source>Номер в ИСПУ длиннее {max} символов.</source>
            <translation>Номер в ИСПУ длиннее {max} символов.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="513" />
            <source>Не выбрано ни одной подзадачи.</source>
            <translation>Не выбрано ни одной подзадачи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/executions.py" line="497" />
            <source>Отметка о загрузке есть не у всех выбранных подзадач: {names} в ИСПУ не загружено.</source>
            <translation>Отметка о загрузке есть не у всех выбранных подзадач: {names} в ИСПУ не загружено.</translation>
        </message>
    </context>
    <context>
        <name>services.export</name>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="177" />
            <source>Чтение данных…</source>
            <translation>Чтение данных…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="337" />
            <source>За {year} год данных нет: у организации «{name}» нет плана на этот год. Выберите другой год или начните работу над этим годом в программе.</source>
            <translation>За {year} год данных нет: у организации «{name}» нет плана на этот год. Выберите другой год или начните работу над этим годом в программе.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="373" />
            <source>В плане на {year} год нет ни одной подзадачи: выгружать нечего.</source>
            <translation>В плане на {year} год нет ни одной подзадачи: выгружать нечего.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="439" />
            <source>Организация ещё не настроена: выгружать нечего. Заполните сведения об организации в программе (или создайте демонстрационные данные).</source>
            <translation>Организация ещё не настроена: выгружать нечего. Заполните сведения об организации в программе (или создайте демонстрационные данные).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="365" />
            <source>С последней выгрузки за {year} год ничего не изменилось: пакет не сформирован.</source>
            <translation>С последней выгрузки за {year} год ничего не изменилось: пакет не сформирован.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="369" />
            <source>В проекте {project} нет подзадач за {year} год: выгружать нечего. Выберите другой проект или весь год.</source>
            <translation>В проекте {project} нет подзадач за {year} год: выгружать нечего. Выберите другой проект или весь год.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="447" />
            <location filename="../../tbn4_desktop/services/forms.py" line="215" />
            <source>Организации с номером {id} нет в базе. Проверьте номер организации.</source>
            <translation>Организации с номером {id} нет в базе. Проверьте номер организации.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="758" />
            <source>Указана папка, а не имя файла пакета: {path}. Укажите имя файла, например «пакет.zip».</source>
            <translation>Указана папка, а не имя файла пакета: {path}. Укажите имя файла, например «пакет.zip».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="765" />
            <location filename="../../tbn4_desktop/services/export.py" line="786" />
            <source>Папка «{folder}» не существует. Выберите существующую папку для пакета.</source>
            <translation>Папка «{folder}» не существует. Выберите существующую папку для пакета.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="769" />
            <source>Недопустимое имя файла пакета: «{name}». Укажите имя, например «пакет.zip».</source>
            <translation>Недопустимое имя файла пакета: «{name}». Укажите имя, например «пакет.zip».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="776" />
            <source>«{path}» — это файл, а не папка. Укажите новую или пустую папку для пакета.</source>
            <translation>«{path}» — это файл, а не папка. Укажите новую или пустую папку для пакета.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="790" />
            <source>Недопустимое имя папки пакета: «{name}». Укажите имя, например «Пакет ИСПУ».</source>
            <translation>Недопустимое имя папки пакета: «{name}». Укажите имя, например «Пакет ИСПУ».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="360" />
            <source>С последней выгрузки ({when}) за {year} год ничего не изменилось: пакет не сформирован.</source>
            <translation>С последней выгрузки ({when}) за {year} год ничего не изменилось: пакет не сформирован.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="573" />
            <source>Файл «{name}» подзадачи {code} не найден в хранилище вложений ({path}). Приложите его заново или восстановите папку данных из резервной копии.</source>
            <translation>Файл «{name}» подзадачи {code} не найден в хранилище вложений ({path}). Приложите его заново или восстановите папку данных из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="654" />
            <source>Формирование документов: {done} из {total}…</source>
            <translation>Формирование документов: {done} из {total}…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="709" />
            <source>Не удалось записать «{form}». {reason}</source>
            <translation>Не удалось записать «{form}». {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="710" />
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="341" />
            <source>Пакет не сформирован. {reason}</source>
            <translation>Пакет не сформирован. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="185" />
            <source>Не удалось подготовить документы пакета во временной папке. {reason}</source>
            <translation>Не удалось подготовить документы пакета во временной папке. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="567" />
            <source>Файл «{name}» подзадачи {code} ({period}) не найден в хранилище вложений ({path}). Приложите его заново или восстановите папку данных из резервной копии.</source>
            <translation>Файл «{name}» подзадачи {code} ({period}) не найден в хранилище вложений ({path}). Приложите его заново или восстановите папку данных из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export.py" line="404" />
            <source>Не удалось сформировать «{form}» для подзадачи {code}: {reason}</source>
            <translation>Не удалось сформировать «{form}» для подзадачи {code}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.export_scope</name>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="89" />
            <source>весь год</source>
            <translation>весь год</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="89" />
            <source>только изменённое</source>
            <translation>только изменённое</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/services/export_scope.py" line="391" />
            <source>%n файл не распределён по документам и останутся в папке «Не распределено»: укажите, к какому документу относится каждый файл.</source>
            <translation>
                <numerusform>%n файл не распределён по документам и останутся в папке «Не распределено»: укажите, к какому документу относится каждый файл.</numerusform>
                <numerusform>%n файла не распределены по документам и останутся в папке «Не распределено»: укажите, к какому документу относится каждый файл.</numerusform>
                <numerusform>%n файлов не распределены по документам и останутся в папке «Не распределено»: укажите, к какому документу относится каждый файл.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="421" />
            <source>Документы собраны, но подзадача не отмечена «Готово к загрузке».</source>
            <translation>Документы собраны, но подзадача не отмечена «Готово к загрузке».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="88" />
            <source>проект {number}</source>
            <translation>проект {number}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="406" />
            <source>Не указан подписант документа «{title}»; подписывать его может: {allowed}.</source>
            <translation>Не указан подписант документа «{title}»; подписывать его может: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="413" />
            <source>Документ «{title}» подписал(а) {name} — {role}, а подписывать его может: {allowed}.</source>
            <translation>Документ «{title}» подписал(а) {name} — {role}, а подписывать его может: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="427" />
            <source>Срок {date} прошёл, а отметки о загрузке в ИСПУ нет.</source>
            <translation>Срок {date} прошёл, а отметки о загрузке в ИСПУ нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/export_scope.py" line="430" />
            <source>Срок {date} прошёл, подзадача не исполнена.</source>
            <translation>Срок {date} прошёл, подзадача не исполнена.</translation>
        </message>
    </context>
    <context>
        <name>services.forms</name>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="278" />
            <source>Акт сверки (Приложение №2) составляется за квартал: выберите I квартал (Q1), II квартал (Q2), III квартал (Q3) или IV квартал (Q4).</source>
            <translation>Акт сверки (Приложение №2) составляется за квартал: выберите I квартал (Q1), II квартал (Q2), III квартал (Q3) или IV квартал (Q4).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="246" />
            <source>Подзадачу можно указать только для Приложения №1.</source>
            <translation>Подзадачу можно указать только для Приложения №1.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="138" />
            <source>Сводной формы «{form}» нет: сводными бывают Приложения №1 и №3.</source>
            <translation>Сводной формы «{form}» нет: сводными бывают Приложения №1 и №3.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="224" />
            <source>За {year} год данных нет: у организации «{name}» нет плана на этот год.</source>
            <translation>За {year} год данных нет: у организации «{name}» нет плана на этот год.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="270" />
            <source>Период «{period}» не подходит для формы «{form}»: форма составляется за год, период не указывается.</source>
            <translation>Период «{period}» не подходит для формы «{form}»: форма составляется за год, период не указывается.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="401" />
            <source>Сводную форму составить не из чего: у подведомственных организаций «{name}» нет данных за {year} год.</source>
            <translation>Сводную форму составить не из чего: у подведомственных организаций «{name}» нет данных за {year} год.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="189" />
            <source>Организации с БИН {bin} нет в базе. Проверьте БИН (параметр --org).</source>
            <translation>Организации с БИН {bin} нет в базе. Проверьте БИН (параметр --org).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="205" />
            <source>У организации «{name}» ещё нет ни одного года работы: формировать нечего.</source>
            <translation>У организации «{name}» ещё нет ни одного года работы: формировать нечего.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="243" />
            <source>Подзадача {code} не подтверждается формой «{form}».</source>
            <translation>Подзадача {code} не подтверждается формой «{form}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="265" />
            <source>Период «{period}» не подходит для формы «{form}»: допустимы: {periods}.</source>
            <translation>Период «{period}» не подходит для формы «{form}»: допустимы: {periods}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/forms.py" line="239" />
            <source>Подзадачи {code} нет в каталоге ТБН №4 этого года.</source>
            <translation>Подзадачи {code} нет в каталоге ТБН №4 этого года.</translation>
        </message>
    </context>
    <context>
        <name>services.import_staging</name>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="164" />
            <source>Пакет «{name}» отклонён: файл «{file}» указан как документ, а по содержимому это файл электронной подписи.</source>
            <translation>Пакет «{name}» отклонён: файл «{file}» указан как документ, а по содержимому это файл электронной подписи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="160" />
            <source>Пакет «{name}» отклонён: файл «{file}» указан как файл электронной подписи, а по содержимому им не является.</source>
            <translation>Пакет «{name}» отклонён: файл «{file}» указан как файл электронной подписи, а по содержимому им не является.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="124" />
            <source>Не удалось прочитать пакет «{name}». {reason}</source>
            <translation>Не удалось прочитать пакет «{name}». {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="130" />
            <source>Не удалось скопировать пакет в папку вложений; данные не изменены. {reason}</source>
            <translation>Не удалось скопировать пакет в папку вложений; данные не изменены. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="60" />
            <source>Не удалось подготовить папку вложений к приёму пакета. {reason}</source>
            <translation>Не удалось подготовить папку вложений к приёму пакета. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="199" />
            <source>Не удалось сохранить файлы пакета. {reason}</source>
            <translation>Не удалось сохранить файлы пакета. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/import_staging.py" line="149" />
            <source>Пакет «{name}» отклонён: файл «{file}» не является документом допустимого типа ({types}).</source>
            <translation>Пакет «{name}» отклонён: файл «{file}» не является документом допустимого типа ({types}).</translation>
        </message>
    </context>
    <context>
        <name>services.imports</name>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="136" />
            <source>Пакет «{name}» за {year} год заменил ранее принятый: подзадач и периодов {items}, файлов {files}.</source>
            <translation>Пакет «{name}» за {year} год заменил ранее принятый: подзадач и периодов {items}, файлов {files}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="140" />
            <source>Пакет «{name}» за {year} год принят: подзадач и периодов {items}, файлов {files}.</source>
            <translation>Пакет «{name}» за {year} год принят: подзадач и периодов {items}, файлов {files}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="413" />
            <source>Организация ещё не настроена: сначала заполните сведения о своей организации, затем принимайте пакеты подведомственных.</source>
            <translation>Организация ещё не настроена: сначала заполните сведения о своей организации, затем принимайте пакеты подведомственных.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="143" />
            <source>Организация добавлена как подведомственная.</source>
            <translation>Организация добавлена как подведомственная.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="146" />
            <source>Пакет прежнего формата (без документов подзадач): файлы, ссылки и подписант распределены по документам автоматически; то, что нельзя отнести к одному документу, — в «Не распределено».</source>
            <translation>Пакет прежнего формата (без документов подзадач): файлы, ссылки и подписант распределены по документам автоматически; то, что нельзя отнести к одному документу, — в «Не распределено».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="132" />
            <source>Пакет «{name}» за {year} год уже принят ранее; данные не изменились.</source>
            <translation>Пакет «{name}» за {year} год уже принят ранее; данные не изменились.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="326" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} файл «{file}» отнесён к документу «{slot}», к которому файлы не прикладываются.</source>
            <translation>Пакет «{name}» отклонён: у подзадачи {item} файл «{file}» отнесён к документу «{slot}», к которому файлы не прикладываются.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="340" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} ссылка {url} отнесена к документу «{slot}», который не ссылка.</source>
            <translation>Пакет «{name}» отклонён: у подзадачи {item} ссылка {url} отнесена к документу «{slot}», который не ссылка.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="350" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} канал «{channel}» не предусмотрен для документа «{title}».</source>
            <translation>Пакет «{name}» отклонён: у подзадачи {item} канал «{channel}» не предусмотрен для документа «{title}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="361" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} неизвестный документ «{key}».</source>
            <translation>Пакет «{name}» отклонён: у подзадачи {item} неизвестный документ «{key}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="366" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} указан подписант документа «{title}», который не подписывается.</source>
            <translation>Пакет «{name}» отклонён: у подзадачи {item} указан подписант документа «{title}», который не подписывается.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="377" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} для документа «{title}» указана недопустимая причина «не требуется»: «{reason}».</source>
            <translation>Пакет «{name}» отклонён: у подзадачи {item} для документа «{title}» указана недопустимая причина «не требуется»: «{reason}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="421" />
            <source>Пакет «{name}» отклонён: в нём не указан БИН организации «{org}», без него её нельзя сопоставить; попросите указать БИН в программе и выгрузить заново.</source>
            <translation>Пакет «{name}» отклонён: в нём не указан БИН организации «{org}», без него её нельзя сопоставить; попросите указать БИН в программе и выгрузить заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="428" />
            <source>Пакет «{name}» — это пакет вашей же организации «{org}»; принимаются только пакеты подведомственных организаций.</source>
            <translation>Пакет «{name}» — это пакет вашей же организации «{org}»; принимаются только пакеты подведомственных организаций.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="447" />
            <source>Пакет «{name}» отклонён: организация «{org}» (БИН {bin}) не является подведомственной «{parent}».</source>
            <translation>Пакет «{name}» отклонён: организация «{org}» (БИН {bin}) не является подведомственной «{parent}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="475" />
            <source>Пакет «{name}» сформирован {created}, а уже принят более новый пакет «{org}» за {year} год (от {newer}); старый пакет не принимается.</source>
            <translation>Пакет «{name}» сформирован {created}, а уже принят более новый пакет «{org}» за {year} год (от {newer}); старый пакет не принимается.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="233" />
            <source>Пакет «{name}» составлен по каталогу «{catalog}» версии {version}, которого нет в программе: импортируйте этот каталог (Карту реализации) или обновите программу.</source>
            <translation>Пакет «{name}» составлен по каталогу «{catalog}» версии {version}, которого нет в программе: импортируйте этот каталог (Карту реализации) или обновите программу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="307" />
            <source>Пакет «{name}» отклонён: дата «{event}» ({date}) не относится к {first}–{last} годам.</source>
            <translation>Пакет «{name}» отклонён: дата «{event}» ({date}) не относится к {first}–{last} годам.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="388" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} дата документа «{title}» ({date}) не относится к {first}–{last} годам.</source>
            <translation>Пакет «{name}» отклонён: у подзадачи {item} дата документа «{title}» ({date}) не относится к {first}–{last} годам.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="437" />
            <source>Организация «{org}» (БИН {bin}) не числится подведомственной «{parent}»; добавьте её как подведомственную, чтобы принять пакет.</source>
            <translation>Организация «{org}» (БИН {bin}) не числится подведомственной «{parent}»; добавьте её как подведомственную, чтобы принять пакет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="187" />
            <source>Пакет «{name}» изменился во время приёма; повторите приём.</source>
            <translation>Пакет «{name}» изменился во время приёма; повторите приём.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="256" />
            <source>Пакет «{name}» отклонён: подзадачи {code} нет в каталоге «{catalog}» версии {version}.</source>
            <translation>Пакет «{name}» отклонён: подзадачи {code} нет в каталоге «{catalog}» версии {version}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="271" />
            <source>Пакет «{name}» отклонён: у подзадачи {item} неизвестная таблица «{table}».</source>
            <translation>Пакет «{name}» отклонён: у подзадачи {item} неизвестная таблица «{table}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/imports.py" line="283" />
            <source>Пакет «{name}» отклонён: строка {row} таблицы «{table}» подзадачи {item} неверна — {reason}.</source>
            <translation>Пакет «{name}» отклонён: строка {row} таблицы «{table}» подзадачи {item} неверна — {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.integrity</name>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="214" />
            <source>Проверка базы данных…</source>
            <translation>Проверка базы данных…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="225" />
            <source>Проверка журнала изменений…</source>
            <translation>Проверка журнала изменений…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="260" />
            <source>Файл «{name}» подзадачи {item} отсутствует в хранилище вложений ({path}). Восстановите его из резервной копии или приложите заново.</source>
            <translation>Файл «{name}» подзадачи {item} отсутствует в хранилище вложений ({path}). Восстановите его из резервной копии или приложите заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="264" />
            <source>Файл пакет подведомственной организации «{name}» отсутствует в хранилище вложений ({path}). Восстановите его из резервной копии или приложите заново.</source>
            <translation>Файл пакет подведомственной организации «{name}» отсутствует в хранилище вложений ({path}). Восстановите его из резервной копии или приложите заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="270" />
            <source>Файл «{name}» подзадачи {item} не читается ({path}): {reason}.</source>
            <translation>Файл «{name}» подзадачи {item} не читается ({path}): {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="271" />
            <source>Файл пакет подведомственной организации «{name}» не читается ({path}): {reason}.</source>
            <translation>Файл пакет подведомственной организации «{name}» не читается ({path}): {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="274" />
            <source>Файл «{name}» подзадачи {item} повреждён или изменён: его содержимое не совпадает с сохранённой контрольной суммой ({path}). Восстановите его из резервной копии.</source>
            <translation>Файл «{name}» подзадачи {item} повреждён или изменён: его содержимое не совпадает с сохранённой контрольной суммой ({path}). Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="278" />
            <source>Файл пакет подведомственной организации «{name}» повреждён или изменён: его содержимое не совпадает с сохранённой контрольной суммой ({path}). Восстановите его из резервной копии.</source>
            <translation>Файл пакет подведомственной организации «{name}» повреждён или изменён: его содержимое не совпадает с сохранённой контрольной суммой ({path}). Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="238" />
            <source>Целостность общей базы данных PostgreSQL проверяет её сервер; здесь проверены файлы вложений и журнал изменений.</source>
            <translation>Целостность общей базы данных PostgreSQL проверяет её сервер; здесь проверены файлы вложений и журнал изменений.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="327" />
            <source>Проверка файлов вложений…</source>
            <translation>Проверка файлов вложений…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="394" />
            <source>Перенос в карантин…</source>
            <translation>Перенос в карантин…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="414" />
            <source>Удаление временных файлов…</source>
            <translation>Удаление временных файлов…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="70" />
            <source>Проверка данных: всё в порядке, проверено файлов: {count}.</source>
            <translation>Проверка данных: всё в порядке, проверено файлов: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="248" />
            <source>База данных повреждена: SQLite сообщает «{problem}». Восстановите данные из резервной копии.</source>
            <translation>База данных повреждена: SQLite сообщает «{problem}». Восстановите данные из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="253" />
            <source>И ещё ошибок базы данных: {count}.</source>
            <translation>И ещё ошибок базы данных: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="73" />
            <source>Проверка данных нашла проблем: {count}.</source>
            <translation>Проверка данных нашла проблем: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="76" />
            <source>Файлов хранилища, на которые нет ссылок: {count} ({size}).</source>
            <translation>Файлов хранилища, на которые нет ссылок: {count} ({size}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="82" />
            <source>Оставшихся временных файлов: {count} ({size}).</source>
            <translation>Оставшихся временных файлов: {count} ({size}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="115" />
            <source>Файлов перенесено в карантин: {count} ({size}), папка «{folder}».</source>
            <translation>Файлов перенесено в карантин: {count} ({size}), папка «{folder}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="121" />
            <source>Временных файлов удалено: {count} ({size}).</source>
            <translation>Временных файлов удалено: {count} ({size}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="419" />
            <source>Временный файл {path} удалить не удалось.</source>
            <translation>Временный файл {path} удалить не удалось.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/integrity.py" line="401" />
            <source>Файл {path} не перенесён в карантин: {reason}.</source>
            <translation>Файл {path} не перенесён в карантин: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>services.journal_files</name>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="38" />
            <source>Имя файла «{name}…» слишком длинное: сократите его.</source>
            <translation>Имя файла «{name}…» слишком длинное: сократите его.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="41" />
            <source>Указана папка, а не имя файла: {path}. Укажите имя, например «журнал.xlsx».</source>
            <translation>Указана папка, а не имя файла: {path}. Укажите имя, например «журнал.xlsx».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="45" />
            <source>Журнал сохраняется в файл XLSX: укажите имя с расширением .xlsx, а не «{name}».</source>
            <translation>Журнал сохраняется в файл XLSX: укажите имя с расширением .xlsx, а не «{name}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="51" />
            <source>Папка «{folder}» не существует. Выберите существующую папку.</source>
            <translation>Папка «{folder}» не существует. Выберите существующую папку.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/journal_files.py" line="73" />
            <source>Журнал не сохранён. {reason}</source>
            <translation>Журнал не сохранён. {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.karta</name>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="69" />
            <source>Организация не найдена: выберите организацию и повторите.</source>
            <translation>Организация не найдена: выберите организацию и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="54" />
            <source>Сроки из Карты импортированы: изменено {updated}, без изменений {unchanged}.</source>
            <translation>Сроки из Карты импортированы: изменено {updated}, без изменений {unchanged}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="58" />
            <source>Периодичность изменена: {codes}.</source>
            <translation>Периодичность изменена: {codes}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="60" />
            <source>Пропущено строк, не относящихся к организации этого уровня: {count}.</source>
            <translation>Пропущено строк, не относящихся к организации этого уровня: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/karta.py" line="134" />
            <source>Карта «{name}» не импортирована, ничего не изменено. {reason}</source>
            <translation>Карта «{name}» не импортирована, ничего не изменено. {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.org_init</name>
        <message>
            <location filename="../../tbn4_desktop/services/org_init.py" line="32" />
            <source>В папке данных уже есть организация «{name}»: новую организацию создают только в пустой папке данных (параметр --data-dir).</source>
            <translation>В папке данных уже есть организация «{name}»: новую организацию создают только в пустой папке данных (параметр --data-dir).</translation>
        </message>
    </context>
    <context>
        <name>services.organizations</name>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="77" />
            <source>Укажите вышестоящий (курирующий) орган: он загружает отчётность в ИСПУ, если у организации нет своей учётной записи.</source>
            <translation>Укажите вышестоящий (курирующий) орган: он загружает отчётность в ИСПУ, если у организации нет своей учётной записи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="88" />
            <source>Укажите фамилию, имя и отчество подписанта.</source>
            <translation>Укажите фамилию, имя и отчество подписанта.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="90" />
            <source>Укажите должность подписанта полностью.</source>
            <translation>Укажите должность подписанта полностью.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="101" />
            <source>Добавьте хотя бы одного подписанта.</source>
            <translation>Добавьте хотя бы одного подписанта.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="72" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="337" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="339" />
            <source>Наименование организации</source>
            <translation>Наименование организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="234" />
            <source>Сведения об организации только что изменил другой пользователь. Ваши изменения не сохранены: откройте их заново и повторите.</source>
            <translation>Сведения об организации только что изменил другой пользователь. Ваши изменения не сохранены: откройте их заново и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="405" />
            <source>Этого подписанта только что изменил другой пользователь. Ваши изменения не сохранены: откройте список заново и повторите.</source>
            <translation>Этого подписанта только что изменил другой пользователь. Ваши изменения не сохранены: откройте список заново и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="144" />
            <source>Организация с таким БИН уже есть в базе.</source>
            <translation>Организация с таким БИН уже есть в базе.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="221" />
            <source>Организация не может быть вышестоящим органом для самой себя.</source>
            <translation>Организация не может быть вышестоящим органом для самой себя.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="105" />
            <source>Подписант №{number}: укажите Ф.И.О. и должность.</source>
            <translation>Подписант №{number}: укажите Ф.И.О. и должность.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="364" />
            <source>Это последний подписант организации: сначала добавьте того, кто будет подписывать вместо него.</source>
            <translation>Это последний подписант организации: сначала добавьте того, кто будет подписывать вместо него.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="107" />
            <source>Подписант №{number}: {problem}</source>
            <translation>Подписант №{number}: {problem}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="256" />
            <source>Уровень нельзя изменить: подзадача {code} ({year} г.) уже выполнена, а от уровня зависит, какие подзадачи применяются и кто их подписывает.</source>
            <translation>Уровень нельзя изменить: подзадача {code} ({year} г.) уже выполнена, а от уровня зависит, какие подзадачи применяются и кто их подписывает.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="337" />
            <source>Роль нельзя изменить: этот подписант уже подписал выполненные подзадачи ({count}). Если сменилась должность, добавьте нового подписанта, а этого отметьте «Не подписывает больше».</source>
            <translation>Роль нельзя изменить: этот подписант уже подписал выполненные подзадачи ({count}). Если сменилась должность, добавьте нового подписанта, а этого отметьте «Не подписывает больше».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/organizations.py" line="288" />
            <source>Уровень нельзя изменить: подзадача {code} ({year} г.) уже в работе, а на уровне «{level}» она не применяется.</source>
            <translation>Уровень нельзя изменить: подзадача {code} ({year} г.) уже в работе, а на уровне «{level}» она не применяется.</translation>
        </message>
    </context>
    <context>
        <name>services.periodicity</name>
        <message>
            <location filename="../../tbn4_desktop/services/periodicity.py" line="75" />
            <source>Периодичность подзадачи {code} не изменена на «{periodicity}»: за {periods} уже есть данные. Перенесите их или оставьте прежнюю периодичность.</source>
            <translation>Периодичность подзадачи {code} не изменена на «{periodicity}»: за {periods} уже есть данные. Перенесите их или оставьте прежнюю периодичность.</translation>
        </message>
    </context>
    <context>
        <name>services.registers</name>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="49" />
            <location filename="../../tbn4_desktop/services/registers.py" line="46" />
            <source>Фактов не выявлено</source>
            <translation>Фактов не выявлено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="47" />
            <source>Таблица, в которой фактов не выявлено</source>
            <translation>Таблица, в которой фактов не выявлено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="243" />
            <source>Таблица пуста: в первой строке должны быть названия столбцов.</source>
            <translation>Таблица пуста: в первой строке должны быть названия столбцов.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="76" />
            <source>В таблице «{table}» есть строки: «{no_facts}» можно отметить только для пустой таблицы. Удалите строки или снимите отметку.</source>
            <translation>В таблице «{table}» есть строки: «{no_facts}» можно отметить только для пустой таблицы. Удалите строки или снимите отметку.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="251" />
            <source>Строка 1, столбец {number}: неизвестный столбец «{title}».</source>
            <translation>Строка 1, столбец {number}: неизвестный столбец «{title}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="259" />
            <source>Строка 1: нет обязательного столбца «{title}».</source>
            <translation>Строка 1: нет обязательного столбца «{title}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="288" />
            <source>Строка {row}, столбец «{title}»: {message}</source>
            <translation>Строка {row}, столбец «{title}»: {message}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="231" />
            <source>Файл «{name}» не найден.</source>
            <translation>Файл «{name}» не найден.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="234" />
            <source>Файл «{name}» не является таблицей Excel (XLSX) или повреждён.</source>
            <translation>Файл «{name}» не является таблицей Excel (XLSX) или повреждён.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="255" />
            <source>Строка 1: столбец «{title}» указан дважды.</source>
            <translation>Строка 1: столбец «{title}» указан дважды.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="279" />
            <source>Строка {row}, столбец «{title}»: формула вместо значения. Замените формулы значениями.</source>
            <translation>Строка {row}, столбец «{title}»: формула вместо значения. Замените формулы значениями.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="268" />
            <source>В таблице больше {max} строк: проверьте файл.</source>
            <translation>В таблице больше {max} строк: проверьте файл.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/registers.py" line="274" />
            <source>Строка {row}: значение в столбце без названия.</source>
            <translation>Строка {row}: значение в столбце без названия.</translation>
        </message>
    </context>
    <context>
        <name>services.shared_database</name>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="145" />
            <source>Таблицы программы будут обновлены при следующем запуске.</source>
            <translation>Таблицы программы будут обновлены при следующем запуске.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="62" />
            <source>Укажите имя или адрес сервера.</source>
            <translation>Укажите имя или адрес сервера.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="64" />
            <source>Порт — число от 1 до 65535.</source>
            <translation>Порт — число от 1 до 65535.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="66" />
            <source>Укажите имя базы данных.</source>
            <translation>Укажите имя базы данных.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="68" />
            <source>Укажите имя пользователя.</source>
            <translation>Укажите имя пользователя.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="126" />
            <source>Таблицы программы на месте, схема актуальна.</source>
            <translation>Таблицы программы на месте, схема актуальна.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="136" />
            <source>У пользователя нет права создавать таблицы в этой базе (схема public). Обратитесь к администратору сервера.</source>
            <translation>У пользователя нет права создавать таблицы в этой базе (схема public). Обратитесь к администратору сервера.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="142" />
            <source>В этой базе данных уже есть чужие таблицы. Укажите отдельную пустую базу для программы.</source>
            <translation>В этой базе данных уже есть чужие таблицы. Укажите отдельную пустую базу для программы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="144" />
            <source>База пуста: таблицы программы будут созданы при следующем запуске.</source>
            <translation>База пуста: таблицы программы будут созданы при следующем запуске.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="151" />
            <source>Укажите общую папку для вложений: её должны видеть все компьютеры офиса.</source>
            <translation>Укажите общую папку для вложений: её должны видеть все компьютеры офиса.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="97" />
            <source>Подключение установлено: PostgreSQL {version}. {schema}</source>
            <translation>Подключение установлено: PostgreSQL {version}. {schema}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="129" />
            <source>База данных создана более новой версией программы (схема {revision}). Обновите программу на этом компьютере.</source>
            <translation>База данных создана более новой версией программы (схема {revision}). Обновите программу на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="160" />
            <source>Общая папка вложений недоступна для записи. {reason}</source>
            <translation>Общая папка вложений недоступна для записи. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="182" />
            <source>Не удалось сохранить пароль. {reason}</source>
            <translation>Не удалось сохранить пароль. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/shared_database.py" line="203" />
            <source>Не удалось сохранить настройки. {reason}</source>
            <translation>Не удалось сохранить настройки. {reason}</translation>
        </message>
    </context>
    <context>
        <name>services.signatures</name>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="147" />
            <source>Подпись ГОСТ в файле «{name}»: программа не может сама найти подписанный файл. Перетащите подпись на файл документа в списке.</source>
            <translation>Подпись ГОСТ в файле «{name}»: программа не может сама найти подписанный файл. Перетащите подпись на файл документа в списке.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="86" />
            <source>Подпись в файле «{name}» не сходится с ключом своего сертификата: файл подписи повреждён или подделан. Файл не приложен.</source>
            <translation>Подпись в файле «{name}» не сходится с ключом своего сертификата: файл подписи повреждён или подделан. Файл не приложен.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="100" />
            <source>Документ внутри файла подписи «{name}» изменён после подписания. Файл не приложен.</source>
            <translation>Документ внутри файла подписи «{name}» изменён после подписания. Файл не приложен.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="137" />
            <source>Подпись «{name}» не относится ни к одному файлу этой подзадачи: сначала приложите подписанный документ (или добавьте документ и подпись вместе), затем подпись.</source>
            <translation>Подпись «{name}» не относится ни к одному файлу этой подзадачи: сначала приложите подписанный документ (или добавьте документ и подпись вместе), затем подпись.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="69" />
            <location filename="../../tbn4_desktop/services/signatures.py" line="80" />
            <source>Не удалось прочитать «{name}».</source>
            <translation>Не удалось прочитать «{name}».</translation>
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
            <translation>Подпись «{name}» не подходит к файлу «{document}»: файл изменён после подписания или подпись от другого документа. Файл не приложен.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="115" />
            <source>Файл, на который перенесена подпись «{name}», уже убран из подзадачи. Откройте подзадачу заново.</source>
            <translation>Файл, на который перенесена подпись «{name}», уже убран из подзадачи. Откройте подзадачу заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/signatures.py" line="219" />
            <source>В карточке «{card}» есть файлы, которые не являются документами или подписями, они не приложены: {names}.</source>
            <translation>В карточке «{card}» есть файлы, которые не являются документами или подписями, они не приложены: {names}.</translation>
        </message>
    </context>
    <context>
        <name>services.slot_records</name>
        <message>
            <location filename="../../tbn4_desktop/services/slot_records.py" line="29" />
            <source>Этот файл уже убран из подзадачи (он в истории): вид меняется только у приложенного файла. Откройте подзадачу заново.</source>
            <translation>Этот файл уже убран из подзадачи (он в истории): вид меняется только у приложенного файла. Откройте подзадачу заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/slot_records.py" line="115" />
            <source>Вид файла электронной подписи не меняется, и другой файл не становится подписью: подписью программа считает только файл ЭЦП (CMS), «{name}» приложен как «{kind}».</source>
            <translation>Вид файла электронной подписи не меняется, и другой файл не становится подписью: подписью программа считает только файл ЭЦП (CMS), «{name}» приложен как «{kind}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/slot_records.py" line="124" />
            <source>Файл «{name}» не может быть видом «{kind}»: этот документ не подписывается в организации; допустимо: {allowed}.</source>
            <translation>Файл «{name}» не может быть видом «{kind}»: этот документ не подписывается в организации; допустимо: {allowed}.</translation>
        </message>
    </context>
    <context>
        <name>services.today</name>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="204" />
            <source>На сегодня ничего не требует внимания: просроченных сроков нет, в ближайшие 10 рабочих дней сроков нет, подписи и загрузки в ИСПУ никто не ждёт.</source>
            <translation>На сегодня ничего не требует внимания: просроченных сроков нет, в ближайшие 10 рабочих дней сроков нет, подписи и загрузки в ИСПУ никто не ждёт.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="50" />
            <source>Срок в ближайшие 10 рабочих дней</source>
            <translation>Срок в ближайшие 10 рабочих дней</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="51" />
            <source>Ждёт подписи</source>
            <translation>Ждёт подписи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="52" />
            <source>Готово, но не загружено в ИСПУ</source>
            <translation>Готово, но не загружено в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="69" />
            <source>Приложить скан</source>
            <translation>Приложить скан</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="70" />
            <source>Выбрать подписанта</source>
            <translation>Выбрать подписанта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="71" />
            <source>Отметить загрузку</source>
            <translation>Отметить загрузку</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="72" />
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="134" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="209" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="120" />
            <source>Открыть</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="185" />
            <source>Все документы на месте: завершите подзадачу в мастере («Завершить»).</source>
            <translation>Все документы на месте: завершите подзадачу в мастере («Завершить»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="182" />
            <source>Все документы на месте: после загрузки в ИСПУ отметьте дату загрузки.</source>
            <translation>Все документы на месте: после загрузки в ИСПУ отметьте дату загрузки.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="100" />
            <source>Загружено в ИСПУ: {uploaded}; готово к загрузке: {ready}</source>
            <translation>Загружено в ИСПУ: {uploaded}; готово к загрузке: {ready}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="167" />
            <source>{date} — через {days} раб. дн.</source>
            <translation>{date} — через {days} раб. дн.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="97" />
            <source>Загружено в ИСПУ: {uploaded} из {total}; готово к загрузке: {ready}</source>
            <translation>Загружено в ИСПУ: {uploaded} из {total}; готово к загрузке: {ready}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="158" />
            <source>{date} — срок прошёл</source>
            <translation>{date} — срок прошёл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="162" />
            <source>{date} — срок сегодня</source>
            <translation>{date} — срок сегодня</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="166" />
            <source>{date} — рабочих дней до срока не осталось</source>
            <translation>{date} — рабочих дней до срока не осталось</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="173" />
            <source>Нет подписанного документа «{title}» (скана с подписью или файла с ЭЦП): откроется страница «Документы».</source>
            <translation>Нет подписанного документа «{title}» (скана с подписью или файла с ЭЦП): откроется страница «Документы».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="178" />
            <source>Скан документа «{title}» приложен, укажите, кто его подписал: откроется страница «Документы».</source>
            <translation>Скан документа «{title}» приложен, укажите, кто его подписал: откроется страница «Документы».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/services/today.py" line="157" />
            <source>{date} — просрочено на {days} раб. дн.</source>
            <translation>{date} — просрочено на {days} раб. дн.</translation>
        </message>
    </context>
    <context>
        <name>services.versioning</name>
        <message>
            <location filename="../../tbn4_desktop/services/versioning.py" line="35" />
            <source>Эту подзадачу только что изменил другой пользователь. Ваши изменения не сохранены: откройте её заново и повторите.</source>
            <translation>Эту подзадачу только что изменил другой пользователь. Ваши изменения не сохранены: откройте её заново и повторите.</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="239" />
            <source>Эту запись только что изменил другой пользователь. Ваши изменения не сохранены: откройте запись заново и повторите.</source>
            <translation>Эту запись только что изменил другой пользователь. Ваши изменения не сохранены: откройте запись заново и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="243" />
            <source>Не удалось подключиться к базе данных: сервер не отвечает. Проверьте адрес и порт сервера, что он запущен и что брандмауэр не закрывает подключение.</source>
            <translation>Не удалось подключиться к базе данных: сервер не отвечает. Проверьте адрес и порт сервера, что он запущен и что брандмауэр не закрывает подключение.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="291" />
            <source>Запись занята другим пользователем. Подождите немного и повторите действие.</source>
            <translation>Запись занята другим пользователем. Подождите немного и повторите действие.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="292" />
            <source>На сервере базы данных закончилось место; изменения не сохранены. Обратитесь к администратору.</source>
            <translation>На сервере базы данных закончилось место; изменения не сохранены. Обратитесь к администратору.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="293" />
            <source>Общая база данных открыта только для чтения; изменения не сохранены. Обратитесь к администратору.</source>
            <translation>Общая база данных открыта только для чтения; изменения не сохранены. Обратитесь к администратору.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="294" />
            <source>У пользователя общей базы данных нет прав на это действие. Обратитесь к администратору сервера.</source>
            <translation>У пользователя общей базы данных нет прав на это действие. Обратитесь к администратору сервера.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="309" />
            <source>Неверное имя пользователя или пароль общей базы данных.</source>
            <translation>Неверное имя пользователя или пароль общей базы данных.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="323" />
            <source>У пользователя нет прав на общую базу данных (подключение или создание таблиц). Обратитесь к администратору сервера.</source>
            <translation>У пользователя нет прав на общую базу данных (подключение или создание таблиц). Обратитесь к администратору сервера.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="264" />
            <location filename="../../tbn4_desktop/store_file.py" line="268" />
            <source>База данных занята другой программой или другим пользователем. Подождите немного и повторите действие.</source>
            <translation>База данных занята другой программой или другим пользователем. Подождите немного и повторите действие.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="270" />
            <source>База данных доступна только для чтения. Проверьте права на папку данных.</source>
            <translation>База данных доступна только для чтения. Проверьте права на папку данных.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="272" />
            <source>На диске закончилось место; изменения не сохранены. Освободите место и повторите.</source>
            <translation>На диске закончилось место; изменения не сохранены. Освободите место и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="275" />
            <source>Не удалось подключиться к базе данных. Проверьте путь к папке данных или адрес общей базы в настройках.</source>
            <translation>Не удалось подключиться к базе данных. Проверьте путь к папке данных или адрес общей базы в настройках.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="281" />
            <source>Файл базы данных повреждён. Восстановите его из резервной копии.</source>
            <translation>Файл базы данных повреждён. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="314" />
            <source>На сервере нет базы данных. Проверьте её имя или попросите администратора создать её.</source>
            <translation>На сервере нет базы данных. Проверьте её имя или попросите администратора создать её.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="317" />
            <source>На сервере нет базы данных «{name}». Проверьте её имя или попросите администратора создать её.</source>
            <translation>На сервере нет базы данных «{name}». Проверьте её имя или попросите администратора создать её.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="205" />
            <source>Программа не обновила базу данных и ничего в ней не изменила, потому что не смогла сначала сделать её резервную копию в папке «{folder}». {error}</source>
            <translation>Программа не обновила базу данных и ничего в ней не изменила, потому что не смогла сначала сделать её резервную копию в папке «{folder}». {error}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store.py" line="145" />
            <source>Папка данных «{folder}» доступна только для чтения. Выберите другую папку (параметр --data-dir) или попросите администратора дать права на запись.</source>
            <translation>Папка данных «{folder}» доступна только для чтения. Выберите другую папку (параметр --data-dir) или попросите администратора дать права на запись.</translation>
        </message>
    </context>
    <context>
        <name>store_errors</name>
        <message>
            <location filename="../../tbn4_desktop/store_errors.py" line="17" />
            <source>Эту подзадачу только что изменил другой пользователь. Ваши изменения не сохранены; данные перечитаны — проверьте их и повторите.</source>
            <translation>Эту подзадачу только что изменил другой пользователь. Ваши изменения не сохранены; данные перечитаны — проверьте их и повторите.</translation>
        </message>
    </context>
    <context>
        <name>store_file</name>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="115" />
            <source>Файл базы данных повреждён. Восстановите его из резервной копии командой «tbn4 restore».</source>
            <translation>Файл базы данных повреждён. Восстановите его из резервной копии командой «tbn4 restore».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="72" />
            <source>Файл базы данных «{path}» пуст (0 байт), хотя программа с ним уже работала: восстановите данные из резервной копии командой «tbn4 restore» или удалите этот файл, чтобы начать работу заново.</source>
            <translation>Файл базы данных «{path}» пуст (0 байт), хотя программа с ним уже работала: восстановите данные из резервной копии командой «tbn4 restore» или удалите этот файл, чтобы начать работу заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="79" />
            <source>Файл «{path}» не является базой данных SQLite (он повреждён или подменён), поэтому программа его не открывает и не меняет: восстановите данные из резервной копии командой «tbn4 restore».</source>
            <translation>Файл «{path}» не является базой данных SQLite (он повреждён или подменён), поэтому программа его не открывает и не меняет: восстановите данные из резервной копии командой «tbn4 restore».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="86" />
            <source>Файл «{path}» — база данных другой программы, а не ТБН-4, поэтому программа её не открывает и не меняет: укажите другую папку данных (параметр --data-dir) или восстановите данные из резервной копии командой «tbn4 restore».</source>
            <translation>Файл «{path}» — база данных другой программы, а не ТБН-4, поэтому программа её не открывает и не меняет: укажите другую папку данных (параметр --data-dir) или восстановите данные из резервной копии командой «tbn4 restore».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="94" />
            <source>В базе данных «{path}» нет отметки о версии её схемы, поэтому программа не может безопасно её открыть и ничего в ней не меняет: восстановите данные из резервной копии командой «tbn4 restore».</source>
            <translation>В базе данных «{path}» нет отметки о версии её схемы, поэтому программа не может безопасно её открыть и ничего в ней не меняет: восстановите данные из резервной копии командой «tbn4 restore».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="102" />
            <source>База данных создана более новой версией программы (схема {revision}). Обновите программу, чтобы открыть её.</source>
            <translation>База данных создана более новой версией программы (схема {revision}). Обновите программу, чтобы открыть её.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="108" />
            <source>Файл «{path}» доступен только для чтения, поэтому программа не сможет сохранить ни одного изменения: снимите с него атрибут «Только чтение» или попросите администратора дать права на запись.</source>
            <translation>Файл «{path}» доступен только для чтения, поэтому программа не сможет сохранить ни одного изменения: снимите с него атрибут «Только чтение» или попросите администратора дать права на запись.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/store_file.py" line="149" />
            <source>Не удалось открыть базу данных. {error}</source>
            <translation>Не удалось открыть базу данных. {error}</translation>
        </message>
    </context>
    <context>
        <name>ui.about_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="66" />
            <source>Версия {version}</source>
            <translation>Версия {version}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="89" />
            <source>О программе</source>
            <translation>О программе</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="53" />
            <source>Тексты проектов, задач, подзадач и документов на казахском языке — перевод разработчиков программы, а не официальный текст Инструкции: официального текста Инструкции на казахском языке у программы нет. Цитаты Инструкции показываются на русском языке. Официальные формы печатаются на русском языке, как в Инструкции.</source>
            <translation>Тексты проектов, задач, подзадач и документов на казахском языке — перевод разработчиков программы, а не официальный текст Инструкции: официального текста Инструкции на казахском языке у программы нет. Цитаты Инструкции показываются на русском языке. Официальные формы печатаются на русском языке, как в Инструкции.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="65" />
            <source>Папка данных:</source>
            <translation>Папка данных:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="29" />
            <source>&lt;b&gt;Правовая основа.&lt;/b&gt; Инструкция по исполнению проектов Типового базового направления №4 «Предупреждение и противодействие коррупции» (Агентство Республики Казахстан по противодействию коррупции, 2023 год).</source>
            <translation>&lt;b&gt;Правовая основа.&lt;/b&gt; Инструкция по исполнению проектов Типового базового направления №4 «Предупреждение и противодействие коррупции» (Агентство Республики Казахстан по противодействию коррупции, 2023 год).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="34" />
            <source>Инструкция ссылается на Правила осуществления проектного управления, утверждённые постановлением Правительства Республики Казахстан от 31 мая 2021 года №358. Это постановление утратило силу (постановление Правительства от 17 августа 2023 года №691); действующие Правила утверждены приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан (МЦРИАП) от 31 июля 2023 года №301/НҚ.</source>
            <translation>Инструкция ссылается на Правила осуществления проектного управления, утверждённые постановлением Правительства Республики Казахстан от 31 мая 2021 года №358. Это постановление утратило силу (постановление Правительства от 17 августа 2023 года №691); действующие Правила утверждены приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан (МЦРИАП) от 31 июля 2023 года №301/НҚ.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/about_dialog.py" line="71" />
            <source>Исполнение 37 подзадач проектов ТБН №4: подтверждающие документы, сканы подписанных документов, подписанты, ссылки на публикации и пакет для загрузки в ИСПУ («Easy Platform»). Программа работает без интернета и не передаёт данные в ИСПУ сама: пакет загружает сотрудник, имеющий учётную запись.</source>
            <translation>Исполнение 37 подзадач проектов ТБН №4: подтверждающие документы, сканы подписанных документов, подписанты, ссылки на публикации и пакет для загрузки в ИСПУ («Easy Platform»). Программа работает без интернета и не передаёт данные в ИСПУ сама: пакет загружает сотрудник, имеющий учётную запись.</translation>
        </message>
    </context>
    <context>
        <name>ui.anchor_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="37" />
            <source>Даты внутреннего анализа коррупционных рисков</source>
            <translation>Даты внутреннего анализа коррупционных рисков</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="38" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="163" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="45" />
            <source>не указана</source>
            <translation>не указана</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="136" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="118" />
            <source>Сохранить</source>
            <translation>Сохранить</translation>
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
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="109" />
            <source>Очистить</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="92" />
            <source>Проект 1, {year} год. Сроки подзадач, отсчитываемые от этих событий (например, «не позднее 10 рабочих дней до завершения анализа»), рассчитываются по введённым датам. Пока дата не указана, срок, отсчитываемый от неё, не определён.</source>
            <translation>Проект 1, {year} год. Сроки подзадач, отсчитываемые от этих событий (например, «не позднее 10 рабочих дней до завершения анализа»), рассчитываются по введённым датам. Пока дата не указана, срок, отсчитываемый от неё, не определён.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/anchor_dialog.py" line="111" />
            <source>Сделать дату «{event}» незаданной</source>
            <translation>Сделать дату «{event}» незаданной</translation>
        </message>
    </context>
    <context>
        <name>ui.app</name>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="36" />
            <source>Программа уже запущена с этой папкой данных. Переключитесь на открытое окно программы; если его не видно, подождите минуту или перезагрузите компьютер.</source>
            <translation>Программа уже запущена с этой папкой данных. Переключитесь на открытое окно программы; если его не видно, подождите минуту или перезагрузите компьютер.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="304" />
            <source>Открыть локальную базу этого компьютера? Настройка общей базы не меняется: при следующем запуске программа снова подключится к ней (изменить её можно в меню «Файл → Общая база данных офиса…»).</source>
            <translation>Открыть локальную базу этого компьютера? Настройка общей базы не меняется: при следующем запуске программа снова подключится к ней (изменить её можно в меню «Файл → Общая база данных офиса…»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="288" />
            <source>Открыть на этот сеанс локальную базу этого компьютера? Файл настроек не меняется: при следующем запуске программа снова сообщит о нём.</source>
            <translation>Открыть на этот сеанс локальную базу этого компьютера? Файл настроек не меняется: при следующем запуске программа снова сообщит о нём.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="309" />
            <location filename="../../tbn4_desktop/ui/app.py" line="292" />
            <source>Открыть локальную базу</source>
            <translation>Открыть локальную базу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="303" />
            <source>Общая база данных офиса недоступна. {reason}</source>
            <translation>Общая база данных офиса недоступна. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/app.py" line="104" />
            <source>Не удалось открыть папку данных. {reason}</source>
            <translation>Не удалось открыть папку данных. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.backup_runner</name>
        <message>
            <location filename="../../tbn4_desktop/ui/backup_runner.py" line="95" />
            <source>Сохраняется резервная копия данных перед закрытием программы…</source>
            <translation>Сохраняется резервная копия данных перед закрытием программы…</translation>
        </message>
    </context>
    <context>
        <name>ui.backups_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="51" />
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="96" />
            <source>Резервные копии</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="70" />
            <source>Программа сама делает копию базы данных и вложенных файлов каждые 30 минут, если что-то изменилось, и при закрытии. Старые копии прореживаются: остаются все за сегодня и вчера, затем по одной за 12 дней, 10 недель и 9 месяцев.</source>
            <translation>Программа сама делает копию базы данных и вложенных файлов каждые 30 минут, если что-то изменилось, и при закрытии. Старые копии прореживаются: остаются все за сегодня и вчера, затем по одной за 12 дней, 10 недель и 9 месяцев.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="81" />
            <source>Папка резервных копий…</source>
            <translation>Папка резервных копий…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="85" />
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="325" />
            <source>Открыть папку</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="113" />
            <source>Создать копию сейчас</source>
            <translation>Создать копию сейчас</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="116" />
            <source>Восстановить…</source>
            <translation>Восстановить…</translation>
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
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="199" />
            <source>Папка резервных копий</source>
            <translation>Папка резервных копий</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="240" />
            <source>Сейчас создаётся резервная копия: дождитесь окончания и повторите восстановление.</source>
            <translation>Сейчас создаётся резервная копия: дождитесь окончания и повторите восстановление.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="255" />
            <source>Дождитесь окончания экспорта или импорта пакета, затем повторите восстановление.</source>
            <translation>Дождитесь окончания экспорта или импорта пакета, затем повторите восстановление.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="257" />
            <source>Закройте мастер исполнения подзадачи и другие окна программы, затем повторите восстановление.</source>
            <translation>Закройте мастер исполнения подзадачи и другие окна программы, затем повторите восстановление.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="272" />
            <source>Проверяется резервная копия…</source>
            <translation>Проверяется резервная копия…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="361" />
            <source>В восстановленных данных не выбрана организация: перезапустите программу.</source>
            <translation>В восстановленных данных не выбрана организация: перезапустите программу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="100" />
            <source>Изменений после копии</source>
            <translation>Изменений после копии</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="178" />
            <source>Создаётся резервная копия…</source>
            <translation>Создаётся резервная копия…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="229" />
            <source>Текущее состояние данных сначала будет сохранено в новой резервной копии, поэтому восстановление можно будет отменить.</source>
            <translation>Текущее состояние данных сначала будет сохранено в новой резервной копии, поэтому восстановление можно будет отменить.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="287" />
            <source>Восстанавливаются данные…</source>
            <translation>Восстанавливаются данные…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="233" />
            <source>Восстановить</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="188" />
            <source>Резервная копия создана: {when}.</source>
            <translation>Резервная копия создана: {when}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="228" />
            <source>Восстановить данные из резервной копии от {when}?</source>
            <translation>Восстановить данные из резервной копии от {when}?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/backups_dialog.py" line="325" />
            <source>Данные не удалось открыть заново: {reason} Перезапустите программу.</source>
            <translation>Данные не удалось открыть заново: {reason} Перезапустите программу.</translation>
        </message>
    </context>
    <context>
        <name>ui.catalog_tree</name>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="69" />
            <source>нет документов</source>
            <translation>нет документов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="40" />
            <source>Наименование</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="252" />
            <source>Статус</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="41" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="253" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="423" />
            <source>Срок</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <source>Подписант</source>
            <translation>Подписант</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="58" />
            <source>Файлы</source>
            <translation>Файлы</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="104" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="220" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="38" />
            <source>%n файл</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файла</numerusform>
                <numerusform>%n файлов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="106" />
            <source>%n ссылка</source>
            <translation>
                <numerusform>%n ссылка</numerusform>
                <numerusform>%n ссылки</numerusform>
                <numerusform>%n ссылок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="129" />
            <source>Не распределено: %n файл</source>
            <translation>
                <numerusform>Не распределено: %n файл</numerusform>
                <numerusform>Не распределено: %n файла</numerusform>
                <numerusform>Не распределено: %n файлов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="441" />
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="263" />
            <source>не определён</source>
            <translation>не определён</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="554" />
            <source>Проекты, задачи и подзадачи ТБН №4</source>
            <translation>Проекты, задачи и подзадачи ТБН №4</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="231" />
            <source>Подзадача не применяется к уровню вашей организации</source>
            <translation>Подзадача не применяется к уровню вашей организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="370" />
            <source>Сколько применимых подзадач готово к загрузке или загружено в ИСПУ</source>
            <translation>Сколько применимых подзадач готово к загрузке или загружено в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="226" />
            <source>Подзадача {code}. {title}</source>
            <translation>Подзадача {code}. {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="310" />
            <source>%n подписант</source>
            <translation>
                <numerusform>%n подписант</numerusform>
                <numerusform>%n подписанта</numerusform>
                <numerusform>%n подписантов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="331" />
            <source>{status} ({done} из {total})</source>
            <translation>{status} ({done} из {total})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="233" />
            <source>Подзадача не применяется: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…»</source>
            <translation>Подзадача не применяется: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="316" />
            <source>Не может подписывать свой документ: {names} — подробности на панели справа</source>
            <translation>Не может подписывать свой документ: {names} — подробности на панели справа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/catalog_tree.py" line="368" />
            <source>готово {done} из {total}</source>
            <translation>готово {done} из {total}</translation>
        </message>
    </context>
    <context>
        <name>ui.check_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="38" />
            <source>Проверка данных</source>
            <translation>Проверка данных</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="39" />
            <source>Программа проверяет целостность базы данных, каждый вложенный файл по его контрольной сумме и журнал изменений, а также ищет файлы без ссылок в базе и оставшиеся временные файлы. При проверке данные не изменяются.</source>
            <translation>Программа проверяет целостность базы данных, каждый вложенный файл по его контрольной сумме и журнал изменений, а также ищет файлы без ссылок в базе и оставшиеся временные файлы. При проверке данные не изменяются.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="224" />
            <source>Повреждённые файлы и база данных не изменяются.</source>
            <translation>Повреждённые файлы и база данных не изменяются.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="73" />
            <source>Проверить снова</source>
            <translation>Проверить снова</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="75" />
            <source>Исправить…</source>
            <translation>Исправить…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="77" />
            <source>Перенести файлы без ссылок в карантин и удалить временные файлы программы</source>
            <translation>Перенести файлы без ссылок в карантин и удалить временные файлы программы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="90" />
            <source>Идёт проверка…</source>
            <translation>Идёт проверка…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="115" />
            <source>Идёт исправление…</source>
            <translation>Идёт исправление…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="146" />
            <source>Проверка не выполнена.</source>
            <translation>Проверка не выполнена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="111" />
            <source>Убрать лишние файлы?</source>
            <translation>Убрать лишние файлы?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="173" />
            <source>Проблемы, которые исправлением не устранить: {count}</source>
            <translation>Проблемы, которые исправлением не устранить: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="177" />
            <source>Файлы хранилища, на которые нет ссылок в базе данных: {count}, всего {size}</source>
            <translation>Файлы хранилища, на которые нет ссылок в базе данных: {count}, всего {size}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="183" />
            <source>Оставшиеся временные файлы программы: {count}, всего {size}</source>
            <translation>Оставшиеся временные файлы программы: {count}, всего {size}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="111" />
            <source>Исправить</source>
            <translation>Исправить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="189" />
            <source>Проблем не найдено.</source>
            <translation>Проблем не найдено.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="209" />
            <source>Файлы без ссылок в базе данных ({count}, {size}) будут перенесены в папку карантина «{folder}»: они не удаляются.</source>
            <translation>Файлы без ссылок в базе данных ({count}, {size}) будут перенесены в папку карантина «{folder}»: они не удаляются.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/check_dialog.py" line="220" />
            <source>Временные файлы программы ({count}, {size}) будут удалены.</source>
            <translation>Временные файлы программы ({count}, {size}) будут удалены.</translation>
        </message>
    </context>
    <context>
        <name>ui.dashboard</name>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="67" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="247" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="220" />
            <source>Показатели</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="67" />
            <source>Показать или свернуть показатели года</source>
            <translation>Показать или свернуть показатели года</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="68" />
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="322" />
            <source>Светофоры проектов</source>
            <translation>Светофоры проектов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="68" />
            <source>Показать или свернуть светофоры проектов (щелчок по строке — отбор)</source>
            <translation>Показать или свернуть светофоры проектов (щелчок по строке — отбор)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="69" />
            <source>Календарь</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="69" />
            <source>Показать или свернуть календарь месяца справа</source>
            <translation>Показать или свернуть календарь месяца справа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="374" />
            <source>Двойной щелчок или Enter открывает мастер исполнения подзадачи.</source>
            <translation>Двойной щелчок или Enter открывает мастер исполнения подзадачи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="126" />
            <source>&amp;Состояние:</source>
            <translation>&amp;Состояние:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="127" />
            <source>&amp;Проект:</source>
            <translation>&amp;Проект:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="128" />
            <source>&amp;Исполнитель:</source>
            <translation>&amp;Исполнитель:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="134" />
            <source>Сбросить фильтры</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="136" />
            <source>Все сроки года, кроме неприменимых</source>
            <translation>Все сроки года, кроме неприменимых</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="154" />
            <source>Сроки подзадач</source>
            <translation>Сроки подзадач</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="201" />
            <source>Все (кроме неприменимых)</source>
            <translation>Все (кроме неприменимых)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="277" />
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="281" />
            <source>Все</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="364" />
            <source>Сроков, требующих внимания, нет (всего сроков года: {total}).</source>
            <translation>Сроков, требующих внимания, нет (всего сроков года: {total}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="366" />
            <source>Показано неприменимых: {shown}; в число сроков года ({total}) они не входят.</source>
            <translation>Показано неприменимых: {shown}; в число сроков года ({total}) они не входят.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="370" />
            <source>Показано сроков: {shown} из {total}.</source>
            <translation>Показано сроков: {shown} из {total}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="373" />
            <source>Не применяются ещё {count} (состояние «Не применяется»).</source>
            <translation>Не применяются ещё {count} (состояние «Не применяется»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="322" />
            <source>Светофоры проектов: срочных {urgent}</source>
            <translation>Светофоры проектов: срочных {urgent}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/dashboard.py" line="278" />
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="167" />
            <location filename="../../tbn4_desktop/ui/project_lights.py" line="56" />
            <source>Проект {number}</source>
            <translation>Проект {number}</translation>
        </message>
    </context>
    <context>
        <name>ui.database_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="57" />
            <source>Изменения вступят в силу после перезапуска программы.</source>
            <translation>Изменения вступят в силу после перезапуска программы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="92" />
            <source>например, server01 или 192.168.1.10</source>
            <translation>например, server01 или 192.168.1.10</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="102" />
            <source>Запомнить пароль на этом компьютере</source>
            <translation>Запомнить пароль на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="104" />
            <source>Пароль хранится в файле паролей PostgreSQL в профиле пользователя Windows, а не в настройках программы</source>
            <translation>Пароль хранится в файле паролей PostgreSQL в профиле пользователя Windows, а не в настройках программы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="114" />
            <source>например, \\server01\tbn4\вложения</source>
            <translation>например, \\server01\tbn4\вложения</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="115" />
            <source>Об&amp;зор…</source>
            <translation>Об&amp;зор…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="153" />
            <source>&amp;Проверить подключение</source>
            <translation>&amp;Проверить подключение</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="155" />
            <source>Вернуться к &amp;локальной базе</source>
            <translation>Вернуться к &amp;локальной базе</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="158" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="165" />
            <source>Со&amp;хранить</source>
            <translation>Со&amp;хранить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="174" />
            <source>Сейчас программа работает с локальной базой в папке данных этого компьютера.</source>
            <translation>Сейчас программа работает с локальной базой в папке данных этого компьютера.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="217" />
            <source>Общая папка для вложений</source>
            <translation>Общая папка для вложений</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="240" />
            <source>Подключение к серверу…</source>
            <translation>Подключение к серверу…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="303" />
            <source>Настройки общей базы данных сохранены.</source>
            <translation>Настройки общей базы данных сохранены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="320" />
            <source>Программа будет работать с локальной базой.</source>
            <translation>Программа будет работать с локальной базой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="75" />
            <source>Общая база данных офиса</source>
            <translation>Общая база данных офиса</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="78" />
            <source>Чтобы несколько компьютеров офиса работали с одними данными, укажите сервер PostgreSQL и общую папку для вложений, доступную всем компьютерам. Резервные копии общей базы делает администратор сервера.</source>
            <translation>Чтобы несколько компьютеров офиса работали с одними данными, укажите сервер PostgreSQL и общую папку для вложений, доступную всем компьютерам. Резервные копии общей базы делает администратор сервера.</translation>
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
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="133" />
            <source>По&amp;льзователь:</source>
            <translation>По&amp;льзователь:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="135" />
            <source>Па&amp;роль:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="138" />
            <source>Общая папка &amp;вложений:</source>
            <translation>Общая папка &amp;вложений:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="175" />
            <source>Сейчас программа работает с общей базой «{database}» на сервере {host}:{port}.</source>
            <translation>Сейчас программа работает с общей базой «{database}» на сервере {host}:{port}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="256" />
            <source>Не удалось проверить подключение. Подробности записаны в журнал.</source>
            <translation>Не удалось проверить подключение. Подробности записаны в журнал.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="310" />
            <source>Вернуться к локальной базе данных этого компьютера?</source>
            <translation>Вернуться к локальной базе данных этого компьютера?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="311" />
            <source>Данные общей базы останутся на сервере. Изменения вступят в силу после перезапуска программы.</source>
            <translation>Данные общей базы останутся на сервере. Изменения вступят в силу после перезапуска программы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="68" />
            <source>Общая база данных офиса — {app}</source>
            <translation>Общая база данных офиса — {app}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="110" />
            <source>сохранён</source>
            <translation>сохранён</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/database_dialog.py" line="312" />
            <source>Вернуться</source>
            <translation>Вернуться</translation>
        </message>
    </context>
    <context>
        <name>ui.deadline_table</name>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="50" />
            <source>по загрузке в ИСПУ</source>
            <translation>по загрузке в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="70" />
            <source>Требуют внимания</source>
            <translation>Требуют внимания</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="74" />
            <source>Инструкция не говорит, в каком квартале плана отчитываться за квартал мониторинга; программа относит отчёт к кварталу, в котором квартал мониторинга заканчивается.</source>
            <translation>Инструкция не говорит, в каком квартале плана отчитываться за квартал мониторинга; программа относит отчёт к кварталу, в котором квартал мониторинга заканчивается.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="39" />
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="155" />
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <source>Подзадача</source>
            <translation>Подзадача</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="40" />
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="155" />
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="251" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <source>Период</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="42" />
            <source>Состояние</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="43" />
            <source>Засчитывается</source>
            <translation>Засчитывается</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="44" />
            <source>Пояснение</source>
            <translation>Пояснение</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="45" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="425" />
            <source>Исполнитель</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="147" />
            <source>отметки о загрузке в ИСПУ нет</source>
            <translation>отметки о загрузке в ИСПУ нет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="146" />
            <source>отметка: {status}</source>
            <translation>отметка: {status}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="128" />
            <source>Срок соблюдён или нет — {judged}; {mark}.</source>
            <translation>Срок соблюдён или нет — {judged}; {mark}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/deadline_table.py" line="133" />
            <source>Срок соблюдён или нет — {judged}.</source>
            <translation>Срок соблюдён или нет — {judged}.</translation>
        </message>
    </context>
    <context>
        <name>ui.decrees_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="44" />
            <source>Переносы рабочих дней</source>
            <translation>Переносы рабочих дней</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="45" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="205" />
            <source>Выходной день</source>
            <translation>Выходной день</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="45" />
            <source>Рабочий день</source>
            <translation>Рабочий день</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="46" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="41" />
            <source>Дата</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="46" />
            <source>Вид дня</source>
            <translation>Вид дня</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="46" />
            <source>Описание</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="46" />
            <source>Основание</source>
            <translation>Основание</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="73" />
            <source>Внесённые переносы</source>
            <translation>Внесённые переносы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="86" />
            <source>&amp;Удалить выбранный перенос</source>
            <translation>&amp;Удалить выбранный перенос</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="95" />
            <source>Новый перенос</source>
            <translation>Новый перенос</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="104" />
            <source>&amp;Дата:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="111" />
            <source>&amp;Вид дня:</source>
            <translation>&amp;Вид дня:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="114" />
            <source>например: перенос выходного дня с субботы 02.01.2027</source>
            <translation>например: перенос выходного дня с субботы 02.01.2027</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="115" />
            <source>&amp;Описание:</source>
            <translation>&amp;Описание:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="120" />
            <source>например: постановление Правительства РК от 10.10.2026 № 800</source>
            <translation>например: постановление Правительства РК от 10.10.2026 № 800</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="121" />
            <source>&amp;Основание:</source>
            <translation>&amp;Основание:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="124" />
            <source>&amp;Добавить</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="61" />
            <source>Постановления Правительства о переносе выходных дней. Записи здесь главнее встроенного календаря: внесите перенос на следующий год, как только постановление опубликовано. Сроки пересчитываются сразу.</source>
            <translation>Постановления Правительства о переносе выходных дней. Записи здесь главнее встроенного календаря: внесите перенос на следующий год, как только постановление опубликовано. Сроки пересчитываются сразу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="210" />
            <source>Сроки будут пересчитаны по встроенному календарю. Запись можно внести снова.</source>
            <translation>Сроки будут пересчитаны по встроенному календарю. Запись можно внести снова.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="211" />
            <source>Удалить</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/decrees_dialog.py" line="209" />
            <source>Удалить перенос на {date} («{note}»)?</source>
            <translation>Удалить перенос на {date} («{note}»)?</translation>
        </message>
    </context>
    <context>
        <name>ui.document_preview</name>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="45" />
            <source>Это файл электронной цифровой подписи. Кто подписал и что проверено, показывает кнопка «ЭЦП…»; если документ вложен в подпись, «Открыть» покажет его.</source>
            <translation>Это файл электронной цифровой подписи. Кто подписал и что проверено, показывает кнопка «ЭЦП…»; если документ вложен в подпись, «Открыть» покажет его.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="49" />
            <source>Просмотр файлов Word и Excel здесь недоступен: нажмите «Открыть», чтобы открыть файл в Word или Excel.</source>
            <translation>Просмотр файлов Word и Excel здесь недоступен: нажмите «Открыть», чтобы открыть файл в Word или Excel.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="136" />
            <source>Открыть файл в программе просмотра Windows (Word, Excel, просмотр PDF)</source>
            <translation>Открыть файл в программе просмотра Windows (Word, Excel, просмотр PDF)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="139" />
            <source>&amp;Крупно…</source>
            <translation>&amp;Крупно…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="142" />
            <source>Показать страницу в отдельном большом окне, чтобы проверить подпись и печать</source>
            <translation>Показать страницу в отдельном большом окне, чтобы проверить подпись и печать</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="153" />
            <source>Уменьшить (Ctrl+−, Ctrl+колесо мыши)</source>
            <translation>Уменьшить (Ctrl+−, Ctrl+колесо мыши)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="159" />
            <source>Увеличить (Ctrl++, Ctrl+колесо мыши)</source>
            <translation>Увеличить (Ctrl++, Ctrl+колесо мыши)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="161" />
            <source>По ширине</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="161" />
            <source>Страница по ширине окна (Ctrl+2)</source>
            <translation>Страница по ширине окна (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="163" />
            <source>Целиком</source>
            <translation>Целиком</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="163" />
            <source>Страница целиком (Ctrl+0)</source>
            <translation>Страница целиком (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="181" />
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="186" />
            <source>Просмотр страницы</source>
            <translation>Просмотр страницы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="193" />
            <source>◀ П&amp;редыдущая</source>
            <translation>◀ П&amp;редыдущая</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="199" />
            <source>Сл&amp;едующая ▶</source>
            <translation>Сл&amp;едующая ▶</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="244" />
            <source>Выберите файл в списке, чтобы посмотреть его страницы.</source>
            <translation>Выберите файл в списке, чтобы посмотреть его страницы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="263" />
            <source>Открывается…</source>
            <translation>Открывается…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="325" />
            <source>Не удалось показать файл.</source>
            <translation>Не удалось показать файл.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="451" />
            <source>Просмотр документа</source>
            <translation>Просмотр документа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="457" />
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="244" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="167" />
            <source>&amp;Закрыть</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="469" />
            <source>{name} — просмотр</source>
            <translation>{name} — просмотр</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/document_preview.py" line="425" />
            <source>Страница {page} из {count}</source>
            <translation>Страница {page} из {count}</translation>
        </message>
    </context>
    <context>
        <name>ui.errors</name>
        <message>
            <location filename="../../tbn4_desktop/ui/errors.py" line="147" />
            <source>В программе произошла непредвиденная ошибка. Сохранённые данные не пострадали; если ошибка повторяется, передайте файл журнала администратору.</source>
            <translation>В программе произошла непредвиденная ошибка. Сохранённые данные не пострадали; если ошибка повторяется, передайте файл журнала администратору.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/errors.py" line="105" />
            <source>Открыть папку журналов</source>
            <translation>Открыть папку журналов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/errors.py" line="104" />
            <source>Подробности записаны в журнал: {name}</source>
            <translation>Подробности записаны в журнал: {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.export_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="64" />
            <source>Сохранить пакет для загрузки в ИСПУ</source>
            <translation>Сохранить пакет для загрузки в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="64" />
            <source>Пакет для загрузки в ИСПУ (*.zip)</source>
            <translation>Пакет для загрузки в ИСПУ (*.zip)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="79" />
            <source>Где создать папку пакета для загрузки в ИСПУ</source>
            <translation>Где создать папку пакета для загрузки в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="106" />
            <source>Экспорт пакета для загрузки в ИСПУ</source>
            <translation>Экспорт пакета для загрузки в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="111" />
            <source>Что выгрузить</source>
            <translation>Что выгрузить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="113" />
            <source>Весь год</source>
            <translation>Весь год</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="114" />
            <source>Один проект:</source>
            <translation>Один проект:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="126" />
            <source>Только изменённое (выгрузок ещё не было: войдёт весь год)</source>
            <translation>Только изменённое (выгрузок ещё не было: войдёт весь год)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="140" />
            <source>Как сохранить</source>
            <translation>Как сохранить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="142" />
            <source>ZIP-архив (один файл)</source>
            <translation>ZIP-архив (один файл)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="143" />
            <source>Папка (для загрузки прямо с диска)</source>
            <translation>Папка (для загрузки прямо с диска)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="170" />
            <source>Выгрузить…</source>
            <translation>Выгрузить…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="278" />
            <source>Формируется пакет для загрузки в ИСПУ…</source>
            <translation>Формируется пакет для загрузки в ИСПУ…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="282" />
            <source>Отмена… папка пакета не будет создана.</source>
            <translation>Отмена… папка пакета не будет создана.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="282" />
            <source>Отмена… файл пакета не будет создан.</source>
            <translation>Отмена… файл пакета не будет создан.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="313" />
            <source>Подзадач и периодов в пакете: {items}, из них готово к загрузке: {ready}.</source>
            <translation>Подзадач и периодов в пакете: {items}, из них готово к загрузке: {ready}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="315" />
            <source>Подзадач и периодов в пакете ({scope}): {items}, из них готово к загрузке: {ready}.</source>
            <translation>Подзадач и периодов в пакете ({scope}): {items}, из них готово к загрузке: {ready}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="318" />
            <source>%n файл, {size}, из них сформированных форм: {forms}.</source>
            <translation>
                <numerusform>%n файл, {size}, из них сформированных форм: {forms}.</numerusform>
                <numerusform>%n файла, {size}, из них сформированных форм: {forms}.</numerusform>
                <numerusform>%n файлов, {size}, из них сформированных форм: {forms}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="320" />
            <source>%n файл, {size}.</source>
            <translation>
                <numerusform>%n файл, {size}.</numerusform>
                <numerusform>%n файла, {size}.</numerusform>
                <numerusform>%n файлов, {size}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="155" />
            <source>Замечание</source>
            <translation>Замечание</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="216" />
            <source>Проверка перед выгрузкой: %n замечание. Пакет можно сформировать и так, но в ИСПУ он попадёт неполным.</source>
            <translation>
                <numerusform>Проверка перед выгрузкой: %n замечание. Пакет можно сформировать и так, но в ИСПУ он попадёт неполным.</numerusform>
                <numerusform>Проверка перед выгрузкой: %n замечания. Пакет можно сформировать и так, но в ИСПУ он попадёт неполным.</numerusform>
                <numerusform>Проверка перед выгрузкой: %n замечаний. Пакет можно сформировать и так, но в ИСПУ он попадёт неполным.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="222" />
            <source>Проверка перед выгрузкой: замечаний нет.</source>
            <translation>Проверка перед выгрузкой: замечаний нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="307" />
            <source>Папка пакета для загрузки в ИСПУ сохранена.</source>
            <translation>Папка пакета для загрузки в ИСПУ сохранена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="309" />
            <source>Пакет для загрузки в ИСПУ сохранён.</source>
            <translation>Пакет для загрузки в ИСПУ сохранён.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="323" />
            <source>Загрузите пакет в ИСПУ с компьютера, подключённого к интернету.</source>
            <translation>Загрузите пакет в ИСПУ с компьютера, подключённого к интернету.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="356" />
            <source>Экспорт отменён: папка пакета не создана.</source>
            <translation>Экспорт отменён: папка пакета не создана.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="358" />
            <source>Экспорт отменён: файл пакета не создан.</source>
            <translation>Экспорт отменён: файл пакета не создан.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="124" />
            <source>Только изменённое с последней выгрузки ({when})</source>
            <translation>Только изменённое с последней выгрузки ({when})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="294" />
            <source>Формируется пакет для загрузки в ИСПУ…
Записано {done} из {total}</source>
            <translation>Формируется пакет для загрузки в ИСПУ…
Записано {done} из {total}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="311" />
            <source>Папка: {path}</source>
            <translation>Папка: {path}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="311" />
            <source>Файл: {path}</source>
            <translation>Файл: {path}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="345" />
            <source>Пакет не сформирован из-за непредвиденной ошибки; файл не создан. Повторите экспорт; если ошибка повторится, передайте журнал администратору.</source>
            <translation>Пакет не сформирован из-за непредвиденной ошибки; файл не создан. Повторите экспорт; если ошибка повторится, передайте журнал администратору.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="108" />
            <source>Пакет за {year} год</source>
            <translation>Пакет за {year} год</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/export_dialog.py" line="289" />
            <source>Формируется пакет для загрузки в ИСПУ…
{status}</source>
            <translation>Формируется пакет для загрузки в ИСПУ…
{status}</translation>
        </message>
    </context>
    <context>
        <name>ui.first_start</name>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="69" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="74" />
            <source>Фамилия Имя Отчество</source>
            <translation>Фамилия Имя Отчество</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="70" />
            <source>Ф.И.О. подписанта</source>
            <translation>Ф.И.О. подписанта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="72" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="76" />
            <source>Должность полностью</source>
            <translation>Должность полностью</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="73" />
            <source>Должность подписанта</source>
            <translation>Должность подписанта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="75" />
            <source>Роль подписанта</source>
            <translation>Роль подписанта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="76" />
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="173" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="373" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="124" />
            <source>Убрать</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="77" />
            <source>Убрать этого подписанта из списка</source>
            <translation>Убрать этого подписанта из списка</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="153" />
            <source>Хотите сначала посмотреть, как всё устроено?</source>
            <translation>Хотите сначала посмотреть, как всё устроено?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="155" />
            <source>Заполнить демонстрационными данными</source>
            <translation>Заполнить демонстрационными данными</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="174" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="180" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="69" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <source>Организация</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="179" />
            <source>например: ГУ «Аппарат акима Каратальского района»</source>
            <translation>например: ГУ «Аппарат акима Каратальского района»</translation>
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
            <translation>например: ГУ «Аппарат акима Алматинской области»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="204" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="207" />
            <source>Подписанты подтверждающих документов</source>
            <translation>Подписанты подтверждающих документов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="240" />
            <source>Добавить подписанта</source>
            <translation>Добавить подписанта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="250" />
            <source>Сохранить и начать работу</source>
            <translation>Сохранить и начать работу</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="445" />
            <source>Создаются демонстрационные данные…</source>
            <translation>Создаются демонстрационные данные…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="484" />
            <source>Не удалось создать демонстрационные данные. Попробуйте ещё раз или заполните сведения об организации вручную.</source>
            <translation>Не удалось создать демонстрационные данные. Попробуйте ещё раз или заполните сведения об организации вручную.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="141" />
            <source>Добро пожаловать! Укажите организацию</source>
            <translation>Добро пожаловать! Укажите организацию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="144" />
            <source>Программа ведёт исполнение проектов ТБН №4 «Предупреждение и противодействие коррупции» для одной организации. Заполните сведения о ней и о тех, кто подписывает подтверждающие документы. Их можно будет изменить позже: «Файл → Организация и подписанты…».</source>
            <translation>Программа ведёт исполнение проектов ТБН №4 «Предупреждение и противодействие коррупции» для одной организации. Заполните сведения о ней и о тех, кто подписывает подтверждающие документы. Их можно будет изменить позже: «Файл → Организация и подписанты…».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="182" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="196" />
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="86" />
            <source>&amp;Наименование:</source>
            <translation>&amp;Наименование:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="190" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="197" />
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="90" />
            <source>&amp;БИН:</source>
            <translation>&amp;БИН:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="196" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="198" />
            <source>&amp;Уровень:</source>
            <translation>&amp;Уровень:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="215" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="45" />
            <source>Должность</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="215" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="45" />
            <source>Роль</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="332" />
            <source>&amp;Вышестоящий орган:
(не требуется)</source>
            <translation>&amp;Вышестоящий орган:
(не требуется)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="332" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="199" />
            <source>&amp;Вышестоящий орган:</source>
            <translation>&amp;Вышестоящий орган:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="471" />
            <source>Демонстрационные данные созданы, но организация не выбрана. Заполните сведения об организации вручную.</source>
            <translation>Демонстрационные данные созданы, но организация не выбрана. Заполните сведения об организации вручную.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="121" />
            <source>{app} — первый запуск</source>
            <translation>{app} — первый запуск</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="439" />
            <source>Демонстрационные данные недоступны в этой сборке программы.</source>
            <translation>Демонстрационные данные недоступны в этой сборке программы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="482" />
            <source>Не удалось создать демонстрационные данные. {reason}</source>
            <translation>Не удалось создать демонстрационные данные. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="165" />
            <source>Будет создана учебная организация с подписантами и частично выполненными подзадачами {year} года.</source>
            <translation>Будет создана учебная организация с подписантами и частично выполненными подзадачами {year} года.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/first_start.py" line="341" />
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="330" />
            <source>Кто что подписывает на уровне «{level}»: {hint}</source>
            <translation>Кто что подписывает на уровне «{level}»: {hint}</translation>
        </message>
    </context>
    <context>
        <name>ui.formatting</name>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="14" />
            <source>Документ Word (DOCX)</source>
            <translation>Документ Word (DOCX)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="15" />
            <source>Таблица Excel (XLSX)</source>
            <translation>Таблица Excel (XLSX)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="16" />
            <source>Подпись ЭЦП (CMS)</source>
            <translation>Подпись ЭЦП (CMS)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="30" />
            <source>{mb} МБ</source>
            <translation>{mb} МБ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="39" />
            <source>Приложение №{number} к Инструкции</source>
            <translation>Приложение №{number} к Инструкции</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/formatting.py" line="43" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="270" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="394" />
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="45" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="179" />
            <source>Подзадача {code}</source>
            <translation>Подзадача {code}</translation>
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
            <translation>Документ Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="55" />
            <source>Документ PDF (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="56" />
            <source>Книга Excel (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="138" />
            <source>Принтер недоступен</source>
            <translation>Принтер недоступен</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="214" />
            <source>Форма формируется…</source>
            <translation>Форма формируется…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="218" />
            <source>&amp;Сохранить как…</source>
            <translation>&amp;Сохранить как…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="225" />
            <source>Пе&amp;чать…</source>
            <translation>Пе&amp;чать…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="228" />
            <source>Открыть в &amp;Word</source>
            <translation>Открыть в &amp;Word</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="234" />
            <source>Приложить к &amp;подзадаче</source>
            <translation>Приложить к &amp;подзадаче</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="237" />
            <source>Приложить PDF формы к подзадаче как проект документа (без подписи); скан подписанной формы прикладывается отдельно</source>
            <translation>Приложить PDF формы к подзадаче как проект документа (без подписи); скан подписанной формы прикладывается отдельно</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="329" />
            <source>Форма формируется по данным подзадач…</source>
            <translation>Форма формируется по данным подзадач…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="330" />
            <source>Форма не сформирована. {reason}</source>
            <translation>Форма не сформирована. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="352" />
            <source>{form} за {year} год, {period}: {pages} стр. Распечатайте, подпишите и приложите скан подписанной формы к подзадаче.</source>
            <translation>{form} за {year} год, {period}: {pages} стр. Распечатайте, подпишите и приложите скан подписанной формы к подзадаче.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="357" />
            <source>{form} за {year} год: {pages} стр. Распечатайте, подпишите и приложите скан подписанной формы к подзадаче.</source>
            <translation>{form} за {year} год: {pages} стр. Распечатайте, подпишите и приложите скан подписанной формы к подзадаче.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="377" />
            <source>Сохранить форму</source>
            <translation>Сохранить форму</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="393" />
            <source>Форма не сохранена. {reason}</source>
            <translation>Форма не сохранена. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="411" />
            <source>Файл Word не создан. {reason}</source>
            <translation>Файл Word не создан. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="449" />
            <source>Форма не приложена. {reason}</source>
            <translation>Форма не приложена. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="490" />
            <source>Печать формы</source>
            <translation>Печать формы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="515" />
            <source>Форма отправляется на печать…</source>
            <translation>Форма отправляется на печать…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="529" />
            <source>Форма не напечатана. {reason}</source>
            <translation>Форма не напечатана. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="222" />
            <source>Сохранить форму в DOCX, PDF или XLSX</source>
            <translation>Сохранить форму в DOCX, PDF или XLSX</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="222" />
            <source>Сохранить форму в DOCX, PDF</source>
            <translation>Сохранить форму в DOCX, PDF</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="194" />
            <source>Форма: {name}</source>
            <translation>Форма: {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="231" />
            <source>Сохранить DOCX в папку «{folder}» папки данных и открыть его</source>
            <translation>Сохранить DOCX в папку «{folder}» папки данных и открыть его</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="337" />
            <source>PDF не сформирован. {reason} Форму можно сохранить в DOCX и доработать в Word.</source>
            <translation>PDF не сформирован. {reason} Форму можно сохранить в DOCX и доработать в Word.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="400" />
            <source>Форма сохранена: {path}</source>
            <translation>Форма сохранена: {path}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="417" />
            <source>Файл Word: {path}</source>
            <translation>Файл Word: {path}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="471" />
            <source>Форма приложена к подзадаче как «{role}»: {name}. После подписания приложите скан подписанной формы.</source>
            <translation>Форма приложена к подзадаче как «{role}»: {name}. После подписания приложите скан подписанной формы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="544" />
            <source>Форма отправлена на печать: {count} стр.</source>
            <translation>Форма отправлена на печать: {count} стр.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="421" />
            <source>Файл «{name}» сохранён в папке «{folder}», но открыть его не удалось: откройте его из этой папки в Word.</source>
            <translation>Файл «{name}» сохранён в папке «{folder}», но открыть его не удалось: откройте его из этой папки в Word.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="532" />
            <source>Печать отменена.</source>
            <translation>Печать отменена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_dialog.py" line="539" />
            <source>Форма отправляется на печать… страница {done} из {total}</source>
            <translation>Форма отправляется на печать… страница {done} из {total}</translation>
        </message>
    </context>
    <context>
        <name>ui.forms_menu</name>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="25" />
            <source>Приложение №&amp;1…</source>
            <translation>Приложение №&amp;1…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="26" />
            <source>Приложение №&amp;3…</source>
            <translation>Приложение №&amp;3…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="27" />
            <source>Приложение №&amp;4…</source>
            <translation>Приложение №&amp;4…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="28" />
            <source>Приложение №&amp;5…</source>
            <translation>Приложение №&amp;5…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="29" />
            <source>&amp;Опись документов…</source>
            <translation>&amp;Опись документов…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="32" />
            <source>Сводное Приложение №1 по подведомственным…</source>
            <translation>Сводное Приложение №1 по подведомственным…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="33" />
            <source>Сводное Приложение №3 по подведомственным…</source>
            <translation>Сводное Приложение №3 по подведомственным…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="41" />
            <source>Ф&amp;ормы</source>
            <translation>Ф&amp;ормы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="63" />
            <source>Строка «Сформировано … в программе ТБН-4» внизу форм</source>
            <translation>Строка «Сформировано … в программе ТБН-4» внизу форм</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="66" />
            <source>В приложениях к Инструкции такой строки нет: включите, если она нужна</source>
            <translation>В приложениях к Инструкции такой строки нет: включите, если она нужна</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="72" />
            <source>Приложение №&amp;2</source>
            <translation>Приложение №&amp;2</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="48" />
            <source>{form} за год, показанный в окне</source>
            <translation>{form} за год, показанный в окне</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="79" />
            <source>{form} за {period} года, показанного в окне</source>
            <translation>{form} за {period} года, показанного в окне</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/forms_menu.py" line="115" />
            <source>Настройка не сохранена. {reason}</source>
            <translation>Настройка не сохранена. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.help.__init__</name>
        <message>
            <location filename="../../tbn4_desktop/ui/help/__init__.py" line="19" />
            <source>&amp;Руководство пользователя</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/__init__.py" line="22" />
            <source>Открыть руководство пользователя (работает без интернета)</source>
            <translation>Открыть руководство пользователя (работает без интернета)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/__init__.py" line="24" />
            <source>&amp;Обозначения</source>
            <translation>&amp;Обозначения</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/__init__.py" line="26" />
            <source>Что значат статусы, состояния сроков и их значки</source>
            <translation>Что значат статусы, состояния сроков и их значки</translation>
        </message>
    </context>
    <context>
        <name>ui.help.guide</name>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="49" />
            <source>Руководство пользователя не найдено рядом с программой (файл docs/user-guide.md). Переустановите программу или откройте руководство из её дистрибутива.</source>
            <translation>Руководство пользователя не найдено рядом с программой (файл docs/user-guide.md). Переустановите программу или откройте руководство из её дистрибутива.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="104" />
            <source>Найти в руководстве (Enter — следующее совпадение)</source>
            <translation>Найти в руководстве (Enter — следующее совпадение)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="107" />
            <source>&amp;Найти</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="112" />
            <source>&amp;Поиск:</source>
            <translation>&amp;Поиск:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="124" />
            <source>Содержание</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="215" />
            <source>Не найдено</source>
            <translation>Не найдено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/guide.py" line="95" />
            <source>Руководство пользователя — {app}</source>
            <translation>Руководство пользователя — {app}</translation>
        </message>
    </context>
    <context>
        <name>ui.help.legend</name>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="58" />
            <source>Подзадача не относится к уровню организации или ответ на вопрос о применимости — «Нет» («Организация и подписанты → Применимость подзадач»). Мастер не открывается, сроки не считаются.</source>
            <translation>Подзадача не относится к уровню организации или ответ на вопрос о применимости — «Нет» («Организация и подписанты → Применимость подзадач»). Мастер не открывается, сроки не считаются.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="40" />
            <source>По подзадаче (периоду) ещё ничего не внесено.</source>
            <translation>По подзадаче (периоду) ещё ничего не внесено.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="41" />
            <source>Что-то уже внесено — файлы, ссылки, строки таблиц, — но не всё, что требует Инструкция.</source>
            <translation>Что-то уже внесено — файлы, ссылки, строки таблиц, — но не всё, что требует Инструкция.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="44" />
            <source>Документ составлен (например, сформирована форма), но скана подписанного документа ещё нет: документ ждёт подписи.</source>
            <translation>Документ составлен (например, сформирована форма), но скана подписанного документа ещё нет: документ ждёт подписи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="48" />
            <source>Документ подписан и его скан приложен; для пакета не хватает чего-то ещё.</source>
            <translation>Документ подписан и его скан приложен; для пакета не хватает чего-то ещё.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="49" />
            <source>Есть все подтверждающие документы, подписанные теми, кого называет Инструкция. Осталось загрузить их в ИСПУ и отметить загрузку.</source>
            <translation>Есть все подтверждающие документы, подписанные теми, кого называет Инструкция. Осталось загрузить их в ИСПУ и отметить загрузку.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="53" />
            <source>Загрузка в ИСПУ отмечена (дата и номер). Если потом изменить файлы, ссылки или таблицы, статус вернётся к «Готово к загрузке».</source>
            <translation>Загрузка в ИСПУ отмечена (дата и номер). Если потом изменить файлы, ссылки или таблицы, статус вернётся к «Готово к загрузке».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="65" />
            <source>Срок прошёл, а подзадача не выполнена. Если срок — срок загрузки в ИСПУ, нужна отметка о загрузке, даже когда всё «Готово к загрузке».</source>
            <translation>Срок прошёл, а подзадача не выполнена. Если срок — срок загрузки в ИСПУ, нужна отметка о загрузке, даже когда всё «Готово к загрузке».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="69" />
            <source>До срока осталось не больше трёх рабочих дней.</source>
            <translation>До срока осталось не больше трёх рабочих дней.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="70" />
            <source>До срока осталось не больше десяти рабочих дней.</source>
            <translation>До срока осталось не больше десяти рабочих дней.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="71" />
            <source>До срока больше десяти рабочих дней.</source>
            <translation>До срока больше десяти рабочих дней.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="72" />
            <source>Выполнено не позже срока (по отметке о загрузке в ИСПУ или по дате документа — смотря чем засчитывается срок).</source>
            <translation>Выполнено не позже срока (по отметке о загрузке в ИСПУ или по дате документа — смотря чем засчитывается срок).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="75" />
            <source>Выполнено, но позже срока.</source>
            <translation>Выполнено, но позже срока.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="76" />
            <source>Программа не может посчитать срок: в Карте реализации нет даты или не введена дата, от которой срок отсчитывается (например, дата подписания аналитической справки). Что именно нужно, сказано в строке срока.</source>
            <translation>Программа не может посчитать срок: в Карте реализации нет даты или не введена дата, от которой срок отсчитывается (например, дата подписания аналитической справки). Что именно нужно, сказано в строке срока.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="81" />
            <source>Подзадача не применяется к организации: срока у неё нет.</source>
            <translation>Подзадача не применяется к организации: срока у неё нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="85" />
            <source>Документ есть: файл приложен и подписан тем, кто вправе, или ссылка указана.</source>
            <translation>Документ есть: файл приложен и подписан тем, кто вправе, или ссылка указана.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="86" />
            <source>Документа не хватает; чего именно — сказано рядом.</source>
            <translation>Документа не хватает; чего именно — сказано рядом.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="87" />
            <source>Документ не требуется: условие Инструкции не выполнено, выбрана причина.</source>
            <translation>Документ не требуется: условие Инструкции не выполнено, выбрана причина.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="88" />
            <source>Необязательный документ не приложен; на выполнение не влияет.</source>
            <translation>Необязательный документ не приложен; на выполнение не влияет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="132" />
            <source>Руководство пользователя…</source>
            <translation>Руководство пользователя…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="173" />
            <source>Документ в чек-листе (панель подзадачи, мастер)</source>
            <translation>Документ в чек-листе (панель подзадачи, мастер)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="114" />
            <source>Статус подзадачи (дерево, панель подзадачи, «На сегодня»)</source>
            <translation>Статус подзадачи (дерево, панель подзадачи, «На сегодня»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="115" />
            <source>Состояние срока (дерево, «Сроки», «На сегодня»)</source>
            <translation>Состояние срока (дерево, «Сроки», «На сегодня»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/help/legend.py" line="106" />
            <source>Обозначения — {app}</source>
            <translation>Обозначения — {app}</translation>
        </message>
    </context>
    <context>
        <name>ui.import_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="30" />
            <source>Пакет подведомственной организации</source>
            <translation>Пакет подведомственной организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="30" />
            <source>Пакет ТБН-4 (*.zip)</source>
            <translation>Пакет ТБН-4 (*.zip)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="78" />
            <source>Отмена… данные не будут изменены.</source>
            <translation>Отмена… данные не будут изменены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="75" />
            <source>Проверяется и принимается пакет…</source>
            <translation>Проверяется и принимается пакет…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="137" />
            <source>Приём пакета отменён: данные не изменены.</source>
            <translation>Приём пакета отменён: данные не изменены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="97" />
            <source>Пакет уже был принят.</source>
            <translation>Пакет уже был принят.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="97" />
            <source>Пакет принят.</source>
            <translation>Пакет принят.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="122" />
            <source>Пакет не принят: организация не добавлена.</source>
            <translation>Пакет не принят: организация не добавлена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="85" />
            <source>Проверяется и принимается пакет…
Прочитано {done} из {total}</source>
            <translation>Проверяется и принимается пакет…
Прочитано {done} из {total}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="128" />
            <source>Пакет не принят из-за непредвиденной ошибки; данные не изменены. Повторите приём; если ошибка повторится, передайте журнал администратору.</source>
            <translation>Пакет не принят из-за непредвиденной ошибки; данные не изменены. Повторите приём; если ошибка повторится, передайте журнал администратору.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="98" />
            <source>Объём файлов: {size}.</source>
            <translation>Объём файлов: {size}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="118" />
            <source>Добавить и принять</source>
            <translation>Добавить и принять</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="113" />
            <source>Добавить «{name}» как подведомственную организацию?</source>
            <translation>Добавить «{name}» как подведомственную организацию?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/import_dialog.py" line="114" />
            <source>Организации с БИН {bin} ещё нет среди подведомственных. Добавьте её, если пакет прислала подведомственная вам организация.</source>
            <translation>Организации с БИН {bin} ещё нет среди подведомственных. Добавьте её, если пакет прислала подведомственная вам организация.</translation>
        </message>
    </context>
    <context>
        <name>ui.jobs</name>
        <message>
            <location filename="../../tbn4_desktop/ui/jobs.py" line="158" />
            <source>Отмена…</source>
            <translation>Отмена…</translation>
        </message>
    </context>
    <context>
        <name>ui.journal_window</name>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <source>Когда</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <source>Кто</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <source>Действие</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="57" />
            <source>Что изменено</source>
            <translation>Что изменено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="134" />
            <source>Журнал изменений</source>
            <translation>Журнал изменений</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="164" />
            <source>Записи журнала изменений</source>
            <translation>Записи журнала изменений</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="173" />
            <source>Подробности записи</source>
            <translation>Подробности записи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="175" />
            <source>Выберите запись, чтобы прочитать её полностью, с подробностями.</source>
            <translation>Выберите запись, чтобы прочитать её полностью, с подробностями.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="180" />
            <source>Экспорт в &amp;XLSX…</source>
            <translation>Экспорт в &amp;XLSX…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="205" />
            <source>например, 1.1.2</source>
            <translation>например, 1.1.2</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="210" />
            <source>Все действия</source>
            <translation>Все действия</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="214" />
            <source>Записи этой программы</source>
            <translation>Записи этой программы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="230" />
            <source>Сбросить отбор</source>
            <translation>Сбросить отбор</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="249" />
            <source>любая дата</source>
            <translation>любая дата</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="353" />
            <source>Все пользователи</source>
            <translation>Все пользователи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="378" />
            <source>Сохранить журнал изменений</source>
            <translation>Сохранить журнал изменений</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="378" />
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="22" />
            <source>Таблица Excel (*.xlsx)</source>
            <translation>Таблица Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="402" />
            <source>Журнал сохраняется…</source>
            <translation>Журнал сохраняется…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="218" />
            <source>С:</source>
            <translation>С:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="219" />
            <source>по:</source>
            <translation>по:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="220" />
            <source>Подзадача:</source>
            <translation>Подзадача:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="221" />
            <source>Кто:</source>
            <translation>Кто:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="228" />
            <source>Действие:</source>
            <translation>Действие:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="145" />
            <source>Каждое изменение данных записывается сюда в момент сохранения: когда, кто (пользователь Windows и компьютер), что было и что стало. Записи защищены контрольными суммами: исправленную или удалённую запись находит «Справка → Проверка данных».</source>
            <translation>Каждое изменение данных записывается сюда в момент сохранения: когда, кто (пользователь Windows и компьютер), что было и что стало. Записи защищены контрольными суммами: исправленную или удалённую запись находит «Справка → Проверка данных».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="341" />
            <source>Записей нет.</source>
            <translation>Записей нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="136" />
            <source>История подзадачи {code}</source>
            <translation>История подзадачи {code}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="138" />
            <source>История подзадачи {code} ({period})</source>
            <translation>История подзадачи {code} ({period})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="238" />
            <source>Журнал:</source>
            <translation>Журнал:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="276" />
            <source>«{name}» за {year} год (из принятого пакета)</source>
            <translation>«{name}» за {year} год (из принятого пакета)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="337" />
            <source>Показаны последние {count} записей: уточните отбор, чтобы увидеть более ранние.</source>
            <translation>Показаны последние {count} записей: уточните отбор, чтобы увидеть более ранние.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="367" />
            <source>Подробности: {details}</source>
            <translation>Подробности: {details}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="341" />
            <source>Записей: {count}.</source>
            <translation>Записей: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/journal_window.py" line="396" />
            <source>Журнал сохранён: {target} (записей: {count}).</source>
            <translation>Журнал сохранён: {target} (записей: {count}).</translation>
        </message>
    </context>
    <context>
        <name>ui.karta_actions</name>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="66" />
            <source>Формируется шаблон Карты реализации…</source>
            <translation>Формируется шаблон Карты реализации…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="84" />
            <source>Импортируются сроки из Карты реализации…</source>
            <translation>Импортируются сроки из Карты реализации…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="125" />
            <source>Передайте файл в областной уровень; заполненную Карту импортируйте командой «Импорт Карты реализации…».</source>
            <translation>Передайте файл в областной уровень; заполненную Карту импортируйте командой «Импорт Карты реализации…».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="135" />
            <source>Сроки пересчитаны.</source>
            <translation>Сроки пересчитаны.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="51" />
            <source>Сохранить шаблон Карты реализации</source>
            <translation>Сохранить шаблон Карты реализации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="72" />
            <source>Импорт Карты реализации</source>
            <translation>Импорт Карты реализации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="118" />
            <source>Шаблон Карты реализации на {year} год сохранён: {target}. Подзадач и периодов в шаблоне: {count}.</source>
            <translation>Шаблон Карты реализации на {year} год сохранён: {target}. Подзадач и периодов в шаблоне: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="158" />
            <source>Карта реализации не обработана: {reason}</source>
            <translation>Карта реализации не обработана: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/karta_actions.py" line="153" />
            <source>Файл Карты не обработан. {reason}</source>
            <translation>Файл Карты не обработан. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.kpi_line</name>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="76" />
            <source>не хватает %n мероприятия</source>
            <translation>
                <numerusform>не хватает %n мероприятия</numerusform>
                <numerusform>не хватает %n мероприятий</numerusform>
                <numerusform>не хватает %n мероприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="86" />
            <source>документа нет ещё у %n организации</source>
            <translation>
                <numerusform>документа нет ещё у %n организации</numerusform>
                <numerusform>документа нет ещё у %n организаций</numerusform>
                <numerusform>документа нет ещё у %n организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="85" />
            <source>нужно обучить ещё %n служащего</source>
            <translation>
                <numerusform>нужно обучить ещё %n служащего</numerusform>
                <numerusform>нужно обучить ещё %n служащих</numerusform>
                <numerusform>нужно обучить ещё %n служащих</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="102" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="94" />
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="97" />
            <source>{value} (цель ≥ {goal})</source>
            <translation>{value} (цель ≥ {goal})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="99" />
            <source>{value}, {score} б. (цель {goal})</source>
            <translation>{value}, {score} б. (цель {goal})</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="108" />
            <source>{text}; цель — {goal} организаций</source>
            <translation>{text}; цель — {goal} организаций</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="158" />
            <source>Штатная &amp;численность служащих:</source>
            <translation>Штатная &amp;численность служащих:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="189" />
            <source>✔ выполнено</source>
            <translation>✔ выполнено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="189" />
            <source>✖ не выполнено</source>
            <translation>✖ не выполнено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="248" />
            <source>Показатели: выполнено {met} из {total}</source>
            <translation>Показатели: выполнено {met} из {total}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="153" />
            <source>Показатель: {text}</source>
            <translation>Показатель: {text}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="193" />
            <source>Показатель: {verdict}. {text}</source>
            <translation>Показатель: {verdict}. {text}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="191" />
            <source>Показатель: {verdict}.</source>
            <translation>Показатель: {verdict}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/kpi_line.py" line="236" />
            <source>Показатель {code}: {verdict}. {details}</source>
            <translation>Показатель {code}: {verdict}. {details}</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="203" />
            <location filename="../../tbn4_desktop/ui/today_view.py" line="43" />
            <source>На сегодня</source>
            <translation>На сегодня</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="204" />
            <source>Подзадачи</source>
            <translation>Подзадачи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="205" />
            <source>Сроки</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="207" />
            <source>Проекты, задачи и подзадачи года (Ctrl+1)</source>
            <translation>Проекты, задачи и подзадачи года (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="208" />
            <source>Сроки года, светофоры проектов и календарь (Ctrl+3)</source>
            <translation>Сроки года, светофоры проектов и календарь (Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="210" />
            <source>Что просрочено, что скоро, что ждёт подписи или загрузки в ИСПУ (Ctrl+0)</source>
            <translation>Что просрочено, что скоро, что ждёт подписи или загрузки в ИСПУ (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="215" />
            <source>Год</source>
            <translation>Год</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="218" />
            <source>  &amp;Год: </source>
            <translation>  &amp;Год: </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="221" />
            <source>Год исполнения</source>
            <translation>Год исполнения</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="451" />
            <source>Идёт экспорт пакета. Прервать его и выйти?</source>
            <translation>Идёт экспорт пакета. Прервать его и выйти?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="458" />
            <source>Идёт приём пакета. Прервать его и выйти?</source>
            <translation>Идёт приём пакета. Прервать его и выйти?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window.py" line="451" />
            <location filename="../../tbn4_desktop/ui/main_window.py" line="458" />
            <source>Прервать и выйти</source>
            <translation>Прервать и выйти</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window_dialogs</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="65" />
            <source>Подзадачи Проекта 3 не применяются к уровню «{level}».</source>
            <translation>Подзадачи Проекта 3 не применяются к уровню «{level}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="67" />
            <source>Подзадача {code} не применяется к уровню «{level}».</source>
            <translation>Подзадача {code} не применяется к уровню «{level}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="54" />
            <source>Подзадачи Проекта 3 не применяются: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…».</source>
            <translation>Подзадачи Проекта 3 не применяются: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="59" />
            <source>Подзадача {code} не применяется: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…».</source>
            <translation>Подзадача {code} не применяется: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="165" />
            <source>Матрица документов сохранена.</source>
            <translation>Матрица документов сохранена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_dialogs.py" line="223" />
            <source>Принят пакет «{organization}» за {year} год.</source>
            <translation>Принят пакет «{organization}» за {year} год.</translation>
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
            <translation>&amp;Экспорт пакета для загрузки в ИСПУ…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="28" />
            <source>&amp;Импорт пакета подведомственной организации…</source>
            <translation>&amp;Импорт пакета подведомственной организации…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="32" />
            <source>Орга&amp;низация и подписанты…</source>
            <translation>Орга&amp;низация и подписанты…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="36" />
            <source>&amp;Открыть папку данных</source>
            <translation>&amp;Открыть папку данных</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="39" />
            <source>Общая &amp;база данных офиса…</source>
            <translation>Общая &amp;база данных офиса…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="43" />
            <source>&amp;Резервные копии…</source>
            <translation>&amp;Резервные копии…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="47" />
            <source>&amp;Журнал изменений…</source>
            <translation>&amp;Журнал изменений…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="49" />
            <source>Кто, когда и что изменил в данных; отбор и экспорт в XLSX</source>
            <translation>Кто, когда и что изменил в данных; отбор и экспорт в XLSX</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="56" />
            <source>В&amp;ыход</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="61" />
            <source>&amp;Подзадача</source>
            <translation>&amp;Подзадача</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="62" />
            <source>&amp;Выполнить…</source>
            <translation>&amp;Выполнить…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="67" />
            <source>&amp;Матрица документов (Проект 3)…</source>
            <translation>&amp;Матрица документов (Проект 3)…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="71" />
            <source>Отметить &amp;загрузку в ИСПУ…</source>
            <translation>Отметить &amp;загрузку в ИСПУ…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="73" />
            <source>Все периоды выбранной подзадачи со статусом «Готово к загрузке»</source>
            <translation>Все периоды выбранной подзадачи со статусом «Готово к загрузке»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="76" />
            <source>Снять отметку о за&amp;грузке…</source>
            <translation>Снять отметку о за&amp;грузке…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="79" />
            <source>Вернуть статус «Готово к загрузке», если отметка о загрузке поставлена по ошибке</source>
            <translation>Вернуть статус «Готово к загрузке», если отметка о загрузке поставлена по ошибке</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="83" />
            <source>&amp;Обновить</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="87" />
            <source>Перейти к &amp;дереву</source>
            <translation>Перейти к &amp;дереву</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="91" />
            <source>Перейти к &amp;сведениям</source>
            <translation>Перейти к &amp;сведениям</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="96" />
            <source>С&amp;роки</source>
            <translation>С&amp;роки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="97" />
            <source>&amp;На сегодня</source>
            <translation>&amp;На сегодня</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="102" />
            <source>&amp;Показать сроки года</source>
            <translation>&amp;Показать сроки года</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="107" />
            <source>&amp;Даты внутреннего анализа коррупционных рисков…</source>
            <translation>&amp;Даты внутреннего анализа коррупционных рисков…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="111" />
            <source>П&amp;ереносы рабочих дней…</source>
            <translation>П&amp;ереносы рабочих дней…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="116" />
            <source>&amp;Шаблон Карты реализации (XLSX)…</source>
            <translation>&amp;Шаблон Карты реализации (XLSX)…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="120" />
            <source>&amp;Импорт Карты реализации…</source>
            <translation>&amp;Импорт Карты реализации…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="132" />
            <source>&amp;Справка</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="137" />
            <source>&amp;Проверка данных…</source>
            <translation>&amp;Проверка данных…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="139" />
            <source>Проверить базу данных, вложенные файлы и журнал изменений</source>
            <translation>Проверить базу данных, вложенные файлы и журнал изменений</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_menus.py" line="142" />
            <source>&amp;О программе</source>
            <translation>&amp;О программе</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window_pages</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_pages.py" line="89" />
            <source>Подведомственные</source>
            <translation>Подведомственные</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_pages.py" line="90" />
            <source>Статус подведомственных организаций, Проект 3, кто опаздывает</source>
            <translation>Статус подведомственных организаций, Проект 3, кто опаздывает</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window_upload</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="77" />
            <source>Отметка о загрузке есть только у подзадач со статусом «Загружено в ИСПУ»: выберите такую подзадачу.</source>
            <translation>Отметка о загрузке есть только у подзадач со статусом «Загружено в ИСПУ»: выберите такую подзадачу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="34" />
            <source>Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»: выберите такую подзадачу.</source>
            <translation>Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»: выберите такую подзадачу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="86" />
            <source>Снять отметку</source>
            <translation>Снять отметку</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="84" />
            <source>Снять отметку о загрузке в ИСПУ ({count})?</source>
            <translation>Снять отметку о загрузке в ИСПУ ({count})?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="85" />
            <source>{what}. Статус вернётся к «Готово к загрузке».</source>
            <translation>{what}. Статус вернётся к «Готово к загрузке».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="96" />
            <source>Отметка о загрузке снята: {count}.</source>
            <translation>Отметка о загрузке снята: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_upload.py" line="116" />
            <location filename="../../tbn4_desktop/ui/today_view.py" line="319" />
            <source>Отмечено как загруженное в ИСПУ: {count}.</source>
            <translation>Отмечено как загруженное в ИСПУ: {count}.</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window_year</name>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="90" />
            <source>{name} · БИН {bin} · {level}</source>
            <translation>{name} · БИН {bin} · {level}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="143" />
            <source>{progress} (подзадачи и периоды {year} года)</source>
            <translation>{progress} (подзадачи и периоды {year} года)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="154" />
            <source>Некоторые файлы каталогов не прочитаны; программа работает с остальными.</source>
            <translation>Некоторые файлы каталогов не прочитаны; программа работает с остальными.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/main_window_year.py" line="172" />
            <source>Задача {code}</source>
            <translation>Задача {code}</translation>
        </message>
    </context>
    <context>
        <name>ui.month_calendar</name>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="63" />
            <source>Январь</source>
            <translation>Январь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="64" />
            <source>Февраль</source>
            <translation>Февраль</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="65" />
            <source>Март</source>
            <translation>Март</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="66" />
            <source>Апрель</source>
            <translation>Апрель</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="67" />
            <source>Май</source>
            <translation>Май</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="68" />
            <source>Июнь</source>
            <translation>Июнь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="69" />
            <source>Июль</source>
            <translation>Июль</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="70" />
            <source>Август</source>
            <translation>Август</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="71" />
            <source>Сентябрь</source>
            <translation>Сентябрь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="72" />
            <source>Октябрь</source>
            <translation>Октябрь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="73" />
            <source>Ноябрь</source>
            <translation>Ноябрь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="74" />
            <source>Декабрь</source>
            <translation>Декабрь</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Пн</source>
            <translation>Пн</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Вт</source>
            <translation>Вт</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Ср</source>
            <translation>Ср</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Чт</source>
            <translation>Чт</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Пт</source>
            <translation>Пт</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Сб</source>
            <translation>Сб</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="76" />
            <source>Вс</source>
            <translation>Вс</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="78" />
            <source>понедельник</source>
            <translation>понедельник</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="79" />
            <source>вторник</source>
            <translation>вторник</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="80" />
            <source>среда</source>
            <translation>среда</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="81" />
            <source>четверг</source>
            <translation>четверг</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="82" />
            <source>пятница</source>
            <translation>пятница</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="83" />
            <source>суббота</source>
            <translation>суббота</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="84" />
            <source>воскресенье</source>
            <translation>воскресенье</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="94" />
            <source>рабочий</source>
            <translation>рабочий</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="252" />
            <source>%n срок</source>
            <translation>
                <numerusform>%n срок</numerusform>
                <numerusform>%n срока</numerusform>
                <numerusform>%n сроков</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="340" />
            <source>Предыдущий месяц (PgUp)</source>
            <translation>Предыдущий месяц (PgUp)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="341" />
            <source>Предыдущий месяц</source>
            <translation>Предыдущий месяц</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="345" />
            <source>Следующий месяц (PgDown)</source>
            <translation>Следующий месяц (PgDown)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="346" />
            <source>Следующий месяц</source>
            <translation>Следующий месяц</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="355" />
            <source>Сегодня</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="366" />
            <source>Календарь месяца</source>
            <translation>Календарь месяца</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="379" />
            <source>Обозначения: &lt;b&gt;праздник&lt;/b&gt; · выходной · &lt;b&gt;рабочий&lt;/b&gt; (рабочий выходной день); число сроков со значком самого срочного. Подробности — во всплывающей подсказке.</source>
            <translation>Обозначения: &lt;b&gt;праздник&lt;/b&gt; · выходной · &lt;b&gt;рабочий&lt;/b&gt; (рабочий выходной день); число сроков со значком самого срочного. Подробности — во всплывающей подсказке.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="395" />
            <source>Сроки выбранного дня</source>
            <translation>Сроки выбранного дня</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="473" />
            <source>{date}, {weekday} — праздничный день: {reason}.</source>
            <translation>{date}, {weekday} — праздничный день: {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="192" />
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="178" />
            <source>выходной день</source>
            <translation>выходной день</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="476" />
            <source>{date}, {weekday} — выходной день ({reason}).</source>
            <translation>{date}, {weekday} — выходной день ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="478" />
            <source>{date}, {weekday} — выходной день.</source>
            <translation>{date}, {weekday} — выходной день.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="481" />
            <source>{date}, {weekday} — рабочий день ({reason}).</source>
            <translation>{date}, {weekday} — рабочий день ({reason}).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="489" />
            <source>Сроков нет.</source>
            <translation>Сроков нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="208" />
            <source>Сроки ({count}):</source>
            <translation>Сроки ({count}):</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="190" />
            <source>{holiday} (праздник в выходной день; выходной перенесён)</source>
            <translation>{holiday} (праздник в выходной день; выходной перенесён)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="200" />
            <source>Рабочий день: {reason}</source>
            <translation>Рабочий день: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="203" />
            <source>Праздничный день: {reason}</source>
            <translation>Праздничный день: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="211" />
            <location filename="../../tbn4_desktop/ui/register_table.py" line="346" />
            <location filename="../../tbn4_desktop/ui/register_table.py" line="382" />
            <source>… и ещё {count}</source>
            <translation>… и ещё {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="489" />
            <source>Сроков: {count}.</source>
            <translation>Сроков: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/month_calendar.py" line="205" />
            <source>Выходной день: {reason}</source>
            <translation>Выходной день: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.open_files</name>
        <message>
            <location filename="../../tbn4_desktop/ui/open_files.py" line="133" />
            <source>Не удалось открыть «{name}»: в Windows нет программы для файлов этого типа. Копия файла сохранена в папке «{folder}».</source>
            <translation>Не удалось открыть «{name}»: в Windows нет программы для файлов этого типа. Копия файла сохранена в папке «{folder}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/open_files.py" line="129" />
            <source>Не удалось подготовить «{name}» к просмотру: {reason}. Проверьте, есть ли место на диске.</source>
            <translation>Не удалось подготовить «{name}» к просмотру: {reason}. Проверьте, есть ли место на диске.</translation>
        </message>
    </context>
    <context>
        <name>ui.organization_applicability</name>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="36" />
            <source>&amp;Да</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="36" />
            <source>&amp;Нет</source>
            <translation>&amp;Нет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="36" />
            <source>Не &amp;указано</source>
            <translation>Не &amp;указано</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="77" />
            <source>План на {year} год ещё не создан: ответы можно будет дать, когда этот год откроется в главном окне.</source>
            <translation>План на {year} год ещё не создан: ответы можно будет дать, когда этот год откроется в главном окне.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="128" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="177" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="55" />
            <source>Инструкция: «{quote}»</source>
            <translation>Инструкция: «{quote}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="81" />
            <source>Ответы за {year} год. От них зависит, применяются ли подзадачи: подзадача с ответом «Нет» показывается серой с пометкой «Не применяется»; без ответа она считается применимой. Наведите указатель на вопрос, чтобы прочитать слова Инструкции.</source>
            <translation>Ответы за {year} год. От них зависит, применяются ли подзадачи: подзадача с ответом «Нет» показывается серой с пометкой «Не применяется»; без ответа она считается применимой. Наведите указатель на вопрос, чтобы прочитать слова Инструкции.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="87" />
            <source>На уровне «{level}» вопросов о применимости подзадач нет.</source>
            <translation>На уровне «{level}» вопросов о применимости подзадач нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="100" />
            <source>Решает, применяется ли подзадача {codes}.</source>
            <translation>Решает, применяется ли подзадача {codes}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_applicability.py" line="102" />
            <source>Решает, применяются ли подзадачи {codes}.</source>
            <translation>Решает, применяются ли подзадачи {codes}.</translation>
        </message>
    </context>
    <context>
        <name>ui.organization_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="153" />
            <source>Организ&amp;ация и подписанты</source>
            <translation>Организ&amp;ация и подписанты</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="154" />
            <source>При&amp;менимость подзадач</source>
            <translation>При&amp;менимость подзадач</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="155" />
            <source>&amp;Курируемые организации</source>
            <translation>&amp;Курируемые организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="161" />
            <source>Курируемые организации квазигосударственного сектора (знаменатель долей Проекта 3)</source>
            <translation>Курируемые организации квазигосударственного сектора (знаменатель долей Проекта 3)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="169" />
            <source>Закрыть без сохранения сведений об организации; подписанты, ответы и список курируемых организаций уже сохранены.</source>
            <translation>Закрыть без сохранения сведений об организации; подписанты, ответы и список курируемых организаций уже сохранены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="237" />
            <source>&amp;Добавить…</source>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="239" />
            <source>&amp;Изменить…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="241" />
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="234" />
            <source>Не подпи&amp;сывает больше</source>
            <translation>Не подпи&amp;сывает больше</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="204" />
            <source>Уровень меняется в главном окне: «Файл → Организация и подписанты…».</source>
            <translation>Уровень меняется в главном окне: «Файл → Организация и подписанты…».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="228" />
            <source>&amp;Подписанты (выключенные не предлагаются, но остаются в выполненных подзадачах):</source>
            <translation>&amp;Подписанты (выключенные не предлагаются, но остаются в выполненных подзадачах):</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="326" />
            <source>не требуется</source>
            <translation>не требуется</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="139" />
            <source>{app} — организация и подписанты</source>
            <translation>{app} — организация и подписанты</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_dialog.py" line="158" />
            <source>Ответы на вопросы, от которых зависит, применяются ли подзадачи, за {year} год</source>
            <translation>Ответы на вопросы, от которых зависит, применяются ли подзадачи, за {year} год</translation>
        </message>
    </context>
    <context>
        <name>ui.organization_signatories</name>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="45" />
            <source>Подписывает</source>
            <translation>Подписывает</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="84" />
            <source>12 цифр, необязательно</source>
            <translation>12 цифр, необязательно</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="86" />
            <source>По ИИН программа узнаёт подписанта в сертификате электронной цифровой подписи (ЭЦП) документа.</source>
            <translation>По ИИН программа узнаёт подписанта в сертификате электронной цифровой подписи (ЭЦП) документа.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="171" />
            <source>не подписывает больше</source>
            <translation>не подписывает больше</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="208" />
            <source>Измените роль («Изменить…») или отметьте «Не подписывает больше».</source>
            <translation>Измените роль («Изменить…») или отметьте «Не подписывает больше».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="234" />
            <source>Ве&amp;рнуть</source>
            <translation>Ве&amp;рнуть</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="237" />
            <source>Снова предлагать этого подписанта</source>
            <translation>Снова предлагать этого подписанта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="239" />
            <source>Больше не предлагать этого подписанта; его подписи в выполненных подзадачах сохранятся</source>
            <translation>Больше не предлагать этого подписанта; его подписи в выполненных подзадачах сохранятся</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="69" />
            <source>Изменить подписанта</source>
            <translation>Изменить подписанта</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="69" />
            <source>Новый подписант</source>
            <translation>Новый подписант</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="90" />
            <source>&amp;Ф.И.О.:</source>
            <translation>&amp;Ф.И.О.:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="91" />
            <source>&amp;Должность:</source>
            <translation>&amp;Должность:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="92" />
            <source>&amp;Роль:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="93" />
            <source>&amp;ИИН:</source>
            <translation>&amp;ИИН:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="173" />
            <source>ничего на этом уровне</source>
            <translation>ничего на этом уровне</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_signatories.py" line="109" />
            <source>Если сменился человек, добавьте нового подписанта, а прежнего отметьте «Не подписывает больше»: его подписи в выполненных подзадачах сохранятся.</source>
            <translation>Если сменился человек, добавьте нового подписанта, а прежнего отметьте «Не подписывает больше»: его подписи в выполненных подзадачах сохранятся.</translation>
        </message>
    </context>
    <context>
        <name>ui.organization_supervised</name>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="41" />
            <source>Субъекты квазигосударственного сектора, деятельность которых курирует организация. Этот список — знаменатель долей Проекта 3: доля курируемых организаций, создавших раздел по антикоррупционному комплаенсу (3.1.2) и исполнивших подзадачи 3.2.1–3.2.6, считается от числа организаций в нём.</source>
            <translation>Субъекты квазигосударственного сектора, деятельность которых курирует организация. Этот список — знаменатель долей Проекта 3: доля курируемых организаций, создавших раздел по антикоррупционному комплаенсу (3.1.2) и исполнивших подзадачи 3.2.1–3.2.6, считается от числа организаций в нём.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="40" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="338" />
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="170" />
            <source>БИН</source>
            <translation>БИН</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="71" />
            <source>Добавить организацию</source>
            <translation>Добавить организацию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="76" />
            <source>например: КГП «Байзак су арнасы»</source>
            <translation>например: КГП «Байзак су арнасы»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="80" />
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="89" />
            <source>необязательно</source>
            <translation>необязательно</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="94" />
            <source>&amp;Добавить в список</source>
            <translation>&amp;Добавить в список</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="98" />
            <source>&amp;Убрать из списка…</source>
            <translation>&amp;Убрать из списка…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="65" />
            <source>Курируемые &amp;организации:</source>
            <translation>Курируемые &amp;организации:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="121" />
            <source>Список пуст: доли Проекта 3 не из чего считать.</source>
            <translation>Список пуст: доли Проекта 3 не из чего считать.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="172" />
            <source>Доли Проекта 3 будут считаться без этой организации.</source>
            <translation>Доли Проекта 3 будут считаться без этой организации.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="121" />
            <source>В списке: {count}.</source>
            <translation>В списке: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/organization_supervised.py" line="171" />
            <source>Убрать «{name}» из списка курируемых организаций?</source>
            <translation>Убрать «{name}» из списка курируемых организаций?</translation>
        </message>
    </context>
    <context>
        <name>ui.project_lights</name>
        <message>
            <location filename="../../tbn4_desktop/ui/project_lights.py" line="79" />
            <source>Сроков нет</source>
            <translation>Сроков нет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/project_lights.py" line="69" />
            <source>Показать в таблице: проект {number}, «{state}»</source>
            <translation>Показать в таблице: проект {number}, «{state}»</translation>
        </message>
    </context>
    <context>
        <name>ui.quasi_matrix</name>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="53" />
            <source>Матрица документов квазигосударственного сектора</source>
            <translation>Матрица документов квазигосударственного сектора</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="57" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="311" />
            <source>Доля</source>
            <translation>Доля</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="57" />
            <source>Доля организаций из списка, у которых есть документ, в процентах</source>
            <translation>Доля организаций из списка, у которых есть документ, в процентах</translation>
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
            <translation>Балл подзадач 3.2.1–3.2.6: каждые 10 % организаций с документом — 0,2 балла, 100 % — 2 балла; 3.1.2 — доля без баллов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="143" />
            <source>&amp;Добавить организацию</source>
            <translation>&amp;Добавить организацию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="144" />
            <source>&amp;Удалить организацию</source>
            <translation>&amp;Удалить организацию</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="145" />
            <source>&amp;Импорт списка из подзадачи</source>
            <translation>&amp;Импорт списка из подзадачи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="157" />
            <source>Строки — список организаций квазигосударственного сектора, деятельность которых курирует организация: по нему считается доля в подзадачах 3.1.2 и 3.2.1–3.2.6. Организации, добавленные или удалённые здесь, при сохранении добавляются в список или удаляются из него. Отметьте, у каких организаций есть документ. Балл за 3.2.1–3.2.6: каждые 10 % организаций — 0,2 балла, 100 % — 2 балла; 3.1.2 — доля без баллов. Двойной щелчок по заголовку столбца отмечает или снимает все строки.</source>
            <translation>Строки — список организаций квазигосударственного сектора, деятельность которых курирует организация: по нему считается доля в подзадачах 3.1.2 и 3.2.1–3.2.6. Организации, добавленные или удалённые здесь, при сохранении добавляются в список или удаляются из него. Отметьте, у каких организаций есть документ. Балл за 3.2.1–3.2.6: каждые 10 % организаций — 0,2 балла, 100 % — 2 балла; 3.1.2 — доля без баллов. Двойной щелчок по заголовку столбца отмечает или снимает все строки.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="174" />
            <source>&amp;Сохранить</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="286" />
            <source>Доля с документом</source>
            <translation>Доля с документом</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="287" />
            <source>Балл (из 2; 3.2.1–3.2.6)</source>
            <translation>Балл (из 2; 3.2.1–3.2.6)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="224" />
            <source>Список курируемых организаций не заполнен: добавьте организации, деятельность которых курирует организация.</source>
            <translation>Список курируемых организаций не заполнен: добавьте организации, деятельность которых курирует организация.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="298" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="224" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="222" />
            <source>без баллов</source>
            <translation>без баллов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="358" />
            <source>Матрица не сохранена: эти подзадачи только что изменил другой пользователь. Данные перечитаны — проверьте их и повторите.</source>
            <translation>Матрица не сохранена: эти подзадачи только что изменил другой пользователь. Данные перечитаны — проверьте их и повторите.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="215" />
            <source>Организаций из таблиц, которых нет в списке курируемых: {count}. Они отмечены «нет в списке»; при сохранении они будут добавлены в список — или удалите лишние строки.</source>
            <translation>Организаций из таблиц, которых нет в списке курируемых: {count}. Они отмечены «нет в списке»; при сохранении они будут добавлены в список — или удалите лишние строки.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="236" />
            <source>{code} {title} — организаций: {count}</source>
            <translation>{code} {title} — организаций: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="248" />
            <source>Добавлено организаций из подзадачи {code}: {count}.</source>
            <translation>Добавлено организаций из подзадачи {code}: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="250" />
            <source>Все организации из подзадачи {code} уже есть в матрице.</source>
            <translation>Все организации из подзадачи {code} уже есть в матрице.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="293" />
            <source>всего: {count}</source>
            <translation>всего: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="320" />
            <source>Укажите наименование организации в строках: {rows}.</source>
            <translation>Укажите наименование организации в строках: {rows}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="352" />
            <source>Матрица не сохранена.</source>
            <translation>Матрица не сохранена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="365" />
            <source>Матрица не сохранена. {reason}</source>
            <translation>Матрица не сохранена. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="348" />
            <source>Строка {row}, «{column}»</source>
            <translation>Строка {row}, «{column}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix.py" line="343" />
            <source>Список курируемых организаций: {message}</source>
            <translation>Список курируемых организаций: {message}</translation>
        </message>
    </context>
    <context>
        <name>ui.quasi_matrix_model</name>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="35" />
            <source>Этой организации нет в списке курируемых: при сохранении матрицы она будет добавлена в список и войдёт в знаменатель доли.</source>
            <translation>Этой организации нет в списке курируемых: при сохранении матрицы она будет добавлена в список и войдёт в знаменатель доли.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="168" />
            <source>Организация *</source>
            <translation>Организация *</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="215" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="29" />
            <source>Есть</source>
            <translation>Есть</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="218" />
            <source>{title}: есть</source>
            <translation>{title}: есть</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="218" />
            <source>{title}: нет</source>
            <translation>{title}: нет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/quasi_matrix_model.py" line="206" />
            <source>{name} (нет в списке)</source>
            <translation>{name} (нет в списке)</translation>
        </message>
    </context>
    <context>
        <name>ui.register_delegate</name>
        <message>
            <location filename="../../tbn4_desktop/ui/register_delegate.py" line="76" />
            <source> тнг.</source>
            <translation> тнг.</translation>
        </message>
    </context>
    <context>
        <name>ui.register_model</name>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="230" />
            <source>Заполнено</source>
            <translation>Заполнено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="232" />
            <source>Сколько полей строки заполнено из тех, что к ней относятся; все поля — в карточке строки</source>
            <translation>Сколько полей строки заполнено из тех, что к ней относятся; все поля — в карточке строки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="304" />
            <source>Двойной щелчок или Enter — карточка строки.</source>
            <translation>Двойной щелчок или Enter — карточка строки.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="196" />
            <source>Строка {row}, столбец «{column}»: {message}</source>
            <translation>Строка {row}, столбец «{column}»: {message}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="295" />
            <source>{filled} из {fields}</source>
            <translation>{filled} из {fields}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="321" />
            <source>Не заполняется в этой строке. {condition}.</source>
            <translation>Не заполняется в этой строке. {condition}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="325" />
            <source>Указанное значение не будет сохранено.</source>
            <translation>Указанное значение не будет сохранено.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="294" />
            <source>{filled} из {fields}, ошибок: {errors}</source>
            <translation>{filled} из {fields}, ошибок: {errors}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="299" />
            <source>Заполнено полей: {filled} из {fields}.</source>
            <translation>Заполнено полей: {filled} из {fields}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="301" />
            <source>Не заполнены: {titles}.</source>
            <translation>Не заполнены: {titles}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="303" />
            <source>Ошибок в строке: {count} (см. под таблицей).</source>
            <translation>Ошибок в строке: {count} (см. под таблицей).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_model.py" line="239" />
            <source>{title} (обязательный столбец)</source>
            <translation>{title} (обязательный столбец)</translation>
        </message>
    </context>
    <context>
        <name>ui.register_row_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="46" />
            <source>ДД.ММ.ГГГГ</source>
            <translation>ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="46" />
            <source>сумма в тенге</source>
            <translation>сумма в тенге</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="92" />
            <source>Поля со звёздочкой (*) обязательны. Поля, которые зависят от ответов выше, появляются, когда они нужны.</source>
            <translation>Поля со звёздочкой (*) обязательны. Поля, которые зависят от ответов выше, появляются, когда они нужны.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="263" />
            <source>Заполните это поле.</source>
            <translation>Заполните это поле.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="265" />
            <source>Выберите «Да» или «Нет».</source>
            <translation>Выберите «Да» или «Нет».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="117" />
            <source>ОК</source>
            <translation>ОК</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="85" />
            <source>Строка таблицы — {title}</source>
            <translation>Строка таблицы — {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="156" />
            <source>выберите из списка или введите</source>
            <translation>выберите из списка или введите</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_row_dialog.py" line="96" />
            <source>Строка {number}.</source>
            <translation>Строка {number}.</translation>
        </message>
    </context>
    <context>
        <name>ui.register_table</name>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="117" />
            <source>&amp;Добавить строку</source>
            <translation>&amp;Добавить строку</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="118" />
            <source>&amp;Удалить строку</source>
            <translation>&amp;Удалить строку</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="119" />
            <source>&amp;Импорт из XLSX…</source>
            <translation>&amp;Импорт из XLSX…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="120" />
            <source>&amp;Экспорт в XLSX…</source>
            <translation>&amp;Экспорт в XLSX…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="121" />
            <source>&amp;Карточка строки…</source>
            <translation>&amp;Карточка строки…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/register_table.py" line="150" />
            <source>В таблице %n столбец: здесь видны главные из них и сколько полей заполнено, все поля строки — в её карточке. «Добавить строку» открывает пустую карточку; двойной щелчок или Enter — карточка выбранной строки. Наведите указатель на ячейку, чтобы увидеть её значение полностью.</source>
            <translation>
                <numerusform>В таблице %n столбец: здесь видны главные из них и сколько полей заполнено, все поля строки — в её карточке. «Добавить строку» открывает пустую карточку; двойной щелчок или Enter — карточка выбранной строки. Наведите указатель на ячейку, чтобы увидеть её значение полностью.</numerusform>
                <numerusform>В таблице %n столбца: здесь видны главные из них и сколько полей заполнено, все поля строки — в её карточке. «Добавить строку» открывает пустую карточку; двойной щелчок или Enter — карточка выбранной строки. Наведите указатель на ячейку, чтобы увидеть её значение полностью.</numerusform>
                <numerusform>В таблице %n столбцов: здесь видны главные из них и сколько полей заполнено, все поля строки — в её карточке. «Добавить строку» открывает пустую карточку; двойной щелчок или Enter — карточка выбранной строки. Наведите указатель на ячейку, чтобы увидеть её значение полностью.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="375" />
            <source>Импорт из XLSX</source>
            <translation>Импорт из XLSX</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="375" />
            <location filename="../../tbn4_desktop/ui/register_table.py" line="404" />
            <source>Таблицы Excel (*.xlsx)</source>
            <translation>Таблицы Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="404" />
            <source>Экспорт в XLSX</source>
            <translation>Экспорт в XLSX</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="123" />
            <source>Все поля выбранной строки в форме (Enter или двойной щелчок по строке)</source>
            <translation>Все поля выбранной строки в форме (Enter или двойной щелчок по строке)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="125" />
            <source>Заполнить выбранную строку в форме (Ctrl+Enter или двойной щелчок по номеру строки)</source>
            <translation>Заполнить выбранную строку в форме (Ctrl+Enter или двойной щелчок по номеру строки)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="128" />
            <source>Открывает пустую карточку строки: в ней все столбцы таблицы</source>
            <translation>Открывает пустую карточку строки: в ней все столбцы таблицы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="158" />
            <source>Поля со звёздочкой (*) обязательны. Даты — ДД.ММ.ГГГГ, суммы — в тенге. Двойной щелчок или ввод текста — правка ячейки, Ctrl+Enter — карточка строки.</source>
            <translation>Поля со звёздочкой (*) обязательны. Даты — ДД.ММ.ГГГГ, суммы — в тенге. Двойной щелчок или ввод текста — правка ячейки, Ctrl+Enter — карточка строки.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="393" />
            <source>Текущие строки будут удалены из таблицы.</source>
            <translation>Текущие строки будут удалены из таблицы.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="162" />
            <source>Серые ячейки при ответах этой строки не заполняются.</source>
            <translation>Серые ячейки при ответах этой строки не заполняются.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="394" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="295" />
            <source>Заменить</source>
            <translation>Заменить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="390" />
            <source>Заменить строки реестра ({current}) строками из файла ({new})?</source>
            <translation>Заменить строки реестра ({current}) строками из файла ({new})?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="413" />
            <source>Файл не сохранён: {reason}.</source>
            <translation>Файл не сохранён: {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/register_table.py" line="385" />
            <source>Таблица не импортирована: исправьте ошибки и повторите.</source>
            <translation>Таблица не импортирована: исправьте ошибки и повторите.</translation>
        </message>
    </context>
    <context>
        <name>ui.screenshots</name>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="173" />
            <source>Сообщение: {text}</source>
            <translation>Сообщение: {text}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="112" />
            <source>Подзадачи «{code}» нет в каталоге ТБН №4: укажите коды вида 2.3.1 через запятую.</source>
            <translation>Подзадачи «{code}» нет в каталоге ТБН №4: укажите коды вида 2.3.1 через запятую.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="116" />
            <source>Подзадача {code} не применяется к уровню «{level}» демонстрационной организации: у неё нет мастера.</source>
            <translation>Подзадача {code} не применяется к уровню «{level}» демонстрационной организации: у неё нет мастера.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="198" />
            <source>Нет шрифта {font} в «{folder}»: снимки сделаны шрифтом системы, который шире Segoe UI.</source>
            <translation>Нет шрифта {font} в «{folder}»: снимки сделаны шрифтом системы, который шире Segoe UI.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="347" />
            <source>Мастер подзадачи {code} не перешёл дальше страницы «{page}».</source>
            <translation>Мастер подзадачи {code} не перешёл дальше страницы «{page}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/screenshots.py" line="288" />
            <source>Подзадача {code} не применяется к демонстрационной организации: снимка её панели нет.</source>
            <translation>Подзадача {code} не применяется к демонстрационной организации: снимка её панели нет.</translation>
        </message>
    </context>
    <context>
        <name>ui.signature_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="75" />
            <source>✔ — проверено, ✖ — не прошло проверку, ○ — не проверялось (причина указана).</source>
            <translation>✔ — проверено, ✖ — не прошло проверку, ○ — не проверялось (причина указана).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="78" />
            <source>&amp;Копировать</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="80" />
            <source>Скопировать сведения о подписи в буфер обмена, чтобы вставить в письмо или служебную записку</source>
            <translation>Скопировать сведения о подписи в буфер обмена, чтобы вставить в письмо или служебную записку</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="54" />
            <source>{heading}: {file}</source>
            <translation>{heading}: {file}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="58" />
            <source>Файл подписи «{file}» к документу «{document}».</source>
            <translation>Файл подписи «{file}» к документу «{document}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/signature_dialog.py" line="60" />
            <source>Файл подписи «{file}»: документ вложен в него.</source>
            <translation>Файл подписи «{file}»: документ вложен в него.</translation>
        </message>
    </context>
    <context>
        <name>ui.startup_notice</name>
        <message>
            <location filename="../../tbn4_desktop/ui/startup_notice.py" line="23" />
            <source>Сроки, требующие внимания</source>
            <translation>Сроки, требующие внимания</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/startup_notice.py" line="44" />
            <source>Сроки подзадач — просрочено: {overdue}, срок в ближайшие 3 рабочих дня: {soon}. Подробности — на вкладке «На сегодня».</source>
            <translation>Сроки подзадач — просрочено: {overdue}, срок в ближайшие 3 рабочих дня: {soon}. Подробности — на вкладке «На сегодня».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/startup_notice.py" line="37" />
            <source>Сроки подзадач — просрочено: {overdue}. Подробности — на вкладке «На сегодня».</source>
            <translation>Сроки подзадач — просрочено: {overdue}. Подробности — на вкладке «На сегодня».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/startup_notice.py" line="41" />
            <source>Сроки подзадач — срок в ближайшие 3 рабочих дня: {soon}. Подробности — на вкладке «На сегодня».</source>
            <translation>Сроки подзадач — срок в ближайшие 3 рабочих дня: {soon}. Подробности — на вкладке «На сегодня».</translation>
        </message>
    </context>
    <context>
        <name>ui.subordinates_view</name>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="62" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="311" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="182" />
            <source>Документ</source>
            <translation>Документ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="64" />
            <source>Готово</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="65" />
            <source>В ИСПУ</source>
            <translation>В ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="69" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="255" />
            <source>Выполнено</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="254" />
            <source>Состояние срока</source>
            <translation>Состояние срока</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="256" />
            <source>Документы: чего не хватает</source>
            <translation>Документы: чего не хватает</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="222" />
            <source>список не заполнен</source>
            <translation>список не заполнен</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="298" />
            <source>Подведомственные организации по подзадачам</source>
            <translation>Подведомственные организации по подзадачам</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="229" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="104" />
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="182" />
            <source>{done} из {total}</source>
            <translation>{done} из {total}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="311" />
            <source>Организаций</source>
            <translation>Организаций</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="321" />
            <source>Раб. дней просрочки</source>
            <translation>Раб. дней просрочки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="237" />
            <source>Список курируемых организаций не заполнен: {names}.</source>
            <translation>Список курируемых организаций не заполнен: {names}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="306" />
            <source>Проект 3: доля организаций квазигосударственного сектора с документом</source>
            <translation>Проект 3: доля организаций квазигосударственного сектора с документом</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="317" />
            <source>Кто опаздывает</source>
            <translation>Кто опаздывает</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="347" />
            <source>Подведомственных организаций: {count}, с данными за год: {with_plan}. Просроченных подзадач: {late}. Дважды щёлкните ячейку, чтобы увидеть подробности.</source>
            <translation>Подведомственных организаций: {count}, с данными за год: {with_plan}. Просроченных подзадач: {late}. Дважды щёлкните ячейку, чтобы увидеть подробности.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="402" />
            <source>Подзадача {code} — {name}</source>
            <translation>Подзадача {code} — {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="112" />
            <source>{status}; срок {due} — {state}</source>
            <translation>{status}; срок {due} — {state}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="142" />
            <source>Проект {number}. {code} {title}</source>
            <translation>Проект {number}. {code} {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="177" />
            <source>Данных за год нет: пакет не импортирован.</source>
            <translation>Данных за год нет: пакет не импортирован.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="185" />
            <source>Готово или загружено: {done} из {total}; загружено в ИСПУ: {uploaded}; просрочено: {overdue}</source>
            <translation>Готово или загружено: {done} из {total}; загружено в ИСПУ: {uploaded}; просрочено: {overdue}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="262" />
            <source>За год</source>
            <translation>За год</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subordinates_view.py" line="265" />
            <source>всё на месте</source>
            <translation>всё на месте</translation>
        </message>
    </context>
    <context>
        <name>ui.subtask_panel</name>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="286" />
            <source>Открыть файл в программе просмотра Windows</source>
            <translation>Открыть файл в программе просмотра Windows</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="362" />
            <source>Применимость: Да — «{question}».</source>
            <translation>Применимость: Да — «{question}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="362" />
            <source>Применимость: Нет — «{question}».</source>
            <translation>Применимость: Нет — «{question}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="384" />
            <source>Инструкция периодичность не устанавливает: её определяет Карта реализации.</source>
            <translation>Инструкция периодичность не устанавливает: её определяет Карта реализации.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="184" />
            <source>при условии</source>
            <translation>при условии</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="295" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="297" />
            <source>канал не указан</source>
            <translation>канал не указан</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="325" />
            <source>Не распределено: %n файл{names} — разберите в мастере («Выполнить…»).</source>
            <translation>
                <numerusform>Не распределено: %n файл{names} — разберите в мастере («Выполнить…»).</numerusform>
                <numerusform>Не распределено: %n файла{names} — разберите в мастере («Выполнить…»).</numerusform>
                <numerusform>Не распределено: %n файлов{names} — разберите в мастере («Выполнить…»).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="418" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="422" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="118" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="178" />
            <source>Подтверждающие документы</source>
            <translation>Подтверждающие документы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="424" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="88" />
            <source>Что требуется</source>
            <translation>Что требуется</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="426" />
            <source>Периодичность</source>
            <translation>Периодичность</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="482" />
            <source>Сведения о подзадаче</source>
            <translation>Сведения о подзадаче</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="487" />
            <source>&amp;История изменений…</source>
            <translation>&amp;История изменений…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="490" />
            <source>Кто, когда и что менял в этой подзадаче (журнал изменений)</source>
            <translation>Кто, когда и что менял в этой подзадаче (журнал изменений)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="500" />
            <source>Сфор&amp;мировать…</source>
            <translation>Сфор&amp;мировать…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="508" />
            <source>Отметить загрузку в ИСПУ…</source>
            <translation>Отметить загрузку в ИСПУ…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="511" />
            <source>Документы загружены в ИСПУ: указать дату загрузки и номер</source>
            <translation>Документы загружены в ИСПУ: указать дату загрузки и номер</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="515" />
            <source>Выполнить…</source>
            <translation>Выполнить…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="518" />
            <source>Открыть мастер исполнения подзадачи (Enter в дереве)</source>
            <translation>Открыть мастер исполнения подзадачи (Enter в дереве)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="553" />
            <source>Выберите подзадачу, чтобы выполнить её.</source>
            <translation>Выберите подзадачу, чтобы выполнить её.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="653" />
            <source>Файл не найден: выберите подзадачу заново.</source>
            <translation>Файл не найден: выберите подзадачу заново.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="365" />
            <source>Изменить ответ…</source>
            <translation>Изменить ответ…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="382" />
            <source>Инструкция: «{quote}».</source>
            <translation>Инструкция: «{quote}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="429" />
            <source>Показатель</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="460" />
            <source>не хватает документов</source>
            <translation>не хватает документов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="132" />
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="121" />
            <source>Засчитывается {judged}.</source>
            <translation>Засчитывается {judged}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="184" />
            <source>при условии: {condition}</source>
            <translation>при условии: {condition}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="236" />
            <source>Нет ссылки ни в одном из каналов: {channels}.</source>
            <translation>Нет ссылки ни в одном из каналов: {channels}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="238" />
            <source>Нет ссылки в каналах: {channels}.</source>
            <translation>Нет ссылки в каналах: {channels}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="329" />
            <source>В истории сохранено убранных файлов: {count}.</source>
            <translation>В истории сохранено убранных файлов: {count}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="340" />
            <source>{document} — {requirement}; подписывает: {roles}</source>
            <translation>{document} — {requirement}; подписывает: {roles}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="359" />
            <source>Пока ответа нет, подзадача считается применимой.</source>
            <translation>Пока ответа нет, подзадача считается применимой.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="360" />
            <source>Ответить…</source>
            <translation>Ответить…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="411" />
            <source>Текущий статус</source>
            <translation>Текущий статус</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="416" />
            <source>Подтверждающие документы — {period}</source>
            <translation>Подтверждающие документы — {period}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="455" />
            <source>выполнено {date}</source>
            <translation>выполнено {date}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="533" />
            <source>Выберите подзадачу в дереве слева, чтобы увидеть, что требуется по Инструкции, и выполнить её.</source>
            <translation>Выберите подзадачу в дереве слева, чтобы увидеть, что требуется по Инструкции, и выполнить её.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="549" />
            <source>Каталог: {title}, версия {version}.</source>
            <translation>Каталог: {title}, версия {version}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="207" />
            <source>Не требуется: {reason}</source>
            <translation>Не требуется: {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="222" />
            <source>Документ на весь год приложен в другом периоде.</source>
            <translation>Документ на весь год приложен в другом периоде.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="275" />
            <source>Подписано ЭЦП: {names}</source>
            <translation>Подписано ЭЦП: {names}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="357" />
            <source>Ответьте на вопрос</source>
            <translation>Ответьте на вопрос</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="399" />
            <source>Не применяется: {reason}. Сведения ниже — для справки.</source>
            <translation>Не применяется: {reason}. Сведения ниже — для справки.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="460" />
            <source>не хватает документов: {count}</source>
            <translation>не хватает документов: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="247" />
            <source>Таблица заполнена.</source>
            <translation>Таблица заполнена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="266" />
            <source>Подписант не указан; подписывает: {roles}.</source>
            <translation>Подписант не указан; подписывает: {roles}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="272" />
            <source>{label}: не указана</source>
            <translation>{label}: не указана</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="405" />
            <source>Не применяется: подзадача не исполняется на уровне «{level}». Сведения ниже — для справки.</source>
            <translation>Не применяется: подзадача не исполняется на уровне «{level}». Сведения ниже — для справки.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="578" />
            <source>Срок за период «{period}» не применяется — см. «Срок» выше; выполнить его всё же можно.</source>
            <translation>Срок за период «{period}» не применяется — см. «Срок» выше; выполнить его всё же можно.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="674" />
            <source>Сформировать: {form}</source>
            <translation>Сформировать: {form}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="224" />
            <source>Файлов нет.</source>
            <translation>Файлов нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="242" />
            <source>Ссылок нет.</source>
            <translation>Ссылок нет.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="244" />
            <source>Ссылка на весь год указана в другом периоде.</source>
            <translation>Ссылка на весь год указана в другом периоде.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="247" />
            <source>Таблица не заполнена.</source>
            <translation>Таблица не заполнена.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="264" />
            <source>Подписал(а): {who}</source>
            <translation>Подписал(а): {who}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="583" />
            <source>Выполнить за период: {period}</source>
            <translation>Выполнить за период: {period}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_panel.py" line="257" />
            <source>Подписал(а): {who} — не может подписывать этот документ; подписывает: {roles}</source>
            <translation>Подписал(а): {who} — не может подписывать этот документ; подписывает: {roles}</translation>
        </message>
    </context>
    <context>
        <name>ui.subtask_wizard</name>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="59" />
            <source>Завершить</source>
            <translation>Завершить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="60" />
            <source>Да&amp;лее &gt;</source>
            <translation>Да&amp;лее &gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="61" />
            <source>&lt; &amp;Назад</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="65" />
            <source>Закрыть мастер. Всё введённое сохраняется: подзадачу можно продолжить позже кнопкой «Выполнить…».</source>
            <translation>Закрыть мастер. Всё введённое сохраняется: подзадачу можно продолжить позже кнопкой «Выполнить…».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="117" />
            <source>&amp;Справка</source>
            <comment>wizard button</comment>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="252" />
            <source>В таблицах есть строки с ошибками; такие таблицы не будут сохранены.</source>
            <translation>В таблицах есть строки с ошибками; такие таблицы не будут сохранены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="253" />
            <source>Закрыть мастер без них? Остальные данные сохранятся.</source>
            <translation>Закрыть мастер без них? Остальные данные сохранятся.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="271" />
            <source>Некоторые ссылки введены с ошибкой и не будут сохранены.</source>
            <translation>Некоторые ссылки введены с ошибкой и не будут сохранены.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="272" />
            <source>Закрыть мастер без них? Остальное (файлы, подписанты, верные ссылки) сохранится.</source>
            <translation>Закрыть мастер без них? Остальное (файлы, подписанты, верные ссылки) сохранится.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="281" />
            <source>Ссылки не сохранены. {reason}</source>
            <translation>Ссылки не сохранены. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/subtask_wizard.py" line="297" />
            <source>Примечание не сохранено. {reason}</source>
            <translation>Примечание не сохранено. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.today_view</name>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="44" />
            <source>Сроки года рассчитываются…</source>
            <translation>Сроки года рассчитываются…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="163" />
            <source>Все сроки года («Сроки»)</source>
            <translation>Все сроки года («Сроки»)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="166" />
            <source>Вкладка «Сроки»: таблица всех сроков, светофоры проектов, календарь (Ctrl+3)</source>
            <translation>Вкладка «Сроки»: таблица всех сроков, светофоры проектов, календарь (Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="88" />
            <source>Статус: {status}</source>
            <translation>Статус: {status}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="82" />
            <source>Срок: {deadline}</source>
            <translation>Срок: {deadline}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="185" />
            <source>Год {year}.</source>
            <translation>Год {year}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/today_view.py" line="195" />
            <source>Год {year}. {groups}. Кнопка справа от строки выполняет следующий шаг.</source>
            <translation>Год {year}. {groups}. Кнопка справа от строки выполняет следующий шаг.</translation>
        </message>
    </context>
    <context>
        <name>ui.upload_dialog</name>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="65" />
            <source>Отметить загрузку в ИСПУ</source>
            <translation>Отметить загрузку в ИСПУ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="99" />
            <source>&amp;Отметить</source>
            <translation>&amp;Отметить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="44" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="178" />
            <source>Подзадача {code} — {period}</source>
            <translation>Подзадача {code} — {period}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="85" />
            <source>&amp;Дата загрузки:</source>
            <translation>&amp;Дата загрузки:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="92" />
            <source>&amp;Номер в ИСПУ:</source>
            <translation>&amp;Номер в ИСПУ:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="70" />
            <source>{what}: после загрузки документов в ИСПУ укажите дату загрузки и, если ИСПУ его присвоил, номер. Статус станет «Загружено в ИСПУ».</source>
            <translation>{what}: после загрузки документов в ИСПУ укажите дату загрузки и, если ИСПУ его присвоил, номер. Статус станет «Загружено в ИСПУ».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/upload_dialog.py" line="130" />
            <source>Отметка не сохранена. {reason}</source>
            <translation>Отметка не сохранена. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.data</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="56" />
            <source>Строк нет. Если за отчётный период фактов не выявлено, отметьте «Фактов не выявлено»: в форме (Приложение №1) будет напечатано «Факты не выявлены.». Инструкция не говорит, как отчитываться, когда фактов нет; подтверждающий документ — подписанная форма, поэтому пустая таблица сама по себе не мешает завершить подзадачу.</source>
            <translation>Строк нет. Если за отчётный период фактов не выявлено, отметьте «Фактов не выявлено»: в форме (Приложение №1) будет напечатано «Факты не выявлены.». Инструкция не говорит, как отчитываться, когда фактов нет; подтверждающий документ — подписанная форма, поэтому пустая таблица сама по себе не мешает завершить подзадачу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="62" />
            <source>Отмечено: фактов не выявлено. В форме (Приложение №1) будет напечатано «Факты не выявлены.». Чтобы внести строки, снимите отметку.</source>
            <translation>Отмечено: фактов не выявлено. В форме (Приложение №1) будет напечатано «Факты не выявлены.». Чтобы внести строки, снимите отметку.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="84" />
            <source>строк нет, «Фактов не выявлено» не отмечено; Инструкция не говорит, как отчитываться, когда фактов нет, — отметьте это на странице «Данные», если фактов не было</source>
            <translation>строк нет, «Фактов не выявлено» не отмечено; Инструкция не говорит, как отчитываться, когда фактов нет, — отметьте это на странице «Данные», если фактов не было</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="83" />
            <source>фактов не выявлено (отмечено)</source>
            <translation>фактов не выявлено (отмечено)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="95" />
            <source>Данные</source>
            <translation>Данные</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="169" />
            <source>Фактов не выявлено (таблица остаётся пустой)</source>
            <translation>Фактов не выявлено (таблица остаётся пустой)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="172" />
            <source>Ответ «фактов не выявлено» сохраняется с подзадачей; форма (Приложение №1) печатает для пустой таблицы «Факты не выявлены.»</source>
            <translation>Ответ «фактов не выявлено» сохраняется с подзадачей; форма (Приложение №1) печатает для пустой таблицы «Факты не выявлены.»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="298" />
            <source>Курируемые &amp;организации…</source>
            <translation>Курируемые &amp;организации…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="301" />
            <source>Список организаций квазигосударственного сектора, деятельность которых курирует организация: он общий для всех подзадач Проекта 3</source>
            <translation>Список организаций квазигосударственного сектора, деятельность которых курирует организация: он общий для всех подзадач Проекта 3</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="306" />
            <source>&amp;Матрица документов…</source>
            <translation>&amp;Матрица документов…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="308" />
            <source>Организации × документы подзадач 3.1.2 и 3.2.1–3.2.6 в одной таблице</source>
            <translation>Организации × документы подзадач 3.1.2 и 3.2.1–3.2.6 в одной таблице</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="73" />
            <source>Приложение №{number}</source>
            <translation>Приложение №{number}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="277" />
            <source>По этому списку считается доля в подзадачах Проекта 3 и строится матрица документов; в других подзадачах организация будет предложена в списке.</source>
            <translation>По этому списку считается доля в подзадачах Проекта 3 и строится матрица документов; в других подзадачах организация будет предложена в списке.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="114" />
            <source>{heading}. Заполните таблицы, которые требует форма отчётности. Их можно импортировать из Excel или выгрузить в Excel.</source>
            <translation>{heading}. Заполните таблицы, которые требует форма отчётности. Их можно импортировать из Excel или выгрузить в Excel.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="148" />
            <source>Таблица</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="209" />
            <source>Строки и «Фактов не выявлено» исключают друг друга. Удалённые строки сохранятся только в журнале изменений.</source>
            <translation>Строки и «Фактов не выявлено» исключают друг друга. Удалённые строки сохранятся только в журнале изменений.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="251" />
            <source>На странице «Документы» для документов {titles} можно отметить «не требуется» по причине «{reason}».</source>
            <translation>На странице «Документы» для документов {titles} можно отметить «не требуется» по причине «{reason}».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="281" />
            <source>Добавить</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="213" />
            <source>Удалить строки</source>
            <translation>Удалить строки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="276" />
            <source>Добавить «{name}» в список курируемых организаций?</source>
            <translation>Добавить «{name}» в список курируемых организаций?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="208" />
            <source>Удалить строки таблицы ({count}) и отметить «Фактов не выявлено»?</source>
            <translation>Удалить строки таблицы ({count}) и отметить «Фактов не выявлено»?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="292" />
            <source>Организация не добавлена. {reason}</source>
            <translation>Организация не добавлена. {reason}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/data.py" line="419" />
            <source>Данные не сохранены. {reason}</source>
            <translation>Данные не сохранены. {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.documents</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="104" />
            <source>Документы</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="159" />
            <source>Ход работы с файлами</source>
            <translation>Ход работы с файлами</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="171" />
            <source>&amp;История</source>
            <translation>&amp;История</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="174" />
            <source>Убранные файлы не удаляются: они хранятся в истории подзадачи</source>
            <translation>Убранные файлы не удаляются: они хранятся в истории подзадачи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="180" />
            <source>История файлов</source>
            <translation>История файлов</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="194" />
            <source>Верну&amp;ть</source>
            <translation>Верну&amp;ть</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="194" />
            <source>Вернуть выбранный файл из истории в его документ</source>
            <translation>Вернуть выбранный файл из истории в его документ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="182" />
            <source>Файл</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="182" />
            <source>Убран</source>
            <translation>Убран</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="240" />
            <source>убранных файлов нет</source>
            <translation>убранных файлов нет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="372" />
            <source>Файл не удаляется: он перейдёт в историю подзадачи и сохранится в папке данных.</source>
            <translation>Файл не удаляется: он перейдёт в историю подзадачи и сохранится в папке данных.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="208" />
            <source>{heading}: файлы, подписант и дата каждого документа. Всё сохраняется сразу.</source>
            <translation>{heading}: файлы, подписант и дата каждого документа. Всё сохраняется сразу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="307" />
            <source>{name} (из истории)</source>
            <translation>{name} (из истории)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="240" />
            <source>убранных файлов: {count}</source>
            <translation>убранных файлов: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="360" />
            <source>Вид файла «{name}»: {kind}.</source>
            <translation>Вид файла «{name}»: {kind}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="371" />
            <source>Убрать файл «{name}» из подзадачи?</source>
            <translation>Убрать файл «{name}» из подзадачи?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="386" />
            <source>Файл «{name}» возвращён в подзадачу.</source>
            <translation>Файл «{name}» возвращён в подзадачу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents.py" line="400" />
            <source>Файл отнесён к документу «{title}».</source>
            <translation>Файл отнесён к документу «{title}».</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.documents_jobs</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="95" />
            <source>Подождите: файлы ещё сохраняются в подзадачу.</source>
            <translation>Подождите: файлы ещё сохраняются в подзадачу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="272" />
            <source>Сохранение файлов…</source>
            <translation>Сохранение файлов…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="294" />
            <source>Прежний файл не удаляется: он перейдёт в историю подзадачи.</source>
            <translation>Прежний файл не удаляется: он перейдёт в историю подзадачи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="326" />
            <source>Замена файла…</source>
            <translation>Замена файла…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="332" />
            <source>Для объединения нужно не меньше двух файлов.</source>
            <translation>Для объединения нужно не меньше двух файлов.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="337" />
            <source>Объединить %n файл в один PDF в этом порядке?</source>
            <translation>
                <numerusform>Объединить %n файл в один PDF в этом порядке?</numerusform>
                <numerusform>Объединить %n файла в один PDF в этом порядке?</numerusform>
                <numerusform>Объединить %n файлов в один PDF в этом порядке?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="372" />
            <source>Объединение в один PDF…</source>
            <translation>Объединение в один PDF…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="170" />
            <source>Не удалось сохранить файлы подзадачи. Повторите действие; если ошибка повторится, передайте журнал администратору.</source>
            <translation>Не удалось сохранить файлы подзадачи. Повторите действие; если ошибка повторится, передайте журнал администратору.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="286" />
            <source>Чем заменить «{name}»</source>
            <translation>Чем заменить «{name}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="338" />
            <source>Исходные файлы перейдут в историю подзадачи.</source>
            <translation>Исходные файлы перейдут в историю подзадачи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="339" />
            <source>Объединить</source>
            <translation>Объединить</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="146" />
            <source>Файл {number} из {total}: {name}</source>
            <translation>Файл {number} из {total}: {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="148" />
            <source>Сохраняется «{name}»…</source>
            <translation>Сохраняется «{name}»…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="293" />
            <source>Заменить «{old}» файлом «{new}»?</source>
            <translation>Заменить «{old}» файлом «{new}»?</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="324" />
            <source>Файл «{old}» заменён файлом «{new}».</source>
            <translation>Файл «{old}» заменён файлом «{new}».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="366" />
            <source>Создан «{name}»: {pages} стр. из %n файла. Исходные файлы — в истории.</source>
            <translation>
                <numerusform>Создан «{name}»: {pages} стр. из %n файла. Исходные файлы — в истории.</numerusform>
                <numerusform>Создан «{name}»: {pages} стр. из %n файлов. Исходные файлы — в истории.</numerusform>
                <numerusform>Создан «{name}»: {pages} стр. из %n файлов. Исходные файлы — в истории.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_jobs.py" line="260" />
            <source>Из карточки «{card}»: {reason}</source>
            <translation>Из карточки «{card}»: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.documents_signature</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/documents_signature.py" line="47" />
            <source>Сведения о подписи «{name}» не читаются: {reason}</source>
            <translation>Сведения о подписи «{name}» не читаются: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.file_list</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="36" />
            <source>Перетащите файлы сюда или нажмите «Добавить файлы…»</source>
            <translation>Перетащите файлы сюда или нажмите «Добавить файлы…»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="86" />
            <source>{name} (проект, без подписи)</source>
            <translation>{name} (проект, без подписи)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="87" />
            <source>{name} (скан с подписью)</source>
            <translation>{name} (скан с подписью)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="88" />
            <source>{name} (сопроводительный материал)</source>
            <translation>{name} (сопроводительный материал)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="89" />
            <source>{name} (подпись ЭЦП)</source>
            <translation>{name} (подпись ЭЦП)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="110" />
            <source>Приложенные файлы</source>
            <translation>Приложенные файлы</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="71" />
            <source>{count} стр.</source>
            <translation>{count} стр.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="210" />
            <source>Двойной щелчок или Enter — открыть в программе просмотра Windows</source>
            <translation>Двойной щелчок или Enter — открыть в программе просмотра Windows</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="63" />
            <source>ЭЦП: {name}, ИИН {iin}, {organization}; подписано {when}</source>
            <translation>ЭЦП: {name}, ИИН {iin}, {organization}; подписано {when}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="209" />
            <source>Сведения о подписи — кнопка «ЭЦП…» или контекстное меню</source>
            <translation>Сведения о подписи — кнопка «ЭЦП…» или контекстное меню</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="235" />
            <source>{name} — подпись ЭЦП к «{document}»</source>
            <translation>{name} — подпись ЭЦП к «{document}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="239" />
            <source>{name} — подписан ЭЦП: {signers}</source>
            <translation>{name} — подписан ЭЦП: {signers}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="205" />
            <source>Вид: {kind}</source>
            <translation>Вид: {kind}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="229" />
            <source>{name} — документ с ЭЦП: {signers}</source>
            <translation>{name} — документ с ЭЦП: {signers}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/file_list.py" line="234" />
            <source>{name} — подпись к файлу, которого нет в списке</source>
            <translation>{name} — подпись к файлу, которого нет в списке</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.files_card</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="41" />
            <source>Документы, сканы и подписи ЭЦП (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx *.cms *.sig *.p7s);;Все файлы (*)</source>
            <translation>Документы, сканы и подписи ЭЦП (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx *.cms *.sig *.p7s);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="103" />
            <source>&amp;Открыть</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="106" />
            <source>Открыть выбранный файл в программе просмотра Windows (двойной щелчок, Enter)</source>
            <translation>Открыть выбранный файл в программе просмотра Windows (двойной щелчок, Enter)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="116" />
            <source>Прос&amp;мотр…</source>
            <translation>Прос&amp;мотр…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="119" />
            <source>Показать выбранный файл в большом окне с масштабом, чтобы проверить подпись</source>
            <translation>Показать выбранный файл в большом окне с масштабом, чтобы проверить подпись</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="124" />
            <source>&amp;Вид…</source>
            <translation>&amp;Вид…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="127" />
            <source>Что это за файл: скан подписанного документа, проект без подписи или сопроводительный материал. Засчитывается только скан с подписью.</source>
            <translation>Что это за файл: скан подписанного документа, проект без подписи или сопроводительный материал. Засчитывается только скан с подписью.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="133" />
            <source>&amp;ЭЦП…</source>
            <translation>&amp;ЭЦП…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="136" />
            <source>Сведения о подписи: кто подписал файл электронной цифровой подписью, каким сертификатом и что программа проверила</source>
            <translation>Сведения о подписи: кто подписал файл электронной цифровой подписью, каким сертификатом и что программа проверила</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="152" />
            <source>&amp;Убрать</source>
            <translation>&amp;Убрать</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="152" />
            <source>Убрать выбранный файл (он останется в истории подзадачи)</source>
            <translation>Убрать выбранный файл (он останется в истории подзадачи)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="210" />
            <source>Просмотр крупно…</source>
            <translation>Просмотр крупно…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="213" />
            <source>Вид файла</source>
            <translation>Вид файла</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="229" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="205" />
            <source>Не распределено</source>
            <translation>Не распределено</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="238" />
            <source>&amp;В документ…</source>
            <translation>&amp;В документ…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="238" />
            <source>Отнести выбранный файл к документу подзадачи</source>
            <translation>Отнести выбранный файл к документу подзадачи</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="258" />
            <source>Разложите по документам</source>
            <translation>Разложите по документам</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="212" />
            <source>Сведения о подписи…</source>
            <translation>Сведения о подписи…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="268" />
            <source>К документам этой подзадачи файлы не прикладываются (нужны только ссылки); эти файлы можно убрать в историю.</source>
            <translation>К документам этой подзадачи файлы не прикладываются (нужны только ссылки); эти файлы можно убрать в историю.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="98" />
            <source>Файлы: {title}</source>
            <translation>Файлы: {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/files_card.py" line="261" />
            <source>Эти файлы ({count}) не отнесены ни к одному документу и не засчитываются. Разложите их: выберите файл и нажмите «В документ…».</source>
            <translation>Эти файлы ({count}) не отнесены ни к одному документу и не засчитываются. Разложите их: выберите файл и нажмите «В документ…».</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.intro</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="42" />
            <source>Далее вы заполните таблицы («Данные»), приложите файлы каждого документа и укажете, кто его подписал и когда («Документы»), добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Далее вы заполните таблицы («Данные»), приложите файлы каждого документа и укажете, кто его подписал и когда («Документы»), добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="47" />
            <source>Далее вы заполните таблицы («Данные»), приложите файлы каждого документа и укажете, кто его подписал и когда («Документы») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Далее вы заполните таблицы («Данные»), приложите файлы каждого документа и укажете, кто его подписал и когда («Документы») и проверите перечень и завершите подзадачу («Проверка»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="52" />
            <source>Далее вы заполните таблицы («Данные»), добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Далее вы заполните таблицы («Данные»), добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="56" />
            <source>Далее вы заполните таблицы («Данные») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Далее вы заполните таблицы («Данные») и проверите перечень и завершите подзадачу («Проверка»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="59" />
            <source>Далее вы приложите файлы каждого документа и укажете, кто его подписал и когда («Документы»), добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Далее вы приложите файлы каждого документа и укажете, кто его подписал и когда («Документы»), добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="64" />
            <source>Далее вы приложите файлы каждого документа и укажете, кто его подписал и когда («Документы») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Далее вы приложите файлы каждого документа и укажете, кто его подписал и когда («Документы») и проверите перечень и завершите подзадачу («Проверка»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="68" />
            <source>Далее вы добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Далее вы добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="71" />
            <source>Далее вы проверите перечень и завершите подзадачу («Проверка»).</source>
            <translation>Далее вы проверите перечень и завершите подзадачу («Проверка»).</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="79" />
            <source>Всё введённое сохраняется сразу или при переходе дальше; мастер можно закрыть и продолжить позже.</source>
            <translation>Всё введённое сохраняется сразу или при переходе дальше; мастер можно закрыть и продолжить позже.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="105" />
            <source>&lt;p&gt;&lt;b&gt;Подзадача уже загружена в ИСПУ.&lt;/b&gt; Если вы измените документы или сведения, завершите её снова и загрузите в ИСПУ повторно.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Подзадача уже загружена в ИСПУ.&lt;/b&gt; Если вы измените документы или сведения, завершите её снова и загрузите в ИСПУ повторно.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="103" />
            <source>&lt;p&gt;&lt;b&gt;Текущий статус:&lt;/b&gt; {status}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Текущий статус:&lt;/b&gt; {status}.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="123" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="191" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="198" />
            <source>&lt;b&gt;Срок:&lt;/b&gt; {deadline}</source>
            <translation>&lt;b&gt;Срок:&lt;/b&gt; {deadline}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="26" />
            <source>подписывает: {roles}</source>
            <translation>подписывает: {roles}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="110" />
            <source>&lt;p style='color:#a4000f'&gt;&lt;b&gt;Файлы без документа: {count}.&lt;/b&gt; Они перенесены из прежней версии программы; отнесите каждый к своему документу на странице «Документы».&lt;/p&gt;</source>
            <translation>&lt;p style='color:#a4000f'&gt;&lt;b&gt;Файлы без документа: {count}.&lt;/b&gt; Они перенесены из прежней версии программы; отнесите каждый к своему документу на странице «Документы».&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="121" />
            <source>&lt;b&gt;Исполнитель:&lt;/b&gt; {executor}</source>
            <translation>&lt;b&gt;Исполнитель:&lt;/b&gt; {executor}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/intro.py" line="129" />
            <source>Засчитывается {by}.</source>
            <translation>Засчитывается {by}.</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.links</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="78" />
            <source>Укажите дату публикации: по ней проверяется срок подзадачи.</source>
            <translation>Укажите дату публикации: по ней проверяется срок подзадачи.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="75" />
            <source>Нужна ссылка в каждом канале: {channels}.</source>
            <translation>Нужна ссылка в каждом канале: {channels}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="108" />
            <source>Адрес ссылки</source>
            <translation>Адрес ссылки</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="111" />
            <source>название (необязательно)</source>
            <translation>название (необязательно)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="112" />
            <source>Название публикации</source>
            <translation>Название публикации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="115" />
            <source>Канал публикации</source>
            <translation>Канал публикации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="122" />
            <source>Открыть публикацию в браузере, чтобы проверить её</source>
            <translation>Открыть публикацию в браузере, чтобы проверить её</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="126" />
            <source>Убрать эту ссылку (сохранится при переходе дальше)</source>
            <translation>Убрать эту ссылку (сохранится при переходе дальше)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="144" />
            <source>Не удалось открыть ссылку: в Windows не настроен браузер.</source>
            <translation>Не удалось открыть ссылку: в Windows не настроен браузер.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="225" />
            <source>Адрес (URL)</source>
            <translation>Адрес (URL)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="226" />
            <source>Название</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="253" />
            <source>&amp;Добавить ссылку</source>
            <translation>&amp;Добавить ссылку</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="366" />
            <source>Публикации</source>
            <translation>Публикации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="65" />
            <source>Нужна ссылка на публикацию: {channel}.</source>
            <translation>Нужна ссылка на публикацию: {channel}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="72" />
            <source>Достаточно ссылки в одном из каналов: {first} или {second} или {third}.</source>
            <translation>Достаточно ссылки в одном из каналов: {first} или {second} или {third}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="227" />
            <source>Канал</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="236" />
            <source>Дата публикации — день размещения материала; у новой ссылки это сегодня, исправьте при необходимости.</source>
            <translation>Дата публикации — день размещения материала; у новой ссылки это сегодня, исправьте при необходимости.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="69" />
            <source>Достаточно ссылки в одном из каналов: {first} или {second}.</source>
            <translation>Достаточно ссылки в одном из каналов: {first} или {second}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="289" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="259" />
            <source>Не требуется: {reason}.</source>
            <translation>Не требуется: {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="392" />
            <source>{heading}: ссылки на публикации — подтверждающие документы. Каналы — как требует Инструкция.</source>
            <translation>{heading}: ссылки на публикации — подтверждающие документы. Каналы — как требует Инструкция.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/links.py" line="234" />
            <source>Дата публикации обязательна: по ней проверяется срок — {deadline}.</source>
            <translation>Дата публикации обязательна: по ней проверяется срок — {deadline}.</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.review</name>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="42" />
            <source>%n строка</source>
            <translation>
                <numerusform>%n строка</numerusform>
                <numerusform>%n строки</numerusform>
                <numerusform>%n строк</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="80" />
            <source>Проверка</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="95" />
            <source>необязательно: например, номер и дата приказа</source>
            <translation>необязательно: например, номер и дата приказа</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="97" />
            <source>&amp;Примечание:</source>
            <translation>&amp;Примечание:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="166" />
            <source>&lt;p&gt;&lt;b&gt;Все нужные документы есть.&lt;/b&gt; После завершения подзадача получит статус «Готово к загрузке» и войдёт в пакет для загрузки в ИСПУ.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Все нужные документы есть.&lt;/b&gt; После завершения подзадача получит статус «Готово к загрузке» и войдёт в пакет для загрузки в ИСПУ.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="53" />
            <source>файлов нет</source>
            <translation>файлов нет</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="69" />
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="263" />
            <source>Необязательный документ: его можно не прикладывать.</source>
            <translation>Необязательный документ: его можно не прикладывать.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="186" />
            <source>Срок оценивается {by}.</source>
            <translation>Срок оценивается {by}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="57" />
            <source>в таблице %n строка</source>
            <translation>
                <numerusform>в таблице %n строка</numerusform>
                <numerusform>в таблице %n строки</numerusform>
                <numerusform>в таблице %n строк</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="59" />
            <source>подписал(а): {name}</source>
            <translation>подписал(а): {name}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="61" />
            <source>подписано ЭЦП: {names}</source>
            <translation>подписано ЭЦП: {names}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="105" />
            <source>{heading}: проверьте перечень документов и завершите подзадачу.</source>
            <translation>{heading}: проверьте перечень документов и завершите подзадачу.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="55" />
            <source>ссылок: {count}</source>
            <translation>ссылок: {count}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="143" />
            <source>Таблицы («Данные»)</source>
            <translation>Таблицы («Данные»)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="151" />
            <source>✖ Не распределено: %n файл — отнесите их к документам на странице «Документы».</source>
            <translation>
                <numerusform>✖ Не распределено: %n файл — отнесите их к документам на странице «Документы».</numerusform>
                <numerusform>✖ Не распределено: %n файла — отнесите их к документам на странице «Документы».</numerusform>
                <numerusform>✖ Не распределено: %n файлов — отнесите их к документам на странице «Документы».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="162" />
            <source>Подзадача не применяется: {reason}.</source>
            <translation>Подзадача не применяется: {reason}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/review.py" line="175" />
            <source>&lt;b&gt;Организация:&lt;/b&gt; {name}</source>
            <translation>&lt;b&gt;Организация:&lt;/b&gt; {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.slot_card</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="48" />
            <source>Д&amp;ата подписания:</source>
            <translation>Д&amp;ата подписания:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="49" />
            <source>Д&amp;ата утверждения:</source>
            <translation>Д&amp;ата утверждения:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="50" />
            <source>Д&amp;ата публикации:</source>
            <translation>Д&amp;ата публикации:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="51" />
            <source>Д&amp;ата проведения:</source>
            <translation>Д&amp;ата проведения:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="52" />
            <source>Д&amp;ата поступления:</source>
            <translation>Д&amp;ата поступления:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="301" />
            <source>— не указан —</source>
            <translation>— не указан —</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="94" />
            <source>&amp;Добавить файлы…</source>
            <translation>&amp;Добавить файлы…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="97" />
            <source>Выбрать файлы этого документа (их можно и перетащить на карточку)</source>
            <translation>Выбрать файлы этого документа (их можно и перетащить на карточку)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="101" />
            <source>&amp;Заменить…</source>
            <translation>&amp;Заменить…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="104" />
            <source>Заменить выбранный файл другим (прежний останется в истории)</source>
            <translation>Заменить выбранный файл другим (прежний останется в истории)</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="108" />
            <source>Объ&amp;единить…</source>
            <translation>Объ&amp;единить…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="111" />
            <source>Объединить выбранные файлы (или все) в один PDF в порядке списка; порядок меняют клавиши Alt+↑ и Alt+↓, исходные файлы уйдут в историю</source>
            <translation>Объединить выбранные файлы (или все) в один PDF в порядке списка; порядок меняют клавиши Alt+↑ и Alt+↓, исходные файлы уйдут в историю</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="180" />
            <source>&amp;Подписант:</source>
            <translation>&amp;Подписант:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="217" />
            <source>Организация и подпи&amp;санты…</source>
            <translation>Организация и подпи&amp;санты…</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="220" />
            <source>Добавить подписанта в список организации</source>
            <translation>Добавить подписанта в список организации</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="173" />
            <source>Этот документ на уровне «{level}» подписывает: {roles}.</source>
            <translation>Этот документ на уровне «{level}» подписывает: {roles}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="315" />
            <source>подписант — не может подписывать этот документ</source>
            <translation>подписант — не может подписывать этот документ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="349" />
            <source>Файлы документа «{title}»</source>
            <translation>Файлы документа «{title}»</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="168" />
            <source>Подписант: {title}</source>
            <translation>Подписант: {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="265" />
            <source>Приложен в другом периоде этого года: документ один на весь год.</source>
            <translation>Приложен в другом периоде этого года: документ один на весь год.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="186" />
            <source>{date}: {title}</source>
            <translation>{date}: {title}</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="191" />
            <source>Это та же дата, что «{anchor}» в сроках подзадач: изменённая здесь, она меняется и там. Чтобы очистить дату, выделите её и нажмите Delete.</source>
            <translation>Это та же дата, что «{anchor}» в сроках подзадач: изменённая здесь, она меняется и там. Чтобы очистить дату, выделите её и нажмите Delete.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="281" />
            <source>Таблица «{title}»: строк — {rows}.</source>
            <translation>Таблица «{title}»: строк — {rows}.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="283" />
            <source>Таблица «{title}»: строк — 0. Заполните её на странице «Данные».</source>
            <translation>Таблица «{title}»: строк — 0. Заполните её на странице «Данные».</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="313" />
            <source>{name} — не может подписывать этот документ</source>
            <translation>{name} — не может подписывать этот документ</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_card.py" line="324" />
            <source>Этот документ подписывает: {roles}; добавьте подписанта в «Организация и подписанты».</source>
            <translation>Этот документ подписывает: {roles}; добавьте подписанта в «Организация и подписанты».</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.slot_widgets</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="29" />
            <source>Не хватает</source>
            <translation>Не хватает</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="29" />
            <source>Не требуется</source>
            <translation>Не требуется</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="48" />
            <source>Чтобы очистить дату, выделите её и нажмите Delete.</source>
            <translation>Чтобы очистить дату, выделите её и нажмите Delete.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="97" />
            <source>Не т&amp;ребуется:</source>
            <translation>Не т&amp;ребуется:</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="98" />
            <source>Отметьте, если условие Инструкции не наступило; выберите причину из допустимых.</source>
            <translation>Отметьте, если условие Инструкции не наступило; выберите причину из допустимых.</translation>
        </message>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/slot_widgets.py" line="100" />
            <source>Причина, по которой документ не требуется</source>
            <translation>Причина, по которой документ не требуется</translation>
        </message>
    </context>
    <context>
        <name>ui.wizard_pages.state</name>
        <message>
            <location filename="../../tbn4_desktop/ui/wizard_pages/state.py" line="45" />
            <source>При условии: {condition}</source>
            <translation>При условии: {condition}</translation>
        </message>
    </context>
</TS>
