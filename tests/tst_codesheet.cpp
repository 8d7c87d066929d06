#include "core/codesheet.h"
#include "core/markdown.h"
#include "hostilecatalog.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// One sheet per entry, three renderings: the pane's HTML, the terminal's text, Markdown. They
// must say the same things, and treat catalog text as data in every one of them.
class TestCodeSheet final : public QObject
{
    Q_OBJECT

private:
    static QStringList sectionTitles(const CodeSheet &sheet)
    {
        QStringList titles;
        for (const SheetSection &section : sheet.sections) {
            if (!section.title.isEmpty())
                titles.append(section.title);
        }
        return titles;
    }

private slots:
    // Every section of 486 appears, in the same order, in all three renderings.
    void threeRenderingsOfOneSheet()
    {
        const Catalog catalog = embeddedCatalog();
        const CodeSheet sheet = CodeSheet::forCode(catalog, *catalog.find(486), u"en"_s);
        const QStringList titles = sectionTitles(sheet);
        QVERIFY2(titles.size() >= 5, qPrintable(titles.join(u", "_s)));
        const QString html = sheet.toHtml();
        const QString text = sheet.toText();
        const QString markdown = sheet.toMarkdown();
        qsizetype inHtml = 0, inText = 0, inMarkdown = 0;
        for (const QString &title : titles) {
            inHtml = html.indexOf(u"<h3>"_s + title + u"</h3>"_s, inHtml);
            inText = text.indexOf(u'\n' + title + u'\n', inText);
            inMarkdown = markdown.indexOf(u"### "_s + Markdown::escape(title), inMarkdown);
            QVERIFY2(inHtml >= 0 && inText >= 0 && inMarkdown >= 0, qPrintable(title));
        }
        QVERIFY(html.startsWith(u"<h2>486 Busy Here</h2>"_s));
        QVERIFY(text.startsWith(u"486 Busy Here\n"_s));
        QVERIFY(markdown.startsWith(u"## 486 Busy Here\n"_s));
        // The reference: a link in HTML and Markdown, the address in text.
        const QString url = u"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24"_s;
        QVERIFY(html.contains(u"<a href=\"%1\">RFC 3261, section 21.4.24</a>"_s.arg(url)));
        QVERIFY(text.contains(u"Defined in: RFC 3261, section 21.4.24 <%1>"_s.arg(url)));
        QVERIFY(markdown.contains(u"[RFC 3261, section 21.4.24](%1)"_s.arg(url)));
    }

    // Behaviour is part of every code's sheet: final or not, and what it ends in a dialog.
    void behaviourIsShown()
    {
        const Catalog catalog = embeddedCatalog();
        int checked = 0;
        for (const CodeClass &codeClass : catalog.classes()) {
            for (const SipCode &code : codeClass.codes) {
                const QString text = CodeSheet::forCode(catalog, code, u"en"_s).toText();
                QVERIFY2(text.contains(code.isFinal() ? u"Kind: final response"_s : u"Kind: provisional response"_s),
                         qPrintable(QString::number(code.code)));
                if (code.dialog)
                    QVERIFY2(text.contains(u"In a dialog: "_s), qPrintable(QString::number(code.code)));
                ++checked;
            }
        }
        QCOMPARE(checked, catalog.codeCount());
    }

    // Catalog text is data: markup in it is shown as text, never rendered or followed.
    void catalogTextIsEscaped()
    {
        const Catalog catalog = hostileCatalog();
        const CodeSheet sheet = CodeSheet::forCode(catalog, *catalog.find(499), u"en"_s);
        const QString html = sheet.toHtml();
        for (const char *raw : {"<script", "<img", "<b>Phrase", "Request <Failure>"})
            QVERIFY2(!html.contains(QLatin1StringView(raw)), raw);
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"&lt;img src=x&gt;"_s));
        // The only links are the ones the sheet makes.
        static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
        int links = 0;
        for (const QRegularExpressionMatch &match : href.globalMatch(html)) {
            const QString target = match.captured(1);
            QVERIFY2(target.startsWith(u"https://www.rfc-editor.org/"_s) || target.startsWith(u"code:"_s),
                     qPrintable(target));
            ++links;
        }
        QVERIFY(links > 0);
        const QString markdown = sheet.toMarkdown();
        QVERIFY2(markdown.contains(u"\\[link\\]\\(javascript:x\\)"_s), qPrintable(markdown));
        QVERIFY(markdown.contains(u"\\<script\\>"_s));
        const QString classHtml = CodeSheet::forClass(*catalog.findClass(4), u"en"_s).toHtml();
        QVERIFY(classHtml.contains(u"Request &lt;Failure&gt;"_s));
    }

    void unknownCodeSheet()
    {
        const Catalog catalog = embeddedCatalog();
        const CodeSheet sheet = CodeSheet::forUnknownCode(catalog, 431, u"en"_s);
        const QString text = sheet.toText();
        QVERIFY2(text.startsWith(u"431 Unknown code"_s), qPrintable(text));
        QVERIFY(text.contains(u"8.1.3.2"_s));
        QVERIFY(sheet.toHtml().contains(u"href=\"response:400\""_s));
    }

    // Responses and causes show every source's mapping side by side, differences marked; a PBX's
    // own cause only the PBXs that number it.
    void mappingsSideBySide()
    {
        const Catalog catalog = embeddedCatalog();
        const QString temporarilyUnavailable = CodeSheet::forCode(catalog, *catalog.find(480), u"en"_s).toText();
        QVERIFY2(temporarilyUnavailable.contains(u"RFC 3398: Becomes cause 18; Made from causes 19, 20, 31"_s),
                 qPrintable(temporarilyUnavailable));
        QVERIFY(temporarilyUnavailable.contains(u"Asterisk: Becomes cause 19 ≠"_s));
        QVERIFY(temporarilyUnavailable.contains(u"FreeSWITCH: Becomes cause 18;"_s));
        const QString rejected = CodeSheet::forEntry(catalog, EntryKind::Cause, *catalog.causes().find(21), u"en"_s).toText();
        QVERIFY2(rejected.contains(u"RFC 3398: Sent as 403, 603"_s), qPrintable(rejected));
        QVERIFY(rejected.contains(u"FreeSWITCH: Sent as 603 ≠"_s));
        QVERIFY(rejected.contains(u"Cause 21 is marked (+)"_s)); // the rule that names it
        QVERIFY(rejected.contains(u"hangup_cause_to_sip()"_s));  // where the PBX's column was read
        const VocabularyEntry &badIdentity = *catalog.findCauseByPbxName(u"BAD_IDENTITY_INFO");
        const QString own = CodeSheet::forEntry(catalog, EntryKind::Cause, badIdentity, u"en"_s).toText();
        QVERIFY2(own.contains(u"FreeSWITCH: Sent as 429; Made from responses 429"_s), qPrintable(own));
        QVERIFY(!own.contains(u"Asterisk:"_s) && !own.contains(u"RFC 3398:"_s));
        // No default gives a provisional response a cause.
        QVERIFY(!CodeSheet::forCode(catalog, *catalog.find(100), u"en"_s).toText().contains(u"ISDN"_s));
        // The Markdown is a real table.
        const QString markdown = CodeSheet::forCode(catalog, *catalog.find(480), u"en"_s).toMarkdown();
        QVERIFY2(markdown.contains(u"| Source | Becomes cause | Made from causes |"_s), qPrintable(markdown));
    }

    // A text the catalog has only in English says so, in each rendering.
    void untranslatedTextIsMarked()
    {
        const Catalog catalog = hostileCatalog();
        const CodeSheet sheet = CodeSheet::forCode(catalog, *catalog.find(499), u"nl"_s);
        QVERIFY(sheet.toText().contains(u"English; not yet translated"_s));
        QVERIFY(sheet.toHtml().contains(u"<small> [English; not yet translated]</small>"_s));
    }
};

QTEST_GUILESS_MAIN(TestCodeSheet)
#include "tst_codesheet.moc"
