<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CodeFilterProxy</name>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeModel</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered with IANA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailFormatter</name>
    <message>
        <source>Registered with IANA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated (still in the IANA registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered with IANA (historical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC %1, section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code (486, 48, 4xx), reason phrase or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code, a prefix such as 48, a class such as 4xx, or words. Esc clears the search; Down moves into the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as a ticket line: code, phrase, summary and RFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Code and &amp;Phrase Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Full &amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1, checked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>show %n more that mention it only in the description</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches “%1”.

Try a number such as 486, a prefix such as 48, a class such as 4xx, or words from a reason phrase or description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketFormatter</name>
    <message>
        <source>%1 (%2)</source>
        <comment>translated phrase (English phrase)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC %1, %2</source>
        <comment>RFC number, section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <comment>ticket line: SIP 486, phrase, summary, reference</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>rich ticket line: code and phrase, summary, reference</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SIP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline reference of SIP response codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface and the data for this run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code catalog could not be loaded.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
