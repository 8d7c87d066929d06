<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CodeBrowser</name>
    <message numerus="yes">
        <source>show %n more that mention it only in the description</source>
        <translation>
            <numerusform>show %n more that mentions it only in the description</numerusform>
            <numerusform>show %n more that mention it only in the description</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeModel</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 of %n code</numerusform>
            <numerusform>%1 of %n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message numerus="yes">
        <source>%n codes in 4 languages. No network connection is ever made.</source>
        <translation>
            <numerusform>%n codes in 4 languages. No network connection is ever made.</numerusform>
            <numerusform>%n codes in 4 languages. No network connection is ever made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceStory</name>
    <message numerus="yes">
        <source>%1 asks to retry after %n second(s)</source>
        <translation>
            <numerusform>%1 asks to retry after %n second</numerusform>
            <numerusform>%1 asks to retry after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1: %n call</numerusform>
            <numerusform>%1: %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s)</source>
        <translation>
            <numerusform>, %n message</numerusform>
            <numerusform>, %n messages</numerusform>
        </translation>
    </message>
</context>
</TS>
