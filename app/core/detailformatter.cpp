#include "detailformatter.h"

using namespace Qt::StringLiterals;

namespace {

QString sentence(const QString &text)
{
    if (text.isEmpty() || !text.front().isLower())
        return text;
    return text.front().toUpper() + text.mid(1);
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><th align=\"left\" valign=\"top\" style=\"padding-right: 12px\">%1</th><td>%2</td></tr>"_s
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString link(const QUrl &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                         text.toHtmlEscaped());
}

// Marks a text shown in English because `language` has none yet.
QString fallbackMark(const LocalizedText &text, const QString &language)
{
    if (text.has(language))
        return {};
    return u" <small>[%1]</small>"_s.arg(DetailFormatter::tr("English; not yet translated").toHtmlEscaped());
}

QString localizedHtml(const LocalizedText &text, const QString &language)
{
    return text.text(language).toHtmlEscaped() + fallbackMark(text, language);
}

// "486 这里忙 (Busy Here)": the translation first, the phrase seen on the wire beside it.
QString headingHtml(const QString &label, const LocalizedText &name, const QString &language)
{
    QString html = u"<h2 style=\"margin-right: 90px\">%1 %2"_s.arg(label.toHtmlEscaped(),
                                                                  localizedHtml(name, language));
    if (name.has(language) && name.text(language) != name.englishText())
        html += u" <span style=\"font-weight: normal\">(%1)</span>"_s.arg(name.englishText().toHtmlEscaped());
    return html + u"</h2>"_s;
}

} // namespace

QString DetailFormatter::paragraphsHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        QStringList lines = paragraph.split(u'\n');
        for (QString &line : lines)
            line = line.toHtmlEscaped();
        html += u"<p>"_s + lines.join(u"<br>"_s) + u"</p>"_s;
    }
    return html;
}

QString DetailFormatter::statusText(CodeStatus status)
{
    switch (status) {
    case CodeStatus::Registered: return tr("Registered with IANA");
    case CodeStatus::Deprecated: return tr("Deprecated (still in the IANA registry)");
    case CodeStatus::Unregistered: return tr("Not registered with IANA (historical)");
    }
    return {};
}

QString DetailFormatter::referenceText(int rfc, const QString &section)
{
    return tr("RFC %1, section %2").arg(rfc).arg(section);
}

QUrl DetailFormatter::rfcUrl(int rfc, const QString &section)
{
    QUrl url(u"https://www.rfc-editor.org/rfc/rfc%1"_s.arg(rfc));
    if (!section.isEmpty())
        url.setFragment(u"section-"_s + section);
    return url;
}

QString DetailFormatter::codeHtml(const SipCode &code, const CodeClass &codeClass,
                                  const QString &language)
{
    QString html = headingHtml(QString::number(code.code), code.reason, language);
    html += u"<p><i>%1</i>%2</p>"_s.arg(sentence(code.summary.text(language)).toHtmlEscaped(),
                                        fallbackMark(code.summary, language));
    html += u"<table cellspacing=\"2\">"_s;
    html += row(tr("Class"),
                u"%1 %2"_s.arg(codeClass.label(), codeClass.name.text(language).toHtmlEscaped()));
    html += row(tr("Defined in"),
                link(rfcUrl(code.rfc, code.section), referenceText(code.rfc, code.section)));
    html += row(tr("Status"), statusText(code.status).toHtmlEscaped());
    if (!code.aliases.isEmpty()) {
        QStringList names;
        for (const QString &alias : code.aliases)
            names.append(alias.toHtmlEscaped());
        html += row(tr("Also known as"), names.join(u"<br>"_s));
    }
    html += u"</table>"_s;
    html += u"<h3>%1</h3>"_s.arg(tr("Description").toHtmlEscaped());
    html += paragraphsHtml(code.description.text(language));
    if (const QString mark = fallbackMark(code.description, language); !mark.isEmpty())
        html += u"<p>%1</p>"_s.arg(mark);
    return html;
}

QString DetailFormatter::classHtml(const CodeClass &codeClass, const QString &language)
{
    QString html = headingHtml(codeClass.label(), codeClass.name, language);
    html += u"<p><i>%1</i>%2</p>"_s.arg(sentence(codeClass.summary.text(language)).toHtmlEscaped(),
                                        fallbackMark(codeClass.summary, language));
    html += u"<table cellspacing=\"2\">"_s;
    html += row(tr("Codes"), QString::number(codeClass.codes.size()));
    html += row(tr("Defined in"), link(rfcUrl(codeClass.rfc, codeClass.section),
                                       referenceText(codeClass.rfc, codeClass.section)));
    html += u"</table>"_s;
    html += u"<h3>%1</h3>"_s.arg(tr("Description").toHtmlEscaped());
    html += paragraphsHtml(codeClass.description.text(language));
    return html;
}
