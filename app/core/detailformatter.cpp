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
    QString html = u"<h2>%1 %2</h2>"_s.arg(code.code).arg(code.reason.text(language).toHtmlEscaped());
    html += u"<p><i>%1</i></p>"_s.arg(sentence(code.summary.text(language)).toHtmlEscaped());
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
    return html;
}

QString DetailFormatter::classHtml(const CodeClass &codeClass, const QString &language)
{
    QString html = u"<h2>%1 %2</h2>"_s.arg(codeClass.label(),
                                         codeClass.name.text(language).toHtmlEscaped());
    html += u"<p><i>%1</i></p>"_s.arg(sentence(codeClass.summary.text(language)).toHtmlEscaped());
    html += u"<table cellspacing=\"2\">"_s;
    html += row(tr("Codes"), QString::number(codeClass.codes.size()));
    html += row(tr("Defined in"), link(rfcUrl(codeClass.rfc, codeClass.section),
                                       referenceText(codeClass.rfc, codeClass.section)));
    html += u"</table>"_s;
    html += u"<h3>%1</h3>"_s.arg(tr("Description").toHtmlEscaped());
    html += paragraphsHtml(codeClass.description.text(language));
    return html;
}
