<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CodeFilterProxy</name>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 / %n 个状态码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeModel</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 个状态码</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>已弃用：%1</translation>
    </message>
    <message>
        <source>Not registered with IANA: %1</source>
        <translation>未在 IANA 注册：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>状态说明</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>Language of the interface and the data: %1.</source>
        <translation>界面和数据的语言：%1。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Terminal output format: text, markdown or json.</source>
        <translation>终端输出格式：text、markdown 或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Print the whole catalog, or the class given (4xx).</source>
        <translation>打印全部状态码，或指定的类别（4xx）。</translation>
    </message>
    <message>
        <source>Also list codes that mention the words only in their description.</source>
        <translation>同时列出仅在描述中提到这些词的状态码。</translation>
    </message>
    <message>
        <source>Offline reference of SIP response codes. With a query, prints the matching codes and exits; with no arguments, opens the window.</source>
        <translation>SIP 状态码离线参考。给出查询时打印匹配的状态码后退出；不带参数时打开窗口。</translation>
    </message>
    <message>
        <source>A code (486), a prefix (48), a class (4xx) or words.</source>
        <translation>状态码（486）、前缀（48）、类别（4xx）或词语。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>状态说明</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定义于</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; choose one of %2</source>
        <translation>未知语言“%1”；请选择 %2 之一</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose text, markdown or json</source>
        <translation>未知格式“%1”；请选择 text、markdown 或 json</translation>
    </message>
    <message>
        <source>--list takes a class such as 4xx, not &quot;%1&quot;</source>
        <translation>--list 需要类别（如 4xx），而不是“%1”</translation>
    </message>
    <message>
        <source>nothing to look up; give a query or --list</source>
        <translation>没有要查询的内容；请给出查询或 --list</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的状态码。</translation>
    </message>
</context>
<context>
    <name>DetailFormatter</name>
    <message>
        <source>Registered with IANA</source>
        <translation>已在 IANA 注册</translation>
    </message>
    <message>
        <source>Deprecated (still in the IANA registry)</source>
        <translation>已弃用（仍在 IANA 注册表中）</translation>
    </message>
    <message>
        <source>Not registered with IANA (historical)</source>
        <translation>未在 IANA 注册（历史状态码）</translation>
    </message>
    <message>
        <source>RFC %1, section %2</source>
        <translation>RFC %1，第 %2 节</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定义于</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>状态码数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIP Codes</source>
        <translation>SIP 状态码</translation>
    </message>
    <message>
        <source>Search by code (486, 48, 4xx), reason phrase or words</source>
        <translation>按状态码（486、48、4xx）、原因短语或词语搜索</translation>
    </message>
    <message>
        <source>Type a code, a prefix such as 48, a class such as 4xx, or words. Esc clears the search; Down moves into the results.</source>
        <translation>输入状态码、前缀（如 48）、类别（如 4xx）或词语。Esc 清除搜索；向下键进入结果。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as a ticket line: code, phrase, summary and RFC</source>
        <translation>复制为工单行：状态码、短语、概要和 RFC</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy Code and &amp;Phrase Only</source>
        <translation>仅复制状态码和短语(&amp;P)</translation>
    </message>
    <message>
        <source>Copy Full &amp;Description</source>
        <translation>复制完整描述(&amp;D)</translation>
    </message>
    <message>
        <source>Data: %1, checked %2</source>
        <translation>数据：%1，核对于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 个状态码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 / %n 个状态码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>show %n more that mention it only in the description</source>
        <translation>
            <numerusform>显示另外 %n 个仅在描述中提到的状态码</numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches “%1”.

Try a number such as 486, a prefix such as 48, a class such as 4xx, or words from a reason phrase or description.</source>
        <translation>没有与“%1”匹配的状态码。

请尝试状态码（如 486）、前缀（如 48）、类别（如 4xx），或原因短语和描述中的词语。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
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
        <translation>SIP 状态码</translation>
    </message>
    <message>
        <source>The code catalog could not be loaded.

%1</source>
        <translation>无法加载状态码目录。

%1</translation>
    </message>
</context>
</TS>
