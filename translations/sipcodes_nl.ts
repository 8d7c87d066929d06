<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CodeBrowser</name>
    <message>
        <source>%1: no SIP response in RFC 3398</source>
        <translation>%1: geen SIP-antwoord in RFC 3398</translation>
    </message>
    <message>
        <source>%1: RFC 3398, section 7.2.4.1</source>
        <translation>%1: RFC 3398, sectie 7.2.4.1</translation>
    </message>
    <message>
        <source>%1 is not a registered code; a UAC treats it as %2</source>
        <translation>%1 is geen geregistreerde code; een UAC behandelt die als %2</translation>
    </message>
    <message numerus="yes">
        <source>show %n more that mention it only in the description</source>
        <translation>
            <numerusform>toon nog %n die het alleen in de beschrijving noemt</numerusform>
            <numerusform>toon nog %n die het alleen in de beschrijving noemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Geen resultaten</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as %1: %2</source>
        <comment>copied as FORMAT: WHAT</comment>
        <translation>Gekopieerd als %1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Not in the catalog: %1</source>
        <translation>Niet in de catalogus: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.

Try a number such as 486, a prefix such as 48, a class such as 4xx, words from a name or description, a PBX cause name such as USER_BUSY, or a line from a trace such as a Reason header.</source>
        <translation>Niets gevonden voor “%1”.

Probeer een nummer zoals 486, een begin zoals 48, een klasse zoals 4xx, woorden uit een naam of beschrijving, een PBX-oorzaaknaam zoals USER_BUSY, of een regel uit een trace, zoals een Reason-header.</translation>
    </message>
    <message>
        <source>Search codes (486, 4xx), words, USER_BUSY, or paste a line</source>
        <translation>Zoek codes (486, 4xx), woorden, USER_BUSY, of plak een regel</translation>
    </message>
    <message>
        <source>Type a code, a prefix such as 48, a class such as 4xx, words, or a PBX cause name; or paste a status line, a Reason or Warning header, or a log line. Esc clears the search; Down moves into the results.</source>
        <translation>Typ een code, een begin zoals 48, een klasse zoals 4xx, woorden of een PBX-oorzaaknaam; of plak een statusregel, een Reason- of Warning-header of een logregel. Esc wist de zoekopdracht; Omlaag gaat naar de resultaten.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>SIP response codes, warning codes and ISDN causes, each grouped by class; the selected entry is described in the detail pane</source>
        <translation>SIP-antwoordcodes, waarschuwingscodes en ISDN-oorzaken, elk gegroepeerd per klasse; de geselecteerde vermelding wordt in het detailvenster beschreven</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
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
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 van %n code</numerusform>
            <numerusform>%1 van %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Defined by a PBX, not by Q.850: %1</source>
        <translation>Gedefinieerd door een PBX, niet door Q.850: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>CodeSheet</name>
    <message>
        <source>English; not yet translated</source>
        <translation>Engels; nog niet vertaald</translation>
    </message>
    <message>
        <source> (</source>
        <comment>opening bracket before a reference</comment>
        <translation> (</translation>
    </message>
    <message>
        <source>)</source>
        <comment>closing bracket after a reference</comment>
        <translation>)</translation>
    </message>
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
        <source>creates or confirms the dialog</source>
        <translation>maakt de dialoog aan of bevestigt die</translation>
    </message>
    <message>
        <source>ends only the transaction; the dialog goes on</source>
        <translation>beëindigt alleen de transactie; de dialoog loopt door</translation>
    </message>
    <message>
        <source>ends the usage the request belongs to (the call or the subscription)</source>
        <translation>beëindigt het gebruik waartoe het verzoek hoort (het gesprek of het abonnement)</translation>
    </message>
    <message>
        <source>ends the dialog and every usage in it</source>
        <translation>beëindigt de dialoog en elk gebruik daarin</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>final response: ends the transaction</source>
        <translation>definitief antwoord: beëindigt de transactie</translation>
    </message>
    <message>
        <source>provisional response: more follows</source>
        <translation>voorlopig antwoord: er volgt meer</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two clauses</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>In a dialog</source>
        <translation>In een dialoog</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>alleen %1</translation>
    </message>
    <message>
        <source>never %1</source>
        <translation>nooit %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Beantwoordt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Produced locally</source>
        <translation>Lokaal gemaakt</translation>
    </message>
    <message>
        <source>ISDN cause %1</source>
        <translation>ISDN-oorzaak %1</translation>
    </message>
    <message>
        <source>ISDN cause %1 (%2)</source>
        <translation>ISDN-oorzaak %1 (%2)</translation>
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
        <source>Related codes</source>
        <translation>Verwante codes</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Headervelden</translation>
    </message>
    <message>
        <source>ISDN (Q.850) causes</source>
        <translation>ISDN-oorzaken (Q.850)</translation>
    </message>
    <message>
        <source>What usually causes it</source>
        <translation>Wat het meestal veroorzaakt</translation>
    </message>
    <message>
        <source>From field experience, not from the RFC.</source>
        <translation>Uit de praktijk, niet uit de RFC.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an unknown provisional response as 183 (Session Progress), so %1 acts as %2 %3.</source>
        <translation>%1 is geen geregistreerde antwoordcode. RFC 3261, sectie 8.1.3.2: een UAC behandelt een onbekend voorlopig antwoord als 183 (Session Progress), dus %1 geldt als %2 %3.</translation>
    </message>
    <message>
        <source>%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an unknown final response as the x00 response of its class, so %1 acts as %2 %3.</source>
        <translation>%1 is geen geregistreerde antwoordcode. RFC 3261, sectie 8.1.3.2: een UAC behandelt een onbekend definitief antwoord als het x00-antwoord van zijn klasse, dus %1 geldt als %2 %3.</translation>
    </message>
    <message>
        <source>%1 Unknown code</source>
        <translation>%1 Onbekende code</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no mapping</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>SIP responses</source>
        <translation>SIP-antwoorden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Becomes cause</source>
        <translation>Wordt oorzaak</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Verstuurd als</translation>
    </message>
    <message>
        <source>Made from causes</source>
        <translation>Ontstaan uit oorzaken</translation>
    </message>
    <message>
        <source>Made from responses</source>
        <translation>Ontstaan uit antwoorden</translation>
    </message>
    <message>
        <source>≠ differs from %1. PBX rows are read from their source code.</source>
        <translation>≠ wijkt af van %1. De PBX-rijen zijn uit hun broncode gelezen.</translation>
    </message>
    <message>
        <source>Read in: </source>
        <translation>Overgenomen uit: </translation>
    </message>
    <message>
        <source>Rules of the mapping</source>
        <translation>Regels van de koppeling</translation>
    </message>
    <message>
        <source> cause %1</source>
        <translation> oorzaak %1</translation>
    </message>
    <message>
        <source>, location %1</source>
        <translation>, locatie %1</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, van %1</translation>
    </message>
    <message>
        <source>Response codes</source>
        <translation>Antwoordcodes</translation>
    </message>
    <message>
        <source>Warning codes</source>
        <translation>Waarschuwingscodes</translation>
    </message>
    <message>
        <source>ISDN causes (Q.850)</source>
        <translation>ISDN-oorzaken (Q.850)</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Waarschuwing %1</translation>
    </message>
    <message>
        <source>Cause %1</source>
        <translation>Oorzaak %1</translation>
    </message>
    <message>
        <source>the source code of %1; not a Q.850 cause</source>
        <translation>de broncode van %1; geen Q.850-oorzaak</translation>
    </message>
    <message>
        <source>%1 (printed %2)</source>
        <comment>identifier (how the PBX prints it)</comment>
        <translation>%1 (getoond als %2)</translation>
    </message>
    <message>
        <source>%1 (alias)</source>
        <translation>%1 (alias)</translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation>%1-naam</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Wat te controleren</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <source>Mappings between causes and responses</source>
        <translation>Koppelingen tussen oorzaken en antwoorden</translation>
    </message>
    <message>
        <source>cause to response</source>
        <translation>oorzaak naar antwoord</translation>
    </message>
    <message>
        <source>response to cause</source>
        <translation>antwoord naar oorzaak</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (standaard)</translation>
    </message>
    <message>
        <source>, %1</source>
        <comment>a cause value, then its name</comment>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Qt options (for the window):
  -platform &lt;name&gt;         Platform plugin: xcb, wayland, offscreen.
  -style &lt;style&gt;           Widget style, such as Fusion.
  -stylesheet &lt;file&gt;       Qt style sheet to apply.
  -reverse                 Right-to-left layout.
  -display &lt;display&gt;       X display to use (xcb).
  -qwindowgeometry &lt;geom&gt;  Geometry of the first window, such as 900x600+0+0.
  -qwindowtitle &lt;title&gt;    Title of the first window.
</source>
        <translation>Qt-opties (voor het venster):
  -platform &lt;name&gt;         Platformplug-in: xcb, wayland, offscreen.
  -style &lt;style&gt;           Widgetstijl, zoals Fusion.
  -stylesheet &lt;file&gt;       Toe te passen Qt-stylesheet.
  -reverse                 Indeling van rechts naar links.
  -display &lt;display&gt;       Te gebruiken X-display (xcb).
  -qwindowgeometry &lt;geom&gt;  Afmetingen van het eerste venster, zoals 900x600+0+0.
  -qwindowtitle &lt;title&gt;    Titel van het eerste venster.
</translation>
    </message>
    <message>
        <source>%1: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).
To answer in this terminal, give a query, such as: %1 486
See %1 --help for everything it can do without a display.</source>
        <translation>%1: geen beeldscherm om het venster op te openen (DISPLAY en WAYLAND_DISPLAY zijn niet ingesteld).
Geef een zoekopdracht om in deze terminal antwoord te krijgen, bijvoorbeeld: %1 486
Zie %1 --help voor alles wat zonder beeldscherm kan.</translation>
    </message>
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
        <source>cause</source>
        <translation>oorzaak</translation>
    </message>
    <message>
        <source>Read the catalog from this JSON file instead of the built-in one, to check edits.</source>
        <translation>Lees de catalogus uit dit JSON-bestand in plaats van de ingebouwde, om wijzigingen te controleren.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Also list codes that mention the words only in their description.</source>
        <translation>Toon ook codes die de woorden alleen in hun beschrijving noemen.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; choose one of %2</source>
        <translation>onbekende taal &quot;%1&quot;; kies uit %2</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose text, markdown or json</source>
        <translation>onbekend formaat &quot;%1&quot;; kies text, markdown of json</translation>
    </message>
    <message>
        <source>--q850 takes no query and no --list</source>
        <translation>--q850 gaat niet samen met een zoekopdracht of --list</translation>
    </message>
    <message>
        <source>nothing to look up; give a query or --list</source>
        <translation>niets om op te zoeken; geef een zoekopdracht of --list</translation>
    </message>
    <message>
        <source>Explain a SIP trace or log, call by call; - reads standard input.</source>
        <translation>Leg een SIP-trace of -log uit, gesprek voor gesprek; - leest standaardinvoer.</translation>
    </message>
    <message>
        <source>--explain takes a file and no query, --list, --q850 or --all</source>
        <translation>--explain verwacht een bestand en geen zoekopdracht, --list, --q850 of --all</translation>
    </message>
    <message>
        <source>Print the whole catalog, the class given (4xx), or one registry: response, warning or cause.</source>
        <translation>Toon de hele catalogus, de opgegeven klasse (4xx) of één register: response, warning of cause.</translation>
    </message>
    <message>
        <source>Print this ISDN (Q.850) cause, and the SIP responses RFC 3398 maps it to.</source>
        <translation>Toon deze ISDN-oorzaak (Q.850) en de SIP-antwoorden die RFC 3398 eraan koppelt.</translation>
    </message>
    <message>
        <source>--list takes a class such as 4xx, or response, warning or cause, not &quot;%1&quot;</source>
        <translation>--list verwacht een klasse zoals 4xx, of response, warning of cause, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--q850 takes a cause value from 0 to %1, not &quot;%2&quot;</source>
        <translation>--q850 verwacht een oorzaakwaarde van 0 tot en met %1, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Offline reference of SIP response codes, warning codes and ISDN causes. With a query, prints what matches and exits; with no arguments, opens the window.</source>
        <translation>Offline naslagwerk voor SIP-antwoordcodes, waarschuwingscodes en ISDN-oorzaken. Met een zoekvraag toont het wat overeenkomt en stopt het; zonder argumenten opent het venster.</translation>
    </message>
    <message>
        <source>A code (486), a prefix (48), a class (4xx), words, a PBX cause name (USER_BUSY), or a line from a trace or log.</source>
        <translation>Een code (486), een voorvoegsel (48), een klasse (4xx), woorden, een PBX-oorzaaknaam (USER_BUSY), of een regel uit een trace of log.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Show %1 %2</source>
        <translation>Toon %1 %2</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1</source>
        <translation>Er kon geen webbrowser worden geopend voor %1</translation>
    </message>
    <message>
        <source>Everything known about the selected entry</source>
        <translation>Alles wat bekend is over de geselecteerde vermelding</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Doet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Search at once: 486, 48, 4xx, words, a trace line, cause 17</source>
        <translation>Direct zoeken: 486, 48, 4xx, woorden, een traceregel, cause 17</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>From the search field into the results</source>
        <translation>Van het zoekveld naar de resultaten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search; in the results, back to the search field</source>
        <translation>Zoekopdracht wissen; vanuit de resultaten terug naar het zoekveld</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Shift+Omhoog, Shift+Omlaag</translation>
    </message>
    <message>
        <source>Select several codes to copy</source>
        <translation>Meerdere codes selecteren om te kopiëren</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Search field, results, detail pane, Copy button</source>
        <translation>Zoekveld, resultaten, detailvenster, knop Kopiëren</translation>
    </message>
    <message>
        <source>SIP Codes</source>
        <translation>SIP-codes</translation>
    </message>
    <message>
        <source>An offline reference of SIP response codes for support engineers.</source>
        <translation>Een offline naslagwerk voor SIP-antwoordcodes voor supportengineers.</translation>
    </message>
    <message>
        <source>Codes and reason phrases: %1, checked %2. Descriptions: the RFC that defines each code; RFC text is quoted under the IETF Trust&apos;s licence. Q.850 mappings: RFC 3398.</source>
        <translation>Codes en redenen: %1, gecontroleerd op %2. Beschrijvingen: de RFC die elke code definieert; RFC-tekst wordt geciteerd onder de licentie van de IETF Trust. Q.850-koppelingen: RFC 3398.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes in 4 languages. No network connection is ever made.</source>
        <translation>
            <numerusform>%n code in 4 talen. Er wordt nooit een netwerkverbinding gemaakt.</numerusform>
            <numerusform>%n codes in 4 talen. Er wordt nooit een netwerkverbinding gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence: MIT.</source>
        <translation>Licentie: MIT.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIP Codes</source>
        <translation>SIP-codes</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alles &amp;uitklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Alles &amp;inklappen</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About SIP Codes</source>
        <translation>&amp;Over SIP-codes</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>geplakte tekst</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>Trace &amp;openen…</translation>
    </message>
    <message>
        <source>Open a SIP trace or log</source>
        <translation>Een SIP-trace of -log openen</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>RFC %1, %2</source>
        <comment>RFC number, section</comment>
        <translation>RFC %1, %2</translation>
    </message>
    <message>
        <source>RFC %1, section %2</source>
        <translation>RFC %1, sectie %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>document, section</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <comment>document, section</comment>
        <translation>%1, sectie %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings cannot be saved: %1 is not a writable file. This session&apos;s choices will be forgotten.</source>
        <translation>Instellingen kunnen niet worden opgeslagen: %1 is geen beschrijfbaar bestand. De keuzes van deze sessie gaan verloren.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>standard input</source>
        <translation>standaardinvoer</translation>
    </message>
    <message>
        <source>is a folder, not a trace</source>
        <translation>is een map, geen trace</translation>
    </message>
    <message>
        <source>larger than %1 MiB, more than a trace this program reads; cut out the calls you need</source>
        <translation>groter dan %1 MiB, meer dan dit programma van een trace leest; knip de gesprekken eruit die je nodig hebt</translation>
    </message>
    <message>
        <source>only the first %1 MiB were read</source>
        <translation>alleen de eerste %1 MiB zijn gelezen</translation>
    </message>
    <message>
        <source>no SIP message found</source>
        <translation>geen SIP-bericht gevonden</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>Geen vermelding gevonden voor &quot;%1&quot;.</translation>
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
        <source>%1 %2: %3 (%4)</source>
        <comment>ticket line: SIP 486, phrase, summary, reference</comment>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>rich ticket line: code and phrase, summary, reference</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>not registered, handled as %1 %2</source>
        <translation>niet geregistreerd, behandeld als %1 %2</translation>
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
        <source>ticket line</source>
        <translation>ticketregel</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>code and phrase</source>
        <translation>code en omschrijving</translation>
    </message>
    <message>
        <source>full description</source>
        <translation>volledige beschrijving</translation>
    </message>
    <message>
        <source>Nothing is selected to copy</source>
        <translation>Er is niets geselecteerd om te kopiëren</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <source>no final response</source>
        <translation>geen definitief antwoord</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>answered, then ended</source>
        <translation>beantwoord, daarna beëindigd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>rejected with %1</source>
        <translation>geweigerd met %1</translation>
    </message>
    <message>
        <source>redirected with %1</source>
        <translation>omgeleid met %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Call, time</source>
        <translation>Gesprek, tijd</translation>
    </message>
    <message>
        <source>Outcome, way</source>
        <translation>Afloop, route</translation>
    </message>
    <message>
        <source>Story, message</source>
        <translation>Verloop, bericht</translation>
    </message>
</context>
<context>
    <name>TraceStory</name>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>no final response (a client treats it as 408, RFC 3261 section 8.1.3.1)</source>
        <translation>geen definitief antwoord (een client behandelt dat als 408, RFC 3261 sectie 8.1.3.1)</translation>
    </message>
    <message>
        <source>%1: the registry&apos;s phrase is “%2”</source>
        <translation>%1: het register noemt het “%2”</translation>
    </message>
    <message>
        <source>%1: not a registered code; a client treats it as %2 (RFC 3261 section 8.1.3.2)</source>
        <translation>%1: geen geregistreerde code; een client behandelt die als %2 (RFC 3261 sectie 8.1.3.2)</translation>
    </message>
    <message>
        <source>%1 sent again (retransmission)</source>
        <translation>%1 opnieuw verzonden (herhaling)</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to retry after %n second(s)</source>
        <translation>
            <numerusform>%1 vraagt om het na %n seconde opnieuw te proberen</numerusform>
            <numerusform>%1 vraagt om het na %n seconden opnieuw te proberen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 again, after credentials were sent: check the user name, password and realm</source>
        <translation>%1 opnieuw, nadat inloggegevens waren verstuurd: controleer gebruikersnaam, wachtwoord en realm</translation>
    </message>
    <message>
        <source>%1 got no final response</source>
        <translation>%1 kreeg geen definitief antwoord</translation>
    </message>
    <message>
        <source>%1 inside an established dialog: the other side has lost the dialog</source>
        <translation>%1 binnen een lopende dialoog: de andere kant is de dialoog kwijt</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Gesprek %1</translation>
    </message>
    <message>
        <source>Responses: %1</source>
        <translation>Antwoorden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>%1 is larger than %2 MiB; cut out the calls you need</source>
        <translation>%1 is groter dan %2 MiB; knip de gesprekken eruit die je nodig hebt</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled</source>
        <translation>Het lezen van %1 is geannuleerd</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Copied the story of call %1 as %2</source>
        <translation>Verloop van gesprek %1 gekopieerd als %2</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1: %n gesprek</numerusform>
            <numerusform>%1: %n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s)</source>
        <translation>
            <numerusform>, %n bericht</numerusform>
            <numerusform>, %n berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls of the trace</source>
        <translation>Gesprekken van de trace</translation>
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
