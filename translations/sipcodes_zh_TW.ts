<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CodeFilterProxy</name>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 / %n 個狀態碼</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeModel</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個狀態碼</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>已棄用：%1</translation>
    </message>
    <message>
        <source>Not registered with IANA: %1</source>
        <translation>未在 IANA 註冊：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>Language of the interface and the data: %1.</source>
        <translation>介面和資料的語言：%1。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Terminal output format: text, markdown or json.</source>
        <translation>終端機輸出格式：text、markdown 或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Print the whole catalog, or the class given (4xx).</source>
        <translation>列印全部狀態碼，或指定的類別（4xx）。</translation>
    </message>
    <message>
        <source>Also list codes that mention the words only in their description.</source>
        <translation>同時列出僅在描述中提到這些詞的狀態碼。</translation>
    </message>
    <message>
        <source>Offline reference of SIP response codes. With a query, prints the matching codes and exits; with no arguments, opens the window.</source>
        <translation>SIP 狀態碼離線參考。給出查詢時列印相符的狀態碼後結束；不帶參數時開啟視窗。</translation>
    </message>
    <message>
        <source>A code (486), a prefix (48), a class (4xx) or words.</source>
        <translation>狀態碼（486）、前綴（48）、類別（4xx）或詞語。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定義於</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; choose one of %2</source>
        <translation>未知語言「%1」；請選擇 %2 之一</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose text, markdown or json</source>
        <translation>未知格式「%1」；請選擇 text、markdown 或 json</translation>
    </message>
    <message>
        <source>--list takes a class such as 4xx, not &quot;%1&quot;</source>
        <translation>--list 需要類別（如 4xx），而不是「%1」</translation>
    </message>
    <message>
        <source>nothing to look up; give a query or --list</source>
        <translation>沒有要查詢的內容；請給出查詢或 --list</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.</source>
        <translation>沒有與「%1」相符的狀態碼。</translation>
    </message>
</context>
<context>
    <name>DetailFormatter</name>
    <message>
        <source>Registered with IANA</source>
        <translation>已在 IANA 註冊</translation>
    </message>
    <message>
        <source>Deprecated (still in the IANA registry)</source>
        <translation>已棄用（仍在 IANA 登錄表中）</translation>
    </message>
    <message>
        <source>Not registered with IANA (historical)</source>
        <translation>未在 IANA 註冊（歷史狀態碼）</translation>
    </message>
    <message>
        <source>RFC %1, section %2</source>
        <translation>RFC %1，第 %2 節</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定義於</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>狀態碼數</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIP Codes</source>
        <translation>SIP 狀態碼</translation>
    </message>
    <message>
        <source>Search by code (486, 48, 4xx), reason phrase or words</source>
        <translation>依狀態碼（486、48、4xx）、名稱或詞語搜尋</translation>
    </message>
    <message>
        <source>Type a code, a prefix such as 48, a class such as 4xx, or words. Esc clears the search; Down moves into the results.</source>
        <translation>輸入狀態碼、前綴（如 48）、類別（如 4xx）或詞語。Esc 清除搜尋；向下鍵進入結果。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as a ticket line: code, phrase, summary and RFC</source>
        <translation>複製為工單行：狀態碼、名稱、描述和 RFC</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>複製為 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy Code and &amp;Phrase Only</source>
        <translation>僅複製狀態碼和名稱(&amp;P)</translation>
    </message>
    <message>
        <source>Copy Full &amp;Description</source>
        <translation>複製完整描述(&amp;D)</translation>
    </message>
    <message>
        <source>Data: %1, checked %2</source>
        <translation>資料：%1，核對於 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個狀態碼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 / %n 個狀態碼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>show %n more that mention it only in the description</source>
        <translation>
            <numerusform>顯示另外 %n 個僅在描述中提到的狀態碼</numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches “%1”.

Try a number such as 486, a prefix such as 48, a class such as 4xx, or words from a reason phrase or description.</source>
        <translation>沒有與「%1」相符的狀態碼。

請嘗試狀態碼（如 486）、前綴（如 48）、類別（如 4xx），或名稱和描述中的詞語。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已複製 %1</translation>
    </message>
</context>
<context>
    <name>TicketFormatter</name>
    <message>
        <source>%1 (%2)</source>
        <comment>translated phrase (English phrase)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>RFC %1, %2</source>
        <comment>RFC number, section</comment>
        <translation>RFC %1，%2</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <comment>ticket line: SIP 486, phrase, summary, reference</comment>
        <translation>%1 %2：%3（%4）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>rich ticket line: code and phrase, summary, reference</comment>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SIP Codes</source>
        <translation>SIP 狀態碼</translation>
    </message>
    <message>
        <source>The code catalog could not be loaded.

%1</source>
        <translation>無法載入狀態碼目錄。

%1</translation>
    </message>
</context>
</TS>
