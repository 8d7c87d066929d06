#include "helptexts.h"

#include "core/catalog.h"

#include <QAction>
#include <QKeySequence>
#include <QMessageBox>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString cell(const QString &text, bool header = false)
{
    const QString tag = header ? u"th"_s : u"td"_s;
    return u"<%1 align=\"left\" style=\"padding: 2px 16px 2px 0\">%2</%1>"_s.arg(tag, text.toHtmlEscaped());
}
} // namespace

QString HelpTexts::shortcutsHtml(const QList<QAction *> &actions)
{
    QString html = u"<table>"_s;
    html += u"<tr>"_s + cell(tr("Keys"), true) + cell(tr("Does"), true) + u"</tr>"_s;
    const auto addRow = [&](const QString &keys, const QString &what) {
        html += u"<tr>"_s + cell(keys) + cell(what) + u"</tr>"_s;
    };
    addRow(tr("Type"), tr("Search at once: 486, 48, 4xx, words, a trace line, cause 17"));
    addRow(tr("Down"), tr("From the search field into the results"));
    addRow(tr("Esc"), tr("Clear the search; in the results, back to the search field"));
    addRow(tr("Shift+Up, Shift+Down"), tr("Select several codes to copy"));
    addRow(tr("Tab"), tr("Search field, results, detail pane, Copy button"));
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        addRow(action->shortcut().toString(QKeySequence::NativeText), plainText(action));
    }
    html += u"</table>"_s;
    return html;
}

QString HelpTexts::plainText(const QAction *action)
{
    static const QRegularExpression bracketedMnemonic(u"\\s*\\(&[^&)]\\)"_s);
    static const QRegularExpression mnemonic(u"&(.)"_s);
    QString text = action->text();
    text.remove(bracketedMnemonic);
    return text.replace(mnemonic, u"\\1"_s); // "&&" stands for a literal "&"
}

QString HelpTexts::aboutHtml(const Catalog &catalog)
{
    QString html = u"<h3>%1 %2</h3>"_s.arg(tr("SIP Codes").toHtmlEscaped(),
                                           QStringLiteral(SIPCODES_VERSION).toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(tr("An offline reference of SIP response codes for support engineers.").toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(
        tr("Codes and reason phrases: %1, checked %2. Descriptions: the RFC that defines each code; "
           "RFC text is quoted under the IETF Trust's licence. Q.850 mappings: RFC 3398.")
            .arg(catalog.registryName(), catalog.registryChecked())
            .toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(tr("%n codes in 4 languages. No network connection is ever made.", nullptr,
                                   catalog.codeCount())
                                    .toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(tr("Licence: MIT.").toHtmlEscaped());
    return html;
}

void HelpTexts::showShortcuts(QWidget *window)
{
    QMessageBox box(QMessageBox::NoIcon, plainText(window->findChild<QAction *>(u"shortcutsAction"_s)),
                    shortcutsHtml(window->findChildren<QAction *>()), QMessageBox::Close, window);
    box.setObjectName(u"shortcutsDialog"_s);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void HelpTexts::showAbout(QWidget *window, const Catalog &catalog)
{
    QMessageBox::about(window, plainText(window->findChild<QAction *>(u"aboutAction"_s)), aboutHtml(catalog));
}
