#pragma once

// The baseline of the performance benchmarks: what Qt itself costs for a window of the same shape
// as SIP Codes, with no data loading. A line edit over a tree of 6 parents and 77 children in a
// QStandardItemModel behind a recursive QSortFilterProxyModel, and a text browser.
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

class BareWindow final : public QMainWindow
{
public:
    BareWindow()
    {
        using namespace Qt::StringLiterals;
        m_model.setHorizontalHeaderLabels({u"Code"_s, u"Reason phrase"_s, u"Summary"_s});
        const int children[] = {6, 3, 5, 48, 9, 6};
        for (int digit = 1; digit <= 6; ++digit) {
            QList<QStandardItem *> row{new QStandardItem(u"%1xx"_s.arg(digit)),
                                       new QStandardItem(u"Class"_s), new QStandardItem(u"codes"_s)};
            for (int i = 0; i < children[digit - 1]; ++i)
                row.first()->appendRow({new QStandardItem(QString::number(digit * 100 + i)),
                                        new QStandardItem(u"Reason phrase"_s),
                                        new QStandardItem(u"A summary of the code"_s)});
            m_model.appendRow(row);
        }
        m_proxy.setRecursiveFilteringEnabled(true);
        m_proxy.setFilterKeyColumn(-1);
        m_proxy.setSourceModel(&m_model);

        auto *central = new QWidget;
        auto *layout = new QHBoxLayout(central);
        auto *left = new QVBoxLayout;
        search = new QLineEdit;
        tree = new QTreeView;
        tree->setModel(&m_proxy);
        tree->expandAll();
        browser = new QTextBrowser;
        left->addWidget(search);
        left->addWidget(tree);
        layout->addLayout(left);
        layout->addWidget(browser);
        QObject::connect(search, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_proxy.setFilterFixedString(text);
            tree->expandAll();
        });
        setCentralWidget(central);
        resize(1100, 700);
    }

    // The platform's own font, as a stock window has it, for a bare window in the same process as
    // SIP Codes: the application's font is then the one SIP Codes set for its language.
    void usePlatformFont()
    {
        QFont platformFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        platformFont.setResolveMask(QFont::AllPropertiesResolved); // nothing inherited
        setFont(platformFont);
    }

    QLineEdit *search = nullptr;
    QTreeView *tree = nullptr;
    QTextBrowser *browser = nullptr;

private:
    QStandardItemModel m_model;
    QSortFilterProxyModel m_proxy;
};
