<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings of Qt 6.11 widgets that the qtbase_ru.qm shipped with PySide6
     lacks (its QFileDialog entries predate the mnemonics Qt 6 added).
     Compiled with: pyside6-lrelease tbn4_ru_qt_supplement.ts
     Loaded after qtbase_ru.qm by tbn4_desktop/ui/i18n.py. -->
<TS version="2.1" language="ru_RU">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
</TS>
