#include "core/markdown.h"
#include "core/ticketformatter.h"
#include "hostilecatalog.h"
#include "testsupport.h"

#include <QMimeData>
#include <QTest>

using namespace Qt::StringLiterals;

// Ticket text in every format, for one code, several codes and a class, with hostile characters.
class TestTicketFormatter final : public QObject
{
    Q_OBJECT

private:
    Catalog m_real;
    Catalog m_hostile;

    QList<TicketFormatter::Entry> entries(const Catalog &catalog, const QList<int> &codes) const
    {
        QList<TicketFormatter::Entry> result;
        for (const int code : codes)
            result.append({catalog.findClass(code / 100), catalog.find(code)});
        return result;
    }

private slots:
    void init()
    {
        m_real = embeddedCatalog();
        m_hostile = hostileCatalog();
    }

    void ticketLine()
    {
        QCOMPARE(TicketFormatter::plainText(entries(m_real, {486}), u"en"_s),
                 u"SIP 486 Busy Here: %1 (RFC 3261, 21.4.24)"_s.arg(m_real.find(486)->summary.englishText()));
    }

    void severalCodesOneLineEach()
    {
        const QString text = TicketFormatter::plainText(entries(m_real, {486, 600}), u"en"_s);
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"SIP 486 Busy Here: "_s));
        QVERIFY(lines[1].startsWith(u"SIP 600 Busy Everywhere: "_s));
        QVERIFY(lines[1].endsWith(u"(RFC 3261, 21.6.1)"_s));
    }

    void classLine()
    {
        const QList<TicketFormatter::Entry> classOnly{{m_real.findClass(6), nullptr}};
        QCOMPARE(TicketFormatter::plainText(classOnly, u"en"_s),
                 u"SIP 6xx Global Failure: %1 (RFC 3261, 21.6)"_s.arg(m_real.findClass(6)->summary.englishText()));
        QCOMPARE(TicketFormatter::codeAndPhrase(classOnly, u"en"_s), u"6xx Global Failure"_s);
    }

    void codeAndPhrase()
    {
        QCOMPARE(TicketFormatter::codeAndPhrase(entries(m_real, {486, 503}), u"en"_s),
                 u"486 Busy Here\n503 Service Unavailable"_s);
    }

    void fullDescription()
    {
        const QString text = TicketFormatter::fullDescription(entries(m_real, {486}), u"en"_s);
        QVERIFY(text.startsWith(u"SIP 486 Busy Here\n\nThe callee's end system was contacted successfully"_s));
        QVERIFY(text.endsWith(u"RFC 3261, 21.4.24 <https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24>"_s));
    }

    void htmlIsBoldWithLinkAndEscaped()
    {
        const QString real = TicketFormatter::html(entries(m_real, {486}), u"en"_s);
        QVERIFY2(real.contains(u"<b>SIP 486 Busy Here</b>: "_s), qPrintable(real));
        QVERIFY(real.contains(u"<a href=\"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24\">RFC 3261, 21.4.24</a>"_s));

        const QString hostile = TicketFormatter::html(entries(m_hostile, {499}), u"en"_s);
        QVERIFY2(hostile.contains(u"<b>SIP 499 Odd &lt;b&gt;Phrase&lt;/b&gt; &amp; *Co*</b>"_s), qPrintable(hostile));
        QVERIFY(hostile.contains(u"uses &lt;script&gt;alert(1)&lt;/script&gt; | pipes &amp; _stars_"_s));
        QVERIFY(!hostile.contains(u"<script>"_s));
    }

    void markdownIsEscaped()
    {
        const QString real = TicketFormatter::markdown(entries(m_real, {486}), u"en"_s);
        QVERIFY2(real.startsWith(u"- **SIP 486 Busy Here**: "_s), qPrintable(real));
        QVERIFY(real.endsWith(u"([RFC 3261, 21.4.24](https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24))"_s));

        const QString hostile = TicketFormatter::markdown(entries(m_hostile, {499}), u"en"_s);
        QVERIFY2(hostile.contains(u"**SIP 499 Odd \\<b\\>Phrase\\</b\\> \\& \\*Co\\***"_s), qPrintable(hostile));
        QVERIFY(hostile.contains(u"\\| pipes \\& \\_stars\\_ \\*here\\*"_s));
        QCOMPARE(Markdown::escape(u"a|b*c_d<e&f[g]"_s), u"a\\|b\\*c\\_d\\<e\\&f\\[g\\]"_s);
    }

    void translatedKeepsEnglishPhrase()
    {
        const QString line = TicketFormatter::plainText(entries(m_hostile, {499}), u"zh_CN"_s);
        QVERIFY2(line.startsWith(u"SIP 499 怪 | 码 (Odd <b>Phrase</b> & *Co*): "_s), qPrintable(line));
    }

    void mimeDataCarriesBothFormats()
    {
        const std::unique_ptr<QMimeData> data = TicketFormatter::mimeData(entries(m_real, {486, 600}), u"en"_s);
        QVERIFY(data->hasText());
        QVERIFY(data->hasHtml());
        QCOMPARE(data->text(), TicketFormatter::plainText(entries(m_real, {486, 600}), u"en"_s));
        QVERIFY(data->html().contains(u"<b>SIP 600 Busy Everywhere</b>"_s));
    }
};

QTEST_GUILESS_MAIN(TestTicketFormatter)
#include "tst_ticketformatter.moc"
