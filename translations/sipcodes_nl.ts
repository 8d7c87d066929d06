<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CodeFilterProxy</name>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 van %n code</numerusform>
            <numerusform>%1 van %n codes</numerusform>
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
    <message>
        <source>Deprecated: %1</source>
        <translation>Verouderd: %1</translation>
    </message>
    <message>
        <source>Not registered with IANA: %1</source>
        <translation>Niet geregistreerd bij IANA: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>Language of the interface and the data: %1.</source>
        <translation>Taal van de interface en de gegevens: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>Terminal output format: text, markdown or json.</source>
        <translation>Uitvoerformaat in de terminal: text, markdown of json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>Print the whole catalog, or the class given (4xx).</source>
        <translation>Toon de hele catalogus, of de opgegeven klasse (4xx).</translation>
    </message>
    <message>
        <source>Also list codes that mention the words only in their description.</source>
        <translation>Toon ook codes die de woorden alleen in hun beschrijving noemen.</translation>
    </message>
    <message>
        <source>Offline reference of SIP response codes. With a query, prints the matching codes and exits; with no arguments, opens the window.</source>
        <translation>Offline naslagwerk voor SIP-responscodes. Met een zoekopdracht worden de gevonden codes getoond; zonder argumenten opent het venster.</translation>
    </message>
    <message>
        <source>A code (486), a prefix (48), a class (4xx) or words.</source>
        <translation>Een code (486), een begin (48), een klasse (4xx) of woorden.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Gedefinieerd in</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Ook bekend als</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; choose one of %2</source>
        <translation>onbekende taal "%1"; kies uit %2</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose text, markdown or json</source>
        <translation>onbekend formaat "%1"; kies text, markdown of json</translation>
    </message>
    <message>
        <source>--list takes a class such as 4xx, not &quot;%1&quot;</source>
        <translation>--list verwacht een klasse zoals 4xx, niet "%1"</translation>
    </message>
    <message>
        <source>nothing to look up; give a query or --list</source>
        <translation>niets om op te zoeken; geef een zoekopdracht of --list</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.</source>
        <translation>Geen code gevonden voor "%1".</translation>
    </message>
</context>
<context>
    <name>DetailFormatter</name>
    <message>
        <source>Registered with IANA</source>
        <translation>Geregistreerd bij IANA</translation>
    </message>
    <message>
        <source>Deprecated (still in the IANA registry)</source>
        <translation>Verouderd (nog in het IANA-register)</translation>
    </message>
    <message>
        <source>Not registered with IANA (historical)</source>
        <translation>Niet geregistreerd bij IANA (historisch)</translation>
    </message>
    <message>
        <source>RFC %1, section %2</source>
        <translation>RFC %1, sectie %2</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Gedefinieerd in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Ook bekend als</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIP Codes</source>
        <translation>SIP-codes</translation>
    </message>
    <message>
        <source>Search by code (486, 48, 4xx), reason phrase or words</source>
        <translation>Zoek op code (486, 48, 4xx), reden of woorden</translation>
    </message>
    <message>
        <source>Type a code, a prefix such as 48, a class such as 4xx, or words. Esc clears the search; Down moves into the results.</source>
        <translation>Typ een code, een begin zoals 48, een klasse zoals 4xx, of woorden. Esc wist de zoekopdracht; Omlaag gaat naar de resultaten.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy as a ticket line: code, phrase, summary and RFC</source>
        <translation>Kopiëren als ticketregel: code, reden, samenvatting en RFC</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Kopiëren als &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy Code and &amp;Phrase Only</source>
        <translation>Alleen code en &amp;reden kopiëren</translation>
    </message>
    <message>
        <source>Copy Full &amp;Description</source>
        <translation>Volledige &amp;beschrijving kopiëren</translation>
    </message>
    <message>
        <source>Data: %1, checked %2</source>
        <translation>Gegevens: %1, gecontroleerd op %2</translation>
    </message>
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
            <numerusform>%1 van %n code</numerusform>
            <numerusform>%1 van %n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>show %n more that mention it only in the description</source>
        <translation>
            <numerusform>toon nog %n die het alleen in de beschrijving noemt</numerusform>
            <numerusform>toon nog %n die het alleen in de beschrijving noemen</numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches “%1”.

Try a number such as 486, a prefix such as 48, a class such as 4xx, or words from a reason phrase or description.</source>
        <translation>Geen code gevonden voor “%1”.

Probeer een nummer zoals 486, een begin zoals 48, een klasse zoals 4xx, of woorden uit een reden of beschrijving.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 gekopieerd</translation>
    </message>
</context>
<context>
    <name>TicketFormatter</name>
    <message>
        <source>%1 (%2)</source>
        <comment>translated phrase (English phrase)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>RFC %1, %2</source>
        <comment>RFC number, section</comment>
        <translation>RFC %1, %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <comment>ticket line: SIP 486, phrase, summary, reference</comment>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>rich ticket line: code and phrase, summary, reference</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SIP Codes</source>
        <translation>SIP-codes</translation>
    </message>
    <message>
        <source>The code catalog could not be loaded.

%1</source>
        <translation>De codecatalogus kon niet worden geladen.

%1</translation>
    </message>
</context>
</TS>
