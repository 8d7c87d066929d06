<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CodeBrowser</name>
    <message>
        <source>%1: no SIP response in RFC 3398</source>
        <translation>%1：RFC 3398 中沒有對應的 SIP 回應</translation>
    </message>
    <message>
        <source>%1: RFC 3398, section 7.2.4.1</source>
        <translation>%1：RFC 3398，第 7.2.4.1 節</translation>
    </message>
    <message>
        <source>%1 is not a registered code; a UAC treats it as %2</source>
        <translation>%1 不是已註冊的狀態碼；UAC 將其視為 %2</translation>
    </message>
    <message numerus="yes">
        <source>show %n more that mention it only in the description</source>
        <translation>
            <numerusform>顯示另外 %n 個僅在描述中提到的狀態碼</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>相符結果</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>沒有相符結果</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as %1: %2</source>
        <comment>copied as FORMAT: WHAT</comment>
        <translation>已複製為%1：%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason：%1</translation>
    </message>
    <message>
        <source>Not in the catalog: %1</source>
        <translation>目錄中沒有：%1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.

Try a number such as 486, a prefix such as 48, a class such as 4xx, words from a name or description, a PBX cause name such as USER_BUSY, or a line from a trace such as a Reason header.</source>
        <translation>沒有與「%1」相符的結果。

可以試試數字（例如 486）、前綴（例如 48）、類別（例如 4xx）、名稱或描述中的詞語、PBX 原因值名稱（例如 USER_BUSY），或追蹤中的一行（例如 Reason 標頭欄位）。</translation>
    </message>
    <message>
        <source>Search codes (486, 4xx), words, USER_BUSY, or paste a line</source>
        <translation>搜尋代碼（486、4xx）、詞語、USER_BUSY，或貼上一行</translation>
    </message>
    <message>
        <source>Type a code, a prefix such as 48, a class such as 4xx, words, or a PBX cause name; or paste a status line, a Reason or Warning header, or a log line. Esc clears the search; Down moves into the results.</source>
        <translation>輸入代碼、前綴（例如 48）、類別（例如 4xx）、詞語或 PBX 原因值名稱；也可以貼上狀態行、Reason 或 Warning 標頭欄位，或一行日誌。Esc 清除搜尋；向下鍵進入結果。</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>SIP response codes, warning codes and ISDN causes, each grouped by class; the selected entry is described in the detail pane</source>
        <translation>SIP 回應碼、警告碼和 ISDN 原因值，各依類別分組；所選條目的說明顯示在詳細資料面板中</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning：%1</translation>
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
        <source>Summary</source>
        <translation>描述</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 / %n 個狀態碼</numerusform>
        </translation>
    </message>
    <message>
        <source>Defined by a PBX, not by Q.850: %1</source>
        <translation>由 PBX 定義，並非 Q.850 所定義：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
</context>
<context>
    <name>CodeSheet</name>
    <message>
        <source>English; not yet translated</source>
        <translation>英文；尚未翻譯</translation>
    </message>
    <message>
        <source> (</source>
        <comment>opening bracket before a reference</comment>
        <translation>（</translation>
    </message>
    <message>
        <source>)</source>
        <comment>closing bracket after a reference</comment>
        <translation>）</translation>
    </message>
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
        <source>creates or confirms the dialog</source>
        <translation>建立或確認對話</translation>
    </message>
    <message>
        <source>ends only the transaction; the dialog goes on</source>
        <translation>只結束交易；對話繼續</translation>
    </message>
    <message>
        <source>ends the usage the request belongs to (the call or the subscription)</source>
        <translation>結束請求所屬的用法（通話或訂閱）</translation>
    </message>
    <message>
        <source>ends the dialog and every usage in it</source>
        <translation>結束對話及其中的所有用法</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行為</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>final response: ends the transaction</source>
        <translation>最終回應：結束交易</translation>
    </message>
    <message>
        <source>provisional response: more follows</source>
        <translation>臨時回應：後續還有回應</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two clauses</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>In a dialog</source>
        <translation>在對話中</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>僅 %1</translation>
    </message>
    <message>
        <source>never %1</source>
        <translation>從不 %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回應的請求</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Produced locally</source>
        <translation>本地產生</translation>
    </message>
    <message>
        <source>ISDN cause %1</source>
        <translation>ISDN 原因值 %1</translation>
    </message>
    <message>
        <source>ISDN cause %1 (%2)</source>
        <translation>ISDN 原因值 %1（%2）</translation>
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
        <source>Related codes</source>
        <translation>相關狀態碼</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>標頭欄位</translation>
    </message>
    <message>
        <source>ISDN (Q.850) causes</source>
        <translation>ISDN（Q.850）原因值</translation>
    </message>
    <message>
        <source>What usually causes it</source>
        <translation>常見原因</translation>
    </message>
    <message>
        <source>From field experience, not from the RFC.</source>
        <translation>來自現場經驗，而非 RFC 原文。</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>狀態碼數</translation>
    </message>
    <message>
        <source>%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an unknown provisional response as 183 (Session Progress), so %1 acts as %2 %3.</source>
        <translation>%1 不是已註冊的狀態碼。RFC 3261 第 8.1.3.2 節：UAC 把未知的臨時回應當作 183（Session Progress）處理，因此 %1 按 %2 %3 處理。</translation>
    </message>
    <message>
        <source>%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an unknown final response as the x00 response of its class, so %1 acts as %2 %3.</source>
        <translation>%1 不是已註冊的狀態碼。RFC 3261 第 8.1.3.2 節：UAC 把未知的最終回應當作其類別的 x00 回應處理，因此 %1 按 %2 %3 處理。</translation>
    </message>
    <message>
        <source>%1 Unknown code</source>
        <translation>%1 未知狀態碼</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no mapping</comment>
        <translation>無</translation>
    </message>
    <message>
        <source>SIP responses</source>
        <translation>SIP 回應</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Becomes cause</source>
        <translation>對應為原因值</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>送出為</translation>
    </message>
    <message>
        <source>Made from causes</source>
        <translation>由原因值得出</translation>
    </message>
    <message>
        <source>Made from responses</source>
        <translation>由回應得出</translation>
    </message>
    <message>
        <source>≠ differs from %1. PBX rows are read from their source code.</source>
        <translation>≠ 表示與 %1 不同。PBX 各列的資料取自其原始碼。</translation>
    </message>
    <message>
        <source>Read in: </source>
        <translation>資料取自：</translation>
    </message>
    <message>
        <source>Rules of the mapping</source>
        <translation>對應規則</translation>
    </message>
    <message>
        <source> cause %1</source>
        <translation> 原因值 %1</translation>
    </message>
    <message>
        <source>, location %1</source>
        <translation>，位置 %1</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>，來自 %1</translation>
    </message>
    <message>
        <source>Response codes</source>
        <translation>回應碼</translation>
    </message>
    <message>
        <source>Warning codes</source>
        <translation>警告碼</translation>
    </message>
    <message>
        <source>ISDN causes (Q.850)</source>
        <translation>ISDN 原因值（Q.850）</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>警告碼 %1</translation>
    </message>
    <message>
        <source>Cause %1</source>
        <translation>原因值 %1</translation>
    </message>
    <message>
        <source>the source code of %1; not a Q.850 cause</source>
        <translation>%1 的原始碼；不是 Q.850 原因值</translation>
    </message>
    <message>
        <source>%1 (printed %2)</source>
        <comment>identifier (how the PBX prints it)</comment>
        <translation>%1（輸出為 %2）</translation>
    </message>
    <message>
        <source>%1 (alias)</source>
        <translation>%1（別名）</translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation>%1 名稱</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>檢查要點</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>登錄表</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>條目數</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核對日期</translation>
    </message>
    <message>
        <source>Mappings between causes and responses</source>
        <translation>原因值與回應之間的對應</translation>
    </message>
    <message>
        <source>cause to response</source>
        <translation>原因值到回應</translation>
    </message>
    <message>
        <source>response to cause</source>
        <translation>回應到原因值</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（預設）</translation>
    </message>
    <message>
        <source>, %1</source>
        <comment>a cause value, then its name</comment>
        <translation>，%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
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
        <translation>Qt 選項（用於視窗）：
  -platform &lt;name&gt;         平台外掛程式：xcb、wayland、offscreen。
  -style &lt;style&gt;           元件樣式，例如 Fusion。
  -stylesheet &lt;file&gt;       要套用的 Qt 樣式表。
  -reverse                 由右至左的版面配置。
  -display &lt;display&gt;       要使用的 X 顯示（xcb）。
  -qwindowgeometry &lt;geom&gt;  第一個視窗的幾何尺寸，例如 900x600+0+0。
  -qwindowtitle &lt;title&gt;    第一個視窗的標題。
</translation>
    </message>
    <message>
        <source>%1: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).
To answer in this terminal, give a query, such as: %1 486
See %1 --help for everything it can do without a display.</source>
        <translation>%1：沒有可開啟視窗的顯示器（未設定 DISPLAY 與 WAYLAND_DISPLAY）。
若要在此終端機中查詢，請提供查詢內容，例如：%1 486
執行 %1 --help 查看不需顯示器即可使用的所有功能。</translation>
    </message>
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
        <source>cause</source>
        <translation>原因值</translation>
    </message>
    <message>
        <source>Read the catalog from this JSON file instead of the built-in one, to check edits.</source>
        <translation>從此 JSON 檔案讀取目錄而不使用內建目錄，用於檢查修改。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Also list codes that mention the words only in their description.</source>
        <translation>同時列出僅在描述中提到這些詞的狀態碼。</translation>
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
        <source>--q850 takes no query and no --list</source>
        <translation>--q850 不能與查詢或 --list 同時使用</translation>
    </message>
    <message>
        <source>nothing to look up; give a query or --list</source>
        <translation>沒有要查詢的內容；請給出查詢或 --list</translation>
    </message>
    <message>
        <source>Explain a SIP trace or log, call by call; - reads standard input.</source>
        <translation>逐一通話解釋 SIP 追蹤或日誌；- 表示讀取標準輸入。</translation>
    </message>
    <message>
        <source>--explain takes a file and no query, --list, --q850 or --all</source>
        <translation>--explain 需要一個檔案，不能與查詢、--list、--q850 或 --all 同時使用</translation>
    </message>
    <message>
        <source>Print the whole catalog, the class given (4xx), or one registry: response, warning or cause.</source>
        <translation>列印整個目錄、指定的類別（4xx），或某一個登錄表：response、warning 或 cause。</translation>
    </message>
    <message>
        <source>Print this ISDN (Q.850) cause, and the SIP responses RFC 3398 maps it to.</source>
        <translation>列印此 ISDN（Q.850）原因值，以及 RFC 3398 將其對應到的 SIP 回應。</translation>
    </message>
    <message>
        <source>--list takes a class such as 4xx, or response, warning or cause, not &quot;%1&quot;</source>
        <translation>--list 需要 4xx 這類的類別，或 response、warning、cause 之一，而不是「%1」</translation>
    </message>
    <message>
        <source>--q850 takes a cause value from 0 to %1, not &quot;%2&quot;</source>
        <translation>--q850 需要 0 到 %1 之間的原因值，而不是「%2」</translation>
    </message>
    <message>
        <source>Offline reference of SIP response codes, warning codes and ISDN causes. With a query, prints what matches and exits; with no arguments, opens the window.</source>
        <translation>SIP 回應碼、警告碼與 ISDN 原因值的離線參考。提供查詢時印出相符項目後結束；不帶參數時開啟視窗。</translation>
    </message>
    <message>
        <source>A code (486), a prefix (48), a class (4xx), words, a PBX cause name (USER_BUSY), or a line from a trace or log.</source>
        <translation>代碼（486）、前綴（48）、類別（4xx）、字詞、PBX 原因名稱（USER_BUSY），或追蹤記錄與日誌中的一行。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Show %1 %2</source>
        <translation>顯示 %1 %2</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1</source>
        <translation>無法開啟網頁瀏覽器前往 %1</translation>
    </message>
    <message>
        <source>Everything known about the selected entry</source>
        <translation>所選條目的所有已知資訊</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Search at once: 486, 48, 4xx, words, a trace line, cause 17</source>
        <translation>即時搜尋：486、48、4xx、詞語、追蹤行、cause 17</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>向下鍵</translation>
    </message>
    <message>
        <source>From the search field into the results</source>
        <translation>從搜尋框進入結果</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search; in the results, back to the search field</source>
        <translation>清除搜尋；在結果中時返回搜尋框</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Shift+上, Shift+下</translation>
    </message>
    <message>
        <source>Select several codes to copy</source>
        <translation>選擇多個狀態碼進行複製</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Search field, results, detail pane, Copy button</source>
        <translation>搜尋框、結果、詳細資料面板、複製按鈕</translation>
    </message>
    <message>
        <source>SIP Codes</source>
        <translation>SIP 狀態碼</translation>
    </message>
    <message>
        <source>An offline reference of SIP response codes for support engineers.</source>
        <translation>面向技術支援工程師的 SIP 狀態碼離線參考。</translation>
    </message>
    <message>
        <source>Codes and reason phrases: %1, checked %2. Descriptions: the RFC that defines each code; RFC text is quoted under the IETF Trust&apos;s licence. Q.850 mappings: RFC 3398.</source>
        <translation>狀態碼和名稱：%1，核對於 %2。描述：定義各狀態碼的 RFC；RFC 文字依 IETF Trust 授權引用。Q.850 對應：RFC 3398。</translation>
    </message>
    <message numerus="yes">
        <source>%n codes in 4 languages. No network connection is ever made.</source>
        <translation>
            <numerusform>%n 個狀態碼，4 種語言。從不建立任何網路連線。</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence: MIT.</source>
        <translation>授權條款：MIT。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIP Codes</source>
        <translation>SIP 狀態碼</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>全部展開(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>全部摺疊(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>縮小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SIP Codes</source>
        <translation>關於 SIP 狀態碼(&amp;A)</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一頁(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>下一頁(&amp;F)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼上的文字</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>開啟追蹤(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a SIP trace or log</source>
        <translation>開啟 SIP 追蹤或日誌</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>RFC %1, %2</source>
        <comment>RFC number, section</comment>
        <translation>RFC %1，%2</translation>
    </message>
    <message>
        <source>RFC %1, section %2</source>
        <translation>RFC %1，第 %2 節</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>document, section</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <comment>document, section</comment>
        <translation>%1，第 %2 節</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings cannot be saved: %1 is not a writable file. This session&apos;s choices will be forgotten.</source>
        <translation>無法儲存設定：%1 不是可寫入的檔案。本次工作階段的選擇將不會被記住。</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>standard input</source>
        <translation>標準輸入</translation>
    </message>
    <message>
        <source>is a folder, not a trace</source>
        <translation>是資料夾，不是追蹤檔案</translation>
    </message>
    <message>
        <source>larger than %1 MiB, more than a trace this program reads; cut out the calls you need</source>
        <translation>大於 %1 MiB，超出本程式讀取追蹤的上限；請擷取所需的通話</translation>
    </message>
    <message>
        <source>only the first %1 MiB were read</source>
        <translation>只讀取了前 %1 MiB</translation>
    </message>
    <message>
        <source>no SIP message found</source>
        <translation>找不到 SIP 訊息</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>沒有與「%1」相符的條目。</translation>
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
        <source>%1 %2: %3 (%4)</source>
        <comment>ticket line: SIP 486, phrase, summary, reference</comment>
        <translation>%1 %2：%3（%4）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>rich ticket line: code and phrase, summary, reference</comment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>not registered, handled as %1 %2</source>
        <translation>未註冊，視為 %1 %2 處理</translation>
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
        <source>ticket line</source>
        <translation>工單行</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>code and phrase</source>
        <translation>代碼與短語</translation>
    </message>
    <message>
        <source>full description</source>
        <translation>完整說明</translation>
    </message>
    <message>
        <source>Nothing is selected to copy</source>
        <translation>沒有選取可複製的內容</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <source>no final response</source>
        <translation>沒有最終回應</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已應答</translation>
    </message>
    <message>
        <source>answered, then ended</source>
        <translation>已應答，隨後結束</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>rejected with %1</source>
        <translation>以 %1 拒絕</translation>
    </message>
    <message>
        <source>redirected with %1</source>
        <translation>以 %1 重新導向</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Call, time</source>
        <translation>通話，時間</translation>
    </message>
    <message>
        <source>Outcome, way</source>
        <translation>結果，方向</translation>
    </message>
    <message>
        <source>Story, message</source>
        <translation>經過，訊息</translation>
    </message>
</context>
<context>
    <name>TraceStory</name>
    <message>
        <source>Reason: %1</source>
        <translation>Reason：%1</translation>
    </message>
    <message>
        <source>no final response (a client treats it as 408, RFC 3261 section 8.1.3.1)</source>
        <translation>沒有最終回應（用戶端視為 408，RFC 3261 第 8.1.3.1 節）</translation>
    </message>
    <message>
        <source>%1: the registry&apos;s phrase is “%2”</source>
        <translation>%1：登錄表中的短語是「%2」</translation>
    </message>
    <message>
        <source>%1: not a registered code; a client treats it as %2 (RFC 3261 section 8.1.3.2)</source>
        <translation>%1：不是已註冊的狀態碼；用戶端視為 %2 處理（RFC 3261 第 8.1.3.2 節）</translation>
    </message>
    <message>
        <source>%1 sent again (retransmission)</source>
        <translation>%1 再次傳送（重傳）</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to retry after %n second(s)</source>
        <translation>
            <numerusform>%1 要求 %n 秒後重試</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 again, after credentials were sent: check the user name, password and realm</source>
        <translation>傳送認證資訊後再次收到 %1：請檢查使用者名稱、密碼和 realm</translation>
    </message>
    <message>
        <source>%1 got no final response</source>
        <translation>%1 沒有收到最終回應</translation>
    </message>
    <message>
        <source>%1 inside an established dialog: the other side has lost the dialog</source>
        <translation>已建立的對話中出現 %1：對端已遺失該對話</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>通話 %1</translation>
    </message>
    <message>
        <source>Responses: %1</source>
        <translation>回應：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning：%1</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>%1 is larger than %2 MiB; cut out the calls you need</source>
        <translation>%1 大於 %2 MiB；請擷取所需的通話</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled</source>
        <translation>已取消讀取 %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>Copied the story of call %1 as %2</source>
        <translation>已將通話 %1 的經過複製為%2</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1：%n 通通話</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s)</source>
        <translation>
            <numerusform>，%n 則訊息</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls of the trace</source>
        <translation>追蹤中的通話</translation>
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
